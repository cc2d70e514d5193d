"""Reads on claims that are more than a one-liner, shaped for the pages and APIs that use them.

The claim list and the claim timeline are the API's hottest reads. They fetch plain rows
(``values()``) rather than model instances: a page of 50 claims or a timeline of 200 statements
would otherwise build hundreds of model objects per request only to read a few attributes.
"""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Count, F, Prefetch, Q, QuerySet

from .models import Claim, ClaimLink, Review, Stance, StatementSpeaker

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
