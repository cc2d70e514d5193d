"""A reviewer's own links and claims: for statements the matcher left without the claim they
belong to."""

import pytest

from claims.models import Claim, ClaimLink, Stance
from claims.services import claim_create, claim_merge
from sources.services import article_process, article_submit
from tests.factories import bucha_quote

pytestmark = pytest.mark.django_db


@pytest.fixture
def quote():
    statement = bucha_quote()
    assert not statement.links.exists()
    return statement


def test_a_reviewer_links_a_statement_to_a_claim_the_matcher_did_not_offer(reviewer, quote):
    claim = claim_create(text="Russian forces committed war crimes in Bucha", language="en")
    response = reviewer.post(
        "/api/v1/links/", {"statement": quote.pk, "claim": claim.pk}, format="json"
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["state"], body["method"], body["stance"]) == ("confirmed", "manual", "asserts")
    assert body["reviewed_by"] == "user-reviewer" and body["claim"]["id"] == claim.pk
    claim.refresh_from_db()
    assert claim.asserts_count == 1  # a confirmed link counts
    # linking it again changes nothing and says so
    again = reviewer.post(
        "/api/v1/links/", {"statement": quote.pk, "claim": claim.pk}, format="json"
    )
    assert again.status_code == 200 and again.json()["id"] == body["id"]
    # a rejected suggestion linked by hand is confirmed
    link = ClaimLink.objects.get(pk=body["id"])
    link.state = ClaimLink.State.REJECTED
    link.save()
    reviewer.post("/api/v1/links/", {"statement": quote.pk, "claim": claim.pk}, format="json")
    link.refresh_from_db()
    assert link.state == ClaimLink.State.CONFIRMED


def test_a_reviewers_link_to_a_negated_claim_reads_the_negation(reviewer, quote):
    # "It looks exactly like war crimes" against a claim that there were none
    claim = claim_create(text="Russian forces committed no war crimes in Bucha", language="en")
    response = reviewer.post(
        "/api/v1/links/", {"statement": quote.pk, "claim": claim.pk}, format="json"
    )
    assert response.status_code == 201, response.content
    assert response.json()["stance"] == "denies"
    claim.refresh_from_db()
    assert claim.denies_count == 1 and claim.asserts_count == 0


def test_bad_manual_links_are_400_and_store_nothing(reviewer, quote):
    kept = claim_create(text="Russian forces committed war crimes in Bucha", language="en")
    merged = claim_create(text="Russia committed war crimes in the town of Bucha", language="en")
    claim_merge(source=merged, target=kept)
    cases = [
        ({"statement": quote.pk, "claim": merged.pk}, f"merged into claim {kept.pk}"),
        ({"statement": 987654, "claim": kept.pk}, "statement"),
        ({"statement": quote.pk}, "claim"),
        ({"statement": "x", "claim": kept.pk}, "statement"),
    ]
    for payload, said in cases:
        response = reviewer.post("/api/v1/links/", payload, format="json")
        assert response.status_code == 400, (payload, response.content)
        assert said in response.content.decode(), response.content
    assert not quote.links.exists()


def test_a_fact_checker_makes_a_claim_of_a_statement_in_their_own_words(checker, quote):
    url = f"/api/v1/statements/{quote.pk}/claim/"
    # its own words cannot stand alone: the answer says why and asks for the claim's words
    refused = checker.post(url, {}, format="json")
    assert refused.status_code == 400
    assert "'It'" in refused.content.decode() and not quote.links.exists()

    for text, said in (("... !!", "needs words"), ("x" * 5001, "5000")):
        bad = checker.post(url, {"text": text}, format="json")
        assert bad.status_code == 400 and said in bad.content.decode(), bad.content
    assert not quote.links.exists()

    words = "Russian forces committed war crimes in Bucha"
    made = checker.post(url, {"text": f"  {words} "}, format="json")
    assert made.status_code == 201, made.content
    claim = Claim.objects.get(pk=made.json()["id"])
    assert (claim.text, claim.language, claim.created_by.username) == (
        words,
        "en",
        "user-fact-checker",
    )
    assert claim.first_claimant == quote.speaker
    link = quote.links.get()
    assert (link.claim_id, link.state, link.method) == (claim.pk, "confirmed", "created")
    assert claim.embedding is not None  # found by search from now on

    # the same words again belong to that claim
    again = checker.post(url, {"text": words.lower()}, format="json")
    assert again.status_code == 400 and f"Claim {claim.pk}" in again.content.decode()
    assert Claim.objects.filter(text__iexact=words).count() == 1


def test_a_statement_whose_words_stand_alone_makes_a_claim_of_them(checker):
    text = (
        "JAKARTA (VOA) - Rusia membantah tuduhan bahwa pasukannya membunuh warga sipil di "
        "Bucha.\n\n"
        "Juru bicara Kremlin Dmitry Peskov mengatakan bahwa foto-foto dari Bucha adalah "
        "rekayasa Ukraina untuk media Barat."
    )
    article = article_submit(text=text, language="id", enqueue=False).article
    article_process(article.pk)
    statement = article.statements.get(speaker_text__contains="Peskov")
    statement.links.all().delete()
    response = checker.post(f"/api/v1/statements/{statement.pk}/claim/", {}, format="json")
    assert response.status_code == 201, response.content
    claim = Claim.objects.get(pk=response.json()["id"])
    assert claim.language == "id" and "rekayasa Ukraina" in claim.text
    # the fabrication it calls them is read as a denial of what the photos show; of the claim
    # that they are a fabrication, made of its words, it is the assertion
    assert statement.stance == Stance.DENIES
    assert statement.links.get().stance == Stance.ASSERTS


def test_a_claim_of_an_unknown_statement_is_404(checker):
    response = checker.post("/api/v1/statements/987654/claim/", {}, format="json")
    assert response.status_code == 404


def test_a_claim_worded_with_a_negation_of_a_statement_read_as_a_denial_is_asserted(checker):
    text = (
        "JAKARTA (AP) - The Lion Air jet was not airworthy on its flight from Denpasar, KNKT said."
    )
    article = article_submit(text=text, language="en", enqueue=False).article
    article_process(article.pk)
    statement = article.statements.get()
    assert statement.stance == Stance.DENIES and not statement.links.exists()
    words = "The Lion Air jet was not airworthy on its flight from Denpasar"
    made = checker.post(f"/api/v1/statements/{statement.pk}/claim/", {"text": words}, format="json")
    assert made.status_code == 201, made.content
    claim = Claim.objects.get(pk=made.json()["id"])
    assert statement.links.get().stance == Stance.ASSERTS
    assert claim.first_claimant == statement.speaker and claim.asserts_count == 1
