"""Claim-side API operations: one view per operation, the work done by services and selectors."""

from django.conf import settings
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Claim


class MatchInput(serializers.Serializer):
    text = serializers.CharField(max_length=5000, trim_whitespace=True)
    language = serializers.CharField(required=False, allow_blank=True, max_length=8)
    limit = serializers.IntegerField(required=False, min_value=1, max_value=50, default=10)

    def validate_language(self, value: str) -> str:
        if value and value not in settings.FACTDESK_LANGUAGES:
            supported = ", ".join(settings.FACTDESK_LANGUAGES)
            raise serializers.ValidationError(
                f"'{value}' is not supported (supported: {supported})."
            )
        return value


class MatchResult(serializers.Serializer):
    claim = serializers.IntegerField()
    text = serializers.CharField()
    language = serializers.CharField()
    score = serializers.FloatField()
    cosine = serializers.FloatField()
    status = serializers.CharField()
    verdict = serializers.CharField()
    contested = serializers.BooleanField()
    stance_counts = serializers.DictField(child=serializers.IntegerField())
    url = serializers.CharField()


class MatchOutput(serializers.Serializer):
    query = serializers.CharField()
    seen_before = serializers.BooleanField()
    results = MatchResult(many=True)


class MatchApi(APIView):
    @extend_schema(
        request=MatchInput,
        responses=MatchOutput,
        summary="Has this been claimed or checked before?",
    )
    def post(self, request):
        from .matching import model_key, search, thresholds

        data = MatchInput(data=request.data)
        data.is_valid(raise_exception=True)
        text = data.validated_data["text"]
        matches = search(text, limit=data.validated_data["limit"])
        claims = Claim.objects.in_bulk([m.claim_id for m in matches])
        low = thresholds(model_key()).low
        results = []
        for match in matches:
            claim = claims.get(match.claim_id)
            if claim is None:
                continue
            results.append(
                {
                    "claim": claim.pk,
                    "text": claim.text,
                    "language": claim.language,
                    "score": round(match.score, 4),
                    "cosine": round(match.cosine, 4),
                    "status": claim.status,
                    "verdict": claim.verdict,
                    "contested": claim.contested,
                    "stance_counts": {
                        "accuses": claim.accuses_count,
                        "asserts": claim.asserts_count,
                        "denies": claim.denies_count,
                        "supporting": claim.supporting_count,
                        "total": claim.statement_count,
                    },
                    "url": f"/api/v1/claims/{claim.pk}/",
                }
            )
        seen = bool(results) and results[0]["score"] >= low
        return Response({"query": text, "seen_before": seen, "results": results})
