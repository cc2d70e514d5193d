"""Claim list pages served from the shared cache, and tokens remembered per process: both must be
invisible to clients (same bytes, changes and revocations seen in time, throttling intact)."""

import pytest
from django.contrib.auth.models import Group
from django.db import transaction
from django.test import RequestFactory
from rest_framework.test import APIClient

from claims.models import Claim, ClaimLink
from claims.selectors import claims_generation
from factdesk import authentication
from factdesk.authentication import TokenAuthentication
from factdesk.models import ApiToken, token_create, token_revoke
from factdesk.permissions import ROLES, user_roles
from tests.factories import ActorFactory, ClaimFactory, ClaimLinkFactory, StatementFactory

from .conftest import client_for, make_user

FILTERED = "/api/v1/claims/?limit=2&status=triaged&ordering=-statement_count"


@pytest.fixture
def page_cache(settings):
    settings.FACTDESK_RESPONSE_CACHE_SECONDS = 10
    claims_generation.bump()
    # These tests commit, so they cannot lean on the groups the migration made: a flush
    # between transactional tests removes them.
    for role in ROLES:
        Group.objects.get_or_create(name=role)


def triaged_claims():
    russia, korea = ActorFactory(name="Russia"), ActorFactory(name="North Korea")
    claims = [
        ClaimFactory(status="triaged", statement_count=n, first_claimant=russia) for n in (3, 9, 5)
    ]
    claims[1].subjects.add(russia, korea)
    ClaimFactory(status="new", statement_count=50)
    return claims


@pytest.mark.django_db(transaction=True)
def test_cached_page_is_byte_for_byte_the_computed_one_and_costs_no_query(
    page_cache, settings, django_assert_max_num_queries
):
    triaged_claims()
    newsroom = client_for(make_user("cms", "newsroom"))
    first = newsroom.get(FILTERED)
    with django_assert_max_num_queries(0):
        second = newsroom.get(FILTERED)
    settings.FACTDESK_RESPONSE_CACHE_SECONDS = 0
    computed = newsroom.get(FILTERED)

    assert first.status_code == second.status_code == computed.status_code == 200
    assert second.content == first.content == computed.content
    assert second["Content-Type"] == computed["Content-Type"] == "application/json"
    assert second["Vary"] == computed["Vary"]
    body = second.json()
    assert [c["counts"]["total"] for c in body["results"]] == [9, 5]
    assert body["next"] == (
        "http://testserver/api/v1/claims/?limit=2&offset=2&ordering=-statement_count&status=triaged"
    )


@pytest.mark.django_db(transaction=True)
def test_query_parameters_in_another_order_are_the_same_page(
    page_cache, django_assert_max_num_queries
):
    triaged_claims()
    newsroom = client_for(make_user("cms", "newsroom"))
    first = newsroom.get("/api/v1/claims/?status=triaged&limit=2")
    with django_assert_max_num_queries(0):
        second = newsroom.get("/api/v1/claims/?limit=2&status=triaged")
    assert second.content == first.content


@pytest.mark.django_db(transaction=True)
def test_every_kind_of_change_is_visible_on_the_next_request(page_cache):
    claims = triaged_claims()
    newsroom = client_for(make_user("cms", "newsroom"))
    checker = client_for(make_user("checker", "fact-checker"))

    def page(query=FILTERED):
        return newsroom.get(query).json()["results"]

    assert page()[0]["status"] == "triaged"
    edit = checker.patch(f"/api/v1/claims/{claims[1].pk}/", {"status": "in_review"}, format="json")
    assert edit.status_code == 200, edit.content
    assert [c["id"] for c in page()] == [claims[2].pk, claims[0].pk]

    assert page("/api/v1/claims/?stance=denies")[:1] == []
    statement = StatementFactory(stance="denies")
    link = ClaimLinkFactory(claim=claims[0], statement=statement, state=ClaimLink.State.AUTO)
    assert [c["id"] for c in page("/api/v1/claims/?stance=denies")] == [claims[0].pk]
    link.delete()
    assert page("/api/v1/claims/?stance=denies") == []

    assert [s["name"] for s in page()[1]["subjects"]] == []
    claims[0].subjects.add(ActorFactory(name="Ukraine"))
    assert [s["name"] for s in page()[1]["subjects"]] == ["Ukraine"]

    russia = claims[0].first_claimant
    russia.name = "Russian Federation"
    russia.save()
    assert page()[1]["first_claimant"]["name"] == "Russian Federation"

    Claim.objects.get(pk=claims[2].pk).delete()
    assert [c["id"] for c in page()] == [claims[0].pk]


@pytest.mark.django_db(transaction=True)
def test_a_change_in_an_open_transaction_is_published_on_commit(page_cache):
    claim = ClaimFactory(status="triaged")
    newsroom = client_for(make_user("cms", "newsroom"))
    assert newsroom.get(FILTERED).json()["count"] == 1
    with transaction.atomic():
        ClaimFactory(status="triaged")
        # The writer reads its own write; the page in the cache is left alone until commit.
        assert claims_generation.pending()
        assert newsroom.get(FILTERED).json()["count"] == 2
        before_commit = claims_generation.current()
    assert claims_generation.current() == before_commit + 1
    assert newsroom.get(FILTERED).json()["count"] == 2
    assert claim.pk in [c["id"] for c in newsroom.get(FILTERED).json()["results"]]


@pytest.mark.django_db(transaction=True)
def test_errors_and_other_roles_are_not_served_from_another_entry(
    page_cache, django_assert_max_num_queries
):
    triaged_claims()
    newsroom = client_for(make_user("cms", "newsroom"))
    reviewer = client_for(make_user("rev", "reviewer"))
    for _ in range(2):
        bad = newsroom.get("/api/v1/claims/?status=bogus")
        assert bad.status_code == 400
        assert "status" in bad.json()["error"]["fields"]
    newsroom.get(FILTERED)
    with django_assert_max_num_queries(0):
        newsroom.get(FILTERED)
    reviewer.get(FILTERED)  # primes this client's token
    claims_generation.bump()
    newsroom.get(FILTERED)
    # The reviewer's page is its own entry: it has to be computed.
    with django_assert_max_num_queries(12) as queries:
        assert reviewer.get(FILTERED).status_code == 200
    assert len(queries) >= 2


@pytest.mark.django_db(transaction=True)
def test_throttling_still_limits_cached_pages(page_cache, settings):
    from django.core.cache import cache

    cache.delete_many([f"throttle_token_t{pk}" for pk in ApiToken.objects.values_list("pk")])
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"token": "3/min"},
    }
    newsroom = client_for(make_user("cms", "newsroom"))
    codes = [newsroom.get(FILTERED).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    cache.delete(f"throttle_token_t{ApiToken.objects.get().pk}")


@pytest.mark.django_db
def test_cache_is_off_by_default_with_a_per_process_cache(settings):
    from factdesk.api import response_cache_seconds

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    settings.FACTDESK_RESPONSE_CACHE_SECONDS = None
    assert response_cache_seconds() == 0
    settings.CACHES = {"default": {"BACKEND": "factdesk.cache.TolerantRedisCache"}}
    assert response_cache_seconds() == 10


# --- tokens remembered per process --------------------------------------------------------------


def authenticate(raw: str):
    request = RequestFactory().get("/", HTTP_AUTHORIZATION=f"Token {raw}")
    return TokenAuthentication().authenticate(request)


@pytest.mark.django_db
def test_token_user_and_roles_are_read_in_one_query_then_remembered(django_assert_num_queries):
    user = make_user("cms", "newsroom")
    user.groups.add(Group.objects.get(name="reviewer"))
    token, raw = token_create(user=user, name="cms")
    authentication.forget_tokens()
    with django_assert_num_queries(2):  # token, user and roles; then last_used_at
        found, _ = authenticate(raw)
        assert user_roles(found) == {"newsroom", "reviewer"}
    with django_assert_num_queries(0):
        again, auth_again = authenticate(raw)
        assert user_roles(again) == {"newsroom", "reviewer"}
    assert again.pk == user.pk and auth_again.pk == token.pk
    assert again is not found and auth_again.user is again


@pytest.mark.django_db
def test_revoking_a_token_in_this_process_takes_effect_at_once():
    user = make_user("cms", "newsroom")
    token, raw = token_create(user=user, name="cms")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {raw}")
    assert client.get("/api/v1/outlets/").status_code == 200
    token_revoke(token=token)
    assert client.get("/api/v1/outlets/").status_code == 401


@pytest.mark.django_db
def test_revocation_by_another_process_takes_effect_within_the_cache_seconds(settings, monkeypatch):
    settings.FACTDESK_AUTH_CACHE_SECONDS = 3
    now = [1000.0]
    monkeypatch.setattr(authentication, "clock", lambda: now[0])
    token, raw = token_create(user=make_user("cms", "newsroom"), name="cms")
    assert authenticate(raw)[1].pk == token.pk
    # As another process would: the row changes, no signal reaches this one.
    ApiToken.objects.filter(pk=token.pk).update(revoked_at="2024-01-01T00:00:00Z")
    now[0] += 2.5
    assert authenticate(raw)[1].pk == token.pk
    now[0] += 1
    with pytest.raises(Exception, match="revoked"):
        authenticate(raw)


@pytest.mark.django_db
def test_losing_a_role_or_deactivation_takes_effect_at_once(as_role):
    newsroom = as_role("newsroom")
    assert newsroom.get("/api/v1/outlets/").status_code == 200
    newsroom.user.groups.clear()
    assert newsroom.get("/api/v1/outlets/").status_code == 403
    newsroom.user.groups.add(Group.objects.get(name="reviewer"))
    assert newsroom.get("/api/v1/outlets/").status_code == 200
    newsroom.user.is_active = False
    newsroom.user.save()
    assert newsroom.get("/api/v1/outlets/").status_code == 401


@pytest.mark.django_db(transaction=True)
def test_claim_detail_is_cached_until_its_timeline_changes(
    page_cache, settings, django_assert_max_num_queries
):
    claim = ClaimFactory(status="triaged")
    link = ClaimLinkFactory(claim=claim, state=ClaimLink.State.CONFIRMED)
    newsroom = client_for(make_user("cms", "newsroom"))
    url = f"/api/v1/claims/{claim.pk}/"
    first = newsroom.get(url)
    with django_assert_max_num_queries(0):
        second = newsroom.get(url)
    settings.FACTDESK_RESPONSE_CACHE_SECONDS = 0
    assert second.content == first.content == newsroom.get(url).content
    settings.FACTDESK_RESPONSE_CACHE_SECONDS = 10

    outlet = link.statement.article.outlet
    outlet.name = "Renamed Outlet"
    outlet.save()
    entry = newsroom.get(url).json()["timeline"][link.stance][0]
    assert entry["outlet"]["name"] == "Renamed Outlet"
    link.state = ClaimLink.State.REJECTED
    link.save()
    assert newsroom.get(url).json()["timeline"][link.stance] == []
    assert newsroom.get(f"/api/v1/claims/{claim.pk + 1000}/").status_code == 404


@pytest.mark.django_db(transaction=True)
def test_without_a_working_cache_every_page_is_computed(page_cache, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    claims = triaged_claims()
    newsroom = client_for(make_user("cms", "newsroom"))
    assert newsroom.get(FILTERED).json()["results"][0]["id"] == claims[1].pk
    Claim.objects.filter(pk=claims[1].pk).update(status="new")  # no signal at all
    assert newsroom.get(FILTERED).json()["results"][0]["id"] == claims[2].pk
