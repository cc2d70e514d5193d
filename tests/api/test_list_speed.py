"""The fast paths of the hottest reads keep the API contract: claim list rows built without a
serializer, the timeline built from plain rows, pagination whose count is capped, and the
indexes the list relies on."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from rest_framework.renderers import JSONRenderer

from claims.models import Claim, ClaimLink, StatementSpeaker
from claims.serializers import ClaimOutput
from sources.apis import Pagination
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    ClaimFactory,
    ClaimLinkFactory,
    OutletFactory,
    StatementFactory,
)

pytestmark = pytest.mark.django_db


def rendered(data):
    return json.loads(JSONRenderer().render(data))


def test_claim_list_rows_are_what_the_claim_serializer_gives(newsroom):
    kim, korea, russia = (ActorFactory(name=n) for n in ("Kim", "North Korea", "Russia"))
    seen = datetime(2024, 5, 1, 8, 30, 15, 123456, tzinfo=UTC)
    full = ClaimFactory(
        first_claimant=kim,
        first_seen_at=seen - timedelta(days=3),
        last_seen_at=seen,
        contested=True,
        contested_at=seen,
        verdict="false",
        statement_count=7,
        supporting_count=4,
        accuses_count=3,
        asserts_count=1,
        denies_count=3,
    )
    full.subjects.add(russia, korea)
    bare = ClaimFactory(first_seen_at=None, last_seen_at=seen - timedelta(days=1))

    body = newsroom.get("/api/v1/claims/").json()

    claims = {c.pk: c for c in Claim.objects.prefetch_related("subjects")}
    assert [row["id"] for row in body["results"]] == [full.pk, bare.pk]
    for row in body["results"]:
        assert row == rendered(ClaimOutput(claims[row["id"]]).data)
    assert [s["name"] for s in body["results"][0]["subjects"]] == ["North Korea", "Russia"]
    assert body["results"][0]["last_seen_at"] == "2024-05-01T08:30:15.123456Z"
    assert body["results"][1]["first_seen_at"] is None
    assert body["results"][1]["first_claimant"] is None


def test_timeline_has_every_speaker_and_relay_and_skips_rejected_links(newsroom):
    claim = ClaimFactory()
    voa, kcna = OutletFactory(name="VOA Indonesia"), OutletFactory(name="KCNA")
    pyongyang, moscow = ActorFactory(name="North Korea"), ActorFactory(name="Russia")
    later = ArticleFactory(outlet=voa, published_at=datetime(2024, 3, 2, tzinfo=UTC))
    earlier = ArticleFactory(outlet=None, published_at=datetime(2024, 3, 1, tzinfo=UTC))
    both = StatementFactory(article=later, stance="denies", speaker=pyongyang, via=kcna)
    StatementSpeaker.objects.create(statement=both, actor=moscow, surface="Moskow", position=1)
    StatementSpeaker.objects.create(
        statement=both, actor=pyongyang, surface="Pyongyang", position=0
    )
    relayed = StatementFactory(article=earlier, stance="denies", speaker=None, via_text="Tass")
    ClaimLinkFactory(claim=claim, statement=both, state=ClaimLink.State.CONFIRMED)
    ClaimLinkFactory(claim=claim, statement=relayed, state=ClaimLink.State.AUTO, score=0.87654)
    ClaimLinkFactory(claim=claim, statement=StatementFactory(stance="denies"), state="rejected")

    denies = newsroom.get(f"/api/v1/claims/{claim.pk}/").json()["timeline"]["denies"]

    assert [e["statement"] for e in denies] == [relayed.pk, both.pk]  # oldest first
    first, second = denies
    assert first["speaker"] is None and first["outlet"] is None
    assert first["via"] == {"id": None, "name": "Tass"} and first["score"] == 0.8765
    assert first["link_state"] == "auto" and first["date"] == "2024-03-01T00:00:00Z"
    assert second["speakers"] == [
        {"id": pyongyang.pk, "name": "North Korea"},
        {"id": moscow.pk, "name": "Russia"},
    ]
    assert second["via"] == {"id": kcna.pk, "name": "KCNA"}
    assert second["outlet"] == {"id": voa.pk, "name": "VOA Indonesia"}
    assert second["article"] == {"id": later.pk, "url": later.url, "title": later.title}


def test_count_is_exact_below_the_cap_and_next_follows_the_rows(newsroom):
    for _ in range(5):
        ClaimFactory()
    first = newsroom.get("/api/v1/claims/?limit=2").json()
    assert (first["count"], first["count_exact"], len(first["results"])) == (5, True, 2)
    assert "offset=2" in first["next"] and first["previous"] is None
    last = newsroom.get("/api/v1/claims/?limit=2&offset=4").json()
    assert len(last["results"]) == 1 and last["next"] is None and last["count"] == 5
    past = newsroom.get("/api/v1/claims/?limit=2&offset=40").json()
    assert past["results"] == [] and past["next"] is None and past["count"] == 5


def test_count_past_the_cap_is_an_estimate_never_below_what_is_known(newsroom, monkeypatch):
    monkeypatch.setattr(Pagination, "COUNT_EXACT_UP_TO", 3)
    for _ in range(8):
        ClaimFactory()
    body = newsroom.get("/api/v1/claims/?limit=5&offset=2").json()
    assert len(body["results"]) == 5 and "offset=7" in body["next"]
    if connection.vendor == "postgresql":
        # The planner's guess, raised to the 8 rows this page proves exist.
        assert body["count_exact"] is False and body["count"] >= 8
    else:
        # No planner estimate on SQLite: the count is simply exact.
        assert body["count_exact"] is True and body["count"] == 8
    tail = newsroom.get("/api/v1/claims/?limit=5&offset=5").json()
    assert len(tail["results"]) == 3 and tail["next"] is None


def test_ordering_by_a_count_pages_through_ties_without_overlap(newsroom):
    made = [ClaimFactory(statement_count=n) for n in (3, 3, 3, 1, 1)]
    seen = []
    for offset in range(0, 5, 2):
        seen += [
            row["id"]
            for row in newsroom.get(
                f"/api/v1/claims/?ordering=-statement_count&limit=2&offset={offset}"
            ).json()["results"]
        ]
    threes = sorted((c.pk for c in made[:3]), reverse=True)
    ones = sorted((c.pk for c in made[3:]), reverse=True)
    assert seen == threes + ones
    ascending = newsroom.get("/api/v1/claims/?ordering=statement_count").json()["results"]
    assert [row["id"] for row in ascending] == sorted(ones) + sorted(threes)


def test_list_indexes_exist():
    with connection.cursor() as cursor:
        names = set(connection.introspection.get_constraints(cursor, Claim._meta.db_table))
    assert {
        "claim_list_recent_idx",
        "claim_list_status_idx",
        "claim_list_language_idx",
        "claim_list_statements_idx",
    } <= names
    if connection.vendor == "postgresql":
        assert "claim_lexical_tsv_idx" in names
