"""Reads for the reviewers' dashboards and the admin review queue.

Each function issues a fixed number of queries whatever the data size: figures are computed with
conditional aggregates in one pass, lists are sliced and fetched with the relations they show.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cached_property

from django.core.cache import cache
from django.db.models import Count, Min, Prefetch, Q, QuerySet, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from sources.models import Actor, Outlet

from ..models import (
    Claim,
    ClaimLink,
    ClaimStatus,
    SpeakerDaily,
    Stance,
    Statement,
    StatementDaily,
    StatementSpeaker,
    Verdict,
)

CHART_DAYS = 30
TOP_N = 10
LIVE_STATES = (ClaimLink.State.AUTO, ClaimLink.State.CONFIRMED, ClaimLink.State.SUGGESTED)
OUTLET_IDS_INLINE = 20_000


@dataclass(frozen=True)
class Filters:
    """What a dashboard page is narrowed to; every field travels in the URL query string."""

    status: str = ""
    language: str = ""
    outlet: Outlet | None = None
    since: date | None = None
    until: date | None = None

    @property
    def dated(self) -> bool:
        return self.since is not None or self.until is not None

    @cached_property
    def outlet_claims(self) -> Q:
        """Claims with a live statement from the outlet, worked out once per request.

        The ids are fetched first when there are not too many: as a semi-join, PostgreSQL
        re-checks the outlet for every claim an ordered, limited list walks past (over a second
        at a million statements), where a list of ids is a cheap hash probe.
        """
        links = ClaimLink.objects.filter(
            state__in=LIVE_STATES, statement__article__outlet=self.outlet
        )
        ids = list(
            links.order_by().values_list("claim_id", flat=True).distinct()[: OUTLET_IDS_INLINE + 1]
        )
        if len(ids) <= OUTLET_IDS_INLINE:
            return Q(pk__in=ids)
        return Q(pk__in=links.values("claim_id"))

    def window(self, today: date) -> tuple[date, date]:
        """The days the chart and the activity tables cover (the last 30 unless narrowed)."""
        until = self.until or today
        since = self.since or (until - timedelta(days=CHART_DAYS - 1))
        return since, until


def _start(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def _end(day: date) -> datetime:
    return _start(day + timedelta(days=1))


def claims_filtered(filters: Filters) -> QuerySet[Claim]:
    claims = Claim.objects.filter(merged_into__isnull=True)
    if filters.status:
        claims = claims.filter(status=filters.status)
    if filters.language:
        claims = claims.filter(language=filters.language)
    if filters.outlet is not None:
        claims = claims.filter(filters.outlet_claims)
    if filters.dated:
        claims = claims.annotate(seen=Coalesce("last_seen_at", "created_at"))
        if filters.since:
            claims = claims.filter(seen__gte=_start(filters.since))
        if filters.until:
            claims = claims.filter(seen__lt=_end(filters.until))
    return claims


def claim_figures(filters: Filters, now: datetime) -> dict:
    """Claims by status and verdict, new and newly contested ones, all in one query.

    Every column read here is in claim_figures_idx (the id too), so PostgreSQL answers from
    that narrow index alone.
    """
    day_ago, week_ago = now - timedelta(hours=24), now - timedelta(days=7)
    aggregates = {
        "total": Count("pk"),
        "contested": Count("pk", filter=Q(contested=True)),
        "new_24h": Count("pk", filter=Q(created_at__gte=day_ago)),
        "new_7d": Count("pk", filter=Q(created_at__gte=week_ago)),
        "contested_24h": Count("pk", filter=Q(contested=True, contested_at__gte=day_ago)),
        "contested_7d": Count("pk", filter=Q(contested=True, contested_at__gte=week_ago)),
    }
    for value in ClaimStatus.values:
        aggregates[f"status__{value}"] = Count("pk", filter=Q(status=value))
    for value in Verdict.values:
        aggregates[f"verdict__{value or 'none'}"] = Count("pk", filter=Q(verdict=value))
    # Prefixed so that no aggregate shadows a field of the same name ("contested").
    row = claims_filtered(filters).aggregate(**{f"n_{k}": v for k, v in aggregates.items()})
    row = {k[2:]: v for k, v in row.items()}
    return {
        **{k: v for k, v in row.items() if "__" not in k},
        "by_status": [
            (value, label, row[f"status__{value}"]) for value, label in ClaimStatus.choices
        ],
        "by_verdict": [
            (value or "none", label, row[f"verdict__{value or 'none'}"])
            for value, label in Verdict.choices
        ],
    }


def review_queue(filters: Filters) -> QuerySet[ClaimLink]:
    """Suggested links, best score first, then the most recent.

    Merged claims need no exclusion: claims.services.claim_merge moves their links away.
    """
    links = ClaimLink.objects.filter(state=ClaimLink.State.SUGGESTED)
    if filters.status:
        links = links.filter(claim__status=filters.status)
    if filters.language:
        links = links.filter(statement__language=filters.language)
    if filters.outlet is not None:
        links = links.filter(statement__article__outlet=filters.outlet)
    if filters.since:
        links = links.filter(created_at__gte=_start(filters.since))
    if filters.until:
        links = links.filter(created_at__lt=_end(filters.until))
    return links.order_by("-score", "-created_at", "-pk")


def review_queue_rows(links: QuerySet[ClaimLink]) -> QuerySet[ClaimLink]:
    """The queue's links with what a row shows; ``statement.made`` holds the links to the live
    claims the statement made itself (a suggestion to another claim may show a duplicate)."""
    made = (
        ClaimLink.objects.filter(
            method=ClaimLink.Method.CREATED,
            state__in=(ClaimLink.State.AUTO, ClaimLink.State.CONFIRMED),
            claim__merged_into__isnull=True,
        )
        .select_related("claim")
        .only("id", "statement_id", "claim_id", "claim__id", "claim__text")
    )
    return links.select_related(
        "claim", "statement__article__outlet", "statement__speaker", "statement__via"
    ).prefetch_related(
        Prefetch("statement__speaker_rows", queryset=StatementSpeaker.objects.order_by("position")),
        Prefetch("statement__links", queryset=made, to_attr="made"),
    )


def queue_figures(filters: Filters, now: datetime) -> dict:
    row = review_queue(filters).order_by().aggregate(size=Count("*"), oldest=Min("created_at"))
    row["age"] = now - row["oldest"] if row["oldest"] else None
    return row


def unclaimed_figures(filters: Filters, today: date) -> dict:
    """Check-worthy statements of the window with no live link: what they say is tracked by no
    claim until a reviewer gives them one (the statements' admin list, "claim: none")."""
    from ..matching import CHECKWORTHY

    since, until = filters.window(today)
    outlet = filters.outlet.pk if filters.outlet is not None else 0
    # The statements themselves are counted (no roll-up holds their links), so the count is
    # kept a minute: the page polls every 30 seconds, for every reviewer.
    key = f"dashboard:unclaimed:{filters.language}:{outlet}:{since}:{until}"
    size = cache.get(key)
    if size is None:
        statements = Statement.objects.filter(
            created_at__gte=_start(since),
            created_at__lt=_end(until),
            checkworthiness__gte=CHECKWORTHY,
        ).exclude(links__state__in=LIVE_STATES)
        if filters.language:
            statements = statements.filter(language=filters.language)
        if filters.outlet is not None:
            statements = statements.filter(article__outlet=filters.outlet)
        size = statements.count()
        cache.set(key, size, UNCLAIMED_SECONDS)
    return {
        "size": size,
        "since": since,
        "until": until,
        # the window's bounds with their offset, for the admin's date filter
        "from": _start(since).isoformat(),
        "to": _end(until).isoformat(),
    }


UNCLAIMED_SECONDS = 60


def _rollup(model, filters: Filters, since: date, until: date) -> QuerySet:
    """The window's roll-up rows, narrowed by the statements' language and article outlet."""
    rows = model.objects.filter(day__gte=since, day__lte=until)
    if filters.language:
        rows = rows.filter(language=filters.language)
    if filters.outlet is not None:
        rows = rows.filter(outlet_key=filters.outlet.pk)
    return rows.order_by()


def stance_chart(filters: Filters, today: date) -> dict:
    """Statements recorded per day and stance over the window, as aligned lists.

    Read from the daily roll-up: a few rows per day and outlet instead of every statement.
    """
    since, until = filters.window(today)
    days = [since + timedelta(days=i) for i in range((until - since).days + 1)]
    rows = (
        _rollup(StatementDaily, filters, since, until)
        .values("day")
        .annotate(**{f"n_{s}": Sum(s) for s in Stance.values})
    )
    index = {d: i for i, d in enumerate(days)}
    series: dict[str, list[int]] = {s: [0] * len(days) for s in Stance.values}
    for row in rows:
        if row["day"] in index:
            for stance in Stance.values:
                series[stance][index[row["day"]]] += row[f"n_{stance}"] or 0
    return {
        "days": days,
        "series": {k: v for k, v in series.items() if any(v)},
        "since": since,
        "until": until,
        "total": sum(sum(v) for v in series.values()),
    }


def top_claimants(filters: Filters, today: date) -> list[dict]:
    """Actors with the most statements in the window, counting every speaker of a statement."""
    since, until = filters.window(today)
    rows = list(
        _rollup(SpeakerDaily, filters, since, until)
        .values("actor_id")
        .annotate(n=Sum("statements"), denies=Sum("denials"))
        .filter(n__gt=0)
        .order_by("-n", "actor_id")[:TOP_N]
    )
    # Named after the cut: a name looked up for each of thousands of groups costs more than
    # the sums themselves.
    names = dict(
        Actor.objects.filter(pk__in=[r["actor_id"] for r in rows]).values_list("pk", "name")
    )
    return [{**r, "name": names[r["actor_id"]]} for r in rows if r["actor_id"] in names]


def top_outlets(filters: Filters, today: date) -> list[dict]:
    """Outlets with the most statements in the window, and on how many articles they were.

    An article counts once per day it had statements recorded on (nearly always a single day:
    an article's statements are stored together).
    """
    since, until = filters.window(today)
    rows = list(
        _rollup(StatementDaily, filters, since, until)
        .exclude(outlet_key=0)
        .values("outlet_key")
        .annotate(n=Sum("statements"), articles=Sum("articles"))
        .filter(n__gt=0)
        .order_by("-n", "outlet_key")[:TOP_N]
    )
    names = dict(
        Outlet.objects.filter(pk__in=[r["outlet_key"] for r in rows]).values_list("pk", "name")
    )
    return [
        {
            "outlet_id": r["outlet_key"],
            "name": names[r["outlet_key"]],
            "n": r["n"],
            "articles": r["articles"],
        }
        for r in rows
        if r["outlet_key"] in names
    ]


def claims_list(filters: Filters, *, contested: bool = False, limit: int = 20) -> list[Claim]:
    """Contested claims latest seen first, or the newest claims; both orders follow an index."""
    claims = claims_filtered(filters).select_related("first_claimant")
    if contested:
        claims = claims.filter(contested=True).order_by("-last_seen_at", "-pk")
    else:
        claims = claims.order_by("-created_at", "-pk")
    return list(claims[:limit])


def activity(filters: Filters, today: date) -> dict:
    """The window's chart and most active claimants and outlets, from the daily roll-ups.

    Three small aggregates over roll-up rows, so they are computed on every request and are as
    live as the counts of claims and of the queue (no cache to go stale).
    """
    return {
        "chart": stance_chart(filters, today),
        "claimants": top_claimants(filters, today),
        "outlets": top_outlets(filters, today),
    }


# --- claim page ---------------------------------------------------------------------------------


def _timeline_links(claim: Claim, filters: Filters) -> QuerySet[ClaimLink]:
    links = ClaimLink.objects.filter(claim=claim, state__in=LIVE_STATES)
    if filters.language:
        links = links.filter(statement__language=filters.language)
    if filters.outlet is not None:
        links = links.filter(statement__article__outlet=filters.outlet)
    return links


_WHEN = Coalesce("statement__article__published_at", "statement__article__created_at")


def claim_timeline(claim: Claim, filters: Filters) -> QuerySet[ClaimLink]:
    """The claim's live links in the order their articles appeared.

    Page through its ids (``values_list("pk")``) and fetch the page with claim_timeline_rows:
    sorting thousands of narrow rows is cheap, sorting them with their articles' text is not.
    """
    links = _timeline_links(claim, filters).annotate(when=_WHEN)
    if filters.since:
        links = links.filter(when__gte=_start(filters.since))
    if filters.until:
        links = links.filter(when__lt=_end(filters.until))
    return links.order_by("when", "statement__cue_start", "pk")


def claim_timeline_count(claim: Claim, filters: Filters) -> int:
    """The number of links in the timeline; without a date filter, from the (claim, state) index
    alone rather than through every statement and article."""
    if filters.dated:
        return claim_timeline(claim, filters).count()
    return _timeline_links(claim, filters).count()


def claim_timeline_rows(ids: list[int]) -> list[ClaimLink]:
    """The timeline links ``ids``, in that order, with everything the page shows."""
    rows = (
        ClaimLink.objects.filter(pk__in=ids)
        .annotate(when=_WHEN)
        .select_related("statement__article__outlet", "statement__speaker", "statement__via")
        # The page shows an article's title and link, never its text or a statement's vector.
        .defer(
            "statement__embedding",
            "statement__article__html",
            "statement__article__submitted_text",
            "statement__article__text",
        )
        .prefetch_related(
            Prefetch(
                "statement__speaker_rows",
                queryset=StatementSpeaker.objects.select_related("actor").order_by("position"),
            )
        )
    )
    by_id = {link.pk: link for link in rows}
    return [by_id[pk] for pk in ids if pk in by_id]


def claim_spread(claim: Claim) -> dict:
    """How the claim travelled: live statements per outlet and per language, in one query."""
    rows = (
        ClaimLink.objects.filter(claim=claim, state__in=LIVE_STATES)
        .values(
            "statement__article__outlet_id",
            "statement__article__outlet__name",
            "statement__language",
            "stance",
        )
        .annotate(n=Count("pk"))
        .order_by()
    )
    outlets: dict[int | None, dict] = {}
    languages: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in rows:
        outlet = outlets.setdefault(
            row["statement__article__outlet_id"],
            {
                "statement__article__outlet_id": row["statement__article__outlet_id"],
                "statement__article__outlet__name": row["statement__article__outlet__name"],
                "n": 0,
                "language_set": set(),
            },
        )
        outlet["n"] += row["n"]
        outlet["language_set"].add(row["statement__language"])
        languages[row["statement__language"] or "?"][row["stance"]] += row["n"]
    top = sorted(
        outlets.values(), key=lambda o: (-o["n"], o["statement__article__outlet__name"] or "")
    )[:TOP_N]
    return {
        "outlets": [
            {
                **{k: v for k, v in o.items() if k != "language_set"},
                "languages": len(o["language_set"]),
            }
            for o in top
        ],
        "languages": sorted(
            ((lang, sum(c.values()), dict(c)) for lang, c in languages.items()),
            key=lambda item: -item[1],
        ),
    }


def claim_verdict_history(claim: Claim, limit: int = 500) -> list[dict]:
    """The verdict and status changes in the claim's history, oldest first."""
    rows = list(
        claim.history.order_by("-history_date", "-history_id").values(
            "history_date",
            "history_type",
            "verdict",
            "status",
            "history_change_reason",
            "history_user__username",
        )[:limit]
    )
    rows.reverse()
    changes, previous = [], None
    for row in rows:
        if previous is None or (row["verdict"], row["status"]) != previous:
            changes.append(
                {
                    "when": row["history_date"],
                    "verdict": Verdict(row["verdict"]).label
                    if row["verdict"] in Verdict.values
                    else row["verdict"],
                    "status": ClaimStatus(row["status"]).label
                    if row["status"] in ClaimStatus.values
                    else row["status"],
                    "reason": row["history_change_reason"] or "",
                    "user": row["history_user__username"] or "",
                }
            )
        previous = (row["verdict"], row["status"])
    return changes


# --- actor page ---------------------------------------------------------------------------------


def actor_statements(actor: Actor) -> QuerySet[Statement]:
    # Speaker rows hold every speaker of a statement (the main speaker is the first of them);
    # an IN on their indexed actor column stays fast where an OR with the main speaker would not.
    return Statement.objects.filter(
        pk__in=StatementSpeaker.objects.filter(actor=actor).values("statement_id")
    )


def actor_figures(actor: Actor) -> dict:
    statements = actor_statements(actor)
    stances = dict(
        statements.values("stance").annotate(n=Count("pk")).order_by().values_list("stance", "n")
    )
    recent = list(
        statements.select_related("article__outlet", "via")
        .prefetch_related(
            Prefetch(
                "links",
                queryset=ClaimLink.objects.filter(state__in=LIVE_STATES).select_related("claim"),
            )
        )
        .order_by("-created_at", "-pk")[:50]
    )
    return {
        "stances": [(value, label, stances.get(value, 0)) for value, label in Stance.choices],
        "total": sum(stances.values()),
        "recent": recent,
        "first_claimed": list(
            Claim.objects.filter(first_claimant=actor, merged_into__isnull=True).order_by(
                "-last_seen_at", "-pk"
            )[:20]
        ),
        "about": list(
            Claim.objects.filter(subjects=actor, merged_into__isnull=True).order_by(
                "-last_seen_at", "-pk"
            )[:20]
        ),
    }
