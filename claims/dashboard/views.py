"""Reviewers' dashboards: server-rendered pages, with figure fragments that refresh in place."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from sources.models import Actor

from .. import services
from ..models import Claim, ClaimLink, Follow, Stance
from ..services import follow_create, follow_delete
from . import charts, selectors
from .forms import FilterForm, query_string
from .highlight import statement_sentence

TIMELINE_PAGE = 100
QUEUE_PAGE = 25


def _filters(request: HttpRequest) -> tuple[FilterForm, selectors.Filters | None]:
    form = FilterForm(request.GET or None)
    if not request.GET:
        return form, selectors.Filters()
    if form.is_valid():
        return form, form.filters()
    return form, None


def _invalid(request: HttpRequest, form: FilterForm, template: str, **context) -> HttpResponse:
    context.update(form=form, invalid=True, languages=FilterForm.languages())
    return render(request, template, context, status=400)


def _page_number(request: HttpRequest) -> int:
    raw = request.GET.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


def _overview_context(filters: selectors.Filters) -> dict:
    now = timezone.now()
    today = timezone.localdate(now)
    recent = selectors.activity(filters, today)
    chart = recent["chart"]
    labels = dict(Stance.choices)
    return {
        "claims": selectors.claim_figures(filters, now),
        "queue": selectors.queue_figures(filters, now),
        "unclaimed": selectors.unclaimed_figures(filters, today),
        "chart": chart,
        "chart_svg": charts.stacked_bars(
            chart["days"],
            chart["series"],
            labels=labels,
            title="Statements recorded per day by stance",
        ),
        "chart_legend": charts.legend(labels, list(chart["series"])),
        "claimants": recent["claimants"],
        "outlets": recent["outlets"],
        "contested_claims": selectors.claims_list(filters, contested=True, limit=10),
        "latest_claims": selectors.claims_list(filters, limit=20),
        "refreshed_at": now,
    }


@login_required
@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    form, filters = _filters(request)
    if filters is None:
        return _invalid(request, form, "claims/dashboard/overview.html")
    context = _overview_context(filters)
    context.update(
        form=form,
        qs=query_string(filters),
        languages=FilterForm.languages(),
        filters=filters,
    )
    return render(request, "claims/dashboard/overview.html", context)


@login_required
@require_GET
def overview_figures(request: HttpRequest) -> HttpResponse:
    """The overview's figures alone, polled by the page to refresh without a reload."""
    form, filters = _filters(request)
    if filters is None:
        return HttpResponse("; ".join(_form_errors(form)), status=400, content_type="text/plain")
    context = _overview_context(filters)
    context.update(qs=query_string(filters), filters=filters)
    return render(request, "claims/dashboard/_overview_figures.html", context)


def _form_errors(form: FilterForm) -> list[str]:
    return [str(e) for errors in form.errors.values() for e in errors]


@login_required
@require_GET
def claim_detail(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_object_or_404(
        Claim.objects.select_related("first_claimant", "merged_into").prefetch_related(
            Prefetch("subjects", queryset=Actor.objects.only("pk", "name"))
        ),
        pk=pk,
    )
    if claim.merged_into_id is not None:
        target = services.claim_resolve(claim)
        messages.info(request, f"Claim {claim.pk} was merged into this one.")
        url = reverse("dashboard:claim", args=[target.pk])
        return redirect(f"{url}?{request.GET.urlencode()}" if request.GET else url)
    form, filters = _filters(request)
    if filters is None:
        return _invalid(request, form, "claims/dashboard/claim.html", claim=claim)
    paginator = Paginator(
        selectors.claim_timeline(claim, filters).values_list("pk", flat=True), TIMELINE_PAGE
    )
    paginator.count = selectors.claim_timeline_count(claim, filters)
    page = paginator.get_page(_page_number(request))
    links = selectors.claim_timeline_rows(list(page.object_list))
    entries = [(link, statement_sentence(link.statement)) for link in links]
    followed = Follow.objects.filter(user=request.user, claim=claim).exists()
    return render(
        request,
        "claims/dashboard/claim.html",
        {
            "claim": claim,
            "form": form,
            "filters": filters,
            "qs": query_string(filters),
            "languages": FilterForm.languages(),
            "page": page,
            "entries": entries,
            "spread": selectors.claim_spread(claim),
            "verdicts": selectors.claim_verdict_history(claim),
            "reviews": list(claim.reviews.select_related("reviewer").order_by("-created_at")),
            "followed": followed,
        },
    )


@login_required
@require_POST
def claim_follow(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_object_or_404(Claim, pk=pk)
    unfollow = request.POST.get("action") == "unfollow"
    try:
        if unfollow:
            follow_delete(claim=claim, user=request.user)
            messages.success(request, "You no longer follow this claim.")
        else:
            follow_create(claim=claim, user=request.user)
            messages.success(request, "You now follow this claim.")
    except ValidationError as exc:
        messages.error(request, "; ".join(exc.messages))
    return redirect("dashboard:claim", pk=claim.pk)


def _queue_context(request: HttpRequest, filters: selectors.Filters) -> dict:
    now = timezone.now()
    page = Paginator(
        selectors.review_queue_rows(selectors.review_queue(filters)), QUEUE_PAGE
    ).get_page(_page_number(request))
    return {
        "queue": selectors.queue_figures(filters, now),
        "page": page,
        "rows": [(link, statement_sentence(link.statement)) for link in page.object_list],
        "qs": query_string(filters),
        "can_review": request.user.has_perm("claims.change_claimlink"),
        "filters": filters,
        "refreshed_at": now,
    }


@login_required
@require_GET
def queue(request: HttpRequest) -> HttpResponse:
    form, filters = _filters(request)
    if filters is None:
        return _invalid(request, form, "claims/dashboard/queue.html")
    context = _queue_context(request, filters)
    context.update(form=form, languages=FilterForm.languages())
    return render(request, "claims/dashboard/queue.html", context)


@login_required
@require_GET
def queue_count(request: HttpRequest) -> HttpResponse:
    form, filters = _filters(request)
    if filters is None:
        return HttpResponse("; ".join(_form_errors(form)), status=400, content_type="text/plain")
    context = {
        "queue": selectors.queue_figures(filters, timezone.now()),
        "qs": query_string(filters),
    }
    return render(request, "claims/dashboard/_queue_count.html", context)


@login_required
@require_POST
@permission_required("claims.change_claimlink", raise_exception=True)
def queue_review(request: HttpRequest, pk: int, decision: str) -> HttpResponse:
    """Confirm or reject one suggested link, then go back to the queue as it was filtered."""
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = reverse("dashboard:queue")
    link = ClaimLink.objects.filter(pk=pk).select_related("claim").first()
    if link is None:
        messages.error(request, f"Link {pk} no longer exists; it may have been merged away.")
        return redirect(back)
    if link.state != ClaimLink.State.SUGGESTED:
        messages.warning(
            request, f"That link was already {link.get_state_display().lower()}; nothing changed."
        )
        return redirect(back)
    try:
        if decision == "confirm":
            services.link_confirm(link=link, user=request.user)
            messages.success(
                request, f"Link confirmed: the statement now counts for “{link.claim}”."
            )
        else:
            services.link_reject(link=link, user=request.user)
            messages.success(
                request, f"Link rejected: the statement is no longer tied to “{link.claim}”."
            )
    except ValidationError as exc:
        messages.error(request, "; ".join(exc.messages))
    return redirect(back)


@login_required
@require_GET
def actor_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = get_object_or_404(Actor.objects.select_related("parent", "merged_into"), pk=pk)
    if actor.merged_into_id is not None:
        messages.info(request, f"{actor.name} was merged into this actor.")
        return redirect("dashboard:actor", pk=actor.merged_into_id)
    return render(
        request,
        "claims/dashboard/actor.html",
        {
            "actor": actor,
            "aliases": list(actor.aliases.order_by("language", "alias")),
            **selectors.actor_figures(actor),
        },
    )
