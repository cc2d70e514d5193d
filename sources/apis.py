"""Sources API: outlets, actors, articles and feeds; one view per resource and operation.

Also the list conventions every FactDesk list shares: strict pagination and filters that refuse
what they do not know, so that a typo in a query string is a 400 and not a silently wrong page.
"""

from __future__ import annotations

import json
from datetime import UTC, timedelta

import django_filters
from django import forms
from django.db import connections
from django.db.models import Prefetch, Q
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_field
from rest_framework import exceptions, status
from rest_framework.generics import GenericAPIView, get_object_or_404
from rest_framework.mixins import ListModelMixin
from rest_framework.pagination import LimitOffsetPagination
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

from factdesk.permissions import EDITORS, SUBMITTERS

from . import serializers as s
from .models import Actor, ActorAlias, Article, Feed, Outlet, normalise_alias
from .selectors import article_detail_queryset
from .services import (
    actor_alias_add,
    actor_create,
    article_submit,
    feed_get_or_create,
    outlet_get_or_create,
)

MAX_ID = 2**63 - 1
MAX_OFFSET = 10_000_000


# --- list conventions ---------------------------------------------------------------------------


class Pagination(LimitOffsetPagination):
    """``limit`` (1-200, default 50) and ``offset``; anything else is a 400, not a default.

    ``count`` is exact up to ``COUNT_EXACT_UP_TO`` matching rows. Past that, counting every row
    of a large table on every page costs more than the page itself, so PostgreSQL's planner
    estimate is given instead (never less than what is known to exist) and ``count_exact`` is
    false. ``next`` does not depend on the count: the page is read one row long to know whether
    another page follows.
    """

    default_limit = 50
    max_limit = 200
    COUNT_EXACT_UP_TO = 1000

    def _integer(self, request, name: str, default: int, low: int, high: int) -> int:
        raw = request.query_params.get(name)
        if raw is None:
            return default
        try:
            value = int(raw)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise exceptions.ValidationError({name: [f"Give an integer from {low} to {high}."]})
        return value

    def get_limit(self, request) -> int:
        return self._integer(request, self.limit_query_param, self.default_limit, 1, self.max_limit)

    def get_offset(self, request) -> int:
        return self._integer(request, self.offset_query_param, 0, 0, MAX_OFFSET)

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.limit = self.get_limit(request)
        self.offset = self.get_offset(request)
        rows = list(queryset[self.offset : self.offset + self.limit + 1])
        self.has_next = len(rows) > self.limit
        rows = rows[: self.limit]
        self.count, self.count_exact = self._count(queryset, len(rows))
        if self.count > self.limit and self.template is not None:
            self.display_page_controls = True
        return rows

    def _count(self, queryset, page_rows: int) -> tuple[int, bool]:
        cap = self.COUNT_EXACT_UP_TO
        counted = queryset.order_by()[: cap + 1].count()
        if counted <= cap:
            return counted, True
        known = max(cap + 1, self.offset + page_rows + int(self.has_next))
        estimate = planner_row_estimate(queryset)
        if estimate is None:
            return queryset.order_by().count(), True
        return max(estimate, known), False

    def get_next_link(self):
        if not self.has_next:
            return None
        url = self.request.build_absolute_uri()
        url = replace_query_param(url, self.limit_query_param, self.limit)
        return replace_query_param(url, self.offset_query_param, self.offset + self.limit)

    def get_paginated_response(self, data):
        return Response(
            {
                "count": self.count,
                "count_exact": self.count_exact,
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "results": data,
            }
        )

    def get_paginated_response_schema(self, schema):
        response = super().get_paginated_response_schema(schema)
        response["properties"] = {
            "count": {
                "type": "integer",
                "example": 123,
                "description": f"Exact up to {self.COUNT_EXACT_UP_TO:,} rows, else an estimate",
            },
            "count_exact": {
                "type": "boolean",
                "description": "False when count is the database's estimate",
            },
            **{k: v for k, v in response["properties"].items() if k != "count"},
        }
        response["required"] = ["count", "count_exact", "results"]
        return response


def planner_row_estimate(queryset) -> int | None:
    """PostgreSQL's estimate of the rows ``queryset`` matches (None on other databases)."""
    connection = connections[queryset.db]
    if connection.vendor != "postgresql":
        return None
    sql, params = queryset.order_by().values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


class KnownFiltersBackend(DjangoFilterBackend):
    """django-filter, plus a 400 naming any query parameter the list does not understand."""

    always_allowed = frozenset({"limit", "offset", "format"})

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        known = set(self.always_allowed)
        if filterset_class is not None:
            known |= set(filterset_class.base_filters)
        given = set(request.query_params)
        unknown = sorted(given - known)
        if unknown:
            accepted = ", ".join(sorted(known))
            raise exceptions.ValidationError(
                {name: [f"Unknown query parameter (accepted: {accepted})."] for name in unknown}
            )
        if filterset_class is None:
            return queryset
        # With no filter given, building and validating the filter form changes nothing (unless
        # the filter set applies defaults of its own), and costs a good part of a list request.
        if given <= self.always_allowed and (
            filterset_class.filter_queryset
            is django_filters.filterset.BaseFilterSet.filter_queryset
        ):
            return queryset
        return super().filter_queryset(request, queryset, view)


@extend_schema_field(OpenApiTypes.INT64)
class IdFilter(django_filters.Filter):
    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


class UtcIsoDateTimeField(django_filters.fields.IsoDateTimeField):
    """An ISO 8601 date and time, compared in UTC.

    Python accepts offsets up to 24 hours, PostgreSQL only up to 16: "...T15:07+21:16" would
    reach the database and fail there. In UTC every valid instant is one PostgreSQL accepts.
    """

    def to_python(self, value):
        value = super().to_python(value)
        if value is None:
            return None
        try:
            return value.astimezone(UTC)
        except OverflowError as exc:
            raise forms.ValidationError(
                "Give a date and time between the years 1 and 9999 (in UTC).", code="invalid"
            ) from exc


class DateTimeFilter(django_filters.IsoDateTimeFilter):
    field_class = UtcIsoDateTimeField


BOOLEAN_VALUES = {"true": True, "1": True, "false": False, "0": False}


@extend_schema_field(OpenApiTypes.BOOL)
class BoolFilter(django_filters.Filter):
    """``true``/``false`` (or 1/0); any other value is a 400, not a filter silently skipped."""

    field_class = forms.TypedChoiceField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", [(v, v) for v in BOOLEAN_VALUES])
        kwargs.setdefault("coerce", BOOLEAN_VALUES.__getitem__)
        kwargs.setdefault("empty_value", None)
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if value in ("", None):
            return qs
        return super().filter(qs, BOOLEAN_VALUES[value] if isinstance(value, str) else value)


class ListApi(ListModelMixin, GenericAPIView):
    """GET: a filtered, ordered page of ``get_queryset()`` shaped by ``serializer_class``."""

    filter_backends = [KnownFiltersBackend]
    pagination_class = Pagination

    def list_response(self, request) -> Response:
        return self.list(request)


def created_response(data, created: bool = True) -> Response:
    return Response(data, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)


# --- outlets ------------------------------------------------------------------------------------


class OutletFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", max_length=200, help_text="Name or domain")
    kind = django_filters.ChoiceFilter(choices=Outlet.Kind.choices)
    country = django_filters.CharFilter(max_length=2, method="by_country")
    language = django_filters.CharFilter(max_length=8)
    ordering = django_filters.OrderingFilter(fields=["name", "created_at"])

    class Meta:
        model = Outlet
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(Q(name__icontains=value) | Q(domain__icontains=value))

    def by_country(self, queryset, name, value):
        return queryset.filter(country=value.upper())


class OutletListCreateApi(ListApi):
    queryset = Outlet.objects.all()
    serializer_class = s.OutletOutput
    filterset_class = OutletFilter
    roles = {"POST": EDITORS}

    @extend_schema(summary="Outlets: newspapers, broadcasters, wire agencies, state media")
    def get(self, request):
        return self.list_response(request)

    @extend_schema(request=s.OutletInput, responses={201: s.OutletOutput, 200: s.OutletOutput})
    def post(self, request):
        data = s.OutletInput(data=request.data)
        data.is_valid(raise_exception=True)
        existed = Outlet.objects.filter(name__iexact=data.validated_data["name"].strip()).exists()
        outlet = outlet_get_or_create(**data.validated_data)
        return created_response(s.OutletOutput(outlet).data, created=not existed)


class OutletDetailApi(GenericAPIView):
    queryset = Outlet.objects.all()
    serializer_class = s.OutletOutput

    def get(self, request, pk: int):
        return Response(self.get_serializer(self.get_object()).data)


# --- actors -------------------------------------------------------------------------------------


class ActorFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", max_length=200, help_text="Name or any alias")
    kind = django_filters.ChoiceFilter(choices=Actor.Kind.choices)
    reviewed = BoolFilter()
    ordering = django_filters.OrderingFilter(fields=["name", "created_at"])

    class Meta:
        model = Actor
        fields = []

    def search(self, queryset, name, value):
        aliased = ActorAlias.objects.filter(normalised__contains=normalise_alias(value))
        return queryset.filter(
            Q(name__icontains=value) | Q(pk__in=aliased.values("actor_id"))
        ).distinct()


def actor_queryset():
    return Actor.objects.select_related("parent").prefetch_related(
        Prefetch("aliases", queryset=ActorAlias.objects.order_by("language", "alias"))
    )


class ActorListCreateApi(ListApi):
    serializer_class = s.ActorOutput
    filterset_class = ActorFilter
    roles = {"POST": EDITORS}

    def get_queryset(self):
        return actor_queryset()

    @extend_schema(summary="Actors (speakers and subjects) with their aliases per language")
    def get(self, request):
        return self.list_response(request)

    @extend_schema(request=s.ActorInput, responses={201: s.ActorOutput})
    def post(self, request):
        data = s.ActorInput(data=request.data)
        data.is_valid(raise_exception=True)
        fields = dict(data.validated_data)
        aliases: dict[str, list[str]] = {}
        for row in fields.pop("aliases", []):
            aliases.setdefault(row.get("language", ""), []).append(row["alias"])
        if Actor.objects.filter(name__iexact=" ".join(fields["name"].split())).exists():
            raise exceptions.ValidationError({"name": ["An actor with this name exists."]})
        actor = actor_create(aliases=aliases, **fields)
        return created_response(s.ActorOutput(actor_queryset().get(pk=actor.pk)).data)


class ActorDetailApi(GenericAPIView):
    serializer_class = s.ActorOutput

    def get_queryset(self):
        return actor_queryset()

    def get(self, request, pk: int):
        return Response(self.get_serializer(self.get_object()).data)


class ActorAliasCreateApi(GenericAPIView):
    serializer_class = s.AliasInput
    queryset = Actor.objects.all()

    @extend_schema(request=s.AliasInput, responses={201: s.ActorOutput})
    def post(self, request, pk: int):
        actor = self.get_object()
        data = s.AliasInput(data=request.data)
        data.is_valid(raise_exception=True)
        actor_alias_add(actor=actor, **data.validated_data)
        return created_response(s.ActorOutput(actor_queryset().get(pk=actor.pk)).data)


# --- articles -----------------------------------------------------------------------------------


class ArticleFilter(django_filters.FilterSet):
    state = django_filters.ChoiceFilter(choices=Article.State.choices)
    language = django_filters.CharFilter(max_length=8)
    outlet = IdFilter(field_name="outlet_id")
    feed = IdFilter(field_name="feed_id")
    created_after = DateTimeFilter(field_name="created_at", lookup_expr="gte")
    created_before = DateTimeFilter(field_name="created_at", lookup_expr="lt")
    ordering = django_filters.OrderingFilter(fields=["created_at", "published_at"])

    class Meta:
        model = Article
        fields = []


class ArticleListCreateApi(ListApi):
    serializer_class = s.ArticleSummary
    filterset_class = ArticleFilter
    roles = {"POST": SUBMITTERS}

    def get_queryset(self):
        return Article.objects.select_related("outlet").defer("html", "submitted_text", "text")

    @extend_schema(summary="Articles, newest first", responses=s.ArticleSummary(many=True))
    def get(self, request):
        return self.list_response(request)

    @extend_schema(
        request=s.ArticleSubmitInput,
        responses={
            201: s.ArticleOutput,
            200: OpenApiResponse(
                s.ArticleOutput, description="Already submitted: the existing one"
            ),
            202: OpenApiResponse(
                s.ArticleOutput,
                description="Stored as pending while the task queue is unreachable; it is "
                "processed as soon as the queue is back",
            ),
        },
        summary="Submit an article (URL, HTML or text)",
    )
    def post(self, request):
        data = s.ArticleSubmitInput(data=request.data)
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
        if submission.created and not submission.queued:
            # Stored, but the queue is unreachable: accepted, processed once the sweep sends it.
            return Response(s.ArticleOutput(article).data, status=status.HTTP_202_ACCEPTED)
        return created_response(s.ArticleOutput(article).data, created=submission.created)


class ArticleDetailApi(GenericAPIView):
    serializer_class = s.ArticleOutput

    @extend_schema(summary="An article with its state and statements")
    def get(self, request, pk: int):
        article = get_object_or_404(article_detail_queryset(), pk=pk)
        return Response(s.ArticleOutput(article).data)


# --- feeds --------------------------------------------------------------------------------------


class FeedFilter(django_filters.FilterSet):
    active = BoolFilter()
    outlet = IdFilter(field_name="outlet_id")
    language = django_filters.CharFilter(max_length=8)

    class Meta:
        model = Feed
        fields = []


class FeedListCreateApi(ListApi):
    serializer_class = s.FeedOutput
    filterset_class = FeedFilter
    roles = {"POST": EDITORS}

    def get_queryset(self):
        return Feed.objects.select_related("outlet")

    @extend_schema(summary="RSS/Atom feeds polled for new articles")
    def get(self, request):
        return self.list_response(request)

    @extend_schema(request=s.FeedInput, responses={201: s.FeedOutput, 200: s.FeedOutput})
    def post(self, request):
        data = s.FeedInput(data=request.data)
        data.is_valid(raise_exception=True)
        fields = dict(data.validated_data)
        if "poll_interval" in fields:
            fields["poll_interval"] = timedelta(seconds=fields["poll_interval"])
        before = Feed.objects.count()
        feed = feed_get_or_create(**fields)
        return created_response(s.FeedOutput(feed).data, created=Feed.objects.count() > before)


class FeedDetailApi(GenericAPIView):
    serializer_class = s.FeedOutput

    def get_queryset(self):
        return Feed.objects.select_related("outlet")

    def get(self, request, pk: int):
        return Response(self.get_serializer(self.get_object()).data)
