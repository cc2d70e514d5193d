import io

import pytest
from django.core.management import call_command
from django.test import override_settings
from rest_framework.test import APIClient

from factdesk.models import ApiToken, token_create, token_digest, token_revoke

from .conftest import make_user

pytestmark = pytest.mark.django_db


def test_anonymous_request_is_401_with_a_token_challenge(client):
    response = client.get("/api/v1/claims/")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"
    assert response["WWW-Authenticate"].startswith("Token")


@pytest.mark.parametrize("keyword", ["Token", "Bearer", "token"])
def test_token_in_the_authorization_header_authenticates(keyword):
    user = make_user("cms", "newsroom")
    _, raw = token_create(user=user, name="cms")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"{keyword} {raw}")
    assert client.get("/api/v1/claims/").status_code == 200


def test_token_in_the_query_string_is_not_accepted():
    user = make_user("cms", "newsroom")
    _, raw = token_create(user=user, name="cms")
    response = APIClient().get(f"/api/v1/claims/?token={raw}")
    assert response.status_code == 401


def test_token_is_stored_only_as_its_sha256_with_a_visible_prefix():
    user = make_user("cms", "newsroom")
    token, raw = token_create(user=user, name="cms")
    stored = ApiToken.objects.get(pk=token.pk)
    assert stored.digest == token_digest(raw) != raw
    assert raw.startswith(stored.prefix) and len(stored.prefix) < len(raw) // 2
    assert raw not in str(ApiToken.objects.values().get(pk=token.pk))


def test_revoked_or_wrong_token_is_401_and_use_is_recorded():
    user = make_user("cms", "newsroom")
    token, raw = token_create(user=user, name="cms")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {raw}")
    assert client.get("/api/v1/outlets/").status_code == 200
    token.refresh_from_db()
    assert token.last_used_at is not None
    token_revoke(token=token)
    response = client.get("/api/v1/outlets/")
    assert response.status_code == 401
    assert "revoked" in response.json()["error"]["message"]
    client.credentials(HTTP_AUTHORIZATION="Token fdk_not-a-real-token")
    assert client.get("/api/v1/outlets/").status_code == 401
    client.credentials(HTTP_AUTHORIZATION="Token two parts")
    assert client.get("/api/v1/outlets/").status_code == 401


def test_createtoken_prints_a_working_token_once():
    make_user("alice", None)
    out = io.StringIO()
    call_command(
        "createtoken",
        "alice",
        "--name",
        "cms",
        "--role",
        "newsroom",
        stdout=out,
        stderr=io.StringIO(),
    )
    raw = out.getvalue().strip()
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {raw}")
    assert client.get("/api/v1/claims/").status_code == 200
    assert ApiToken.objects.get().name == "cms"
    with pytest.raises(Exception, match="already has an active token"):
        call_command(
            "createtoken", "alice", "--name", "cms", stdout=io.StringIO(), stderr=io.StringIO()
        )
    call_command("createtoken", "alice", "--name", "cms", "--revoke", stdout=io.StringIO())
    assert client.get("/api/v1/claims/").status_code == 401


def test_createtoken_for_an_unknown_user_is_a_clear_error():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No user 'ghost'"):
        call_command("createtoken", "ghost", "--name", "x", stdout=io.StringIO())


def test_throttling_is_per_token(settings):
    from django.core.cache import cache

    cache.clear()
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"token": "3/min"},
    }
    user = make_user("cms", "newsroom")
    clients = []
    for name in ("one", "two"):
        _, raw = token_create(user=user, name=name)
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Token {raw}")
        clients.append(client)
    codes = [clients[0].get("/api/v1/outlets/").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    limited = clients[0].get("/api/v1/outlets/")
    assert limited.json()["error"]["code"] == "throttled"
    assert int(limited["Retry-After"]) >= 1
    assert clients[1].get("/api/v1/outlets/").status_code == 200
    cache.clear()


@override_settings(ROOT_URLCONF="factdesk.urls")
def test_schema_and_docs_are_public_and_docs_use_no_cdn(client):
    schema = client.get("/api/v1/schema/")
    assert schema.status_code == 200
    docs = client.get("/api/v1/docs/")
    assert docs.status_code == 200
    html = docs.content.decode()
    assert "cdn.jsdelivr" not in html and "unpkg.com" not in html
    assert "/static/drf_spectacular_sidecar/" in html
