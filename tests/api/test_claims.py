from datetime import UTC, datetime, timedelta

import pytest

from claims.models import Claim, ClaimLink, Review
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    ClaimFactory,
    ClaimLinkFactory,
    OutletFactory,
    ReviewFactory,
    StatementFactory,
    timeline_claim,
)

pytestmark = pytest.mark.django_db


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def test_claim_list_filters_by_status_verdict_stance_speaker_outlet_and_contested(newsroom):
    kim, voa = ActorFactory(name="Kim Jong Un"), OutletFactory(name="VOA Indonesia")
    accused = ClaimFactory(status=Claim.Status.TRIAGED, verdict="false", contested=True)
    denial = StatementFactory(stance="denies", speaker=kim, article=ArticleFactory(outlet=voa))
    ClaimLinkFactory(claim=accused, statement=denial, state=ClaimLink.State.CONFIRMED)
    other = ClaimFactory(status=Claim.Status.NEW)
    ClaimLinkFactory(claim=other, statement=StatementFactory(stance="asserts"), state="auto")
    ClaimLinkFactory(claim=other, statement=StatementFactory(stance="denies"), state="rejected")

    assert ids(newsroom.get("/api/v1/claims/?status=triaged")) == [accused.pk]
    assert ids(newsroom.get("/api/v1/claims/?verdict=false")) == [accused.pk]
    assert ids(newsroom.get("/api/v1/claims/?verdict=none")) == [other.pk]
    assert ids(newsroom.get("/api/v1/claims/?stance=denies")) == [accused.pk]
    assert ids(newsroom.get("/api/v1/claims/?stance=asserts")) == [other.pk]
    assert ids(newsroom.get(f"/api/v1/claims/?speaker={kim.pk}")) == [accused.pk]
    assert ids(newsroom.get(f"/api/v1/claims/?outlet={voa.pk}")) == [accused.pk]
    assert ids(newsroom.get("/api/v1/claims/?contested=true")) == [accused.pk]
    assert ids(newsroom.get("/api/v1/claims/?contested=false")) == [other.pk]


def test_claim_list_text_language_dates_and_ordering(newsroom):
    now = datetime(2024, 5, 1, tzinfo=UTC)
    old = ClaimFactory(
        text="Korea Utara memasok senjata ke Rusia",
        language="id",
        first_seen_at=now - timedelta(days=30),
        last_seen_at=now - timedelta(days=20),
        statement_count=5,
    )
    new = ClaimFactory(
        text="North Korea supplies weapons to Russia",
        language="en",
        first_seen_at=now - timedelta(days=2),
        last_seen_at=now,
        statement_count=1,
    )
    assert ids(newsroom.get("/api/v1/claims/?q=weapons russia")) == [new.pk]
    assert ids(newsroom.get("/api/v1/claims/?language=id")) == [old.pk]
    assert ids(newsroom.get("/api/v1/claims/?first_seen_after=2024-04-20T00:00:00Z")) == [new.pk]
    assert ids(newsroom.get("/api/v1/claims/?last_seen_before=2024-04-20T00:00:00%2B00:00")) == [
        old.pk
    ]
    assert ids(newsroom.get("/api/v1/claims/")) == [new.pk, old.pk]
    assert ids(newsroom.get("/api/v1/claims/?ordering=-statement_count")) == [old.pk, new.pk]
    assert ids(newsroom.get("/api/v1/claims/?ordering=first_seen_at")) == [old.pk, new.pk]


def test_merged_claims_are_not_listed(newsroom):
    target = ClaimFactory()
    ClaimFactory(merged_into=target)
    assert ids(newsroom.get("/api/v1/claims/")) == [target.pk]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("status=bogus", "status"),
        ("verdict=maybe", "verdict"),
        ("stance=shouts", "stance"),
        ("speaker=abc", "speaker"),
        ("speaker=99999999999999999999999", "speaker"),
        ("contested=perhaps", "contested"),
        ("first_seen_after=yesterday", "first_seen_after"),
        ("ordering=password", "ordering"),
        ("limit=0", "limit"),
        ("limit=1000", "limit"),
        ("offset=-1", "offset"),
        ("stauts=new", "stauts"),
    ],
)
def test_unknown_filter_values_are_400_naming_the_field(newsroom, query, field):
    response = newsroom.get(f"/api/v1/claims/?{query}")
    assert response.status_code == 400, response.content
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert field in error["fields"]


def test_list_is_paginated_with_iso_timestamps(newsroom):
    for _ in range(3):
        ClaimFactory(last_seen_at=datetime(2024, 1, 1, 12, tzinfo=UTC))
    body = newsroom.get("/api/v1/claims/?limit=2").json()
    assert body["count"] == 3 and len(body["results"]) == 2 and "offset=2" in body["next"]
    stamp = body["results"][0]["last_seen_at"]
    assert datetime.fromisoformat(stamp).tzinfo is not None
    assert stamp.endswith(("Z", "+00:00"))


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/claims/",
        "/api/v1/statements/",
        "/api/v1/links/?state=confirmed",
        "/api/v1/articles/",
        "/api/v1/actors/",
        "/api/v1/reviews/",
        "/api/v1/claimreview/",
    ],
)
def test_list_pages_cost_a_constant_number_of_queries(
    newsroom, django_assert_max_num_queries, path
):
    def grow(n):
        for _ in range(n):
            claim = timeline_claim(2)
            claim.subjects.add(ActorFactory(), ActorFactory())
            ReviewFactory(claim=claim, published=True, published_at=claim.created_at)

    grow(2)
    newsroom.get(path)  # roles and token lookups warm
    with django_assert_max_num_queries(9) as small:
        assert newsroom.get(path).status_code == 200
    grow(12)
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = newsroom.get(path)
    assert response.status_code == 200
    assert response.json()["count"] >= 12


def test_claim_detail_has_a_timeline_grouped_by_stance_in_constant_queries(
    newsroom, django_assert_max_num_queries
):
    claim = timeline_claim(30)
    ClaimLinkFactory(claim=claim, statement=StatementFactory(stance="denies"), state="rejected")
    ReviewFactory(claim=claim)
    with django_assert_max_num_queries(10):
        response = newsroom.get(f"/api/v1/claims/{claim.pk}/")
    assert response.status_code == 200
    body = response.json()
    timeline = body["timeline"]
    assert [len(timeline[s]) for s in ("accuses", "denies", "asserts")] == [10, 10, 10]
    entry = timeline["denies"][0]
    assert entry["speaker"]["name"] and entry["outlet"]["name"] and entry["language"] == "en"
    assert entry["article"]["url"].startswith("https://")
    assert entry["link_state"] == "confirmed"
    assert len(body["reviews"]) == 1 and body["reviews"][0]["rating"] == "false"


def test_unknown_claim_is_404_in_the_error_shape(newsroom):
    response = newsroom.get("/api/v1/claims/424242/")
    assert response.status_code == 404
    assert response.json() == {
        "error": {"code": "not_found", "message": response.json()["error"]["message"]}
    }


def test_fact_checker_creates_and_updates_a_claim(checker):
    subject = ActorFactory(name="North Korea")
    created = checker.post(
        "/api/v1/claims/",
        {
            "text": "North Korea  supplies weapons to Russia",
            "language": "en",
            "subjects": [subject.pk],
        },
        format="json",
    )
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["text"] == "North Korea supplies weapons to Russia"
    assert body["status"] == "triaged" and body["subjects"][0]["name"] == "North Korea"
    claim = Claim.objects.get(pk=body["id"])
    assert claim.created_by.username == "user-fact-checker"

    changed = checker.patch(f"/api/v1/claims/{claim.pk}/", {"status": "in_review"}, format="json")
    assert changed.status_code == 200 and changed.json()["status"] == "in_review"
    refused = checker.patch(f"/api/v1/claims/{claim.pk}/", {"status": "reviewed"}, format="json")
    assert refused.status_code == 400
    assert "verdict" in refused.json()["error"]["message"]


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"language": "en"}, "text"),
        ({"text": "x", "language": "fr"}, "language"),
        ({"text": ["x"], "language": "en"}, "text"),
        ({"text": "x", "language": "en", "subjects": [99999]}, "subjects"),
        ({"text": "x", "language": "en", "status": "reviewed"}, "status"),
    ],
)
def test_bad_claims_are_400_with_field_errors(checker, payload, field):
    response = checker.post("/api/v1/claims/", payload, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()["error"]["fields"]
    assert Claim.objects.count() == 0


def test_invalid_json_is_a_400_parse_error(checker):
    bad = checker.post("/api/v1/claims/", "{oops", content_type="application/json")
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "parse_error"


# DRF 3.18 reads request.body before the parser runs, so Django's RequestDataTooBig escapes the
# parser's own limit; factdesk.api.exception_handler maps it to 413.
def test_oversized_body_is_413_in_the_error_shape(checker, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    big = checker.post("/api/v1/claims/", {"text": "a" * 5000, "language": "en"}, format="json")
    assert big.status_code == 413
    assert big.json()["error"]["code"] == "too_large"


def test_link_queue_confirm_and_reject(reviewer):
    suggested = ClaimLinkFactory(score=0.9)
    weaker = ClaimLinkFactory(score=0.6)
    ClaimLinkFactory(state="auto")
    assert ids(reviewer.get("/api/v1/links/")) == [suggested.pk, weaker.pk]
    confirmed = reviewer.post(f"/api/v1/links/{suggested.pk}/confirm/")
    assert confirmed.status_code == 200
    assert confirmed.json()["state"] == "confirmed"
    assert confirmed.json()["reviewed_by"] == "user-reviewer"
    assert reviewer.post(f"/api/v1/links/{weaker.pk}/reject/").json()["state"] == "rejected"
    assert ids(reviewer.get("/api/v1/links/")) == []
    claim = Claim.objects.get(pk=suggested.claim_id)
    assert claim.statement_count == 1


def test_review_create_and_publish_sets_the_verdict(checker):
    claim = ClaimFactory(status=Claim.Status.IN_REVIEW)
    created = checker.post(
        "/api/v1/reviews/",
        {
            "claim": claim.pk,
            "rating": "mostly_false",
            "explanation": "Shipments were not shown.",
            "evidence": ["https://evidence.example/a"],
        },
        format="json",
    )
    assert created.status_code == 201, created.content
    assert created.json()["published"] is False
    published = checker.post(f"/api/v1/reviews/{created.json()['id']}/publish/")
    assert published.status_code == 200 and published.json()["published"] is True
    claim.refresh_from_db()
    assert (claim.verdict, claim.status) == ("mostly_false", "reviewed")
    bad = checker.post(
        "/api/v1/reviews/",
        {"claim": claim.pk, "rating": "meh", "explanation": "", "evidence": ["not a url"]},
        format="json",
    )
    assert bad.status_code == 400
    assert {"rating", "explanation", "evidence"} <= set(bad.json()["error"]["fields"])
    assert Review.objects.count() == 1


def test_date_filters_take_any_valid_offset_and_refuse_instants_past_year_9999(newsroom):
    from urllib.parse import quote

    far = ClaimFactory(last_seen_at=datetime(2024, 1, 2, tzinfo=UTC))
    # +21:16 is valid ISO 8601 and Python, but beyond PostgreSQL's offset range.
    early = newsroom.get(f"/api/v1/claims/?last_seen_after={quote('2024-01-02T15:07:29+21:16')}")
    assert early.status_code == 200
    assert [c["id"] for c in early.json()["results"]] == [far.pk]
    late = newsroom.get(f"/api/v1/claims/?last_seen_before={quote('9999-12-31T23:00:00-05:00')}")
    assert late.status_code == 400
    assert "last_seen_before" in late.json()["error"]["fields"]
