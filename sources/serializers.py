"""Input and output shapes of the sources API (outlets, actors, articles, feeds)."""

from __future__ import annotations

from django.conf import settings
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from .models import Actor, ActorAlias, Article, Feed, Outlet


def validate_language_code(value: str) -> str:
    value = (value or "").strip().lower()
    if value and value not in settings.FACTDESK_LANGUAGES:
        supported = ", ".join(settings.FACTDESK_LANGUAGES)
        raise serializers.ValidationError(f"'{value}' is not supported (supported: {supported}).")
    return value


class ActorRef(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class OutletRef(serializers.Serializer):
    id = serializers.IntegerField(allow_null=True)
    name = serializers.CharField()


class OutletOutput(serializers.ModelSerializer):
    class Meta:
        model = Outlet
        fields = ["id", "name", "domain", "country", "language", "kind", "aliases", "created_at"]


class OutletInput(serializers.Serializer):
    name = serializers.CharField(max_length=200)
    domain = serializers.CharField(max_length=253, required=False, allow_blank=True)
    country = serializers.CharField(max_length=2, required=False, allow_blank=True)
    language = serializers.CharField(max_length=8, required=False, allow_blank=True)
    kind = serializers.ChoiceField(choices=Outlet.Kind.choices, default=Outlet.Kind.OTHER)
    aliases = serializers.ListField(
        child=serializers.CharField(max_length=200), required=False, max_length=50
    )


class AliasOutput(serializers.ModelSerializer):
    class Meta:
        model = ActorAlias
        fields = ["alias", "language"]


class ActorOutput(serializers.ModelSerializer):
    aliases = AliasOutput(many=True, read_only=True)
    parent = ActorRef(allow_null=True, read_only=True)

    class Meta:
        model = Actor
        fields = [
            "id",
            "name",
            "kind",
            "parent",
            "description",
            "reviewed",
            "merged_into",
            "aliases",
            "created_at",
        ]


class AliasInput(serializers.Serializer):
    alias = serializers.CharField(max_length=200)
    language = serializers.CharField(max_length=8, required=False, allow_blank=True, default="")


class ActorInput(serializers.Serializer):
    name = serializers.CharField(max_length=200)
    kind = serializers.ChoiceField(choices=Actor.Kind.choices, default=Actor.Kind.UNKNOWN)
    parent = serializers.PrimaryKeyRelatedField(
        queryset=Actor.objects.all(), required=False, allow_null=True
    )
    description = serializers.CharField(required=False, allow_blank=True, max_length=5000)
    aliases = AliasInput(many=True, required=False, max_length=100)


class StatementOutput(serializers.Serializer):
    id = serializers.IntegerField()
    article = serializers.IntegerField(source="article_id")
    speaker = serializers.SerializerMethodField()
    speakers = serializers.SerializerMethodField()
    speaker_text = serializers.CharField()
    cue = serializers.CharField()
    stance = serializers.CharField()
    direct = serializers.BooleanField()
    content = serializers.CharField()
    sentence = serializers.CharField()
    content_start = serializers.IntegerField()
    content_end = serializers.IntegerField()
    via = serializers.SerializerMethodField()
    language = serializers.CharField()
    checkworthiness = serializers.FloatField()
    confidence = serializers.FloatField()
    created_at = serializers.DateTimeField()
    claims = serializers.SerializerMethodField()

    @extend_schema_field(ActorRef(allow_null=True))
    def get_speaker(self, obj) -> dict | None:
        return {"id": obj.speaker_id, "name": obj.speaker.name} if obj.speaker_id else None

    def get_speakers(self, obj) -> list[dict]:
        return [
            {"id": row.actor_id, "name": row.actor.name, "surface": row.surface}
            for row in obj.speaker_rows.all()
        ]

    @extend_schema_field(OutletRef(allow_null=True))
    def get_via(self, obj) -> dict | None:
        if obj.via_id:
            return {"id": obj.via_id, "name": obj.via.name}
        return {"id": None, "name": obj.via_text} if obj.via_text else None

    def get_claims(self, obj) -> list[dict]:
        return [
            {
                "claim": link.claim_id,
                "link": link.pk,
                "state": link.state,
                "score": round(link.score, 4),
                "stance": link.stance,
            }
            for link in obj.links.all()
            if link.state != "rejected"
        ]


class ArticleSummary(serializers.ModelSerializer):
    outlet = OutletRef(read_only=True, allow_null=True)

    class Meta:
        model = Article
        fields = [
            "id",
            "url",
            "title",
            "byline",
            "outlet",
            "language",
            "published_at",
            "state",
            "error",
            "created_at",
            "processed_at",
        ]


class ArticleOutput(ArticleSummary):
    statements = StatementOutput(many=True, read_only=True)

    class Meta(ArticleSummary.Meta):
        fields = [*ArticleSummary.Meta.fields, "text", "statements"]


class ArticleSubmitInput(serializers.Serializer):
    url = serializers.CharField(required=False, allow_blank=True, max_length=4096)
    html = serializers.CharField(required=False, allow_blank=True, trim_whitespace=False)
    text = serializers.CharField(required=False, allow_blank=True, trim_whitespace=False)
    title = serializers.CharField(required=False, allow_blank=True, max_length=500)
    outlet = serializers.CharField(required=False, allow_blank=True, max_length=200)
    language = serializers.CharField(required=False, allow_blank=True, max_length=8)
    published_at = serializers.DateTimeField(required=False, allow_null=True)

    def validate(self, attrs):
        if not any((attrs.get(k) or "").strip() for k in ("url", "html", "text")):
            raise serializers.ValidationError("Give at least one of url, html or text, not empty.")
        return attrs


class FeedOutput(serializers.ModelSerializer):
    outlet = OutletRef(read_only=True, allow_null=True)
    poll_interval = serializers.SerializerMethodField()

    class Meta:
        model = Feed
        fields = [
            "id",
            "url",
            "title",
            "outlet",
            "language",
            "poll_interval",
            "active",
            "last_polled_at",
            "next_poll_at",
            "last_status",
            "last_error",
            "entries_seen",
            "created_at",
        ]

    def get_poll_interval(self, obj) -> int:
        """Seconds between polls."""
        return int(obj.poll_interval.total_seconds())


class FeedInput(serializers.Serializer):
    url = serializers.CharField(max_length=2048)
    outlet = serializers.PrimaryKeyRelatedField(
        queryset=Outlet.objects.all(), required=False, allow_null=True
    )
    title = serializers.CharField(max_length=300, required=False, allow_blank=True)
    language = serializers.CharField(max_length=8, required=False, allow_blank=True)
    poll_interval = serializers.IntegerField(
        min_value=60, max_value=7 * 24 * 3600, required=False, help_text="Seconds, at least 60"
    )

    def validate_language(self, value: str) -> str:
        return validate_language_code(value)
