"""Where statements come from: outlets, the actors who speak, articles and their feeds."""

import unicodedata
from datetime import timedelta

from django.db import models
from django.db.models.functions import Lower


def normalise_alias(text: str) -> str:
    """Casefold, strip accents and collapse spaces, so that "Moskow", "MOSKOW" and "Moskôw" meet."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.replace("’", "'").split())


class OutletKind(models.TextChoices):
    NEWSPAPER = "newspaper", "Newspaper"
    BROADCASTER = "broadcaster", "Broadcaster"
    WIRE_AGENCY = "wire_agency", "Wire agency"
    STATE_MEDIA = "state_media", "State media"
    ONLINE = "online", "Online outlet"
    FACT_CHECKER = "fact_checker", "Fact-checker"
    OTHER = "other", "Other"


class Outlet(models.Model):
    Kind = OutletKind

    name = models.CharField(max_length=200, unique=True)
    domain = models.CharField(max_length=253, blank=True, help_text="e.g. voaindonesia.com")
    country = models.CharField(max_length=2, blank=True, help_text="ISO 3166-1 alpha-2")
    language = models.CharField(max_length=8, blank=True, help_text="ISO 639-1")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    aliases = models.JSONField(
        default=list,
        blank=True,
        help_text="Other names it is cited by, e.g. 'AP', 'Associated Press'",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["domain"], condition=~models.Q(domain=""), name="outlet_unique_domain"
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=OutletKind.values), name="outlet_valid_kind"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class ActorKind(models.TextChoices):
    PERSON = "person", "Person"
    GOVERNMENT = "government", "Government"
    COUNTRY = "country", "Country"
    ORGANISATION = "organisation", "Organisation"
    MEDIA = "media", "Media"
    UNKNOWN = "unknown", "Unknown"


class Actor(models.Model):
    Kind = ActorKind

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.UNKNOWN)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        help_text="e.g. a spokesperson's government",
    )
    description = models.TextField(blank=True)
    # Speakers the extractor could not resolve become unreviewed actors, for a person to check.
    reviewed = models.BooleanField(default=True)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_from"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="actor_unique_name_ci"),
            models.CheckConstraint(
                condition=models.Q(kind__in=ActorKind.values), name="actor_valid_kind"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class ActorAlias(models.Model):
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=200)
    # "" means the alias is used in every language (names such as "Kim Jong Un").
    language = models.CharField(max_length=8, blank=True)
    normalised = models.CharField(max_length=200, editable=False, db_index=True)

    class Meta:
        verbose_name_plural = "actor aliases"
        ordering = ["actor__name", "alias"]
        constraints = [
            models.UniqueConstraint(
                fields=["normalised", "language"], name="actoralias_unique_alias_per_language"
            ),
            models.CheckConstraint(condition=~models.Q(normalised=""), name="actoralias_not_empty"),
        ]

    def __str__(self) -> str:
        return f"{self.alias} ({self.language or 'any'})"

    def save(self, *args, **kwargs) -> None:
        self.normalised = normalise_alias(self.alias)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        self.normalised = normalise_alias(self.alias)


class ArticleState(models.TextChoices):
    PENDING = "pending", "Pending"
    PROCESSING = "processing", "Processing"
    PROCESSED = "processed", "Processed"
    FAILED = "failed", "Failed"


class Article(models.Model):
    State = ArticleState

    url = models.URLField(max_length=2048, null=True, blank=True, help_text="Canonical URL")
    outlet = models.ForeignKey(
        Outlet, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    feed = models.ForeignKey(
        "Feed", null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    title = models.CharField(max_length=500, blank=True)
    byline = models.CharField(max_length=300, blank=True)
    requested_language = models.CharField(
        max_length=8, blank=True, help_text="Language given at submission; it wins over detection"
    )
    language = models.CharField(max_length=8, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    fetched_at = models.DateTimeField(null=True, blank=True)
    html = models.TextField(blank=True)
    # Text as submitted (text-only submissions, or a feed entry's content as a fallback).
    submitted_text = models.TextField(blank=True)
    text = models.TextField(blank=True, help_text="Extracted text that statements point into")
    content_hash = models.CharField(max_length=64, null=True, blank=True, editable=False)
    state = models.CharField(max_length=12, choices=State.choices, default=State.PENDING)
    error = models.TextField(blank=True)
    attempts = models.PositiveIntegerField(default=0)
    processed_at = models.DateTimeField(null=True, blank=True)
    extractor_version = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["url"], name="article_unique_canonical_url"),
            models.UniqueConstraint(fields=["content_hash"], name="article_unique_content"),
            models.CheckConstraint(
                condition=models.Q(state__in=ArticleState.values), name="article_valid_state"
            ),
            models.CheckConstraint(
                condition=~models.Q(url=None) | ~models.Q(html="") | ~models.Q(submitted_text=""),
                name="article_has_source",
            ),
        ]
        indexes = [models.Index(fields=["state", "updated_at"], name="article_state_idx")]

    def __str__(self) -> str:
        return self.title or self.url or f"Article {self.pk}"


class Feed(models.Model):
    url = models.URLField(max_length=2048, unique=True)
    outlet = models.ForeignKey(
        Outlet, null=True, blank=True, on_delete=models.SET_NULL, related_name="feeds"
    )
    title = models.CharField(max_length=300, blank=True)
    language = models.CharField(max_length=8, blank=True)
    poll_interval = models.DurationField(default=timedelta(minutes=15))
    active = models.BooleanField(default=True)
    etag = models.CharField(max_length=500, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    last_polled_at = models.DateTimeField(null=True, blank=True, editable=False)
    next_poll_at = models.DateTimeField(null=True, blank=True, db_index=True)
    last_status = models.CharField(max_length=40, blank=True, editable=False)
    last_error = models.TextField(blank=True, editable=False)
    entries_seen = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["url"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(poll_interval__gte=timedelta(minutes=1)),
                name="feed_poll_interval_at_least_a_minute",
            )
        ]

    def __str__(self) -> str:
        return self.title or self.url
