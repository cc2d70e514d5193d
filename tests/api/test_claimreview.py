import pytest

from claims.models import Claim, Review
from tests.factories import ActorFactory, ReviewFactory, timeline_claim

pytestmark = pytest.mark.django_db

IMPORTED = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "url": "https://checker.example/reviews/dprk-arms",
    "claimReviewed": "North Korea supplies weapons to Russia for its war in Ukraine",
    "inLanguage": "en",
    "author": {"@type": "Organization", "name": "Checker Example"},
    "reviewRating": {
        "@type": "Rating",
        "ratingValue": 2,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Half True",
    },
    "itemReviewed": {"@type": "Claim", "appearance": [{"url": "https://news.example/a"}]},
}


def test_claimreview_jsonld_of_a_published_review(newsroom):
    claim = timeline_claim(3)
    claim.first_claimant = ActorFactory(name="United States", kind="country")
    claim.save()
    ReviewFactory(claim=claim, rating="false")  # unpublished: not part of it
    assert newsroom.get(f"/api/v1/claims/{claim.pk}/claimreview").status_code == 404
    published = ReviewFactory(claim=claim, rating="mostly_false")
    from claims.services import review_publish

    review_publish(review=published)
    response = newsroom.get(f"/api/v1/claims/{claim.pk}/claimreview")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    doc = response.json()
    assert doc["@type"] == "ClaimReview" and doc["claimReviewed"] == claim.text
    assert doc["reviewRating"]["alternateName"] == "Mostly false"
    assert doc["reviewRating"]["ratingValue"] == 2
    assert doc["author"]["@type"] == "Organization"
    assert doc["itemReviewed"]["author"] == {"@type": "Organization", "name": "United States"}
    assert len(doc["itemReviewed"]["appearance"]) == 3
    assert doc["datePublished"] and doc["url"].endswith(f"/claims/{claim.pk}/claimreview")
    feed = newsroom.get("/api/v1/claimreview/").json()
    assert feed["count"] == 1 and feed["results"][0] == doc


def test_import_creates_the_claim_and_review_once(checker):
    first = checker.post("/api/v1/claimreview/import", IMPORTED, format="json")
    assert first.status_code == 201, first.content
    again = checker.post("/api/v1/claimreview/import", IMPORTED, format="json")
    assert again.status_code == 200 and again.json()["id"] == first.json()["id"]
    review = Review.objects.get()
    assert (review.rating, review.reviewer_name) == ("mixed", "Checker Example")
    assert review.source_url == IMPORTED["url"] and review.published is False
    assert Claim.objects.get().text == IMPORTED["claimReviewed"]
    # another review of the same claim links to the existing claim
    second = {
        **IMPORTED,
        "url": "https://other.example/r/1",
        "reviewRating": {"ratingValue": 1, "bestRating": 5, "worstRating": 1},
    }
    assert checker.post("/api/v1/claimreview/import", second, format="json").status_code == 201
    assert Claim.objects.count() == 1
    assert set(Review.objects.values_list("rating", flat=True)) == {"mixed", "false"}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"@type": "Article"}, "@type"),
        ({"url": "javascript:alert(1)"}, "url"),
        ({"claimReviewed": ""}, "claimReviewed"),
        ({"claimReviewed": 12}, "claimReviewed"),
        ({"inLanguage": "fr"}, "inLanguage"),
        ({"reviewRating": {"alternateName": "Spicy"}}, "reviewRating"),
        ({"reviewRating": {"ratingValue": "x"}}, "reviewRating.ratingValue"),
        ({"reviewRating": {"ratingValue": 9, "bestRating": 5}}, "reviewRating"),
    ],
)
def test_bad_claimreview_import_is_400_with_the_field(checker, change, field):
    response = checker.post("/api/v1/claimreview/import", {**IMPORTED, **change}, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()["error"]["fields"]
    assert Review.objects.count() == 0


def test_import_of_a_list_is_refused_clearly(checker):
    response = checker.post("/api/v1/claimreview/import", [IMPORTED], format="json")
    assert response.status_code == 400
    assert "one ClaimReview" in response.json()["error"]["message"]
