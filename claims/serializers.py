"""Input and output shapes of the claims API."""

from __future__ import annotations

from datetime import datetime

from django.utils import timezone
from rest_framework import serializers

from sources.models import Actor
from sources.serializers import ActorRef, OutletRef, validate_language_code

from .models import (
    Claim,
    ClaimLink,
    Follow,
    Review,
    Statement,
    Verdict,
    Webhook,
    WebhookDelivery,
    WebhookEvent,
)
from .selectors import claim_timeline

RATINGS = [(v, label) for v, label in Verdict.choices if v]


def claim_url(claim_id: int) -> str:
    return f"/api/v1/claims/{claim_id}/"


class StanceCounts(serializers.Serializer):
    total = serializers.IntegerField(source="statement_count")
    supporting = serializers.IntegerField(source="supporting_count")
    accuses = serializers.IntegerField(source="accuses_count")
    asserts = serializers.IntegerField(source="asserts_count")
    denies = serializers.IntegerField(source="denies_count")


class ClaimOutput(serializers.ModelSerializer):
    subjects = ActorRef(many=True, read_only=True)
    first_claimant = ActorRef(read_only=True, allow_null=True)
    counts = StanceCounts(source="*", read_only=True)
    url = serializers.SerializerMethodField()

    class Meta:
        model = Claim
        fields = [
            "id",
            "url",
            "text",
            "language",
            "status",
            "verdict",
            "contested",
            "contested_at",
            "subjects",
            "first_claimant",
            "first_seen_at",
            "last_seen_at",
            "counts",
            "merged_into",
            "created_at",
            "updated_at",
        ]

    def get_url(self, obj) -> str:
        return claim_url(obj.pk)


def iso_datetime(value: datetime | None) -> str | None:
    """A timestamp exactly as DRF's DateTimeField writes it (ISO 8601, UTC as "Z")."""
    if value is None:
        return None
    text = value.astimezone(timezone.get_current_timezone()).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def claim_list_entry(row: dict, subjects: list[dict]) -> dict:
    """One ``claim_rows`` row in the shape of ``ClaimOutput``, without a serializer per row.

    ClaimOutput stays the documented shape (and the one of the detail); this builds the same
    dict from a plain row, which is what a page of 50 claims costs most without it.
    """
    claimant = row["first_claimant_id"]
    return {
        "id": row["id"],
        "url": claim_url(row["id"]),
        "text": row["text"],
        "language": row["language"],
        "status": row["status"],
        "verdict": row["verdict"],
        "contested": row["contested"],
        "contested_at": iso_datetime(row["contested_at"]),
        "subjects": subjects,
        "first_claimant": (
            {"id": claimant, "name": row["first_claimant__name"]} if claimant else None
        ),
        "first_seen_at": iso_datetime(row["first_seen_at"]),
        "last_seen_at": iso_datetime(row["last_seen_at"]),
        "counts": {
            "total": row["statement_count"],
            "supporting": row["supporting_count"],
            "accuses": row["accuses_count"],
            "asserts": row["asserts_count"],
            "denies": row["denies_count"],
        },
        "merged_into": row["merged_into_id"],
        "created_at": iso_datetime(row["created_at"]),
        "updated_at": iso_datetime(row["updated_at"]),
    }


class TimelineEntry(serializers.Serializer):
    statement = serializers.IntegerField()
    link = serializers.IntegerField()
    link_state = serializers.CharField()
    score = serializers.FloatField()
    speaker = ActorRef(allow_null=True)
    speakers = ActorRef(many=True)
    speaker_text = serializers.CharField()
    cue = serializers.CharField()
    direct = serializers.BooleanField()
    content = serializers.CharField()
    sentence = serializers.CharField()
    language = serializers.CharField()
    date = serializers.DateTimeField(allow_null=True)
    outlet = OutletRef(allow_null=True)
    via = OutletRef(allow_null=True)
    article = serializers.DictField()


class Timeline(serializers.Serializer):
    """Statements grouped by stance, each group oldest first."""

    asserts = TimelineEntry(many=True)
    accuses = TimelineEntry(many=True)
    denies = TimelineEntry(many=True)
    confirms = TimelineEntry(many=True)
    questions = TimelineEntry(many=True)
    promises = TimelineEntry(many=True)
    reports = TimelineEntry(many=True)


class ReviewOutput(serializers.ModelSerializer):
    class Meta:
        model = Review
        fields = [
            "id",
            "claim",
            "rating",
            "explanation",
            "evidence",
            "reviewer_name",
            "source_url",
            "published",
            "published_at",
            "created_at",
            "updated_at",
        ]


class ClaimDetailOutput(ClaimOutput):
    timeline = serializers.SerializerMethodField()
    reviews = ReviewOutput(many=True, read_only=True)

    class Meta(ClaimOutput.Meta):
        fields = [*ClaimOutput.Meta.fields, "timeline", "reviews"]

    def get_timeline(self, obj) -> Timeline:
        return claim_timeline(obj.pk)


class ClaimCreateInput(serializers.Serializer):
    text = serializers.CharField(max_length=5000)
    language = serializers.CharField(max_length=8)
    status = serializers.ChoiceField(choices=Claim.Status.choices, default=Claim.Status.TRIAGED)
    subjects = serializers.PrimaryKeyRelatedField(
        queryset=Actor.objects.all(), many=True, required=False
    )
    first_claimant = serializers.PrimaryKeyRelatedField(
        queryset=Actor.objects.all(), required=False, allow_null=True
    )

    def validate_language(self, value: str) -> str:
        value = validate_language_code(value)
        if not value:
            raise serializers.ValidationError("A claim needs a language.")
        return value

    def validate_status(self, value: str) -> str:
        if value == Claim.Status.REVIEWED:
            raise serializers.ValidationError("A new claim has no verdict yet; publish a review.")
        return value


class ClaimUpdateInput(serializers.Serializer):
    text = serializers.CharField(max_length=5000, required=False)
    language = serializers.CharField(max_length=8, required=False)
    status = serializers.ChoiceField(choices=Claim.Status.choices, required=False)

    def validate_language(self, value: str) -> str:
        value = validate_language_code(value)
        if not value:
            raise serializers.ValidationError("A claim needs a language.")
        return value

    def validate(self, attrs):
        if not attrs:
            raise serializers.ValidationError("Give at least one of text, language or status.")
        return attrs


class ClaimRef(serializers.Serializer):
    id = serializers.IntegerField()
    text = serializers.CharField()
    status = serializers.CharField()
    verdict = serializers.CharField()


class LinkCreateInput(serializers.Serializer):
    statement = serializers.PrimaryKeyRelatedField(queryset=Statement.objects.defer("embedding"))
    claim = serializers.PrimaryKeyRelatedField(queryset=Claim.objects.defer("embedding", "lexical"))


class StatementClaimInput(serializers.Serializer):
    text = serializers.CharField(
        max_length=5000,
        required=False,
        allow_blank=True,
        help_text="The claim's words; without them, the statement's own, as the matcher words a "
        "claim",
    )


class LinkOutput(serializers.ModelSerializer):
    claim = ClaimRef(read_only=True)
    statement = serializers.SerializerMethodField()
    reviewed_by = serializers.SlugRelatedField(slug_field="username", read_only=True)

    class Meta:
        model = ClaimLink
        fields = [
            "id",
            "claim",
            "statement",
            "stance",
            "score",
            "method",
            "state",
            "reviewed_by",
            "reviewed_at",
            "created_at",
        ]

    def get_statement(self, obj) -> dict:
        statement = obj.statement
        return {
            "id": statement.pk,
            "article": statement.article_id,
            "speaker": (
                {"id": statement.speaker_id, "name": statement.speaker.name}
                if statement.speaker_id
                else None
            ),
            "speaker_text": statement.speaker_text,
            "cue": statement.cue,
            "content": statement.content,
            "sentence": statement.sentence,
            "language": statement.language,
        }


class ReviewInput(serializers.Serializer):
    claim = serializers.PrimaryKeyRelatedField(queryset=Claim.objects.all())
    rating = serializers.ChoiceField(choices=RATINGS)
    explanation = serializers.CharField(max_length=20000)
    evidence = serializers.ListField(child=serializers.URLField(max_length=2048), max_length=50)
    publish = serializers.BooleanField(default=False)

    def validate_claim(self, claim: Claim) -> Claim:
        if claim.merged_into_id is not None:
            raise serializers.ValidationError(
                f"Claim {claim.pk} was merged into {claim.merged_into_id}; review that one."
            )
        return claim


class FollowInput(serializers.Serializer):
    claim = serializers.PrimaryKeyRelatedField(
        queryset=Claim.objects.all(), required=False, allow_null=True
    )
    actor = serializers.PrimaryKeyRelatedField(
        queryset=Actor.objects.all(), required=False, allow_null=True
    )

    def validate(self, attrs):
        if bool(attrs.get("claim")) == bool(attrs.get("actor")):
            raise serializers.ValidationError("Follow either a claim or an actor (exactly one).")
        return attrs


class FollowOutput(serializers.ModelSerializer):
    claim = ClaimRef(read_only=True, allow_null=True)
    actor = ActorRef(read_only=True, allow_null=True)

    class Meta:
        model = Follow
        fields = ["id", "claim", "actor", "created_at"]


class WebhookInput(serializers.Serializer):
    url = serializers.URLField(max_length=2048)
    events = serializers.ListField(
        child=serializers.ChoiceField(choices=WebhookEvent.choices),
        required=False,
        allow_empty=False,
        max_length=len(WebhookEvent.values),
    )


class WebhookOutput(serializers.ModelSerializer):
    class Meta:
        model = Webhook
        fields = ["id", "url", "events", "active", "created_at"]


class WebhookCreatedOutput(WebhookOutput):
    secret = serializers.CharField(
        help_text="Shown only now: the key of the HMAC-SHA256 in X-FactDesk-Signature"
    )

    class Meta(WebhookOutput.Meta):
        fields = [*WebhookOutput.Meta.fields, "secret"]


class DeliveryOutput(serializers.ModelSerializer):
    class Meta:
        model = WebhookDelivery
        fields = [
            "id",
            "event",
            "claim",
            "state",
            "status_code",
            "attempts",
            "last_error",
            "created_at",
            "last_attempt_at",
            "delivered_at",
            "payload",
        ]
