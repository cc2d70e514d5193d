"""Nobody in where they don't belong, no form without CSRF, no article markup rendered live."""

import logging

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from claims.models import Claim, ClaimLink, Statement
from factdesk.models import token_create
from sources.models import Article
from sources.services import article_process, article_submit
from tests.factories import ClaimLinkFactory

pytestmark = pytest.mark.django_db

HOSTILE = (
    "JAKARTA - Menteri itu membantah laporan tersebut. "
    "\"<script>alert('quote')</script> Indonesia tidak pernah mengirim senjata ke Rusia "
    '<img src=x onerror=alert(1)>," kata Menteri Pertahanan <b>Prabowo</b> kepada wartawan. '
    "Ia juga menyatakan bahwa <script>document.cookie</script> semua tuduhan itu palsu."
)
LIVE_MARKUP = ("<script>alert(", "<img src=x", "<script>document.cookie", "<b>Prabowo</b>")


def _user(name, *, staff=False, superuser=False, group=None):
    user = get_user_model().objects.create_user(
        name, password="pw-" + name, is_staff=staff, is_superuser=superuser
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def _client(user, **kwargs):
    client = Client(**kwargs)
    client.force_login(user)
    return client


def test_admin_needs_staff_and_dashboards_need_login(client):
    for url in ("/admin/", "/admin/claims/claim/", "/admin/claims/claimlink/review-queue/"):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url
        plain = _client(_user(f"plain{len(url)}", group="reviewer"))
        response = plain.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url
    for url in ("/dashboard/", "/dashboard/queue/", "/dashboard/figures/"):
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"], url


def test_every_form_is_protected_by_csrf():
    checker = _user("checker", staff=True, superuser=True)
    link = ClaimLinkFactory(score=0.7)
    strict = _client(checker, enforce_csrf_checks=True)
    posts = [
        reverse("dashboard:claim-follow", args=[link.claim_id]),
        reverse("dashboard:queue-confirm", args=[link.pk]),
        reverse("admin:claims_claimlink_review_decide", args=[link.pk, "confirm"]),
        reverse("admin:claims_claim_changelist"),
        reverse("admin:claims_claim_change", args=[link.claim_id]),
        "/api/v1/articles/",
    ]
    for url in posts:
        response = strict.post(url, {"action": "noop", "text": "x"})
        assert response.status_code == 403, url
    assert ClaimLink.objects.get(pk=link.pk).state == ClaimLink.State.SUGGESTED
    # The login form itself.
    assert Client(enforce_csrf_checks=True).post("/admin/login/", {}).status_code == 403


def test_tokens_only_in_the_header_and_never_in_logs(client, caplog):
    user = _user("newsroom-dev", group="newsroom")
    _token, key = token_create(user=user, name="cms")
    caplog.set_level(logging.DEBUG)
    assert client.get(f"/api/v1/claims/?token={key}").status_code == 401
    assert client.get(f"/api/v1/claims/?auth_token={key}").status_code == 401
    assert client.get("/api/v1/claims/", HTTP_AUTHORIZATION=f"Token {key}").status_code == 200
    assert client.get("/api/v1/claims/", HTTP_AUTHORIZATION="Token wrong-key").status_code == 401
    assert key not in caplog.text


@pytest.mark.usefixtures("demo")
def test_article_markup_is_escaped_everywhere_it_is_shown():
    article = article_submit(text=HOSTILE, title="<script>alert('title')</script>").article
    article = article_process(article.pk)
    assert article.state == Article.State.PROCESSED, article.error
    statements = list(Statement.objects.filter(article=article))
    assert any("<script>" in s.sentence for s in statements), [s.sentence for s in statements]
    claim = Claim.objects.filter(links__statement__article=article).first()
    assert claim is not None, "a statement of the article should make or meet a claim"

    admin = _client(_user("admin", staff=True, superuser=True))
    pages = [
        reverse("admin:sources_article_change", args=[article.pk]),
        reverse("admin:sources_article_changelist"),
        reverse("admin:claims_statement_changelist"),
        reverse("admin:claims_claimlink_review_queue"),
        reverse("dashboard:overview"),
        reverse("dashboard:queue"),
    ]
    pages += [
        reverse("admin:claims_claim_change", args=[claim.pk]),
        reverse("admin:claims_claim_changelist"),
        reverse("dashboard:claim", args=[claim.pk]),
    ]
    for url in pages:
        response = admin.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        for markup in LIVE_MARKUP:
            assert markup not in html, (url, markup)

    api = _client(_user("api-checker", group="fact-checker"))
    detail = api.get(f"/api/v1/articles/{article.pk}/")
    assert detail.status_code == 200
    assert detail["Content-Type"].startswith("application/json")
    body = detail.json()
    # JSON carries the text as data, unchanged; it is the client's to escape when it renders.
    assert body["title"] == "<script>alert('title')</script>"
    assert detail["X-Content-Type-Options"] == "nosniff"
