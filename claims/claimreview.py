"""schema.org ClaimReview: our published verdicts out, other fact-checkers' verdicts in."""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.db.models import Prefetch

from sources.models import ActorAlias, normalise_alias

from .models import VERDICT_RATING_VALUE, Claim, ClaimLink, Review, Verdict

SCHEMA_CONTEXT = "https://schema.org"
# Appearances listed per claim; a claim repeated in thousands of articles keeps a readable size.
MAX_APPEARANCES = 50


def _public(path: str) -> str:
    return settings.FACTDESK_PUBLIC_URL.rstrip("/") + path


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def published_reviews():
    """Published reviews with what their JSON-LD needs, in a constant number of queries."""
    appearances = (
        ClaimLink.objects.filter(state__in=(ClaimLink.State.AUTO, ClaimLink.State.CONFIRMED))
        .select_related("statement__article__outlet")
        .order_by("statement__article__published_at", "statement__article__created_at")
    )
    return (
        Review.objects.filter(published=True, claim__merged_into__isnull=True)
        .select_related("claim__first_claimant")
        .prefetch_related(
            Prefetch("claim__links", queryset=appearances, to_attr="appearance_links")
        )
        .order_by("-published_at", "-pk")
    )


def claimreview_jsonld(review: Review) -> dict:
    claim = review.claim
    rating = Verdict(review.rating)
    imported = bool(review.source_url)
    author = {"@type": "Organization", "name": settings.FACTDESK_ORGANISATION}
    if imported and review.reviewer_name:
        author["name"] = review.reviewer_name
    else:
        author["url"] = _public("/")
    item: dict = {"@type": "Claim", "datePublished": _iso(claim.first_seen_at)}
    if claim.first_claimant_id:
        claimant = claim.first_claimant
        kind = "Person" if claimant.kind == "person" else "Organization"
        item["author"] = {"@type": kind, "name": claimant.name}
    links = getattr(claim, "appearance_links", None)
    if links is None:
        links = list(
            claim.links.filter(state__in=(ClaimLink.State.AUTO, ClaimLink.State.CONFIRMED))
            .select_related("statement__article__outlet")
            .order_by("statement__article__published_at")[:MAX_APPEARANCES]
        )
    appearances = []
    seen = set()
    for link in links:
        article = link.statement.article
        if article.pk in seen or not article.url:
            continue
        seen.add(article.pk)
        appearance = {"@type": "CreativeWork", "url": article.url}
        if article.title:
            appearance["headline"] = article.title
        if article.published_at:
            appearance["datePublished"] = article.published_at.isoformat()
        if article.outlet_id:
            appearance["publisher"] = {"@type": "Organization", "name": article.outlet.name}
        appearances.append(appearance)
        if len(appearances) >= MAX_APPEARANCES:
            break
    if appearances:
        item["appearance"] = appearances
        item["firstAppearance"] = appearances[0]
    return {
        "@context": SCHEMA_CONTEXT,
        "@type": "ClaimReview",
        "url": review.source_url or _public(f"/api/v1/claims/{claim.pk}/claimreview"),
        "claimReviewed": claim.text,
        "inLanguage": claim.language,
        "datePublished": _iso(review.published_at),
        "author": author,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": VERDICT_RATING_VALUE[rating],
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": rating.label,
        },
        "reviewBody": review.explanation,
        "itemReviewed": item,
    }


# --- import -------------------------------------------------------------------------------------

_RATING_WORDS = {normalise_alias(label): value for value, label in Verdict.choices if value}
_RATING_WORDS.update({normalise_alias(value.replace("_", " ")): value for value in Verdict.values})
_RATING_WORDS.update(
    {
        "pants on fire": Verdict.FALSE,
        "incorrect": Verdict.FALSE,
        "fake": Verdict.FALSE,
        "hoax": Verdict.FALSE,
        "half true": Verdict.MIXED,
        "partly false": Verdict.MIXED,
        "partly true": Verdict.MIXED,
        "missing context": Verdict.MISLEADING,
        "out of context": Verdict.MISLEADING,
        "unverified": Verdict.UNPROVEN,
        "unsupported": Verdict.UNPROVEN,
        "correct": Verdict.TRUE,
        "accurate": Verdict.TRUE,
        "salah": Verdict.FALSE,
        "benar": Verdict.TRUE,
        "menyesatkan": Verdict.MISLEADING,
        "sebagian benar": Verdict.MIXED,
    }
)


def _number(value, field: str) -> float:
    if isinstance(value, bool):
        raise ValidationError({field: "Must be a number."})
    try:
        return float(value)
    except (TypeError, ValueError) as exc:
        raise ValidationError({field: "Must be a number."}) from exc


def rating_from_jsonld(rating) -> str:
    """Our verdict for a schema.org Rating: by its name first, else by its place on the scale."""
    if not isinstance(rating, dict):
        raise ValidationError({"reviewRating": "Must be a schema.org Rating object."})
    name = rating.get("alternateName")
    if isinstance(name, str) and normalise_alias(name) in _RATING_WORDS:
        return _RATING_WORDS[normalise_alias(name)]
    if rating.get("ratingValue") in (None, ""):
        raise ValidationError(
            {"reviewRating": f"Unknown alternateName {name!r} and no ratingValue to place it."}
        )
    value = _number(rating.get("ratingValue"), "reviewRating.ratingValue")
    best = _number(rating.get("bestRating", 5), "reviewRating.bestRating")
    worst = _number(rating.get("worstRating", 1), "reviewRating.worstRating")
    if best == worst or not min(best, worst) <= value <= max(best, worst):
        raise ValidationError({"reviewRating": "ratingValue is outside worstRating..bestRating."})
    position = (value - worst) / (best - worst)
    scale = [Verdict.FALSE, Verdict.MOSTLY_FALSE, Verdict.MIXED, Verdict.MOSTLY_TRUE, Verdict.TRUE]
    return scale[min(int(position * len(scale)), len(scale) - 1)]


def _text(data: dict, field: str, *, required: bool = False, limit: int = 5000) -> str:
    value = data.get(field)
    if value is None or value == "":
        if required:
            raise ValidationError({field: "This field is required."})
        return ""
    if not isinstance(value, str):
        raise ValidationError({field: "Must be a string."})
    value = " ".join(value.split())
    if len(value) > limit:
        raise ValidationError({field: f"At most {limit} characters."})
    return value


def _author_name(value) -> str:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        name = value.get("name")
        return " ".join(name.split())[:200] if isinstance(name, str) else ""
    return " ".join(value.split())[:200] if isinstance(value, str) else ""


def _url(value, field: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValidationError({field: "An http(s) URL is required."})
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError as exc:
        raise ValidationError({field: "An http(s) URL is required."}) from exc
    if len(value) > 2048:
        raise ValidationError({field: "At most 2048 characters."})
    return value


def claim_for_import(text: str, language: str, claimant: str, user) -> tuple[Claim, bool]:
    """The live claim with this exact wording in this language, or a new one."""
    from .services import claim_create, claim_resolve

    existing = (
        Claim.objects.filter(text__iexact=text, language=language)
        .order_by("merged_into_id", "pk")
        .first()
    )
    if existing is not None:
        return claim_resolve(existing), False
    first_claimant = None
    if claimant:
        alias = ActorAlias.objects.filter(normalised=normalise_alias(claimant)).first()
        first_claimant = alias.actor if alias else None
    claim = claim_create(
        text=text,
        language=language,
        status=Claim.Status.TRIAGED,
        first_claimant=first_claimant,
        created_by=user,
    )
    return claim, True


def claimreview_import(data, *, user=None) -> tuple[Review, bool]:
    """Create (or find again, keyed by its URL) the claim and review of a ClaimReview document.

    The imported review stays unpublished: it is someone else's verdict, shown with the claim,
    until a fact-checker here publishes it as ours.
    """
    from .services import review_create

    if not isinstance(data, dict):
        raise ValidationError({"non_field_errors": "Send one ClaimReview JSON-LD object."})
    kind = data.get("@type")
    if kind != "ClaimReview" and not (isinstance(kind, list) and "ClaimReview" in kind):
        raise ValidationError({"@type": "Must be 'ClaimReview'."})
    url = _url(data.get("url"), "url")
    existing = Review.objects.filter(source_url=url).first()
    if existing is not None:
        return existing, False
    text = _text(data, "claimReviewed", required=True)
    language = _text(data, "inLanguage", limit=8).lower()[:2] or settings.FACTDESK_LANGUAGES[0]
    if language not in settings.FACTDESK_LANGUAGES:
        supported = ", ".join(settings.FACTDESK_LANGUAGES)
        raise ValidationError({"inLanguage": f"'{language}' is not supported ({supported})."})
    verdict = rating_from_jsonld(data.get("reviewRating"))
    item = data.get("itemReviewed") if isinstance(data.get("itemReviewed"), dict) else {}
    claimant = _author_name(item.get("author"))
    organisation = _author_name(data.get("author")) or "Imported ClaimReview"
    explanation = _text(data, "reviewBody", limit=20000) or (
        f"{organisation} rated this claim '{Verdict(verdict).label}'."
    )
    evidence = []
    appearances = item.get("appearance") or []
    for appearance in appearances if isinstance(appearances, list) else [appearances]:
        candidate = appearance.get("url") if isinstance(appearance, dict) else appearance
        if isinstance(candidate, str) and candidate.startswith(("http://", "https://")):
            evidence.append(candidate[:2048])
    evidence.insert(0, url)
    try:
        with transaction.atomic():
            claim, _ = claim_for_import(text, language, claimant, user)
            review = review_create(
                claim=claim,
                rating=verdict,
                explanation=explanation,
                evidence=evidence[: MAX_APPEARANCES + 1],
                user=user,
                reviewer_name=organisation,
                source_url=url,
            )
    except IntegrityError:
        # The same document imported twice at once: the other import made it.
        review = Review.objects.filter(source_url=url).first()
        if review is None:
            raise
        return review, False
    return review, True
