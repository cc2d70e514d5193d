"""Article submission and reading: one view per operation, the work done by services."""

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.generics import get_object_or_404
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Article, Outlet
from .selectors import article_detail_queryset
from .services import article_submit


class StatementOutput(serializers.Serializer):
    id = serializers.IntegerField()
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
    claims = serializers.SerializerMethodField()

    def get_speaker(self, obj) -> dict | None:
        return {"id": obj.speaker_id, "name": obj.speaker.name} if obj.speaker_id else None

    def get_speakers(self, obj) -> list[dict]:
        return [
            {"id": row.actor_id, "name": row.actor.name, "surface": row.surface}
            for row in obj.speaker_rows.all()
        ]

    def get_via(self, obj) -> dict | None:
        if obj.via_id:
            return {"id": obj.via_id, "name": obj.via.name}
        return {"id": None, "name": obj.via_text} if obj.via_text else None

    def get_claims(self, obj) -> list[dict]:
        return [
            {
                "claim": link.claim_id,
                "state": link.state,
                "score": round(link.score, 4),
                "stance": link.stance,
            }
            for link in obj.links.all()
            if link.state != "rejected"
        ]


class ArticleOutput(serializers.ModelSerializer):
    outlet = serializers.SlugRelatedField(slug_field="name", read_only=True)
    statements = StatementOutput(many=True, read_only=True)

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
            "text",
            "statements",
        ]


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


class ArticleListCreateApi(APIView):
    @extend_schema(
        request=ArticleSubmitInput,
        responses={
            201: ArticleOutput,
            200: OpenApiResponse(ArticleOutput, description="Already submitted: the existing one"),
        },
        summary="Submit an article (URL, HTML or text)",
    )
    def post(self, request):
        data = ArticleSubmitInput(data=request.data)
        data.is_valid(raise_exception=True)
        fields = dict(data.validated_data)
        outlet_name = fields.pop("outlet", "") or ""
        outlet = Outlet.objects.filter(name__iexact=outlet_name).first() if outlet_name else None
        submission = article_submit(
            url=fields.get("url") or None,
            html=fields.get("html"),
            text=fields.get("text"),
            title=fields.get("title", ""),
            outlet=outlet or (outlet_name or None),
            language=fields.get("language", ""),
            published_at=fields.get("published_at"),
        )
        article = article_detail_queryset().get(pk=submission.article.pk)
        return Response(
            ArticleOutput(article).data,
            status=status.HTTP_201_CREATED if submission.created else status.HTTP_200_OK,
        )


class ArticleDetailApi(APIView):
    @extend_schema(responses=ArticleOutput, summary="An article with its state and statements")
    def get(self, request, pk: int):
        article = get_object_or_404(article_detail_queryset(), pk=pk)
        return Response(ArticleOutput(article).data)
