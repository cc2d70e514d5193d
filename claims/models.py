"""Claims, the attributed statements that repeat, support or deny them, the links, and verdicts."""

from django.conf import settings
from django.db import models
from pgvector.django import VectorField
from simple_history.models import HistoricalRecords

from sources.models import Actor, Article, Outlet


class Stance(models.TextChoices):
    ASSERTS = "asserts", "Asserts"
    ACCUSES = "accuses", "Accuses"
    DENIES = "denies", "Denies"
    CONFIRMS = "confirms", "Confirms"
    QUESTIONS = "questions", "Questions"
    PROMISES = "promises", "Promises"
    REPORTS = "reports", "Reports"


# Stances that put a claim forward; a claim with one of these and a denial is contested.
SUPPORTING_STANCES = (Stance.ASSERTS, Stance.ACCUSES, Stance.CONFIRMS, Stance.REPORTS)


class Verdict(models.TextChoices):
    """Ratings compatible with schema.org ClaimReview (alternateName) and a 1..5 scale."""

    NONE = "", "No verdict"
    TRUE = "true", "True"
    MOSTLY_TRUE = "mostly_true", "Mostly true"
    MIXED = "mixed", "Mixed"
    MOSTLY_FALSE = "mostly_false", "Mostly false"
    FALSE = "false", "False"
    MISLEADING = "misleading", "Misleading"
    UNPROVEN = "unproven", "Unproven"
    SATIRE = "satire", "Satire"


VERDICT_RATING_VALUE = {
    Verdict.FALSE: 1,
    Verdict.MOSTLY_FALSE: 2,
    Verdict.MISLEADING: 2,
    Verdict.MIXED: 3,
    Verdict.UNPROVEN: 3,
    Verdict.SATIRE: 3,
    Verdict.MOSTLY_TRUE: 4,
    Verdict.TRUE: 5,
}


class ClaimStatus(models.TextChoices):
    NEW = "new", "New"
    TRIAGED = "triaged", "Triaged"
    IN_REVIEW = "in_review", "In review"
    REVIEWED = "reviewed", "Reviewed"


class Claim(models.Model):
    Status = ClaimStatus

    text = models.TextField(help_text="Canonical wording of the claim")
    language = models.CharField(max_length=8)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.NEW)
    verdict = models.CharField(max_length=16, choices=Verdict.choices, blank=True, default="")
    subjects = models.ManyToManyField(Actor, blank=True, related_name="claims_about")
    first_claimant = models.ForeignKey(
        Actor, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims_first_made"
    )
    first_seen_at = models.DateTimeField(null=True, blank=True)
    last_seen_at = models.DateTimeField(null=True, blank=True)
    # Denormalised from the claim's live links, refreshed by claims.services.claim_refresh_counts;
    # lists and dashboards filter and sort on them without touching statements.
    statement_count = models.PositiveIntegerField(default=0, editable=False)
    supporting_count = models.PositiveIntegerField(default=0, editable=False)
    accuses_count = models.PositiveIntegerField(default=0, editable=False)
    asserts_count = models.PositiveIntegerField(default=0, editable=False)
    denies_count = models.PositiveIntegerField(default=0, editable=False)
    contested = models.BooleanField(default=False, editable=False)
    contested_at = models.DateTimeField(null=True, blank=True, editable=False)
    embedding = VectorField(null=True, blank=True, editable=False)
    embedding_model = models.CharField(max_length=100, blank=True, editable=False)
    lexical = models.TextField(blank=True, editable=False, help_text="Alias-normalised tokens")
    # When the statements stored before the claim (or before its last rewording) were searched
    # for it (claims.services.claims_gather); empty until then.
    gathered_at = models.DateTimeField(null=True, blank=True, editable=False)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_from"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["embedding", "lexical", "gathered_at"])

    class Meta:
        ordering = ["-last_seen_at", "-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=ClaimStatus.values), name="claim_valid_status"
            ),
            models.CheckConstraint(
                condition=models.Q(verdict__in=Verdict.values),
                name="claim_valid_verdict",
            ),
            models.CheckConstraint(
                condition=~models.Q(merged_into=models.F("id")), name="claim_not_merged_into_self"
            ),
        ]
        indexes = [
            models.Index(fields=["status", "-last_seen_at"], name="claim_status_idx"),
            # the claims still to gather their earlier statements (claims.tasks)
            models.Index(
                fields=["created_at"],
                condition=models.Q(gathered_at__isnull=True),
                name="claim_ungathered_idx",
            ),
            models.Index(fields=["contested", "-last_seen_at"], name="claim_contested_idx"),
            # The API's list orderings over live claims, ending with the id so pages are stable.
            models.Index(
                fields=["-last_seen_at", "-created_at", "-id"],
                condition=models.Q(merged_into__isnull=True),
                name="claim_list_recent_idx",
            ),
            models.Index(
                fields=["status", "-last_seen_at", "-created_at", "-id"],
                condition=models.Q(merged_into__isnull=True),
                name="claim_list_status_idx",
            ),
            models.Index(
                fields=["language", "-last_seen_at", "-created_at", "-id"],
                condition=models.Q(merged_into__isnull=True),
                name="claim_list_language_idx",
            ),
            models.Index(
                fields=["-statement_count", "-id"],
                condition=models.Q(merged_into__isnull=True),
                name="claim_list_statements_idx",
            ),
            # Every column the dashboards' claim figures count and filter on: they read this
            # narrow index instead of every claim row (text, vectors) in full.
            models.Index(
                fields=[
                    "status",
                    "verdict",
                    "language",
                    "contested",
                    "created_at",
                    "contested_at",
                    "last_seen_at",
                    "id",
                ],
                condition=models.Q(merged_into__isnull=True),
                name="claim_figures_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.text[:120]


class Statement(models.Model):
    """One attributed occurrence in one article: who said, accused or denied what."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="statements")
    sentence = models.TextField()
    sentence_start = models.PositiveIntegerField()
    sentence_end = models.PositiveIntegerField()
    content = models.TextField(help_text="What was said; the quote itself for direct quotes")
    content_start = models.PositiveIntegerField()
    content_end = models.PositiveIntegerField()
    speaker = models.ForeignKey(
        Actor, null=True, blank=True, on_delete=models.SET_NULL, related_name="statements"
    )
    speakers = models.ManyToManyField(
        Actor, through="StatementSpeaker", blank=True, related_name="statements_all"
    )
    speaker_text = models.CharField(max_length=300, blank=True, help_text="Speaker as written")
    cue = models.CharField(max_length=100)
    cue_lemma = models.CharField(max_length=60, blank=True)
    cue_start = models.PositiveIntegerField()
    cue_end = models.PositiveIntegerField()
    stance = models.CharField(max_length=12, choices=Stance.choices)
    direct = models.BooleanField(default=False, help_text="Direct quote")
    speech_act = models.BooleanField(default=True)
    via = models.ForeignKey(
        Outlet, null=True, blank=True, on_delete=models.SET_NULL, related_name="relayed_statements"
    )
    via_text = models.CharField(max_length=200, blank=True)
    language = models.CharField(max_length=8)
    checkworthiness = models.FloatField(default=0.0)
    confidence = models.FloatField(default=1.0)
    extractor_version = models.CharField(max_length=40)
    embedding = VectorField(null=True, blank=True, editable=False)
    embedding_model = models.CharField(max_length=100, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["article_id", "sentence_start", "cue_start"]
        constraints = [
            # Reprocessing or a task delivered twice must never leave two copies of a statement.
            models.UniqueConstraint(
                fields=["article", "cue_start", "content_start", "content_end"],
                name="statement_unique_span",
            ),
            models.CheckConstraint(
                condition=models.Q(stance__in=Stance.values),
                name="statement_valid_stance",
            ),
            models.CheckConstraint(
                condition=models.Q(content_end__gte=models.F("content_start"))
                & models.Q(sentence_end__gte=models.F("sentence_start")),
                name="statement_valid_offsets",
            ),
        ]
        indexes = [models.Index(fields=["stance", "created_at"], name="statement_stance_idx")]

    def __str__(self) -> str:
        return f"{self.speaker_text or '?'} {self.cue}: {self.content[:80]}"


class StatementSpeaker(models.Model):
    """One of a statement's speakers ("Pyongyang dan Moskow" gives two)."""

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="speaker_rows")
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="speaker_rows")
    surface = models.CharField(max_length=300)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["statement_id", "position"]
        constraints = [
            models.UniqueConstraint(fields=["statement", "actor"], name="statementspeaker_unique")
        ]

    def __str__(self) -> str:
        return self.surface


class LinkState(models.TextChoices):
    SUGGESTED = "suggested", "Suggested"
    AUTO = "auto", "Linked automatically"
    CONFIRMED = "confirmed", "Confirmed"
    REJECTED = "rejected", "Rejected"


class LinkMethod(models.TextChoices):
    VECTOR = "vector", "Vector similarity"
    LEXICAL = "lexical", "Lexical"
    FUSION = "fusion", "Vector and lexical"
    CREATED = "created", "Claim created from statement"
    CONTEXT = "context", "What the article reported around it"
    MANUAL = "manual", "Manual"
    IMPORTED = "imported", "Imported"


class ClaimLink(models.Model):
    State = LinkState

    Method = LinkMethod

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="links")
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="links")
    score = models.FloatField(default=0.0)
    method = models.CharField(max_length=12, choices=Method.choices, default=Method.FUSION)
    stance = models.CharField(max_length=12, choices=Stance.choices)
    state = models.CharField(max_length=12, choices=State.choices, default=State.SUGGESTED)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-score", "-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["statement", "claim"], name="claimlink_unique_pair"),
            models.CheckConstraint(
                condition=models.Q(state__in=LinkState.values), name="claimlink_valid_state"
            ),
            models.CheckConstraint(
                condition=models.Q(stance__in=Stance.values),
                name="claimlink_valid_stance",
            ),
        ]
        indexes = [
            models.Index(fields=["state", "-score"], name="claimlink_queue_idx"),
            # A claim's live links (its page, its spread) without visiting rejected ones.
            models.Index(fields=["claim", "state"], name="claimlink_claim_state_idx"),
            # The review queue's size and age from the index alone (a count of 90k suggested
            # links otherwise reads most of the table's pages).
            models.Index(
                fields=["created_at"],
                condition=models.Q(state="suggested"),
                name="claimlink_suggested_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.statement_id} -> {self.claim_id} ({self.state})"

    @property
    def is_live(self) -> bool:
        return self.state != self.State.REJECTED


class Review(models.Model):
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="reviews")
    rating = models.CharField(max_length=16, choices=Verdict.choices[1:])
    explanation = models.TextField()
    evidence = models.JSONField(default=list, blank=True, help_text="List of evidence URLs")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewer_name = models.CharField(max_length=200, blank=True)
    source_url = models.URLField(
        max_length=2048, null=True, blank=True, help_text="URL of an imported ClaimReview"
    )
    published = models.BooleanField(default=False)
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(rating__in=[v for v in Verdict.values if v]),
                name="review_valid_rating",
            ),
            models.UniqueConstraint(fields=["source_url"], name="review_unique_source_url"),
        ]

    def __str__(self) -> str:
        return f"{self.get_rating_display()} on claim {self.claim_id}"


# --- follows and webhooks -----------------------------------------------------------------------


class WebhookEvent(models.TextChoices):
    STATUS = "claim.status", "Status changed"
    VERDICT = "claim.verdict", "New verdict (published review)"
    STATEMENT = "claim.statement", "New linked statement"


class Follow(models.Model):
    """A user follows one claim, or every claim about or by an actor."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="claim_follows"
    )
    claim = models.ForeignKey(
        Claim, null=True, blank=True, on_delete=models.CASCADE, related_name="follows"
    )
    actor = models.ForeignKey(
        Actor, null=True, blank=True, on_delete=models.CASCADE, related_name="follows"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(claim__isnull=False) & models.Q(actor__isnull=True))
                | (models.Q(claim__isnull=True) & models.Q(actor__isnull=False)),
                name="follow_claim_or_actor",
            ),
            models.UniqueConstraint(fields=["user", "claim"], name="follow_unique_claim"),
            models.UniqueConstraint(fields=["user", "actor"], name="follow_unique_actor"),
        ]

    def __str__(self) -> str:
        target = f"claim {self.claim_id}" if self.claim_id else str(self.actor)
        return f"{self.user} follows {target}"


def webhook_events_default() -> list[str]:
    return list(WebhookEvent.values)


class Webhook(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="webhooks"
    )
    url = models.URLField(max_length=2048)
    # Shared with the receiver to check X-FactDesk-Signature; shown once, on creation.
    secret = models.CharField(max_length=100, editable=False)
    events = models.JSONField(default=webhook_events_default)
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "url"], name="webhook_unique_url_per_user")
        ]

    def __str__(self) -> str:
        return self.url


class DeliveryState(models.TextChoices):
    PENDING = "pending", "Pending"
    DELIVERED = "delivered", "Delivered"
    FAILED = "failed", "Failed"


class WebhookDelivery(models.Model):
    State = DeliveryState

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(max_length=40, choices=WebhookEvent.choices)
    claim = models.ForeignKey(
        Claim, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    payload = models.JSONField()
    state = models.CharField(max_length=12, choices=State.choices, default=State.PENDING)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "webhook deliveries"
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(state__in=DeliveryState.values), name="delivery_valid_state"
            )
        ]
        indexes = [models.Index(fields=["webhook", "-created_at"], name="delivery_webhook_idx")]

    def __str__(self) -> str:
        return f"{self.event} to {self.webhook_id} ({self.state})"


def _claimlink_saved(sender, instance: ClaimLink, created: bool, **kwargs) -> None:
    # Links made by the matcher do not pass through link_confirm; a new automatic link is a new
    # statement on the claim for its followers (confirmations are announced by link_confirm).
    if created and instance.state == ClaimLink.State.AUTO:
        from .notifications import claim_changed

        claim_changed(instance.claim_id, event="link.auto", statement_id=instance.statement_id)


models.signals.post_save.connect(
    _claimlink_saved, sender=ClaimLink, dispatch_uid="claims.claimlink_saved"
)


# --- daily roll-ups of statements ---------------------------------------------------------------
#
# The overview's chart and its most active claimants and outlets add up these rows instead of
# counting every statement of their window. claims.services keeps them as statements are stored
# and dropped (statement_rollup_article_*), and re-derives days from the statements themselves
# (statement_rollup_rebuild: the periodic repair of recent days and the rollup_statements
# backfill). A day is the local date of Statement.created_at, as the chart has always drawn it.
#
# Counts are signed on purpose: a delta applied to a row that drifted (statements removed outside
# the services) must never fail an article's processing; the next re-derive puts the row right.


class StatementDaily(models.Model):
    """Statements recorded on one day from one outlet in one language, in all and by stance."""

    day = models.DateField()
    # The article's outlet id, 0 when it has none: a plain column so that the unique key never
    # holds a NULL and an upsert always finds its row.
    outlet_key = models.PositiveIntegerField(default=0)
    language = models.CharField(max_length=8, blank=True)
    statements = models.IntegerField(default=0)
    articles = models.IntegerField(default=0, help_text="Articles with a statement that day")
    asserts = models.IntegerField(default=0)
    accuses = models.IntegerField(default=0)
    denies = models.IntegerField(default=0)
    confirms = models.IntegerField(default=0)
    questions = models.IntegerField(default=0)
    promises = models.IntegerField(default=0)
    reports = models.IntegerField(default=0)

    class Meta:
        verbose_name_plural = "statement daily counts"
        ordering = ["day", "outlet_key", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["day", "outlet_key", "language"], name="statementdaily_unique_key"
            )
        ]
        indexes = [models.Index(fields=["outlet_key", "day"], name="statementdaily_outlet_idx")]

    def __str__(self) -> str:
        return f"{self.day} outlet {self.outlet_key or '-'} {self.language}: {self.statements}"


class SpeakerDaily(models.Model):
    """Statements an actor made on one day, through one outlet, in one language.

    Every speaker of a statement counts ("Pyongyang dan Moskow" counts for both), as the most
    active claimants always have.
    """

    day = models.DateField()
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="+")
    outlet_key = models.PositiveIntegerField(default=0)
    language = models.CharField(max_length=8, blank=True)
    statements = models.IntegerField(default=0)
    denials = models.IntegerField(default=0)

    class Meta:
        verbose_name_plural = "speaker daily counts"
        ordering = ["day", "actor_id", "outlet_key", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["day", "actor", "outlet_key", "language"], name="speakerdaily_unique_key"
            )
        ]
        indexes = [models.Index(fields=["outlet_key", "day"], name="speakerdaily_outlet_idx")]

    def __str__(self) -> str:
        return f"{self.day} actor {self.actor_id}: {self.statements}"
