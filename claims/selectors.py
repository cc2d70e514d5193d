"""Reads on claims that are more than a one-liner, shaped for the pages and APIs that use them.

The claim list and the claim timeline are the API's hottest reads. They fetch plain rows
(``values()``) rather than model instances: a page of 50 claims or a timeline of 200 statements
would otherwise build hundreds of model objects per request only to read a few attributes.
"""

from __future__ import annotations

import time
from collections import defaultdict

from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, F, Prefetch, Q, QuerySet, signals

from sources.models import Actor, ActorAlias, Article, Outlet

from .models import Claim, ClaimLink, Review, Stance, Statement, StatementSpeaker

COUNTED = (ClaimLink.State.AUTO, ClaimLink.State.CONFIRMED)
HEAVY_ARTICLE_FIELDS = ("html", "text", "submitted_text")

# Newest first; created_at and pk make the order total, so that pages never overlap. The partial
# index claim_list_recent_idx (migration 0004) holds exactly this order.
CLAIM_LIST_ORDER = ("-last_seen_at", "-created_at", "-pk")

CLAIM_ROW_FIELDS = (
    "id",
    "text",
    "language",
    "status",
    "verdict",
    "contested",
    "contested_at",
    "first_claimant_id",
    "first_claimant__name",
    "first_seen_at",
    "last_seen_at",
    "statement_count",
    "supporting_count",
    "accuses_count",
    "asserts_count",
    "denies_count",
    "merged_into_id",
    "created_at",
    "updated_at",
)


def claims_with_stale_counts() -> QuerySet:
    return (
        Claim.objects.filter(merged_into__isnull=True)
        .annotate(n=Count("links", filter=Q(links__state__in=COUNTED)))
        .exclude(n=F("statement_count"))
        .values_list("id", flat=True)
    )


def claim_list_queryset() -> QuerySet[Claim]:
    """Live (not merged) claims, most recently seen first; filters and ordering apply to it."""
    return Claim.objects.filter(merged_into__isnull=True).order_by(*CLAIM_LIST_ORDER)


def claim_rows(queryset: QuerySet[Claim]) -> QuerySet:
    """``queryset`` as plain rows with the fields of a claim list entry (see ``claim_subjects``)."""
    return queryset.values(*CLAIM_ROW_FIELDS)


def claim_subjects(claim_ids: list[int]) -> dict[int, list[dict]]:
    """Subject actors of each claim, by name, as ``{"id", "name"}``: one query for a page."""
    through = Claim.subjects.through.objects.filter(claim_id__in=claim_ids)
    subjects: dict[int, list[dict]] = defaultdict(list)
    for claim_id, actor_id, name in through.order_by("actor__name").values_list(
        "claim_id", "actor_id", "actor__name"
    ):
        subjects[claim_id].append({"id": actor_id, "name": name})
    return subjects


def claim_detail_queryset() -> QuerySet[Claim]:
    """A claim with what its detail needs but the timeline (``claim_timeline``)."""
    return (
        Claim.objects.defer("embedding", "lexical")
        .select_related("first_claimant")
        .prefetch_related(
            "subjects",
            Prefetch("reviews", queryset=Review.objects.order_by("-created_at")),
        )
    )


SIMILAR_LIMIT = 5


def claim_similar(claim: Claim, *, limit: int = SIMILAR_LIMIT) -> list:
    """The live claims nearest to ``claim``, best first: candidates for a merge.

    The claim's words are matched as a statement's would be (``claims.matching.search``, in any
    language), so an Indonesian wording finds the English claim it duplicates; the claim itself
    and the claims merged into another are left out. Each item is a ``claims.matching.Match``.
    """
    from .matching import search

    matches = search(claim.text, limit=limit + 1, language=claim.language or None)
    return [m for m in matches if m.claim_id != claim.pk][:limit]


TIMELINE_FIELDS = (
    "id",
    "state",
    "score",
    "stance",
    "statement_id",
    "statement__speaker_id",
    "statement__speaker__name",
    "statement__speaker_text",
    "statement__cue",
    "statement__direct",
    "statement__content",
    "statement__sentence",
    "statement__language",
    "statement__via_id",
    "statement__via__name",
    "statement__via_text",
    "statement__article_id",
    "statement__article__url",
    "statement__article__title",
    "statement__article__published_at",
    "statement__article__created_at",
    "statement__article__outlet_id",
    "statement__article__outlet__name",
)


def claim_timeline(claim_id: int) -> dict[str, list[dict]]:
    """The claim's live (not rejected) statements grouped by stance, each group oldest first.

    Two queries whatever the length of the timeline: the links with their statements, articles
    and outlets, then the speakers of those statements.
    """
    links = list(
        ClaimLink.objects.filter(claim_id=claim_id)
        .exclude(state=ClaimLink.State.REJECTED)
        .order_by()
        .values_list(*TIMELINE_FIELDS)
    )
    speakers: dict[int, list[dict]] = defaultdict(list)
    if links:
        rows = StatementSpeaker.objects.filter(
            statement_id__in=[link[4] for link in links]
        ).order_by("statement_id", "position", "pk")
        for statement_id, actor_id, name in rows.values_list(
            "statement_id", "actor_id", "actor__name"
        ):
            speakers[statement_id].append({"id": actor_id, "name": name})
    groups: dict[str, list[dict]] = {stance: [] for stance in Stance.values}
    for (
        link_id,
        state,
        score,
        stance,
        statement_id,
        speaker_id,
        speaker_name,
        speaker_text,
        cue,
        direct,
        content,
        sentence,
        language,
        via_id,
        via_name,
        via_text,
        article_id,
        url,
        title,
        published_at,
        created_at,
        outlet_id,
        outlet_name,
    ) in links:
        if via_id:
            via = {"id": via_id, "name": via_name}
        elif via_text:
            via = {"id": None, "name": via_text}
        else:
            via = None
        groups[stance].append(
            {
                "statement": statement_id,
                "link": link_id,
                "link_state": state,
                "score": round(score, 4),
                "speaker": {"id": speaker_id, "name": speaker_name} if speaker_id else None,
                "speakers": speakers.get(statement_id, []),
                "speaker_text": speaker_text,
                "cue": cue,
                "direct": direct,
                "content": content,
                "sentence": sentence,
                "language": language,
                "date": published_at or created_at,
                "outlet": {"id": outlet_id, "name": outlet_name} if outlet_id else None,
                "via": via,
                "article": {"id": article_id, "url": url, "title": title},
            }
        )
    for entries in groups.values():
        entries.sort(key=lambda e: (e["date"], e["statement"]))
    return groups


# --- what cached claim pages depend on ----------------------------------------------------------


class Generation:
    """A counter in the shared cache that names the current state of some data.

    ``changed()`` is cheap enough to call from model signals: outside a transaction it bumps the
    counter at once; inside one it bumps once, after commit, so that no other process can cache
    what it read before the commit under the new generation. Until then, the process that made
    the change bypasses cached pages (``pending()``) and reads its own writes.
    """

    def __init__(self, name: str):
        self.key = f"generation:{name}"

    def current(self, value=None) -> int | None:
        """The counter (``value`` if already read with get_many); None when the cache is down."""
        if value is None:
            value = cache.get(self.key)
        if value is None:
            # Started from the clock, so that a counter lost with the cache never repeats a value
            # that pages may still be stored under.
            cache.add(self.key, time.time_ns() // 1000, timeout=None)
            value = cache.get(self.key)
        return value

    def bump(self) -> None:
        try:
            cache.incr(self.key)
        except ValueError:
            cache.set(self.key, time.time_ns() // 1000, timeout=None)

    def changed(self, using: str | None = None) -> None:
        connection = transaction.get_connection(using)
        if not connection.in_atomic_block:
            self.bump()
        elif not self.pending(using):
            transaction.on_commit(self.bump, using=using)

    def pending(self, using: str | None = None) -> bool:
        """Whether this thread's open transaction has changed the data (bump waits for commit)."""
        connection = transaction.get_connection(using)
        if not connection.in_atomic_block:
            return False
        return any(entry[1] == self.bump for entry in connection.run_on_commit)


# The generation of everything a claim list page or a claim's detail shows or filters on. Any
# save or delete of these rows bumps it (see ``Generation.changed``), so a cached page never
# outlives the data it showed.
claims_generation = Generation("claims")


def _changed(sender, instance=None, created: bool = False, using: str | None = None, **kwargs):
    # A new article, statement, actor or outlet is on no claim yet: only what links it to one is.
    if created and sender in (Article, Statement, Actor, Outlet):
        return
    claims_generation.changed(using)


def _subjects_changed(sender, action: str, using: str | None = None, **kwargs):
    if action.startswith("post_"):
        claims_generation.changed(using)


def _on_save_and_delete(handler, name: str, models) -> None:
    for model in models:
        signals.post_save.connect(
            handler, sender=model, dispatch_uid=f"{name}.save.{model.__name__}"
        )
        signals.post_delete.connect(
            handler, sender=model, dispatch_uid=f"{name}.delete.{model.__name__}"
        )


_on_save_and_delete(
    _changed,
    "claims_generation",
    (Claim, ClaimLink, Statement, StatementSpeaker, Review, Actor, Article, Outlet),
)
signals.m2m_changed.connect(
    _subjects_changed, sender=Claim.subjects.through, dispatch_uid="claims_generation.subjects"
)


# The generation of the actor aliases the lexical documents are made with: a process keeps its
# alias tables (``claims.matching.alias_map``) while it stays the same. An actor merge moves
# aliases by a bulk update and then saves both actors, which bumps it.
aliases_generation = Generation("aliases")


def _aliases_changed(sender, created: bool = False, using: str | None = None, **kwargs):
    if created and sender is Actor:
        return  # a new actor has no alias yet
    aliases_generation.changed(using)


_on_save_and_delete(_aliases_changed, "aliases_generation", (ActorAlias, Actor))
