"""Claims API: claims, statements, the link review queue, reviews, match, ClaimReview, follows and
webhooks. Views validate and shape; the work is done by services and selectors."""

from __future__ import annotations

import django_filters
from django.db.models import Exists, OuterRef, Prefetch, Q
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.generics import GenericAPIView, get_object_or_404
from rest_framework.response import Response

from factdesk.api import cached_page
from factdesk.permissions import ANY_ROLE, LINK_REVIEWERS, SUBMITTERS, user_roles
from sources.apis import BoolFilter, DateTimeFilter, IdFilter, ListApi, created_response
from sources.models import Actor
from sources.serializers import StatementOutput, validate_language_code

from . import serializers as s
from .models import (
    Claim,
    ClaimLink,
    Follow,
    Review,
    Stance,
    Statement,
    StatementSpeaker,
    Verdict,
    Webhook,
    WebhookDelivery,
)
from .selectors import (
    COUNTED,
    claim_detail_queryset,
    claim_list_queryset,
    claim_rows,
    claim_subjects,
    claims_generation,
)

# --- claims -------------------------------------------------------------------------------------


def _links(**conditions):
    return ClaimLink.objects.filter(claim_id=OuterRef("pk"), state__in=COUNTED, **conditions)


class StableOrderingFilter(django_filters.OrderingFilter):
    """Ordering by a column, then by id in the same direction, so that pages never overlap.

    Counts and dates have many ties; without the id the database may return a tied row on two
    pages. Same direction, so that one index (column, id) serves both directions.
    """

    def filter(self, qs, value):
        if value in ([], (), {}, "", None):
            return qs
        ordering = [self.get_ordering_value(param) for param in value]
        return qs.order_by(*ordering, "-pk" if ordering[-1].startswith("-") else "pk")


class ClaimFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", max_length=500, help_text="Words in the text")
    status = django_filters.ChoiceFilter(choices=Claim.Status.choices)
    verdict = django_filters.ChoiceFilter(
        choices=[(v or "none", label) for v, label in Verdict.choices], method="by_verdict"
    )
    stance = django_filters.ChoiceFilter(
        choices=Stance.choices, method="by_stance", help_text="Has a statement with this stance"
    )
    speaker = IdFilter(method="by_speaker", help_text="Actor id of a speaker")
    subject = IdFilter(method="by_subject", help_text="Actor id of a subject")
    outlet = IdFilter(method="by_outlet", help_text="Outlet id that published or relayed it")
    language = django_filters.CharFilter(max_length=8)
    contested = BoolFilter()
    first_seen_after = DateTimeFilter("first_seen_at", lookup_expr="gte")
    first_seen_before = DateTimeFilter("first_seen_at", lookup_expr="lt")
    last_seen_after = DateTimeFilter("last_seen_at", lookup_expr="gte")
    last_seen_before = DateTimeFilter("last_seen_at", lookup_expr="lt")
    ordering = StableOrderingFilter(
        fields=[
            "last_seen_at",
            "first_seen_at",
            "created_at",
            "updated_at",
            "statement_count",
            "denies_count",
            "supporting_count",
        ]
    )

    class Meta:
        model = Claim
        fields = []

    def search(self, queryset, name, value):
        for word in value.split()[:10]:
            queryset = queryset.filter(text__icontains=word)
        return queryset

    def by_verdict(self, queryset, name, value):
        return queryset.filter(verdict="" if value == "none" else value)

    def by_stance(self, queryset, name, value):
        return queryset.filter(Exists(_links(stance=value)))

    def by_speaker(self, queryset, name, value):
        spoken = Q(statement__speaker_id=value) | Q(statement__speaker_rows__actor_id=value)
        return queryset.filter(Exists(_links().filter(spoken)))

    def by_subject(self, queryset, name, value):
        through = Claim.subjects.through.objects.filter(claim_id=OuterRef("pk"), actor_id=value)
        return queryset.filter(Exists(through))

    def by_outlet(self, queryset, name, value):
        published = Q(statement__article__outlet_id=value) | Q(statement__via_id=value)
        return queryset.filter(Exists(_links().filter(published)))


class ClaimListCreateApi(ListApi):
    serializer_class = s.ClaimOutput
    filterset_class = ClaimFilter

    def get_queryset(self):
        return claim_list_queryset()

    @extend_schema(summary="Claims, most recently seen first, with filters")
    def get(self, request):
        # Newsroom tools poll the same few pages; they are served from the shared cache until
        # a claim, link, statement or review changes (see claims_generation).
        return cached_page(
            request,
            scope="claims",
            generation=claims_generation,
            roles=user_roles(request.user),
            build=self.page_response,
        )

    def page_response(self) -> Response:
        page = self.paginate_queryset(claim_rows(self.filter_queryset(self.get_queryset())))
        subjects = claim_subjects([row["id"] for row in page]) if page else {}
        return self.get_paginated_response(
            [s.claim_list_entry(row, subjects.get(row["id"], [])) for row in page]
        )

    @extend_schema(request=s.ClaimCreateInput, responses={201: s.ClaimDetailOutput})
    def post(self, request):
        from .services import claim_create

        data = s.ClaimCreateInput(data=request.data)
        data.is_valid(raise_exception=True)
        claim = claim_create(**data.validated_data, created_by=request.user)
        return created_response(s.ClaimDetailOutput(claim_detail_queryset().get(pk=claim.pk)).data)


class ClaimDetailApi(GenericAPIView):
    serializer_class = s.ClaimDetailOutput

    def get_queryset(self):
        return claim_detail_queryset()

    @extend_schema(summary="A claim with its timeline (statements grouped by stance) and reviews")
    def get(self, request, pk: int):
        return cached_page(
            request,
            scope="claim",
            generation=claims_generation,
            roles=user_roles(request.user),
            build=lambda: Response(self.get_serializer(self.get_object()).data),
        )

    @extend_schema(request=s.ClaimUpdateInput, responses=s.ClaimDetailOutput)
    def patch(self, request, pk: int):
        from .services import claim_edit

        claim = get_object_or_404(Claim.objects.defer("embedding"), pk=pk)
        if claim.merged_into_id is not None:
            raise exceptions.ValidationError(
                {"non_field_errors": [f"Claim {pk} was merged into {claim.merged_into_id}."]}
            )
        data = s.ClaimUpdateInput(data=request.data)
        data.is_valid(raise_exception=True)
        claim_edit(claim=claim, user=request.user, **data.validated_data)
        return Response(self.get_serializer(self.get_object()).data)


# --- statements ---------------------------------------------------------------------------------


class StatementFilter(django_filters.FilterSet):
    article = IdFilter(field_name="article_id")
    speaker = IdFilter(method="by_speaker")
    claim = IdFilter(method="by_claim", help_text="Statements linked (not rejected) to the claim")
    via = IdFilter(field_name="via_id")
    stance = django_filters.ChoiceFilter(choices=Stance.choices)
    language = django_filters.CharFilter(max_length=8)
    direct = BoolFilter()
    created_after = DateTimeFilter("created_at", lookup_expr="gte")
    created_before = DateTimeFilter("created_at", lookup_expr="lt")

    class Meta:
        model = Statement
        fields = []

    def by_speaker(self, queryset, name, value):
        rows = StatementSpeaker.objects.filter(statement_id=OuterRef("pk"), actor_id=value)
        return queryset.filter(Q(speaker_id=value) | Exists(rows))

    def by_claim(self, queryset, name, value):
        links = ClaimLink.objects.filter(statement_id=OuterRef("pk"), claim_id=value).exclude(
            state=ClaimLink.State.REJECTED
        )
        return queryset.filter(Exists(links))


def statement_queryset():
    return (
        Statement.objects.defer("embedding")
        .select_related("speaker", "via")
        .prefetch_related(
            Prefetch("speaker_rows", queryset=StatementSpeaker.objects.select_related("actor")),
            Prefetch(
                "links",
                queryset=ClaimLink.objects.only(
                    "id", "statement_id", "claim_id", "state", "score", "stance"
                ),
            ),
        )
        .order_by("-created_at", "-pk")
    )


class StatementListApi(ListApi):
    serializer_class = StatementOutput
    filterset_class = StatementFilter

    def get_queryset(self):
        return statement_queryset()

    @extend_schema(summary="Attributed statements: who said, accused or denied what, where")
    def get(self, request):
        return self.list_response(request)


class StatementDetailApi(GenericAPIView):
    serializer_class = StatementOutput

    def get_queryset(self):
        return statement_queryset()

    def get(self, request, pk: int):
        return Response(self.get_serializer(self.get_object()).data)


class StatementClaimApi(GenericAPIView):
    """A claim made of a statement by a fact-checker: for a statement the matcher made none of
    (its words could not stand alone, it was not check-worthy enough, or it was only suggested
    for claims it does not repeat)."""

    serializer_class = s.ClaimDetailOutput

    def get_queryset(self):
        return statement_queryset()

    @extend_schema(request=s.StatementClaimInput, responses={201: s.ClaimDetailOutput})
    def post(self, request, pk: int):
        from .services import claim_from_statement

        statement = self.get_object()
        data = s.StatementClaimInput(data=request.data)
        data.is_valid(raise_exception=True)
        claim = claim_from_statement(
            statement=statement, text=data.validated_data.get("text", ""), user=request.user
        )
        return created_response(s.ClaimDetailOutput(claim_detail_queryset().get(pk=claim.pk)).data)


# --- the link review queue ----------------------------------------------------------------------


class LinkFilter(django_filters.FilterSet):
    state = django_filters.ChoiceFilter(
        choices=ClaimLink.State.choices, method="by_state", help_text="Default: suggested"
    )
    claim = IdFilter(field_name="claim_id")
    statement = IdFilter(field_name="statement_id")
    stance = django_filters.ChoiceFilter(choices=Stance.choices)
    min_score = django_filters.NumberFilter("score", lookup_expr="gte", min_value=-1, max_value=2)
    ordering = django_filters.OrderingFilter(fields=["score", "created_at"])

    class Meta:
        model = ClaimLink
        fields = []

    def by_state(self, queryset, name, value):
        return queryset.filter(state=value)

    def filter_queryset(self, queryset):
        if not self.form.cleaned_data.get("state"):
            queryset = queryset.filter(state=ClaimLink.State.SUGGESTED)
        return super().filter_queryset(queryset)


def link_queryset():
    return (
        ClaimLink.objects.select_related("claim", "statement__speaker", "reviewed_by")
        .defer("claim__embedding", "claim__lexical", "statement__embedding")
        .order_by("-score", "-created_at", "-pk")
    )


class LinkListApi(ListApi):
    serializer_class = s.LinkOutput
    filterset_class = LinkFilter
    roles = {"POST": LINK_REVIEWERS}

    def get_queryset(self):
        return link_queryset()

    @extend_schema(summary="Machine-suggested links waiting for review, best score first")
    def get(self, request):
        return self.list_response(request)

    @extend_schema(
        summary="Link a statement to a claim the matcher did not offer (confirmed at once)",
        request=s.LinkCreateInput,
        responses={201: s.LinkOutput, 200: s.LinkOutput},
    )
    def post(self, request):
        from .services import link_add

        data = s.LinkCreateInput(data=request.data)
        data.is_valid(raise_exception=True)
        link, created = link_add(**data.validated_data, user=request.user)
        return created_response(s.LinkOutput(link_queryset().get(pk=link.pk)).data, created)


class LinkActionApi(GenericAPIView):
    serializer_class = s.LinkOutput
    roles = {"POST": LINK_REVIEWERS}
    action = ""

    def get_queryset(self):
        return link_queryset()

    @extend_schema(request=None, responses=s.LinkOutput)
    def post(self, request, pk: int):
        from .services import link_confirm, link_reject

        link = self.get_object()
        service = link_confirm if self.action == "confirm" else link_reject
        service(link=link, user=request.user)
        return Response(self.get_serializer(link_queryset().get(pk=link.pk)).data)


class LinkConfirmApi(LinkActionApi):
    action = "confirm"


class LinkRejectApi(LinkActionApi):
    action = "reject"


# --- reviews ------------------------------------------------------------------------------------


class ReviewFilter(django_filters.FilterSet):
    claim = IdFilter(field_name="claim_id")
    published = BoolFilter()
    rating = django_filters.ChoiceFilter(choices=s.RATINGS)

    class Meta:
        model = Review
        fields = []


class ReviewListCreateApi(ListApi):
    serializer_class = s.ReviewOutput
    filterset_class = ReviewFilter

    def get_queryset(self):
        return Review.objects.order_by("-created_at", "-pk")

    @extend_schema(summary="Verdicts, newest first")
    def get(self, request):
        return self.list_response(request)

    @extend_schema(request=s.ReviewInput, responses={201: s.ReviewOutput})
    def post(self, request):
        from .services import review_create

        data = s.ReviewInput(data=request.data)
        data.is_valid(raise_exception=True)
        review = review_create(user=request.user, **data.validated_data)
        return created_response(s.ReviewOutput(review).data)


class ReviewDetailApi(GenericAPIView):
    serializer_class = s.ReviewOutput
    queryset = Review.objects.all()

    def get(self, request, pk: int):
        return Response(self.get_serializer(self.get_object()).data)


class ReviewPublishApi(GenericAPIView):
    serializer_class = s.ReviewOutput
    queryset = Review.objects.select_related("claim")

    @extend_schema(
        request=None,
        responses=s.ReviewOutput,
        summary="Publish: the claim takes this verdict and it enters the ClaimReview feed",
    )
    def post(self, request, pk: int):
        from .services import review_publish

        review = self.get_object()
        if review.claim.merged_into_id is not None:
            raise exceptions.ValidationError(
                {"claim": [f"The claim was merged into {review.claim.merged_into_id}."]}
            )
        review = review_publish(review=review, user=request.user)
        return Response(self.get_serializer(review).data)


# --- match --------------------------------------------------------------------------------------


class MatchInput(serializers.Serializer):
    text = serializers.CharField(max_length=5000, trim_whitespace=True)
    language = serializers.CharField(required=False, allow_blank=True, max_length=8)
    limit = serializers.IntegerField(required=False, min_value=1, max_value=50, default=10)

    def validate_language(self, value: str) -> str:
        return validate_language_code(value)


class MatchResult(serializers.Serializer):
    claim = serializers.IntegerField()
    text = serializers.CharField()
    language = serializers.CharField()
    score = serializers.FloatField()
    cosine = serializers.FloatField()
    confirmed_cosine = serializers.FloatField(
        allow_null=True,
        help_text="The best cosine with the statements a reviewer confirmed as repeating the "
        "claim; null when none was confirmed",
    )
    status = serializers.CharField()
    verdict = serializers.CharField()
    contested = serializers.BooleanField()
    stance_counts = serializers.DictField(child=serializers.IntegerField())
    url = serializers.CharField()


class MatchOutput(serializers.Serializer):
    query = serializers.CharField()
    seen_before = serializers.BooleanField()
    results = MatchResult(many=True)


class MatchApi(GenericAPIView):
    serializer_class = MatchInput
    roles = {"POST": ANY_ROLE}

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
        matches = search(
            text,
            limit=data.validated_data["limit"],
            language=data.validated_data.get("language") or None,
        )
        low = thresholds(model_key()).low
        results = _match_results(matches)
        seen = bool(results) and results[0]["score"] >= low
        return Response({"query": text, "seen_before": seen, "results": results})


def _match_results(matches) -> list[dict]:
    """``MatchResult`` rows for ranked ``claims.matching.Match`` items, in their order."""
    claims = Claim.objects.defer("embedding", "lexical").in_bulk([m.claim_id for m in matches])
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
                "confirmed_cosine": (
                    None if match.confirmed is None else round(match.confirmed, 4)
                ),
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
                "url": s.claim_url(claim.pk),
            }
        )
    return results


class SimilarInput(serializers.Serializer):
    limit = serializers.IntegerField(required=False, min_value=1, max_value=20, default=5)


class SimilarOutput(serializers.Serializer):
    claim = serializers.IntegerField()
    results = MatchResult(many=True)


class ClaimSimilarApi(GenericAPIView):
    serializer_class = SimilarInput
    roles = {"GET": ANY_ROLE}

    @extend_schema(
        parameters=[SimilarInput],
        responses=SimilarOutput,
        summary="The claims nearest to this one, in any language: candidates for a merge",
    )
    def get(self, request, pk: int):
        from .selectors import claim_similar

        claim = get_object_or_404(Claim.objects.defer("embedding", "lexical"), pk=pk)
        if claim.merged_into_id is not None:
            raise exceptions.ValidationError(
                {"non_field_errors": [f"Claim {pk} was merged into {claim.merged_into_id}."]}
            )
        unknown = sorted(set(request.query_params) - {"limit", "format"})
        if unknown:
            raise exceptions.ValidationError(
                {name: ["Unknown query parameter (accepted: limit)."] for name in unknown}
            )
        data = SimilarInput(data=request.query_params)
        data.is_valid(raise_exception=True)
        matches = claim_similar(claim, limit=data.validated_data["limit"])
        return Response({"claim": claim.pk, "results": _match_results(matches)})


# --- ClaimReview --------------------------------------------------------------------------------


class ClaimReviewApi(GenericAPIView):
    queryset = Claim.objects.all()

    @extend_schema(
        responses={
            200: OpenApiTypes.OBJECT,
            404: OpenApiResponse(description="No published review"),
        },
        summary="schema.org ClaimReview JSON-LD of the claim's latest published review",
    )
    def get(self, request, pk: int):
        from .claimreview import claimreview_jsonld, published_reviews

        claim = get_object_or_404(Claim.objects.only("id", "merged_into_id"), pk=pk)
        review = published_reviews().filter(claim_id=claim.merged_into_id or claim.pk).first()
        if review is None:
            raise exceptions.NotFound(f"Claim {pk} has no published review.")
        return Response(claimreview_jsonld(review), content_type="application/ld+json")


class ClaimReviewFeedApi(ListApi):
    filterset_class = None

    def get_queryset(self):
        from .claimreview import published_reviews

        return published_reviews()

    @extend_schema(
        responses=OpenApiTypes.OBJECT,
        summary="Every published ClaimReview, newest first (JSON-LD objects in results)",
    )
    def get(self, request):
        from .claimreview import claimreview_jsonld

        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        return self.get_paginated_response([claimreview_jsonld(review) for review in page])


class ClaimReviewImportApi(GenericAPIView):
    @extend_schema(
        request=OpenApiTypes.OBJECT,
        responses={201: s.ReviewOutput, 200: s.ReviewOutput},
        summary="Import another fact-checker's ClaimReview (idempotent by its url)",
    )
    def post(self, request):
        from .claimreview import claimreview_import

        review, created = claimreview_import(request.data, user=request.user)
        return created_response(s.ReviewOutput(review).data, created=created)


# --- follows and webhooks -----------------------------------------------------------------------


class FollowListCreateApi(ListApi):
    serializer_class = s.FollowOutput
    filterset_class = None
    roles = {"GET": SUBMITTERS, "POST": SUBMITTERS}

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Follow.objects.none()
        return (
            Follow.objects.filter(user=self.request.user)
            .select_related("claim", "actor")
            .defer("claim__embedding", "claim__lexical")
            .order_by("-created_at", "-pk")
        )

    @extend_schema(summary="What you follow: claims, or every claim of an actor")
    def get(self, request):
        return self.list_response(request)

    @extend_schema(request=s.FollowInput, responses={201: s.FollowOutput, 200: s.FollowOutput})
    def post(self, request):
        data = s.FollowInput(data=request.data)
        data.is_valid(raise_exception=True)
        claim: Claim | None = data.validated_data.get("claim")
        actor: Actor | None = data.validated_data.get("actor")
        if claim is not None and claim.merged_into_id is not None:
            claim = Claim.objects.get(pk=claim.merged_into_id)
        follow, created = Follow.objects.get_or_create(user=request.user, claim=claim, actor=actor)
        return created_response(s.FollowOutput(follow).data, created=created)


class FollowDetailApi(GenericAPIView):
    serializer_class = s.FollowOutput
    roles = {"GET": SUBMITTERS, "DELETE": SUBMITTERS}

    def get_queryset(self):
        return Follow.objects.filter(user=self.request.user).select_related("claim", "actor")

    def get(self, request, pk: int):
        return Response(self.get_serializer(self.get_object()).data)

    def delete(self, request, pk: int):
        self.get_object().delete()
        return Response(status=status.HTTP_204_NO_CONTENT)


class WebhookListCreateApi(ListApi):
    serializer_class = s.WebhookOutput
    filterset_class = None
    roles = {"GET": SUBMITTERS, "POST": SUBMITTERS}

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Webhook.objects.none()
        return Webhook.objects.filter(user=self.request.user).order_by("-created_at", "-pk")

    @extend_schema(summary="Your webhooks")
    def get(self, request):
        return self.list_response(request)

    @extend_schema(
        request=s.WebhookInput,
        responses={201: s.WebhookCreatedOutput},
        summary="Register a URL; changes to what you follow are POSTed there, signed",
    )
    def post(self, request):
        from .webhooks import webhook_create

        data = s.WebhookInput(data=request.data)
        data.is_valid(raise_exception=True)
        webhook = webhook_create(user=request.user, **data.validated_data)
        return created_response(s.WebhookCreatedOutput(webhook).data)


class WebhookDetailApi(GenericAPIView):
    serializer_class = s.WebhookOutput
    roles = {"GET": SUBMITTERS, "DELETE": SUBMITTERS}

    def get_queryset(self):
        return Webhook.objects.filter(user=self.request.user)

    def get(self, request, pk: int):
        return Response(self.get_serializer(self.get_object()).data)

    def delete(self, request, pk: int):
        self.get_object().delete()
        return Response(status=status.HTTP_204_NO_CONTENT)


class WebhookDeliveryListApi(ListApi):
    serializer_class = s.DeliveryOutput
    filterset_class = None
    roles = {"GET": SUBMITTERS}

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return WebhookDelivery.objects.none()
        webhook = get_object_or_404(
            Webhook.objects.filter(user=self.request.user), pk=self.kwargs["pk"]
        )
        return webhook.deliveries.order_by("-created_at", "-pk")

    @extend_schema(summary="Deliveries to one webhook, newest first, with their outcome")
    def get(self, request, pk: int):
        return self.list_response(request)
