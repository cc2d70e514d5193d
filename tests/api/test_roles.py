"""Every endpoint against every role: 401 for anonymous, 403 where the role does not reach."""

import pytest

from tests.factories import ClaimLinkFactory, ReviewFactory

pytestmark = pytest.mark.django_db

FC, RV, NR = "fact-checker", "reviewer", "newsroom"
EVERYONE = {FC, RV, NR}

# (method, path template, roles allowed). Writes send an empty body: an allowed role gets past
# the permission check to validation (400) or a 404, a refused one gets 403 before that.
ENDPOINTS = [
    ("get", "/api/v1/claims/", EVERYONE),
    ("post", "/api/v1/claims/", {FC}),
    ("get", "/api/v1/claims/{claim}/", EVERYONE),
    ("patch", "/api/v1/claims/{claim}/", {FC}),
    ("get", "/api/v1/claims/{claim}/similar/", EVERYONE),
    ("get", "/api/v1/claims/{claim}/claimreview", EVERYONE),
    ("get", "/api/v1/claimreview/", EVERYONE),
    ("post", "/api/v1/claimreview/import", {FC}),
    ("get", "/api/v1/statements/", EVERYONE),
    ("get", "/api/v1/statements/{statement}/", EVERYONE),
    ("post", "/api/v1/statements/{statement}/claim/", {FC}),
    ("get", "/api/v1/links/", EVERYONE),
    ("post", "/api/v1/links/", {FC, RV}),
    ("post", "/api/v1/links/{link}/confirm/", {FC, RV}),
    ("post", "/api/v1/links/{link}/reject/", {FC, RV}),
    ("get", "/api/v1/reviews/", EVERYONE),
    ("post", "/api/v1/reviews/", {FC}),
    ("get", "/api/v1/reviews/{review}/", EVERYONE),
    ("post", "/api/v1/reviews/{review}/publish/", {FC}),
    ("post", "/api/v1/match/", EVERYONE),
    ("get", "/api/v1/articles/", EVERYONE),
    ("post", "/api/v1/articles/", {FC, NR}),
    ("get", "/api/v1/articles/{article}/", EVERYONE),
    ("get", "/api/v1/actors/", EVERYONE),
    ("post", "/api/v1/actors/", {FC}),
    ("get", "/api/v1/actors/{actor}/", EVERYONE),
    ("post", "/api/v1/actors/{actor}/aliases/", {FC}),
    ("get", "/api/v1/outlets/", EVERYONE),
    ("post", "/api/v1/outlets/", {FC}),
    ("get", "/api/v1/outlets/{outlet}/", EVERYONE),
    ("get", "/api/v1/feeds/", EVERYONE),
    ("post", "/api/v1/feeds/", {FC}),
    ("get", "/api/v1/feeds/{feed}/", EVERYONE),
    ("get", "/api/v1/follows/", {FC, NR}),
    ("post", "/api/v1/follows/", {FC, NR}),
    ("get", "/api/v1/follows/{missing}/", {FC, NR}),
    ("delete", "/api/v1/follows/{missing}/", {FC, NR}),
    ("get", "/api/v1/webhooks/", {FC, NR}),
    ("post", "/api/v1/webhooks/", {FC, NR}),
    ("get", "/api/v1/webhooks/{missing}/", {FC, NR}),
    ("delete", "/api/v1/webhooks/{missing}/", {FC, NR}),
    ("get", "/api/v1/webhooks/{missing}/deliveries/", {FC, NR}),
]


def test_the_matrix_lists_every_api_route():
    from django.urls import get_resolver

    def routes(resolver, prefix=""):
        for pattern in resolver.url_patterns:
            if hasattr(pattern, "url_patterns"):
                yield from routes(pattern, prefix + str(pattern.pattern))
            else:
                yield prefix + str(pattern.pattern)

    api = {
        r.removeprefix("api/v1/").replace("<int:pk>", "{}")
        for r in routes(get_resolver())
        if r.startswith("api/v1/") and "schema" not in r and "docs" not in r
    }
    covered = set()
    for _, path, _ in ENDPOINTS:
        tail = path.removeprefix("/api/v1/")
        for key in (
            "{claim}",
            "{statement}",
            "{link}",
            "{review}",
            "{article}",
            "{actor}",
            "{outlet}",
            "{feed}",
            "{missing}",
        ):
            tail = tail.replace(key, "{}")
        covered.add(tail)
    assert api == covered


@pytest.fixture
def objects(db):
    from tests.factories import ActorFactory

    link = ClaimLinkFactory()
    review = ReviewFactory(claim=link.claim)
    from sources.models import Feed

    feed = Feed.objects.create(
        url="https://feeds.example/rss", outlet=link.statement.article.outlet
    )
    return {
        "claim": link.claim_id,
        "statement": link.statement_id,
        "link": link.pk,
        "review": review.pk,
        "article": link.statement.article_id,
        "actor": ActorFactory().pk,
        "outlet": link.statement.article.outlet_id,
        "feed": feed.pk,
        "missing": 987654,
    }


@pytest.mark.parametrize("role", [None, "no-role", FC, RV, NR])
@pytest.mark.parametrize(("method", "path", "allowed"), ENDPOINTS, ids=lambda v: str(v))
def test_role_matrix(as_role, client, objects, role, method, path, allowed):
    url = path.format(**objects)
    if role is None:
        response = getattr(client, method)(url, {}, content_type="application/json")
        assert response.status_code == 401, response.content
        assert response.json()["error"]["code"] == "not_authenticated"
        return
    api = as_role(None if role == "no-role" else role)
    response = getattr(api, method)(url, {}, format="json")
    if role in allowed:
        assert response.status_code not in (401, 403), (role, response.content)
        assert response.status_code < 500
    else:
        assert response.status_code == 403, (role, response.content)
        assert response.json()["error"]["code"] == "permission_denied"
