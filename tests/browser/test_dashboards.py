"""Reviewers and fact-checkers at work, in a real browser."""

import pytest

from claims.models import ClaimLink
from tests.factories import (
    ArticleFactory,
    ClaimFactory,
    ClaimLinkFactory,
    StatementFactory,
    seed_contested_claim,
    statement_in_text,
)

from .conftest import screenshot

pytestmark = pytest.mark.browser

SCRIPT = '<script>alert("pwned")</script>'


def test_overview_counts_the_seed_claim_as_contested(logged_in, live_server, shots):
    from django.core.cache import cache

    page = logged_in
    seed = seed_contested_claim()
    cache.clear()  # logging in landed on the overview and cached its empty chart
    page.goto(f"{live_server.url}/dashboard/")
    assert page.locator("#claims-contested").inner_text() == "1"
    assert page.locator("#contested-24h").inner_text() == "1"
    contested = page.locator("#contested-claims")
    assert seed["claim"].text in contested.inner_text()
    assert page.locator("svg.chart rect").count() == 2
    screenshot(page, shots, "overview")

    # The figures refresh in place: a new contested claim shows up without a reload.
    other = seed_contested_claim_again(seed)
    page.evaluate(
        "htmx.ajax('GET', document.querySelector('#figures').getAttribute('hx-get'),"
        " {target: '#figures', swap: 'outerHTML'})"
    )
    page.wait_for_function("document.querySelector('#claims-contested').innerText === '2'")
    assert other.text in page.locator("#contested-claims").inner_text()


def seed_contested_claim_again(seed):
    from django.db import transaction

    from claims.services import claim_refresh_counts

    claim = ClaimFactory(text="Russia sends fighter jets to North Korea")
    for stance in ("accuses", "denies"):
        ClaimLinkFactory(
            claim=claim,
            statement=StatementFactory(article=seed["article"], stance=stance),
            state=ClaimLink.State.AUTO,
        )
    with transaction.atomic():
        claim_refresh_counts(claim.pk)
    return claim


def test_claim_page_timeline_shows_accusation_and_denial(logged_in, live_server, shots):
    page = logged_in
    seed = seed_contested_claim()
    page.goto(f"{live_server.url}/dashboard/")
    page.locator("#contested-claims a", has_text=seed["claim"].text).click()
    page.wait_for_url(f"**/dashboard/claims/{seed['claim'].pk}/")
    entries = page.locator("#timeline > li")
    assert entries.count() == 2
    accusation, denial = entries.nth(0).inner_text(), entries.nth(1).inner_text()
    assert "United States" in accusation and "Accuses" in accusation
    assert "Washington menuduh Korea Utara" in accusation
    assert "North Korea" in denial and "Russia" in denial and "Denies" in denial
    assert "membantah" in denial and "VOA Indonesia" in denial
    assert entries.nth(0).locator("mark.hl-cue").inner_text() == "menuduh"
    assert entries.nth(1).locator("mark.hl-speaker").all_inner_texts() == ["Pyongyang", "Moskow"]
    screenshot(page, shots, "claim")

    # Phone width: nothing overflows sideways.
    page.set_viewport_size({"width": 375, "height": 800})
    page.reload()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    screenshot(page, shots, "claim-phone")


def test_confirm_a_suggested_link_in_the_queue_with_the_keyboard(logged_in, live_server, shots):
    page = logged_in
    seed = seed_contested_claim()
    article = ArticleFactory(
        outlet=seed["outlet"], language="id", submitted_text="Moskow membantah laporan itu."
    )
    statement = statement_in_text(
        article,
        article.text,
        speakers=[(seed["actors"]["russia"], "Moskow")],
        cue="membantah",
        stance="denies",
    )
    best = ClaimLinkFactory(statement=statement, claim=seed["claim"], score=0.7)
    ClaimLinkFactory(score=0.55)
    page.goto(f"{live_server.url}/dashboard/queue/")
    count = page.locator("#queue-count strong")
    assert count.get_attribute("data-count") == "2"
    screenshot(page, shots, "queue")

    confirm = page.locator(f"#link-{best.pk} button.confirm")
    confirm.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("#queue-count strong").get_attribute("data-count") == "1"
    assert "Link confirmed" in page.locator(".messages").inner_text()
    assert page.locator(f"#link-{best.pk}").count() == 0
    best.refresh_from_db()
    assert best.state == ClaimLink.State.CONFIRMED
    screenshot(page, shots, "queue-after-confirm")


def test_article_with_a_script_is_shown_escaped(logged_in, live_server, shots):
    page = logged_in
    text = f"Officials said {SCRIPT} would not run."
    article = ArticleFactory(title=f"Story {SCRIPT}", submitted_text=text)
    statement = StatementFactory(
        article=article,
        sentence=text,
        sentence_start=0,
        sentence_end=len(text),
        content=SCRIPT,
        content_start=text.index(SCRIPT),
        content_end=text.index(SCRIPT) + len(SCRIPT),
        cue="said",
        cue_start=10,
        cue_end=14,
    )
    link = ClaimLinkFactory(statement=statement, state=ClaimLink.State.AUTO)

    page.goto(f"{live_server.url}/admin/sources/article/{article.pk}/change/")
    shown = page.locator(".fd-text").inner_text()
    assert SCRIPT in shown
    assert page.locator(".fd-text mark.hl-content").inner_text() == SCRIPT
    assert page.locator(".fd-text script").count() == 0
    screenshot(page, shots, "article-admin")

    page.goto(f"{live_server.url}/dashboard/claims/{link.claim_id}/")
    assert SCRIPT in page.locator("#timeline").inner_text()
    assert page.locator("#timeline script").count() == 0
    screenshot(page, shots, "claim-escaped")
    assert page.dialogs == []


def test_demo_article_processed_by_the_pipeline_shows_as_contested(
    demo_tx, logged_in, live_server, shots
):
    from claims.models import Claim

    page = logged_in
    claim = Claim.objects.get(text__startswith="North Korea supplies weapons to Russia")
    assert claim.contested, "the pipeline left the seed claim uncontested"
    contested = Claim.objects.filter(contested=True, merged_into__isnull=True).count()
    page.goto(f"{live_server.url}/dashboard/")
    assert page.locator("#claims-contested").inner_text() == str(contested)
    screenshot(page, shots, "overview-demo")

    page.goto(f"{live_server.url}/dashboard/claims/{claim.pk}/")
    timeline = page.locator("#timeline").inner_text()
    assert "Washington" in timeline
    assert "Pyongyang" in timeline and "Moskow" in timeline
    screenshot(page, shots, "claim-demo")
