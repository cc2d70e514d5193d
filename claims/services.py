"""Writes on claims, statements, links and reviews; every door calls these."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max, Min, Q
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


def _speaker_actor(resolver: AliasResolver, surface: str, name: str) -> Actor | None:
    actor_id = resolver.resolve(surface) or (resolver.resolve(name) if name else None)
    if actor_id is not None:
        return Actor.objects.filter(pk=actor_id).first()
    name = " ".join(name.split())
    if not name or len(name) > 120 or not any(ch.isalpha() for ch in name):
        return None
    if not any(word[:1].isupper() for word in name.split()):
        # "officials", "kedua pemimpin": a description, not someone to track as an actor.
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
        claim_refresh_counts(claim_id)
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
    return claim


@transaction.atomic
def claim_update(*, claim: Claim, user=None, **fields) -> Claim:
    """Change a claim's editable fields; the text change re-embeds it."""
    from .matching import claim_index

    allowed = {"text", "language", "status", "verdict"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValidationError(dict.fromkeys(unknown, "This field cannot be changed here."))
    text_changed = "text" in fields and " ".join(fields["text"].split()) != claim.text
    for name, value in fields.items():
        setattr(claim, name, " ".join(value.split()) if name == "text" else value)
    claim.full_clean(exclude=["embedding"])
    claim._change_reason = f"updated by {user}" if user else "updated"
    claim.save()
    if text_changed:
        claim_index(claim)
    return claim


def claim_set_status(*, claim: Claim, status: str, user=None) -> Claim:
    if status not in Claim.Status.values:
        raise ValidationError({"status": f"Unknown status '{status}'."})
    if status == Claim.Status.REVIEWED and not claim.verdict:
        raise ValidationError({"status": "A claim can only be 'reviewed' once it has a verdict."})
    return claim_update(claim=claim, user=user, status=status)


@transaction.atomic
def claim_refresh_counts(claim_id: int) -> None:
    """Recompute a claim's denormalised counts, seen-times and contested flag from its links."""
    links = ClaimLink.objects.filter(claim_id=claim_id, state__in=COUNTED_LINK_STATES)
    stances = Counter(links.values_list("stance", flat=True))
    span = links.aggregate(
        first=Min("statement__article__published_at"),
        first_created=Min("statement__article__created_at"),
        last=Max("statement__article__published_at"),
        last_created=Max("statement__article__created_at"),
    )
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
    first = span["first"] or span["first_created"]
    last = span["last"] or span["last_created"]
    if first and (claim.first_seen_at is None or first < claim.first_seen_at):
        claim.first_seen_at = first
    if last and (claim.last_seen_at is None or last > claim.last_seen_at):
        claim.last_seen_at = last
    if claim.first_claimant_id is None:
        earliest = (
            links.filter(stance__in=SUPPORTING_STANCES, statement__speaker__isnull=False)
            .order_by("statement__article__published_at", "statement__created_at")
            .values_list("statement__speaker_id", flat=True)
            .first()
        )
        claim.first_claimant_id = earliest
    claim.skip_history_when_saving = True
    claim.save()
    del claim.skip_history_when_saving


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
) -> ClaimLink:
    link, created = ClaimLink.objects.get_or_create(
        statement=statement,
        claim=claim,
        defaults={"score": score, "method": method, "state": state, "stance": statement.stance},
    )
    if not created and link.state not in REVIEWED_LINK_STATES:
        link.score, link.method, link.state, link.stance = score, method, state, statement.stance
        link.save()
    if user is not None and state in REVIEWED_LINK_STATES:
        link.reviewed_by, link.reviewed_at = user, timezone.now()
        link.save()
    return link


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


@transaction.atomic
def claim_merge(*, source: Claim, target: Claim, user=None) -> Claim:
    """Fold ``source`` into ``target``: links, statements and reviews move; source redirects."""
    if source.pk == target.pk:
        raise ValidationError("A claim cannot be merged into itself.")
    source = Claim.objects.select_for_update().get(pk=source.pk)
    target = Claim.objects.select_for_update().get(pk=target.pk)
    if target.merged_into_id is not None:
        raise ValidationError(
            f"Claim {target.pk} was itself merged; merge into its target instead."
        )
    if source.merged_into_id is not None:
        raise ValidationError(f"Claim {source.pk} was already merged into {source.merged_into_id}.")
    target_statements = set(target.links.values_list("statement_id", flat=True))
    for link in source.links.select_for_update():
        if link.statement_id in target_statements:
            link.delete()
            continue
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
