"""Writes on claims, statements, links and reviews; every door calls these."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date, datetime, time, timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, F, Max, Min, Q
from django.db.models.functions import Coalesce
from django.utils import timezone

from sources.models import Actor, Article
from sources.resolution import AliasResolver
from sources.services import outlet_find

from .models import (
    SUPPORTING_STANCES,
    Claim,
    ClaimLink,
    Review,
    Stance,
    Statement,
    StatementSpeaker,
    Verdict,
)

logger = logging.getLogger(__name__)

REVIEWED_LINK_STATES = (ClaimLink.State.CONFIRMED, ClaimLink.State.REJECTED)
LIVE_LINK_STATES = (ClaimLink.State.AUTO, ClaimLink.State.CONFIRMED, ClaimLink.State.SUGGESTED)
# Counts and "contested" rest on links a person or the high threshold vouched for.
COUNTED_LINK_STATES = (ClaimLink.State.AUTO, ClaimLink.State.CONFIRMED)


# --- statements ---------------------------------------------------------------------------------


# A possessive inside a name: "Redzuan's political secretary".
_POSSESSIVE = re.compile(r"\w['’]s?\s")


def _speaker_actor(resolver: AliasResolver, surface: str, name: str) -> Actor | None:
    name = " ".join(name.split())
    proper = any(word[:1].isupper() for word in name.split())
    # The name the extractor kept decides first: in "US Secretary of State Mike Pompeo" or
    # "senior Congress leader Abhishek Manu Singhvi" the known alias ("US", "Congress") is the
    # title's, and the person is someone else. The whole surface answers for a description.
    actor_id = resolver.resolve(name) if name else None
    if actor_id is None and not proper:
        actor_id = resolver.resolve(surface)
    if actor_id is not None:
        return Actor.objects.filter(pk=actor_id).first()
    if not name or len(name) > 120 or not any(ch.isalpha() for ch in name):
        return None
    if not proper or (_POSSESSIVE.search(name) and name.split()[-1][:1].islower()):
        # "officials", "kedua pemimpin", "Mohd Redzuan Md Yusof's political secretary": a
        # description, not someone to track as an actor.
        return None
    # An unknown speaker is kept as an unreviewed actor for a person to confirm or merge.
    existing = Actor.objects.filter(name__iexact=name).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            from sources.services import actor_create

            actor = actor_create(name=name, kind=Actor.Kind.UNKNOWN, reviewed=False)
    except (IntegrityError, ValidationError):
        return Actor.objects.filter(name__iexact=name).first()
    resolver.aliases[actor.aliases.first().normalised] = actor.pk
    resolver.names[actor.pk] = actor.name
    resolver.kinds[actor.pk] = actor.kind
    resolver.unreviewed.add(actor.pk)
    return actor


@transaction.atomic
def article_statements_replace(article: Article) -> list[Statement]:
    """Extract the article's statements and link them, replacing what an earlier run stored.

    A statement found again (same cue and content span) keeps its row and so its reviewed links;
    statements no longer found are dropped unless a person reviewed one of their links.
    """
    from .extraction import EXTRACTOR_VERSION, extract
    from .matching import statements_link

    extracted = extract(article.text, article.language)
    resolver = AliasResolver.load(article.language)
    resolver.note_article(article.text)

    old = {(s.cue_start, s.content_start, s.content_end): s for s in article.statements.all()}
    rollup_before = statement_rollup_article_begin(article)  # daily roll-ups, see the end
    kept: list[Statement] = []
    for item in extracted:
        key = (item.cue.start, item.content.start, item.content.end)
        statement = old.pop(key, None) or Statement(article=article)
        actors = []
        for span, name in zip(item.speakers, item.speaker_names, strict=False):
            actor = _speaker_actor(resolver, span.text, name)
            if actor is not None and actor not in [a for a, _ in actors]:
                actors.append((actor, span.text))
        via = outlet_find(item.via.text) if item.via is not None else None
        statement.sentence = item.sentence.text
        statement.sentence_start, statement.sentence_end = item.sentence.start, item.sentence.end
        statement.content = item.content.text
        statement.content_start, statement.content_end = item.content.start, item.content.end
        statement.speaker = actors[0][0] if actors else None
        statement.speaker_text = " / ".join(s.text for s in item.speakers)[:300]
        statement.cue = item.cue.text[:100]
        statement.cue_lemma = item.cue_lemma[:60]
        statement.cue_start, statement.cue_end = item.cue.start, item.cue.end
        statement.stance = item.stance
        statement.direct = item.direct
        statement.speech_act = item.speech_act
        statement.via = via
        statement.via_text = item.via.text[:200] if item.via is not None else ""
        statement.language = item.language or article.language
        statement.checkworthiness = item.checkworthiness
        statement.extractor_version = EXTRACTOR_VERSION
        statement.save()
        StatementSpeaker.objects.filter(statement=statement).delete()
        StatementSpeaker.objects.bulk_create(
            StatementSpeaker(statement=statement, actor=actor, surface=surface[:300], position=i)
            for i, (actor, surface) in enumerate(actors)
        )
        kept.append(statement)

    touched_claims: set[int] = set()
    for stale in old.values():
        if stale.links.filter(state__in=REVIEWED_LINK_STATES).exists():
            continue
        touched_claims.update(stale.links.values_list("claim_id", flat=True))
        stale.delete()
    touched_claims.update(statements_link(kept))
    for claim_id in touched_claims:
        claim_refresh_counts(claim_id, article=article)
    # The claims this article's statements made: statements stored before them may repeat them.
    claims_gather_later(
        Claim.objects.filter(
            gathered_at__isnull=True,
            links__statement__in=kept,
            links__method=ClaimLink.Method.CREATED,
        ).values_list("pk", flat=True)
    )
    statement_rollup_article_apply(article, rollup_before)  # daily roll-ups, see the end
    return kept


# --- claims -------------------------------------------------------------------------------------


@transaction.atomic
def claim_create(
    *,
    text: str,
    language: str,
    status: str = Claim.Status.NEW,
    subjects: Iterable[Actor] = (),
    first_claimant: Actor | None = None,
    created_by=None,
    embed: bool = True,
) -> Claim:
    from .matching import claim_index

    claim = Claim(
        text=" ".join(text.split()),
        language=language,
        status=status,
        first_claimant=first_claimant,
        created_by=created_by,
    )
    claim.full_clean(exclude=["embedding"])
    claim.save()
    if subjects:
        claim.subjects.set(subjects)
    if embed:
        claim_index(claim)
        claims_gather_later([claim.pk])
    return claim


def claims_gather(claim_ids: Iterable[int]) -> int:
    """Link each of these claims to the statements stored before it that repeat, support or
    deny it (``matching.claim_gather``), one claim per transaction, and mark it gathered.
    Returns the number of links made; a claim gathered twice gets nothing more the second time.
    """
    from .matching import GatheringImpossible, GatheringPostponed, claim_gather

    made = 0
    for claim_id in dict.fromkeys(claim_ids):
        with transaction.atomic():
            # Locked, so that a merge or another gathering of the claim waits for this one.
            claim = Claim.objects.select_for_update().filter(pk=claim_id).first()
            if claim is None:
                continue
            try:
                links = claim_gather(claim)
            except GatheringPostponed as exc:
                logger.info("gathering postponed: %s", exc)
                break  # the others wait for the same index
            except GatheringImpossible as exc:
                logger.info("claim %s not gathered: %s", claim_id, exc)
                continue
            Claim.objects.filter(pk=claim_id).update(gathered_at=timezone.now())
            counted = {
                link.statement.article_id for link in links if link.state == ClaimLink.State.AUTO
            }
            # Article by article, oldest first, as if each had come now: the counts, the seen
            # times and, from one published before all the claim's others, the first claimant.
            for article in Article.objects.filter(pk__in=counted).order_by(
                Coalesce("published_at", "created_at")
            ):
                claim_refresh_counts(claim_id, article=article)
        made += len(links)
    return made


def claims_gather_later(claim_ids: Iterable[int]) -> None:
    """Gather these claims' earlier statements once the surrounding transaction commits, in a
    task. A broker that is down loses nothing: the claims stay ungathered and the periodic
    sweep (claims.tasks.gather_pending_claims) takes them."""
    ids = list(dict.fromkeys(claim_ids))
    if not ids:
        return

    def send() -> None:
        from .tasks import gather_claims

        try:
            gather_claims.delay(ids)
        except Exception as exc:  # broker unreachable: the sweep will take them
            logger.warning("could not enqueue gathering for claims %s: %s", ids, exc)

    transaction.on_commit(send)


@transaction.atomic
def claim_update(*, claim: Claim, user=None, **fields) -> Claim:
    """Change a claim's editable fields; the text change re-embeds it."""
    from .matching import claim_index

    allowed = {"text", "language", "status", "verdict"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValidationError(dict.fromkeys(unknown, "This field cannot be changed here."))
    text_changed = "text" in fields and " ".join(fields["text"].split()) != claim.text
    language_changed = "language" in fields and fields["language"] != claim.language
    for name, value in fields.items():
        setattr(claim, name, " ".join(value.split()) if name == "text" else value)
    claim.full_clean(exclude=["embedding"])
    claim._change_reason = f"updated by {user}" if user else "updated"
    claim.save()
    if text_changed or language_changed:
        # What its statements say of it is read against its new words: "The jet was
        # airworthy", made of a statement that it was not, worded "The jet was not airworthy",
        # is asserted by that statement. (A merge keeps the stances: the claims it joins say
        # the same thing.) A claim repeated in many articles is read in a task.
        if claim.links.count() <= RESTANCE_IN_REQUEST:
            claim_links_restance(claim.pk)
        else:
            claim_links_restance_later(claim.pk)
    if text_changed:
        claim_index(claim)
        # reworded, it may be what other statements say
        claim.gathered_at = None  # a later save of this instance must not put it back
        Claim.objects.filter(pk=claim.pk).update(gathered_at=None)
        claims_gather_later([claim.pk])
    return claim


def claim_set_status(*, claim: Claim, status: str, user=None) -> Claim:
    if status not in Claim.Status.values:
        raise ValidationError({"status": f"Unknown status '{status}'."})
    if status == Claim.Status.REVIEWED and not claim.verdict:
        raise ValidationError({"status": "A claim can only be 'reviewed' once it has a verdict."})
    return claim_update(claim=claim, user=user, status=status)


@transaction.atomic
def claim_refresh_counts(claim_id: int, *, article: Article | None = None) -> None:
    """Recompute a claim's denormalised counts, seen-times and contested flag from its links.

    With ``article``, the one whose statements were just linked, the seen-times are widened by
    that article's date instead of being read again from every link of the claim: the counts are
    a cheap GROUP BY, but the dates join each link to its statement and article, which for a
    claim repeated in 10,000 articles took 55 ms after every one of them.
    """
    links = ClaimLink.objects.filter(claim_id=claim_id, state__in=COUNTED_LINK_STATES)
    # Counted by the database: a claim repeated in thousands of articles has as many links.
    stances = Counter(dict(links.order_by().values_list("stance").annotate(n=Count("id"))))
    if article is not None:
        mine = links.filter(statement__article_id=article.pk)
        seen = (article.published_at or article.created_at) if mine.exists() else None
        first = last = seen
    else:
        mine = links
        span = links.aggregate(
            first=Min("statement__article__published_at"),
            first_created=Min("statement__article__created_at"),
            last=Max("statement__article__published_at"),
            last_created=Max("statement__article__created_at"),
        )
        first = span["first"] or span["first_created"]
        last = span["last"] or span["last_created"]
    claim = Claim.objects.select_for_update().filter(pk=claim_id).first()
    if claim is None:
        return
    supporting = sum(stances[s] for s in SUPPORTING_STANCES)
    contested = supporting > 0 and stances[Stance.DENIES] > 0
    claim.statement_count = sum(stances.values())
    claim.supporting_count = supporting
    claim.accuses_count = stances[Stance.ACCUSES]
    claim.asserts_count = stances[Stance.ASSERTS]
    claim.denies_count = stances[Stance.DENIES]
    if contested and not claim.contested:
        claim.contested_at = timezone.now()
    elif not contested:
        claim.contested_at = None
    claim.contested = contested
    seen_before = claim.first_seen_at is not None
    earlier = bool(first) and (claim.first_seen_at is None or first < claim.first_seen_at)
    if earlier:
        claim.first_seen_at = first
    if last and (claim.last_seen_at is None or last > claim.last_seen_at):
        claim.last_seen_at = last
    if claim.first_claimant_id is None or (article is not None and earlier and seen_before):
        # A claimant given with the claim (by whoever made it) stands until an article
        # published before the claim's first sighting supports it.
        # Articles processed before were looked at then; one published before all of them
        # (processed late) brings the first claimant, if it has one.
        earliest = (
            mine.filter(stance__in=SUPPORTING_STANCES, statement__speaker__isnull=False)
            .order_by("statement__article__published_at", "statement__created_at")
            .values_list("statement__speaker_id", flat=True)
            .first()
        )
        if earliest is not None or claim.first_claimant_id is None:
            claim.first_claimant_id = earliest
    claim.skip_history_when_saving = True
    # Only what changed: a whole-row save would send the stored vector back as text.
    claim.save(update_fields=REFRESHED_FIELDS)
    del claim.skip_history_when_saving


REFRESHED_FIELDS = (
    "statement_count",
    "supporting_count",
    "accuses_count",
    "asserts_count",
    "denies_count",
    "contested",
    "contested_at",
    "first_seen_at",
    "last_seen_at",
    "first_claimant",
    "updated_at",
)


# --- links --------------------------------------------------------------------------------------


@transaction.atomic
def link_create(
    *,
    statement: Statement,
    claim: Claim,
    score: float,
    method: str,
    state: str,
    user=None,
    stance: str | None = None,
) -> ClaimLink:
    """Link ``statement`` to ``claim``, or update a link no reviewer decided. ``stance``: the
    link's, when it is not the statement's (``matching.link_stance``)."""
    stance = stance or statement.stance
    link, created = ClaimLink.objects.get_or_create(
        statement=statement,
        claim=claim,
        defaults={"score": score, "method": method, "state": state, "stance": stance},
    )
    if not created and link.state not in REVIEWED_LINK_STATES:
        link.score, link.method, link.state, link.stance = score, method, state, stance
        link.save()
    if user is not None and state in REVIEWED_LINK_STATES:
        link.reviewed_by, link.reviewed_at = user, timezone.now()
        link.save()
    return link


def links_restance(
    links: Iterable[ClaimLink], *, save: bool = True
) -> list[tuple[ClaimLink, str, str]]:
    """Read each link's stance again from its statement and its claim's words as they are now
    (``matching.stance_read_again``) and store the ones that changed, with history, and the
    counts of their claims. A denial linked for what it points back at is read after the links
    it points at. Returns the changed links with their stance before and after; ``save=False``
    only reports them.
    """
    from .matching import stance_read_again

    changed = []
    articles: dict = {}  # statements of the articles of denials that point back, read once
    for link in sorted(links, key=lambda link: link.method == ClaimLink.Method.CONTEXT):
        stance = stance_read_again(link, articles)
        if stance == link.stance:
            continue
        changed.append((link, link.stance, stance))
        if save:
            link.stance = stance
            link._change_reason = "stance read again with the claim's words"
            link.save(update_fields=["stance"])
    if save:
        for claim_id in sorted({link.claim_id for link, _, _ in changed}):
            claim_refresh_counts(claim_id)
    return changed


# Links of a reworded claim read again within the edit; beyond, in a task after the commit.
RESTANCE_IN_REQUEST = 500


def claim_links_restance(claim_id: int) -> int:
    """Read the stance of a claim's links again (``links_restance``); the number changed."""
    with transaction.atomic():
        links = ClaimLink.objects.filter(claim_id=claim_id).select_related("statement", "claim")
        return len(links_restance(links.defer("statement__embedding", "claim__embedding")))


def claim_links_restance_later(claim_id: int) -> None:
    """``claim_links_restance`` in a task once the surrounding transaction commits. A broker
    that is down is logged with the command that does the same."""

    def send() -> None:
        from .tasks import restance_claim_links

        try:
            restance_claim_links.delay(claim_id)
        except Exception as exc:
            logger.warning(
                "could not enqueue the stances of claim %s (run manage.py restance_links "
                "--claim %s): %s",
                claim_id,
                claim_id,
                exc,
            )

    transaction.on_commit(send)


def _link_review(*, link: ClaimLink, user, state: str) -> ClaimLink:
    with transaction.atomic():
        link = ClaimLink.objects.select_for_update().get(pk=link.pk)
        link.state = state
        link.reviewed_by = user
        link.reviewed_at = timezone.now()
        link._change_reason = f"{state} by {user}"
        link.save()
        claim_refresh_counts(link.claim_id)
    from .notifications import claim_changed

    claim_changed(link.claim_id, event="link." + state)
    return link


def link_confirm(*, link: ClaimLink, user=None) -> ClaimLink:
    if link.state == ClaimLink.State.CONFIRMED:
        return link
    return _link_review(link=link, user=user, state=ClaimLink.State.CONFIRMED)


def link_reject(*, link: ClaimLink, user=None) -> ClaimLink:
    if link.state == ClaimLink.State.REJECTED:
        return link
    return _link_review(link=link, user=user, state=ClaimLink.State.REJECTED)


def link_add(*, statement: Statement, claim: Claim, user=None) -> tuple[ClaimLink, bool]:
    """A reviewer's own link: ``statement`` repeats, supports or denies ``claim`` though the
    matcher did not offer it (or offered it and was told no). Confirmed at once, with the
    stance the matcher gives such a link (``matching.link_stance``), so that it counts and
    teaches the matcher (``Signals.confirmed``) like a confirmed suggestion; a link the pair
    already has is confirmed (``link_confirm``). Returns the link and whether it is new.
    """
    if claim.merged_into_id is not None:
        raise ValidationError(
            f"Claim {claim.pk} was merged into claim {claim.merged_into_id}: "
            "link the statement to that one."
        )
    existing = ClaimLink.objects.filter(statement=statement, claim=claim).first()
    if existing is not None:
        return link_confirm(link=existing, user=user), False
    from .matching import link_stance

    stance = link_stance(statement, claim.text, claim.language)
    with transaction.atomic():
        link = _reviewer_link(statement, claim, ClaimLink.Method.MANUAL, user, stance=stance)
    from .notifications import claim_changed

    claim_changed(claim.pk, event="link.confirmed", statement_id=statement.pk)
    return link, True


def _reviewer_link(
    statement: Statement, claim: Claim, method: str, user, *, stance: str | None = None
) -> ClaimLink:
    """A link a reviewer makes (``link_create``: confirmed by them, with ``stance`` or the
    statement's), and the claim's counts with it."""
    link = link_create(
        statement=statement,
        claim=claim,
        score=1.0,
        method=method,
        state=ClaimLink.State.CONFIRMED,
        user=user,
        stance=stance,
    )
    claim_refresh_counts(claim.pk)
    return link


def claim_from_statement(*, statement: Statement, text: str = "", user=None) -> Claim:
    """A claim a reviewer makes of a statement that made none, worded by them or, without a
    text, as the matcher would have worded it (``matching.claim_wording``). The statement is
    linked to it, confirmed. Words another live claim already has are refused: the statement
    belongs to that claim.
    """
    from .matching import claim_wording, link_stance, search, wording_fault

    if not text.strip():
        text = claim_wording(statement)
        fault = wording_fault(text, statement.language)
        if fault is not None:
            raise ValidationError(
                f"The statement's own words cannot stand alone as a claim ({fault}): "
                "give the claim's words."
            )
    text = " ".join(text.split())
    if not any(ch.isalpha() for ch in text):
        raise ValidationError("The claim needs words: say who claims what.")
    same = next((m for m in search(text, limit=1, language=statement.language) if m.exact), None)
    if same is not None:
        raise ValidationError(
            f"Claim {same.claim_id} already has these words: link the statement to it instead."
        )
    # "Investigators said the jet was not airworthy", worded "The jet was not airworthy": the
    # statement reads as a denial and asserts the claim
    stance = link_stance(statement, text, statement.language)
    with transaction.atomic():
        claim = claim_create(
            text=text,
            language=statement.language,
            # who denies a claim did not make it
            first_claimant=None if stance == Stance.DENIES else statement.speaker,
            created_by=user,
        )
        _reviewer_link(statement, claim, ClaimLink.Method.CREATED, user, stance=stance)
    return claim


@transaction.atomic
def claim_merge_refusal(*, source: Claim, target: Claim) -> str | None:
    """Why ``source`` cannot be merged into ``target`` as they stand, or None."""
    if source.pk == target.pk:
        return "A claim cannot be merged into itself."
    if target.merged_into_id is not None:
        return f"Claim {target.pk} was itself merged; merge into its target instead."
    if source.merged_into_id is not None:
        return f"Claim {source.pk} was already merged into {source.merged_into_id}."
    return None


# Which of a statement's two links a merge keeps: what a person decided, then what counts.
LINK_STRENGTH = {
    ClaimLink.State.CONFIRMED: 4,
    ClaimLink.State.REJECTED: 3,
    ClaimLink.State.AUTO: 2,
    ClaimLink.State.SUGGESTED: 1,
}


def claim_merge(*, source: Claim, target: Claim, user=None) -> Claim:
    """Fold ``source`` into ``target``: links, statements and reviews move; source redirects."""
    if source.pk == target.pk:
        raise ValidationError(claim_merge_refusal(source=source, target=target))
    source = Claim.objects.select_for_update().get(pk=source.pk)
    target = Claim.objects.select_for_update().get(pk=target.pk)
    _pages_changed()  # bulk updates below bypass the signals cached API pages listen to
    refusal = claim_merge_refusal(source=source, target=target)
    if refusal:
        raise ValidationError(refusal)
    held = {link.statement_id: link for link in target.links.select_for_update()}
    for link in source.links.select_for_update():
        kept = held.get(link.statement_id)
        if kept is not None:
            # The statement was linked to both: the stronger of its two links stays (a
            # statement that made the source and was only suggested for the target still
            # counts, now for the target).
            if LINK_STRENGTH[link.state] <= LINK_STRENGTH[kept.state]:
                link.delete()
                continue
            kept.delete()
        link.claim = target
        link._change_reason = f"moved from claim {source.pk} by merge"
        link.save()
    for review in source.reviews.all():
        review.claim = target
        review._change_reason = f"moved from claim {source.pk} by merge"
        review.save()
    target.subjects.add(*source.subjects.all())
    if not target.verdict and source.verdict:
        target.verdict = source.verdict
    for field in ("first_seen_at",):
        if getattr(source, field) and (
            getattr(target, field) is None or getattr(source, field) < getattr(target, field)
        ):
            setattr(target, field, getattr(source, field))
    target._change_reason = f"claim {source.pk} merged in by {user}" if user else "merge"
    target.save()
    # Claims that pointed at the source now point at the target: redirects never chain.
    Claim.objects.filter(merged_into=source).update(merged_into=target)
    source.merged_into = target
    source._change_reason = f"merged into claim {target.pk}"
    source.statement_count = source.supporting_count = 0
    source.accuses_count = source.asserts_count = source.denies_count = 0
    source.contested = False
    source.save()
    claim_refresh_counts(target.pk)
    return target


def claim_resolve(claim: Claim) -> Claim:
    """Follow merge redirects to the claim that lives on."""
    seen = set()
    while claim.merged_into_id is not None and claim.pk not in seen:
        seen.add(claim.pk)
        claim = Claim.objects.get(pk=claim.merged_into_id)
    return claim


# --- reviews ------------------------------------------------------------------------------------


@transaction.atomic
def review_create(
    *,
    claim: Claim,
    rating: str,
    explanation: str,
    evidence: Iterable[str] = (),
    user=None,
    reviewer_name: str = "",
    publish: bool = False,
    source_url: str | None = None,
) -> Review:
    if rating not in Verdict.values or not rating:
        raise ValidationError({"rating": f"Unknown rating '{rating}'."})
    review = Review(
        claim=claim,
        rating=rating,
        explanation=explanation.strip(),
        evidence=list(evidence),
        reviewer=user,
        reviewer_name=reviewer_name or (user.get_full_name() if user else ""),
        source_url=source_url,
    )
    review.full_clean()
    review.save()
    if publish:
        review_publish(review=review, user=user)
    return review


@transaction.atomic
def review_publish(*, review: Review, user=None) -> Review:
    """Publishing a review sets the claim's verdict and makes it part of its ClaimReview."""
    review = Review.objects.select_for_update().get(pk=review.pk)
    if not review.published:
        review.published = True
        review.published_at = timezone.now()
        review._change_reason = f"published by {user}" if user else "published"
        review.save()
    claim = Claim.objects.select_for_update().get(pk=review.claim_id)
    claim.verdict = review.rating
    claim.status = Claim.Status.REVIEWED
    claim._change_reason = f"verdict from review {review.pk}"
    claim.save()
    from .notifications import claim_changed

    claim_changed(claim.pk, event="claim.verdict")
    return review


def claims_contested() -> Q:
    return Q(contested=True)


# --- edits through the API, announced to followers -----------------------------------------------


def claim_edit(*, claim: Claim, user=None, **fields) -> Claim:
    """Update a claim and tell followers when its status or verdict changed."""
    before = (claim.status, claim.verdict)
    status = fields.pop("status", None)
    with transaction.atomic():
        if fields:
            claim = claim_update(claim=claim, user=user, **fields)
        if status is not None and status != claim.status:
            claim = claim_set_status(claim=claim, status=status, user=user)
    from .notifications import claim_changed

    if claim.status != before[0]:
        claim_changed(claim.pk, event="claim.status", previous=before[0], status=claim.status)
    if claim.verdict != before[1]:
        claim_changed(claim.pk, event="claim.verdict", previous=before[1], verdict=claim.verdict)
    return claim


# --- follows ------------------------------------------------------------------------------------


def follow_create(*, user, claim: Claim | None = None, actor: Actor | None = None):
    """Follow a claim, or every claim of an actor; following twice is the same follow."""
    from .models import Follow

    if (claim is None) == (actor is None):
        raise ValidationError("Follow either a claim or an actor.")
    follow, _created = Follow.objects.get_or_create(user=user, claim=claim, actor=actor)
    return follow


def follow_delete(*, user, claim: Claim | None = None, actor: Actor | None = None) -> int:
    from .models import Follow

    deleted, _ = Follow.objects.filter(user=user, claim=claim, actor=actor).delete()
    return deleted


# --- daily roll-ups of statements ---------------------------------------------------------------
#
# StatementDaily and SpeakerDaily (see claims.models) hold what the overview adds up. Article
# processing applies the difference its run made (statement_rollup_article_begin/_apply, called
# from article_statements_replace); statement_rollup_rebuild re-derives whole days from the
# statements, for the periodic repair of recent days and the rollup_statements backfill.

ROLLUP_STANCES = tuple(Stance.values)  # also the names of StatementDaily's per-stance columns
ROLLUP_CHUNK = 200  # rows per upsert statement, well under SQLite's bound on parameters


@dataclass
class RollupCounts:
    """What some statements add to each roll-up, keyed as the tables' unique constraints are.

    ``daily``: (day, outlet_key, language) -> counts of "statements", "articles" and each stance.
    ``speakers``: (day, actor_id, outlet_key, language) -> counts of "statements", "denials".
    """

    daily: dict[tuple, Counter] = dataclass_field(default_factory=dict)
    speakers: dict[tuple, Counter] = dataclass_field(default_factory=dict)


def _rollup_counts(article: Article) -> RollupCounts:
    """The contribution of ``article``'s statements as stored now, in one query."""
    counts = RollupCounts()
    outlet_key = article.outlet_id or 0
    rows = Statement.objects.filter(article_id=article.pk).values_list(
        "pk", "created_at", "language", "stance", "speaker_rows__actor_id"
    )
    seen: set[int] = set()
    for pk, created_at, language, stance, actor_id in rows.order_by():
        day = timezone.localdate(created_at)
        if pk not in seen:
            seen.add(pk)
            key = (day, outlet_key, language)
            daily = counts.daily.setdefault(key, Counter())
            daily["statements"] += 1
            daily[stance] += 1
            daily["articles"] = 1
        if actor_id is not None:
            speaker = counts.speakers.setdefault((day, actor_id, outlet_key, language), Counter())
            speaker["statements"] += 1
            speaker["denials"] += stance == Stance.DENIES
    return counts


def _rollup_difference(after: dict, before: dict, columns: tuple[str, ...]) -> list[tuple]:
    rows = []
    for key in sorted(after.keys() | before.keys()):
        new, old = after.get(key, Counter()), before.get(key, Counter())
        delta = tuple(new[c] - old[c] for c in columns)
        if any(delta):
            rows.append((*key, *delta))
    return rows


def _rollup_add(model, keys: tuple[str, ...], columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Add signed counts to ``model``'s rows, creating the rows that are missing.

    One INSERT .. ON CONFLICT DO UPDATE per chunk, with the rows in key order so that two
    articles updating the same rows lock them in the same order and cannot deadlock.
    """
    if not rows:
        return
    ops = connection.ops
    table = ops.quote_name(model._meta.db_table)
    key_columns = [ops.quote_name(model._meta.get_field(k).column) for k in keys]
    value_columns = [ops.quote_name(model._meta.get_field(c).column) for c in columns]
    updates = ", ".join(f"{c} = {table}.{c} + EXCLUDED.{c}" for c in value_columns)
    placeholder = "(" + ", ".join(["%s"] * (len(keys) + len(columns))) + ")"
    for start in range(0, len(rows), ROLLUP_CHUNK):
        chunk = rows[start : start + ROLLUP_CHUNK]
        params = []
        for row in chunk:
            params.extend((ops.adapt_datefield_value(row[0]), *row[1:]))
        # Only column names from the model's meta are formatted in; every value is a parameter.
        sql = (
            f"INSERT INTO {table} ({', '.join(key_columns + value_columns)}) "  # noqa: S608
            f"VALUES {', '.join([placeholder] * len(chunk))} "
            f"ON CONFLICT ({', '.join(key_columns)}) DO UPDATE SET {updates}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, params)


def statement_rollup_article_begin(article: Article) -> RollupCounts:
    """What the article's statements count for before a run changes them."""
    return _rollup_counts(article)


def statement_rollup_article_apply(article: Article, before: RollupCounts) -> None:
    """Apply to both roll-ups the difference between now and ``before``, in the caller's
    transaction, so that the counts commit or roll back with the statements themselves."""
    from .models import SpeakerDaily, StatementDaily

    after = _rollup_counts(article)
    daily_columns = ("statements", "articles", *ROLLUP_STANCES)
    daily = _rollup_difference(after.daily, before.daily, daily_columns)
    speakers = _rollup_difference(after.speakers, before.speakers, ("statements", "denials"))
    _rollup_add(StatementDaily, ("day", "outlet_key", "language"), daily_columns, daily)
    _rollup_add(
        SpeakerDaily,
        ("day", "actor", "outlet_key", "language"),
        ("statements", "denials"),
        speakers,
    )
    # Rows that fell to nothing go, so that the tables hold exactly the non-empty groups.
    days = {row[0] for row in daily} | {row[0] for row in speakers}
    if days:
        outlet_key = article.outlet_id or 0
        StatementDaily.objects.filter(
            day__in=days, outlet_key=outlet_key, statements=0, articles=0
        ).filter(**dict.fromkeys(ROLLUP_STANCES, 0)).delete()
        SpeakerDaily.objects.filter(
            day__in=days, outlet_key=outlet_key, statements=0, denials=0
        ).delete()


def _day_start(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def _insert_select(model, columns: list[str], queryset) -> int:
    """INSERT INTO model (columns) SELECT ...: the rows never travel through Python."""
    ops = connection.ops
    table = ops.quote_name(model._meta.db_table)
    names = ", ".join(ops.quote_name(model._meta.get_field(c).column) for c in columns)
    select, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {table} ({names}) {select}", params)
        return cursor.rowcount


@transaction.atomic
def statement_rollup_rebuild(*, since: date, until: date) -> tuple[int, int]:
    """Re-derive both roll-ups for the days ``since`` to ``until`` (inclusive) from the
    statements; returns the numbers of StatementDaily and SpeakerDaily rows written.

    On PostgreSQL the roll-up tables are locked against writes first: an article run that
    already added its difference has committed before the days are counted again, and one that
    has not yet added it waits until they are (its statements were not counted), so no change
    is lost or counted twice.
    """
    from django.db.models.functions import TruncDate

    from .models import SpeakerDaily, StatementDaily

    if since > until:
        raise ValidationError("The first day of a roll-up rebuild is after its last day.")
    if connection.vendor == "postgresql":
        tables = ", ".join(
            connection.ops.quote_name(m._meta.db_table) for m in (StatementDaily, SpeakerDaily)
        )
        with connection.cursor() as cursor:
            cursor.execute(f"LOCK TABLE {tables} IN SHARE ROW EXCLUSIVE MODE")
    StatementDaily.objects.filter(day__range=(since, until)).delete()
    SpeakerDaily.objects.filter(day__range=(since, until)).delete()
    start, end = _day_start(since), _day_start(until + timedelta(days=1))
    daily = (
        Statement.objects.filter(created_at__gte=start, created_at__lt=end)
        .values(
            rollup_day=TruncDate("created_at"),
            rollup_outlet=Coalesce("article__outlet_id", 0),
            rollup_language=F("language"),
        )
        .annotate(
            rollup_statements=Count("pk"),
            rollup_articles=Count("article_id", distinct=True),
            **{f"rollup_{s}": Count("pk", filter=Q(stance=s)) for s in ROLLUP_STANCES},
        )
        .order_by()
    )
    speakers = (
        StatementSpeaker.objects.filter(
            statement__created_at__gte=start, statement__created_at__lt=end
        )
        .values(
            rollup_day=TruncDate("statement__created_at"),
            rollup_actor=F("actor_id"),
            rollup_outlet=Coalesce("statement__article__outlet_id", 0),
            rollup_language=F("statement__language"),
        )
        .annotate(
            rollup_statements=Count("statement_id"),
            rollup_denials=Count("statement_id", filter=Q(statement__stance=Stance.DENIES)),
        )
        .order_by()
    )
    written = _insert_select(
        StatementDaily,
        ["day", "outlet_key", "language", "statements", "articles", *ROLLUP_STANCES],
        daily,
    )
    written_speakers = _insert_select(
        SpeakerDaily,
        ["day", "actor", "outlet_key", "language", "statements", "denials"],
        speakers,
    )
    return written, written_speakers


def statement_rollup_days() -> tuple[date, date] | None:
    """The first and last day that statements or roll-up rows exist for (None when neither)."""
    from .models import SpeakerDaily, StatementDaily

    span = Statement.objects.aggregate(first=Min("created_at"), last=Max("created_at"))
    days = [timezone.localdate(v) for v in span.values() if v is not None]
    for model in (StatementDaily, SpeakerDaily):
        rolled = model.objects.aggregate(first=Min("day"), last=Max("day"))
        days.extend(v for v in rolled.values() if v is not None)
    return (min(days), max(days)) if days else None


def _pages_changed() -> None:
    """Cached API pages about claims are stale once this transaction commits."""
    from .selectors import claims_generation

    claims_generation.changed()
