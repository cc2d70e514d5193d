"""Writes on outlets, actors, articles and feeds; API, CLI, feeds and admin call these."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from .models import Actor, ActorAlias, Article, Feed, Outlet, normalise_alias

logger = logging.getLogger(__name__)


class ArticleRejected(ValidationError):
    """Submitted input that cannot become an article; the message says why, per field."""


def content_hash(text: str) -> str:
    # Whitespace and case differences do not make a different article.
    return hashlib.sha256(" ".join(text.split()).casefold().encode("utf-8")).hexdigest()


# --- outlets and actors -------------------------------------------------------------------------


def outlet_get_or_create(
    *,
    name: str,
    domain: str = "",
    kind: str = Outlet.Kind.OTHER,
    country: str = "",
    language: str = "",
    aliases: Iterable[str] = (),
) -> Outlet:
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"name": "An outlet needs a name."})
    outlet = Outlet.objects.filter(name__iexact=name).first()
    if outlet is None and domain:
        outlet = Outlet.objects.filter(domain=domain.lower()).first()
    if outlet is not None:
        return outlet
    outlet = Outlet(
        name=name,
        domain=domain.lower(),
        kind=kind,
        country=country.upper(),
        language=language,
        aliases=list(aliases),
    )
    outlet.full_clean()
    outlet.save()
    return outlet


def outlet_find(text: str) -> Outlet | None:
    """The outlet a name, domain or alias refers to ("AP", "Associated Press", "apnews.com")."""
    key = normalise_alias(text)
    if not key:
        return None
    for outlet in Outlet.objects.only("id", "name", "domain", "aliases"):
        names = [outlet.name, outlet.domain, *outlet.aliases]
        if any(normalise_alias(n) == key for n in names if n):
            return outlet
    return None


@transaction.atomic
def actor_create(
    *,
    name: str,
    kind: str = Actor.Kind.UNKNOWN,
    aliases: dict[str, Iterable[str]] | None = None,
    parent: Actor | None = None,
    reviewed: bool = True,
    description: str = "",
) -> Actor:
    """Create an actor with its aliases; ``aliases`` maps a language ("" for any) to names."""
    actor = Actor(
        name=" ".join(name.split()),
        kind=kind,
        parent=parent,
        reviewed=reviewed,
        description=description,
    )
    actor.full_clean()
    actor.save()
    actor_alias_add(actor=actor, alias=actor.name, language="")
    for language, names in (aliases or {}).items():
        for alias in names:
            actor_alias_add(actor=actor, alias=alias, language=language)
    return actor


def actor_alias_add(*, actor: Actor, alias: str, language: str = "") -> ActorAlias:
    """Attach an alias; an alias already held by this actor is kept, one held by another refused."""
    normalised = normalise_alias(alias)
    existing = ActorAlias.objects.filter(normalised=normalised, language=language).first()
    if existing is not None:
        if existing.actor_id != actor.pk:
            raise ValidationError(
                {
                    "alias": f"'{alias}' ({language or 'any language'}) already names "
                    f"{existing.actor.name}."
                }
            )
        return existing
    row = ActorAlias(actor=actor, alias=" ".join(alias.split()), language=language)
    row.full_clean(exclude=["normalised"])
    row.save()
    return row


def actor_get_or_create(*, name: str, kind: str = Actor.Kind.UNKNOWN, **kwargs) -> Actor:
    actor = Actor.objects.filter(name__iexact=" ".join(name.split())).first()
    return actor if actor is not None else actor_create(name=name, kind=kind, **kwargs)


# --- articles -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Submission:
    article: Article
    created: bool
    # False when the broker could not take the task: the article waits as pending for the sweep.
    queued: bool = True


def _validate_language(language: str) -> str:
    language = (language or "").strip().lower()
    if language and language not in settings.FACTDESK_LANGUAGES:
        supported = ", ".join(settings.FACTDESK_LANGUAGES)
        raise ArticleRejected(
            {"language": f"Language '{language}' is not supported here (supported: {supported})."}
        )
    return language


def article_submit(
    *,
    url: str | None = None,
    html: str | None = None,
    text: str | None = None,
    title: str = "",
    outlet: Outlet | str | None = None,
    language: str = "",
    published_at: datetime | None = None,
    feed=None,
    enqueue: bool = True,
) -> Submission:
    """Store a submitted article once and queue its processing after commit.

    The same canonical URL, or the same content, gives back the existing article
    (``created=False``): resubmitting is idempotent, also when two submissions race.
    """
    from .canonical import InvalidURL, canonicalize_url

    html = html or ""
    text = text or ""
    errors: dict[str, str] = {}
    canonical = None
    if url:
        try:
            canonical = canonicalize_url(url)
        except InvalidURL as exc:
            errors["url"] = str(exc)
    if not (url or html.strip() or text.strip()):
        errors["non_field_errors"] = "Give at least one of url, html or text, not empty."
    limit = settings.FACTDESK_MAX_ARTICLE_CHARS
    for field, value in (("html", html), ("text", text)):
        if len(value) > limit:
            errors[field] = f"Too long: {len(value):,} characters (at most {limit:,})."
        elif "\x00" in value:
            errors[field] = "Contains NUL bytes: binary data is not an article."
    if len(title) > 500:
        errors["title"] = "At most 500 characters."
    try:
        language = _validate_language(language)
    except ArticleRejected as exc:
        errors.update({k: v[0] for k, v in exc.message_dict.items()})
    if errors:
        raise ArticleRejected(errors)

    if isinstance(outlet, str):
        outlet = outlet_find(outlet) or outlet_get_or_create(name=outlet)
    body = text if text.strip() else html
    digest = content_hash(body) if body.strip() else None

    existing = _article_existing(canonical, digest)
    if existing is not None:
        return Submission(existing, False)
    article = Article(
        url=canonical,
        html=html,
        submitted_text=text,
        title=" ".join(title.split()),
        outlet=outlet,
        requested_language=language,
        published_at=published_at,
        content_hash=digest,
        feed=feed,
    )
    outcome = None
    try:
        with transaction.atomic():
            article.save()
            if enqueue:
                outcome = article_enqueue(article.pk)
    except IntegrityError:
        # Lost a race with an identical submission: theirs is the article.
        existing = _article_existing(canonical, digest)
        if existing is None:
            raise
        return Submission(existing, False)
    return Submission(article, True, queued=outcome is None or outcome.sent is not False)


def _article_existing(canonical: str | None, digest: str | None) -> Article | None:
    if canonical:
        found = Article.objects.filter(url=canonical).first()
        if found is not None:
            return found
    if digest:
        return Article.objects.filter(content_hash=digest).first()
    return None


class Enqueued:
    """Whether a task queued at commit reached the broker (known once the transaction committed)."""

    def __init__(self) -> None:
        self.sent: bool | None = None


def article_enqueue(article_id: int) -> Enqueued:
    """Queue processing once the surrounding transaction commits.

    A broker that is down must not lose the article: the row is already committed as pending and
    the periodic sweep (sources.tasks.sweep_pending_articles) picks it up later.
    """
    from .tasks import process_article

    outcome = Enqueued()

    def send() -> None:
        try:
            process_article.delay(article_id)
        except Exception as exc:  # broker unreachable: the sweep will retry
            logger.warning("could not enqueue article %s, left pending: %s", article_id, exc)
            outcome.sent = False
        else:
            outcome.sent = True

    transaction.on_commit(send)
    return outcome


class ProcessingFailed(Exception):
    """The article itself is unusable; the message is shown to people as the reason."""


def article_process(article_id: int) -> Article | None:
    """Fetch if needed, extract text, identify language, then extract and link statements.

    Idempotent: the article row is locked for the whole run, so a second delivery of the same
    task waits, then finds the article processed and does nothing.
    """
    from claims.extraction import EXTRACTOR_VERSION

    with transaction.atomic():
        article = Article.objects.select_for_update().filter(pk=article_id).first()
        if article is None:
            logger.info("article %s no longer exists; nothing to process", article_id)
            return None
        if article.state == Article.State.PROCESSED and (
            article.extractor_version == EXTRACTOR_VERSION
        ):
            return article
        article.attempts += 1
        try:
            _article_prepare_text(article)
            _article_statements(article)
        except ProcessingFailed as exc:
            article.state = Article.State.FAILED
            article.error = str(exc)
            article.save()
            logger.info("article %s failed: %s", article.pk, exc)
            return article
        article.state = Article.State.PROCESSED
        article.error = ""
        article.processed_at = timezone.now()
        article.extractor_version = EXTRACTOR_VERSION
        article.save()
    return article


def article_reprocess(article: Article) -> None:
    """Queue an article for processing again; its reviewed links survive (see claims.services)."""
    Article.objects.filter(pk=article.pk).update(
        state=Article.State.PENDING, extractor_version="", error=""
    )
    article_enqueue(article.pk)


def _article_prepare_text(article: Article) -> None:
    from .fetching import FetchError, fetch
    from .text import ExtractionError, detect_language, extract_text

    # Feed entries are fetched for the full page; their own content is the fallback.
    wants_page = not article.submitted_text or article.feed_id is not None
    if article.url and not article.html and wants_page:
        try:
            page = fetch(article.url)
        except FetchError as exc:
            if not article.submitted_text.strip():
                raise ProcessingFailed(f"Could not fetch {article.url}: {exc}") from exc
            logger.info("article %s: page not fetched (%s); using the feed's text", article.pk, exc)
        else:
            article.html = page.body.decode(page.charset or "utf-8", errors="replace")
            article.fetched_at = timezone.now()
    if article.html and "\x00" in article.html:
        raise ProcessingFailed("The HTML contains binary data (NUL bytes); it is not a web page.")
    if article.html.strip():
        try:
            page = extract_text(article.html, url=article.url)
        except ExtractionError as exc:
            if not article.submitted_text.strip():
                raise ProcessingFailed(str(exc)) from exc
            # A feed entry's own content stands in when the page gives nothing usable.
            page = None
        if page is not None:
            article.text = page.text
            article.title = article.title or (page.title or "")[:500]
            article.byline = article.byline or (page.byline or "")[:300]
            article.published_at = article.published_at or page.published_at
    if not article.text.strip():
        article.text = article.submitted_text.strip()
    if not article.text.strip():
        raise ProcessingFailed("No text: the article is empty or only whitespace.")
    if len(article.text) > settings.FACTDESK_MAX_ARTICLE_CHARS:
        raise ProcessingFailed(
            f"The text is too long ({len(article.text):,} characters; at most "
            f"{settings.FACTDESK_MAX_ARTICLE_CHARS:,})."
        )
    printable = sum(ch.isprintable() or ch.isspace() for ch in article.text)
    if printable < 0.9 * len(article.text):
        raise ProcessingFailed(
            "The text is mostly unprintable characters; it looks like binary data."
        )

    if article.requested_language:
        article.language = article.requested_language
    else:
        language = detect_language(article.text, allowed=settings.FACTDESK_LANGUAGES)
        if language is None:
            supported = ", ".join(settings.FACTDESK_LANGUAGES)
            raise ProcessingFailed(
                f"The language could not be identified as one of the supported ones ({supported})."
            )
        article.language = language

    digest = content_hash(article.text)
    if article.content_hash is None:
        twin = Article.objects.filter(content_hash=digest).exclude(pk=article.pk).first()
        if twin is not None:
            raise ProcessingFailed(f"Same content as article {twin.pk}; it is tracked there.")
        article.content_hash = digest


def _article_statements(article: Article) -> None:
    from claims.services import article_statements_replace

    article_statements_replace(article)


# --- feeds --------------------------------------------------------------------------------------


def feed_get_or_create(*, url: str, outlet: Outlet | None = None, **fields) -> Feed:
    from .canonical import InvalidURL, canonicalize_url

    try:
        canonical = canonicalize_url(url)
    except InvalidURL as exc:
        raise ValidationError({"url": str(exc)}) from exc
    feed = Feed.objects.filter(url=canonical).first()
    if feed is None:
        feed = Feed(url=canonical, outlet=outlet, **fields)
        feed.full_clean()
        feed.save()
    return feed


def _entry_text(entry) -> str:
    from .text import html_to_text

    return html_to_text(entry.content_html or entry.summary_html or "")


def feed_poll(feed: Feed, *, progress=None) -> int:
    """Fetch a feed (conditionally, with its ETag/Last-Modified) and submit its new entries.

    Returns the number of new articles. A failing feed records why and is tried again at its
    next interval; it never affects other feeds or articles.
    """
    from .feeds import FeedError, fetch_feed
    from .fetching import FetchError

    now = timezone.now()
    feed.last_polled_at = now
    feed.next_poll_at = now + feed.poll_interval
    try:
        result, parsed = fetch_feed(feed.url, etag=feed.etag, last_modified=feed.last_modified)
    except (FetchError, FeedError) as exc:
        feed.last_status, feed.last_error = "error", str(exc)
        feed.save()
        return 0
    feed.etag = result.etag or ""
    feed.last_modified = result.last_modified or ""
    if result.not_modified or parsed is None:
        feed.last_status, feed.last_error = "not_modified", ""
        feed.save()
        return 0
    feed.title = feed.title or (parsed.title or "")[:300]
    created = 0
    entries = parsed.entries
    for entry in progress(entries) if progress else entries:
        if not entry.url:
            continue
        try:
            submission = article_submit(
                url=entry.url,
                text=_entry_text(entry),
                title=(entry.title or "")[:500],
                outlet=feed.outlet,
                language=feed.language,
                published_at=entry.published_at,
                feed=feed,
            )
        except ValidationError as exc:
            logger.info("feed %s: entry %s skipped: %s", feed.pk, entry.url, exc.messages)
            continue
        created += submission.created
    feed.entries_seen += created
    feed.last_status, feed.last_error = "ok", ""
    feed.save()
    return created


def feeds_poll_due() -> int:
    """Poll every active feed whose interval has passed; called by beat every minute."""
    now = timezone.now()
    due = Feed.objects.filter(active=True).filter(
        models.Q(next_poll_at__isnull=True) | models.Q(next_poll_at__lte=now)
    )
    total = 0
    for feed_id in due.values_list("id", flat=True):
        with transaction.atomic():
            # Two beat ticks (or two schedulers) must not poll the same feed at once.
            feed = (
                Feed.objects.select_for_update(skip_locked=True)
                .filter(pk=feed_id, active=True)
                .filter(models.Q(next_poll_at__isnull=True) | models.Q(next_poll_at__lte=now))
                .first()
            )
            if feed is None:
                continue
            feed.next_poll_at = now + feed.poll_interval
            feed.save(update_fields=["next_poll_at"])
        total += feed_poll(feed)
    return total


# --- merging duplicate actors -------------------------------------------------------------------


@transaction.atomic
def actor_merge(*, source: Actor, target: Actor, user=None) -> Actor:
    """Fold the duplicate ``source`` into ``target``; the source stays as a redirect.

    Aliases, statements (as main speaker and as one of several speakers), the claims it is the
    subject or first claimant of, and its member actors all move to the target, so that alias
    resolution and every count from now on name the target.
    """
    from claims.models import Claim, Statement, StatementSpeaker

    if source.pk == target.pk:
        raise ValidationError("An actor cannot be merged into itself.")
    # Lock both rows in a stable order so that two merges of the same pair cannot deadlock.
    rows = Actor.objects.select_for_update().filter(pk__in=[source.pk, target.pk]).order_by("pk")
    locked = {a.pk: a for a in rows}
    if len(locked) != 2:
        raise ValidationError("One of the actors no longer exists.")
    source, target = locked[source.pk], locked[target.pk]
    if source.merged_into_id is not None:
        raise ValidationError(f"{source.name} was already merged into another actor.")
    if target.merged_into_id is not None:
        raise ValidationError(
            f"{target.name} was itself merged into another actor; merge into that one instead."
        )
    ancestor, seen = target.parent, set()
    while ancestor is not None and ancestor.pk not in seen:
        if ancestor.pk == source.pk:
            raise ValidationError(
                f"{target.name} belongs to {source.name}; merging would make it its own parent."
            )
        seen.add(ancestor.pk)
        ancestor = ancestor.parent

    # An alias is unique per language across all actors, so moving them cannot clash.
    ActorAlias.objects.filter(actor=source).update(actor=target)

    spoken = Statement.objects.filter(
        models.Q(speaker=source) | models.Q(speaker_rows__actor=source)
    ).aggregate(first=models.Min("created_at"), last=models.Max("created_at"))
    Statement.objects.filter(speaker=source).update(speaker=target)
    both = StatementSpeaker.objects.filter(actor=target).values("statement_id")
    StatementSpeaker.objects.filter(actor=source, statement_id__in=both).delete()
    StatementSpeaker.objects.filter(actor=source).update(actor=target)

    for claim in Claim.objects.filter(subjects=source):
        claim.subjects.remove(source)
        claim.subjects.add(target)
    Claim.objects.filter(first_claimant=source).update(first_claimant=target)

    Actor.objects.filter(parent=source).exclude(pk=target.pk).update(parent=target)
    # Earlier merges into the source now point at the target: redirects never chain.
    Actor.objects.filter(merged_into=source).update(merged_into=target)
    if target.parent_id is None and source.parent_id not in (None, target.pk):
        target.parent_id = source.parent_id
    if not target.description and source.description:
        target.description = source.description
    target.reviewed = target.reviewed or source.reviewed
    target.save()
    source.merged_into = target
    source.reviewed = True
    source.parent = None
    source.save()
    from claims.selectors import claims_generation

    claims_generation.changed()  # speakers and subjects moved by bulk updates
    if spoken["first"] is not None:
        from claims.services import statement_rollup_rebuild

        # The dashboards' per-speaker roll-ups name the target from now on, for every day.
        statement_rollup_rebuild(
            since=timezone.localdate(spoken["first"]), until=timezone.localdate(spoken["last"])
        )
    logger.info("actor %s merged into %s by %s", source.pk, target.pk, user or "system")
    return target
