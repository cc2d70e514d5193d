import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from sources.models import Article

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(client):
    user = get_user_model().objects.create_user("newsroom", password="pw-newsroom-1")
    user.groups.add(Group.objects.get(name="newsroom"))
    client.force_login(user)
    return client


def _post(api, payload, **extra):
    return api.post("/api/v1/articles/", payload, content_type="application/json", **extra)


def test_submitting_text_creates_an_article_and_resubmitting_returns_it(api, seed_text):
    first = _post(api, {"text": seed_text, "title": "Kim dan Putin", "language": "id"})
    assert first.status_code == 201, first.content
    body = first.json()
    assert {"id", "state", "statements", "language"} <= set(body)
    again = _post(api, {"text": seed_text})
    assert again.status_code == 200
    assert again.json()["id"] == body["id"]
    detail = api.get(f"/api/v1/articles/{body['id']}/")
    assert detail.status_code == 200
    assert detail.json()["state"] in ("pending", "processed")


def test_same_canonical_url_is_one_article(api):
    a = _post(
        api,
        {
            "url": "https://news.example/story?utm_source=tw&id=3#comments",
            "text": "Officials said the bridge would reopen on Monday.",
        },
    )
    b = _post(
        api,
        {
            "url": "https://NEWS.example/story?id=3",
            "text": "Officials said the bridge would reopen on Monday, a week late.",
        },
    )
    assert (a.status_code, b.status_code) == (201, 200)
    assert a.json()["id"] == b.json()["id"]
    assert Article.objects.get().url == "https://news.example/story?id=3"


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({}, "non_field_errors"),
        ({"text": "   \n "}, "non_field_errors"),
        ({"url": "javascript:alert(1)"}, "url"),
        ({"url": "ftp://example.com/file"}, "url"),
        ({"text": "Teks berita.", "language": "fr"}, "language"),
        ({"text": 42, "title": ["not", "a", "string"]}, "title"),
        ({"text": "ok", "published_at": "yesterday"}, "published_at"),
        ({"html": "\x00\x01\x02binary"}, "html"),
    ],
)
def test_bad_submissions_get_400_with_the_field_named(api, payload, field):
    response = _post(api, payload)
    assert response.status_code == 400, response.content
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert field in error["fields"]
    assert error["message"]
    assert Article.objects.count() == 0


def test_invalid_json_is_a_400_not_a_500(api):
    response = api.post("/api/v1/articles/", "{not json", content_type="application/json")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "parse_error"


def test_a_20_mb_body_is_refused_before_it_is_read(api):
    body = '{"text": "' + "a" * (20 * 1024 * 1024) + '"}'
    response = api.post("/api/v1/articles/", body, content_type="application/json")
    assert response.status_code == 413
    assert "larger than" in response.json()["error"]["message"]
    assert Article.objects.count() == 0


def test_anonymous_submission_is_refused_with_401(client):
    response = client.post("/api/v1/articles/", {"text": "x"}, content_type="application/json")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


def test_unknown_article_is_a_404_in_the_error_shape(api):
    response = api.get("/api/v1/articles/999999/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
