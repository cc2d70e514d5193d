import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from claims.models import Claim, ClaimLink, Review, Statement, StatementSpeaker
from sources.models import Actor, ActorAlias, Article
from sources.services import actor_alias_add, actor_create, actor_merge
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    ClaimFactory,
    ClaimLinkFactory,
    ReviewFactory,
    StatementFactory,
    bucha_quote,
    seed_contested_claim,
    statement_in_text,
)

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("x")</script>'


@pytest.fixture
def checker(client):
    user = User.objects.create_superuser("fiona", "fiona@example.org", "pw-fiona-123")
    client.force_login(user)
    return user


@pytest.fixture
def seed():
    return seed_contested_claim()


def action(client, model: str, name: str, pks, **extra):
    return client.post(
        reverse(f"admin:{model}_changelist"),
        {"action": name, "_selected_action": [str(pk) for pk in pks], **extra},
        follow=True,
    )


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


# --- claims -------------------------------------------------------------------------------------


def test_claim_list_shows_counts_and_contested(
    client, checker, seed, django_assert_max_num_queries
):
    ClaimFactory.create_batch(10)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("admin:claims_claim_changelist"))
    html = response.content.decode()
    assert response.status_code == 200
    change_url = reverse("admin:claims_claim_change", args=[seed["claim"].pk])
    row = next(chunk for chunk in html.split("<tr") if change_url in chunk)
    assert 'alt="True"' in row  # contested
    assert '<td class="field-accuses_count">1</td>' in row
    assert '<td class="field-denies_count">1</td>' in row
    filtered = client.get(reverse("admin:claims_claim_changelist"), {"contested__exact": "1"})
    assert filtered.context["cl"].result_count == 1
    found = client.get(reverse("admin:claims_claim_changelist"), {"q": "weapons to Russia"})
    assert found.context["cl"].result_count == 1


def test_claim_change_page_shows_statements_in_their_sentences(client, checker, seed):
    html = client.get(
        reverse("admin:claims_claim_change", args=[seed["claim"].pk])
    ).content.decode()
    assert '<mark class="hl-speaker" title="speaker">Washington</mark>' in html
    assert ">membantah</mark>" in html
    assert "Linked automatically" in html
    assert reverse("dashboard:claim", args=[seed["claim"].pk]) in html


def test_claim_change_page_escapes_statement_text(client, checker):
    article = ArticleFactory(submitted_text=f"Officials said {SCRIPT} today.")
    statement = StatementFactory(article=article, sentence=article.text, content=SCRIPT)
    link = ClaimLinkFactory(statement=statement)
    html = client.get(reverse("admin:claims_claim_change", args=[link.claim_id])).content.decode()
    assert SCRIPT not in html
    assert "&lt;script&gt;" in html


def test_claim_edit_goes_through_the_service_and_keeps_history(client, checker, seed):
    claim = seed["claim"]
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    data = {
        "text": claim.text + " (edited)",
        "language": "en",
        "status": "triaged",
        "verdict": "",
        "subjects": [a.pk for a in claim.subjects.all()],
        "first_claimant": claim.first_claimant_id or "",
        "links-TOTAL_FORMS": "2",
        "links-INITIAL_FORMS": "2",
        "links-MIN_NUM_FORMS": "0",
        "links-MAX_NUM_FORMS": "1000",
        "links-0-id": seed["links"][0].pk,
        "links-0-claim": claim.pk,
        "links-1-id": seed["links"][1].pk,
        "links-1-claim": claim.pk,
        "reviews-TOTAL_FORMS": "1",
        "reviews-INITIAL_FORMS": "0",
        "reviews-MIN_NUM_FORMS": "0",
        "reviews-MAX_NUM_FORMS": "1000",
        "reviews-0-rating": "false",
        "reviews-0-explanation": "No documented transfer.",
        "reviews-0-evidence": "[]",
        "reviews-0-claim": claim.pk,
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    claim.refresh_from_db()
    assert claim.text.endswith("(edited)")
    assert claim.status == "triaged"
    assert claim.history.first().history_change_reason == f"updated by {checker}"
    review = Review.objects.get(claim=claim)
    assert review.reviewer == checker
    assert not review.published


def test_claim_reviewed_without_verdict_is_refused_with_a_message(client, checker, seed):
    claim = seed["claim"]
    response = client.post(
        reverse("admin:claims_claim_change", args=[claim.pk]),
        {
            "text": claim.text,
            "language": "en",
            "status": "reviewed",
            "verdict": "",
            "links-TOTAL_FORMS": "0",
            "links-INITIAL_FORMS": "0",
            "reviews-TOTAL_FORMS": "0",
            "reviews-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "can only be &#x27;reviewed&#x27; once it has a verdict" in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == "new"


def test_claim_add_uses_the_service(client, checker):
    response = client.post(
        reverse("admin:claims_claim_add"),
        {
            "text": "  The  bridge was   closed in 2023 ",
            "language": "en",
            "status": "new",
            "verdict": "",
            "links-TOTAL_FORMS": "0",
            "links-INITIAL_FORMS": "0",
            "reviews-TOTAL_FORMS": "0",
            "reviews-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302
    claim = Claim.objects.get()
    assert claim.text == "The bridge was closed in 2023"
    assert claim.created_by == checker


def test_action_merge_claims_moves_links_into_the_oldest(client, checker, seed):
    duplicate = ClaimFactory(text="Pyongyang arms Moscow")
    link = ClaimLinkFactory(claim=duplicate, state=ClaimLink.State.CONFIRMED)
    response = action(client, "claims_claim", "merge_into_first", [seed["claim"].pk, duplicate.pk])
    assert f"Merged 1 claim(s) into “{seed['claim']}”." in messages_of(response)
    link.refresh_from_db()
    duplicate.refresh_from_db()
    assert link.claim_id == seed["claim"].pk
    assert duplicate.merged_into_id == seed["claim"].pk
    response = action(client, "claims_claim", "merge_into_first", [seed["claim"].pk])
    assert "Select at least two claims that were not merged already." in messages_of(response)


def test_claim_page_lists_similar_claims_and_merges_one_after_confirming(client, checker, demo):
    from claims.services import claim_create

    kept = claim_create(
        text="Kalung eucalyptus Kementerian Pertanian bisa membunuh virus corona", language="id"
    )
    claim_create(text="Russian troops had left Bucha on March 30", language="en")
    duplicate = claim_create(
        text="The agriculture ministry's eucalyptus necklace can kill the coronavirus",
        language="en",
    )
    link = ClaimLinkFactory(claim=duplicate, state=ClaimLink.State.CONFIRMED)
    page = client.get(reverse("admin:claims_claim_change", args=[kept.pk])).content.decode()
    merge_url = reverse("admin:claims_claim_merge", args=[kept.pk, duplicate.pk])
    assert merge_url in page and "Bucha" in page
    assert page.index(f"#{duplicate.pk} ") < page.index("Bucha")
    confirm = client.get(merge_url)
    assert confirm.status_code == 200
    assert "1 link, 0 reviews" in confirm.content.decode()
    duplicate.refresh_from_db()
    assert duplicate.merged_into_id is None  # asking changes nothing
    response = client.post(merge_url, follow=True)
    assert f"Merged claim {duplicate.pk}" in " ".join(messages_of(response))
    duplicate.refresh_from_db()
    link.refresh_from_db()
    assert duplicate.merged_into_id == kept.pk and link.claim_id == kept.pk
    page = client.get(reverse("admin:claims_claim_change", args=[kept.pk])).content.decode()
    assert merge_url not in page


def test_claim_merge_page_refuses_bad_pairs_with_messages(client, checker, seed):
    claim = seed["claim"]
    other = ClaimFactory(merged_into=claim)
    for source, expected in (
        (claim.pk, "cannot be merged into itself"),
        (other.pk, f"already merged into {claim.pk}"),
        (999999, "Claim 999999 does not exist"),
    ):
        url = reverse("admin:claims_claim_merge", args=[claim.pk, source])
        response = client.post(url, follow=True)
        assert response.status_code == 200
        assert expected in " ".join(messages_of(response))
    claim.refresh_from_db()
    assert claim.merged_into_id is None


def test_claim_merge_page_needs_the_change_permission(client, seed):
    user = User.objects.create_user("viewer", password="pw-viewer-123", is_staff=True)
    client.force_login(user)
    url = reverse("admin:claims_claim_merge", args=[seed["claim"].pk, ClaimFactory().pk])
    assert client.post(url).status_code == 403


def test_action_set_status_reports_refusals(client, checker, seed):
    other = ClaimFactory(verdict="false")
    response = action(client, "claims_claim", "set_reviewed", [seed["claim"].pk, other.pk])
    text = messages_of(response)
    assert any("can only be 'reviewed' once it has a verdict" in m for m in text)
    assert "1 claim(s) set to reviewed." in text
    other.refresh_from_db()
    assert other.status == "reviewed"
    response = action(client, "claims_claim", "set_in_review", [seed["claim"].pk])
    seed["claim"].refresh_from_db()
    assert seed["claim"].status == "in_review"


def test_action_confirm_suggested_links_of_claims(client, checker, seed):
    link = ClaimLinkFactory(claim=seed["claim"], statement=StatementFactory(stance="asserts"))
    response = action(client, "claims_claim", "confirm_suggested_links", [seed["claim"].pk])
    assert "1 suggested link(s) confirmed." in messages_of(response)
    link.refresh_from_db()
    assert link.state == ClaimLink.State.CONFIRMED
    seed["claim"].refresh_from_db()
    assert seed["claim"].asserts_count == 1
    response = action(client, "claims_claim", "reject_suggested_links", [seed["claim"].pk])
    assert "The selected claims have no suggested links." in messages_of(response)


def test_action_publish_latest_review_sets_the_verdict(client, checker, seed):
    ReviewFactory(claim=seed["claim"], rating="false")
    bare = ClaimFactory()
    response = action(client, "claims_claim", "publish_latest_review", [seed["claim"].pk, bare.pk])
    text = messages_of(response)
    assert "1 review(s) published." in text
    assert any("has no review to publish" in m for m in text)
    seed["claim"].refresh_from_db()
    assert (seed["claim"].verdict, seed["claim"].status) == ("false", "reviewed")


def test_claim_history_page_lists_changes(client, checker, seed):
    from claims.services import claim_set_status

    claim_set_status(claim=seed["claim"], status="triaged", user=checker)
    response = client.get(reverse("admin:claims_claim_history", args=[seed["claim"].pk]))
    assert response.status_code == 200
    assert f"updated by {checker}" in response.content.decode()


# --- links and the review queue -----------------------------------------------------------------


def test_link_actions_confirm_and_reject(client, checker, seed):
    a, b = ClaimLinkFactory(), ClaimLinkFactory()
    response = action(client, "claims_claimlink", "confirm", [a.pk, seed["links"][0].pk])
    assert "2 link(s) confirmed." in messages_of(response)
    response = action(client, "claims_claimlink", "reject", [a.pk, b.pk])
    assert "2 link(s) rejected." in messages_of(response)
    response = action(client, "claims_claimlink", "reject", [a.pk])
    assert "1 selected link(s) were already rejected." in messages_of(response)
    a.refresh_from_db()
    assert a.state == ClaimLink.State.REJECTED


def test_review_queue_lists_suggested_links_best_first(
    client, checker, seed, django_assert_max_num_queries
):
    article = ArticleFactory(outlet=seed["outlet"], submitted_text=f"Kim said {SCRIPT} loudly.")
    statement = statement_in_text(
        article,
        article.text,
        speakers=[(seed["actors"]["dprk"], "Kim")],
        cue="said",
        stance="asserts",
    )
    best = ClaimLinkFactory(statement=statement, claim=seed["claim"], score=0.74)
    worse = ClaimLinkFactory(score=0.52)
    for _ in range(10):
        ClaimLinkFactory(score=0.5, statement=StatementFactory(speaker=ActorFactory()))
    url = reverse("admin:claims_claimlink_review_queue")
    with django_assert_max_num_queries(12):
        response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert [link.pk for link, _ in response.context["rows"]][:2] == [best.pk, worse.pk]
    row = html.split(f'id="link-{best.pk}"')[1].split("</tr>")[0]
    assert '<mark class="hl-speaker" title="speaker">Kim</mark>' in row
    assert '<mark class="hl-cue"' in row
    assert "VOA Indonesia" in row
    assert seed["claim"].text in row
    assert SCRIPT not in html
    assert "&lt;script&gt;" in row
    assert reverse("admin:claims_claimlink_review_decide", args=[best.pk, "confirm"]) in row


def test_review_queue_one_click_confirm_and_reject(client, checker, seed):
    link = ClaimLinkFactory(claim=seed["claim"], statement=StatementFactory(stance="denies"))
    other = ClaimLinkFactory()
    confirm = reverse("admin:claims_claimlink_review_decide", args=[link.pk, "confirm"])
    response = client.post(confirm + "?language=en", follow=True)
    assert response.redirect_chain[-1][0] == (
        reverse("admin:claims_claimlink_review_queue") + "?language=en"
    )
    assert f"Link {link.pk} confirmed for “{seed['claim']}”." in messages_of(response)
    link.refresh_from_db()
    assert link.state == ClaimLink.State.CONFIRMED
    seed["claim"].refresh_from_db()
    assert seed["claim"].denies_count == 2
    assert response.context["page"].paginator.count == 1
    reject = reverse("admin:claims_claimlink_review_decide", args=[other.pk, "reject"])
    client.post(reject)
    other.refresh_from_db()
    assert other.state == ClaimLink.State.REJECTED


def test_review_queue_bad_requests_get_messages(client, checker):
    link = ClaimLinkFactory()
    url = reverse("admin:claims_claimlink_review_decide", args=[link.pk, "maybe"])
    assert "Unknown decision “maybe”" in " ".join(messages_of(client.post(url, follow=True)))
    assert client.get(url).status_code == 405
    gone = reverse("admin:claims_claimlink_review_decide", args=[999999, "confirm"])
    assert "Link 999999 no longer exists" in " ".join(messages_of(client.post(gone, follow=True)))
    bad_filter = client.get(reverse("admin:claims_claimlink_review_queue"), {"since": "nope"})
    assert any("Filter ignored" in m for m in messages_of(bad_filter))


def test_review_queue_needs_csrf_and_staff(checker):
    link = ClaimLinkFactory()
    url = reverse("admin:claims_claimlink_review_decide", args=[link.pk, "confirm"])
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(checker)
    assert strict.post(url).status_code == 403
    anonymous = Client()
    assert anonymous.post(url).status_code == 302
    link.refresh_from_db()
    assert link.state == ClaimLink.State.SUGGESTED


def test_link_change_list_links_to_the_queue(client, checker):
    html = client.get(reverse("admin:claims_claimlink_changelist")).content.decode()
    assert reverse("admin:claims_claimlink_review_queue") in html


# --- articles -----------------------------------------------------------------------------------


def test_article_page_highlights_statements_beside_the_text(client, checker, seed):
    html = client.get(
        reverse("admin:sources_article_change", args=[seed["article"].pk])
    ).content.decode()
    accusation, denial = seed["statements"]
    assert f'<mark id="statement-{accusation.pk}" class="hl-content stance-accuses"' in html
    assert f'<mark id="statement-{denial.pk}" class="hl-content stance-denies"' in html
    assert f'<a href="#statement-{denial.pk}">North Korea, Russia</a>' in html
    assert "<em>membantah</em>" in html
    assert reverse("admin:claims_claim_change", args=[seed["claim"].pk]) in html


def test_article_page_never_renders_article_markup(client, checker):
    article = ArticleFactory(
        title=f"Title {SCRIPT}",
        html=f"<html><body><p>Officials said {SCRIPT} x</p></body></html>",
        submitted_text=f"Officials said {SCRIPT} today.",
        error=f"failed {SCRIPT}",
    )
    StatementFactory(article=article, sentence=article.text, content=SCRIPT, speaker_text=SCRIPT)
    for url in (
        reverse("admin:sources_article_change", args=[article.pk]),
        reverse("admin:sources_article_changelist"),
    ):
        html = client.get(url).content.decode()
        assert SCRIPT not in html
        assert "&lt;script&gt;" in html


def test_article_reprocess_action(client, checker, seed, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        response = action(client, "sources_article", "reprocess", [seed["article"].pk])
    assert any("queued for processing" in m for m in messages_of(response))
    assert callbacks, "processing was not queued"
    seed["article"].refresh_from_db()
    assert seed["article"].state == Article.State.PENDING


# --- actors -------------------------------------------------------------------------------------


def test_actor_alias_clash_gives_a_readable_error(client, checker):
    usa = actor_create(name="United States", aliases={"id": ["Washington"]})
    other = actor_create(name="Washington State")
    url = reverse("admin:sources_actor_change", args=[other.pk])
    response = client.post(
        url,
        {
            "name": other.name,
            "kind": other.kind,
            "reviewed": "on",
            "aliases-TOTAL_FORMS": "2",
            "aliases-INITIAL_FORMS": "1",
            "aliases-MIN_NUM_FORMS": "0",
            "aliases-MAX_NUM_FORMS": "1000",
            "aliases-0-id": other.aliases.get().pk,
            "aliases-0-actor": other.pk,
            "aliases-0-alias": other.name,
            "aliases-0-language": "",
            "aliases-1-actor": other.pk,
            "aliases-1-alias": "WASHINGTON",
            "aliases-1-language": "id",
        },
    )
    assert response.status_code == 200
    assert "already names United States" in response.content.decode()
    assert ActorAlias.objects.filter(normalised="washington").get().actor == usa


def test_actor_autocomplete_finds_by_alias(client, checker):
    actor_create(name="North Korea", aliases={"id": ["Korea Utara"]})
    response = client.get(
        reverse("admin:autocomplete"),
        {"term": "utara", "app_label": "claims", "model_name": "claim", "field_name": "subjects"},
    )
    assert [r["text"] for r in response.json()["results"]] == ["North Korea"]


def test_actor_merge_action(client, checker, seed):
    dprk = seed["actors"]["dprk"]
    duplicate = actor_create(name="DPRK", aliases={"en": ["Pyongyang"]}, reviewed=False)
    statement = StatementFactory(speaker=duplicate)
    response = action(client, "sources_actor", "merge_duplicates", [dprk.pk, duplicate.pk])
    assert any("Merged DPRK into North Korea" in m for m in messages_of(response))
    statement.refresh_from_db()
    assert statement.speaker == dprk
    response = action(client, "sources_actor", "merge_duplicates", [dprk.pk])
    assert "Select at least two actors that were not merged already." in messages_of(response)


def test_actor_merge_moves_everything_to_the_target():
    target = actor_create(name="North Korea", aliases={"id": ["Korut"]})
    source = actor_create(name="Korea Utara (dup)", aliases={"id": ["Pyongyang"]})
    member = ActorFactory(parent=source)
    earlier = ActorFactory(merged_into=source)
    statement = StatementFactory(speaker=source)
    shared = StatementFactory(speaker=target)
    StatementSpeaker.objects.create(statement=statement, actor=source, surface="Korut")
    StatementSpeaker.objects.create(statement=shared, actor=target, surface="Pyongyang")
    StatementSpeaker.objects.create(statement=shared, actor=source, surface="Korut")
    about = ClaimFactory(first_claimant=source)
    about.subjects.add(source)

    actor_merge(source=source, target=target)

    source.refresh_from_db()
    assert source.merged_into == target
    assert set(target.aliases.values_list("alias", "language")) == {
        ("North Korea", ""),
        ("Korut", "id"),
        ("Korea Utara (dup)", ""),
        ("Pyongyang", "id"),
    }
    assert not source.aliases.exists()
    assert Statement.objects.get(pk=statement.pk).speaker == target
    assert list(StatementSpeaker.objects.filter(actor=source)) == []
    assert StatementSpeaker.objects.filter(statement=shared, actor=target).count() == 1
    assert StatementSpeaker.objects.filter(statement=statement, actor=target).count() == 1
    about.refresh_from_db()
    assert about.first_claimant == target
    assert list(about.subjects.all()) == [target]
    member.refresh_from_db()
    earlier.refresh_from_db()
    assert member.parent == target
    assert earlier.merged_into == target


def test_actor_merge_refuses_bad_pairs():
    government = ActorFactory(name="Government")
    spokesperson = ActorFactory(name="Spokesperson", parent=government)
    with pytest.raises(ValidationError, match="into itself"):
        actor_merge(source=government, target=government)
    with pytest.raises(ValidationError, match="its own parent"):
        actor_merge(source=government, target=spokesperson)
    other = ActorFactory()
    actor_merge(source=other, target=government)
    with pytest.raises(ValidationError, match="already merged"):
        actor_merge(source=other, target=spokesperson)
    with pytest.raises(ValidationError, match="merge into that one instead"):
        actor_merge(source=spokesperson, target=other)
    assert Actor.objects.get(pk=spokesperson.pk).merged_into is None


def test_alias_added_after_merge_resolves_to_target():
    target = actor_create(name="Russia")
    source = actor_create(name="Rusia (dup)", aliases={"id": ["Moskow"]})
    actor_merge(source=source, target=target)
    assert actor_alias_add(actor=target, alias="moskow", language="id").actor == target


# --- a reviewer's own claims and links ----------------------------------------------------------


def test_a_statement_page_says_why_it_made_no_claim_and_lists_it_unclaimed(client, checker):
    quote = bucha_quote()
    page = client.get(reverse("admin:claims_statement_change", args=[quote.pk])).content.decode()
    assert "Made no claim: its words cannot stand alone (it opens on &#x27;It&#x27;" in page
    assert reverse("admin:claims_statement_claim", args=[quote.pk]) in page
    assert reverse("admin:claims_statement_link", args=[quote.pk]) in page
    listed = client.get(reverse("admin:claims_statement_changelist") + "?claimed=no")
    assert listed.context["cl"].result_count == 1
    assert list(listed.context["cl"].result_list) == [quote]
    # the most check-worthy first: the column sorts
    sorted_page = client.get(reverse("admin:claims_statement_changelist") + "?o=-9")
    worth = [s.checkworthiness for s in sorted_page.context["cl"].result_list]
    assert len(set(worth)) > 1 and worth == sorted(worth, reverse=True)


def test_a_fact_checker_words_a_claim_for_a_statement_in_the_admin(client, checker):
    quote = bucha_quote()
    url = reverse("admin:claims_statement_claim", args=[quote.pk])
    form = client.get(url)
    assert form.status_code == 200
    assert form.context["form"].initial["text"] == "It looks exactly like war crimes"
    blank = client.post(url, {"text": "  "})
    assert blank.status_code == 200 and blank.context["form"].errors
    assert not quote.links.exists()
    words = "Russian forces committed war crimes in Bucha"
    response = client.post(url, {"text": words}, follow=True)
    claim = Claim.objects.get(text=words)
    assert f"Made claim #{claim.pk}" in " ".join(messages_of(response))
    link = quote.links.get()
    assert (link.claim_id, link.state, link.reviewed_by) == (claim.pk, "confirmed", checker)
    # the same words again: said on the form, nothing stored
    again = client.post(url, {"text": words})
    assert again.status_code == 200
    assert f"Claim {claim.pk} already has these words" in again.content.decode()
    assert Claim.objects.filter(text=words).count() == 1


def test_a_reviewer_links_a_statement_to_a_claim_in_the_admin(client, checker):
    quote = bucha_quote()
    kept = ClaimFactory(text="Russian forces committed war crimes in Bucha")
    merged = ClaimFactory(merged_into=kept)
    url = reverse("admin:claims_statement_link", args=[quote.pk])
    for claim, said in ((999999, "Claim 999999 does not exist"), (merged.pk, "merged into")):
        response = client.post(url, {"claim": claim})
        assert response.status_code == 200 and said in response.content.decode()
    assert not quote.links.exists()
    response = client.post(url, {"claim": kept.pk}, follow=True)
    assert f"Linked this statement to claim #{kept.pk}" in " ".join(messages_of(response))
    link = quote.links.get()
    assert (link.claim_id, link.state, link.method) == (kept.pk, "confirmed", "manual")
    kept.refresh_from_db()
    assert kept.asserts_count == 1
    page = client.get(reverse("admin:claims_statement_change", args=[quote.pk])).content.decode()
    assert "Made no claim" not in page and f"#{kept.pk}</a>" in page


def test_statement_claim_and_link_pages_need_permission_and_a_statement(client, checker):
    response = client.get(reverse("admin:claims_statement_claim", args=[999999]), follow=True)
    assert "Statement 999999 does not exist" in " ".join(messages_of(response))
    quote = bucha_quote()
    viewer = User.objects.create_user("viewer", password="pw-viewer-123", is_staff=True)
    client.force_login(viewer)
    for name in ("admin:claims_statement_claim", "admin:claims_statement_link"):
        assert client.post(reverse(name, args=[quote.pk]), {"claim": 1}).status_code == 403
    assert not quote.links.exists()


def test_review_queue_offers_to_merge_the_claim_a_statement_made_itself(client, checker):
    statement = StatementFactory()
    own = ClaimFactory(text="Australia pays crew members to turn smuggling boats around")
    ClaimLinkFactory(statement=statement, claim=own, state="auto", method="created")
    link = ClaimLinkFactory(statement=statement, score=0.95)
    response = client.get(reverse("admin:claims_claimlink_review_queue"))
    row = response.content.decode().split(f'id="link-{link.pk}"')[1].split("</tr>")[0]
    assert f'made claim <a href="{reverse("admin:claims_claim_change", args=[own.pk])}"' in row
    assert reverse("admin:claims_claim_merge", args=[link.claim_id, own.pk]) in row
