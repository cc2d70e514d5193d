import re
from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth.models import Permission, User
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from claims.dashboard import charts
from claims.dashboard.highlight import Span, locate, mark_spans
from claims.models import (
    Claim,
    ClaimLink,
    Follow,
    SpeakerDaily,
    Stance,
    Statement,
    StatementDaily,
)
from claims.services import (
    article_statements_replace,
    claim_merge,
    claim_refresh_counts,
    review_create,
    review_publish,
    statement_rollup_rebuild,
)
from claims.tasks import rollup_recent_statements
from sources.models import Actor
from sources.services import actor_merge, article_process, article_submit
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    ClaimFactory,
    ClaimLinkFactory,
    OutletFactory,
    StatementFactory,
    StatementSpeakerFactory,
    seed_contested_claim,
    statement_in_text,
)

pytestmark = pytest.mark.django_db

STANCES = list(Stance.values)


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Sessions and throttling use the cache; each test starts from its own.
    cache.clear()
    yield
    cache.clear()


def rolled_up(days: int = 1) -> None:
    """Re-derive the last ``days`` days' roll-ups, as the pipeline leaves them for its articles
    (the factories store statements directly, around article processing)."""
    today = timezone.localdate()
    statement_rollup_rebuild(since=today - timedelta(days=days - 1), until=today)


@pytest.fixture
def reviewer(client):
    user = User.objects.create_user("rita", password="pw-rita-123")
    client.force_login(user)
    return user


@pytest.fixture
def checker(client):
    user = User.objects.create_superuser("fiona", "fiona@example.org", "pw-fiona-123")
    client.force_login(user)
    return user


@pytest.fixture
def seed():
    seeded = seed_contested_claim()
    rolled_up()
    return seeded


def suggested_link(claim=None, score=0.6, **statement_fields):
    statement = StatementFactory(**statement_fields)
    return ClaimLinkFactory(statement=statement, claim=claim or ClaimFactory(), score=score)


def figure(html: str, element_id: str) -> str:
    match = re.search(rf'id="{element_id}"[^>]*>([^<]*)<', html)
    assert match, f"no element {element_id}"
    return match.group(1).strip()


# --- access -------------------------------------------------------------------------------------


def test_dashboards_require_login(client, seed):
    for url in (
        reverse("dashboard:overview"),
        reverse("dashboard:claim", args=[seed["claim"].pk]),
        reverse("dashboard:queue"),
        reverse("dashboard:actor", args=[seed["actors"]["usa"].pk]),
        reverse("dashboard:overview-figures"),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


# --- overview -----------------------------------------------------------------------------------


def test_overview_counts_the_seed_claim_as_contested(client, reviewer, seed):
    response = client.get(reverse("dashboard:overview"))
    html = response.content.decode()
    assert response.status_code == 200
    assert figure(html, "claims-total") == "1"
    assert figure(html, "claims-contested") == "1"
    assert figure(html, "contested-24h") == "1"
    contested = html.split('id="contested-claims"')[1].split("</table>")[0]
    assert seed["claim"].text in contested
    assert reverse("dashboard:claim", args=[seed["claim"].pk]) in contested


def test_overview_counts_claims_by_status_and_verdict(client, reviewer):
    ClaimFactory.create_batch(2, status=Claim.Status.TRIAGED)
    ClaimFactory(status=Claim.Status.REVIEWED, verdict="false")
    context = client.get(reverse("dashboard:overview")).context
    by_status = {value: n for value, _, n in context["claims"]["by_status"]}
    by_verdict = {value: n for value, _, n in context["claims"]["by_verdict"]}
    assert by_status == {"new": 0, "triaged": 2, "in_review": 0, "reviewed": 1}
    assert by_verdict["false"] == 1
    assert by_verdict["none"] == 2


def test_overview_new_claims_windows(client, reviewer):
    old = ClaimFactory()
    Claim.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=3))
    ancient = ClaimFactory()
    Claim.objects.filter(pk=ancient.pk).update(created_at=timezone.now() - timedelta(days=30))
    ClaimFactory()
    claims = client.get(reverse("dashboard:overview")).context["claims"]
    assert (claims["new_24h"], claims["new_7d"], claims["total"]) == (1, 2, 3)


def test_overview_shows_queue_size_and_age(client, reviewer):
    link = suggested_link()
    ClaimLink.objects.filter(pk=link.pk).update(created_at=timezone.now() - timedelta(hours=5))
    suggested_link()
    html = client.get(reverse("dashboard:overview")).content.decode()
    assert figure(html, "queue-size") == "2"
    assert "oldest waits 5\xa0hours" in html


def test_overview_chart_is_svg_with_a_bar_per_stance(client, reviewer, seed):
    html = client.get(reverse("dashboard:overview")).content.decode()
    svg = html.split("<svg", 1)[1].split("</svg>")[0]
    today = timezone.localdate().isoformat()
    assert f"<title>{today}: 1 accuses</title>" in svg
    assert f"<title>{today}: 1 denies</title>" in svg
    assert "<script" not in svg


def test_overview_lists_most_active_claimants_and_outlets(client, reviewer, seed):
    context = client.get(reverse("dashboard:overview")).context
    claimants = {row["name"]: (row["n"], row["denies"]) for row in context["claimants"]}
    assert claimants == {"United States": (1, 0), "North Korea": (1, 1), "Russia": (1, 1)}
    assert [(r["name"], r["n"], r["articles"]) for r in context["outlets"]] == [
        ("VOA Indonesia", 2, 1)
    ]
    html = client.get(reverse("dashboard:overview")).content.decode()
    assert f'href="?outlet={context["outlets"][0]["outlet_id"]}">VOA Indonesia</a>' in html


def test_overview_filters_narrow_figures_and_stay_in_links(client, reviewer, seed):
    ClaimFactory(language="id", status=Claim.Status.TRIAGED)
    other_outlet = OutletFactory()
    url = reverse("dashboard:overview")
    assert client.get(url, {"status": "triaged"}).context["claims"]["total"] == 1
    assert client.get(url, {"language": "en"}).context["claims"]["total"] == 1
    by_outlet = client.get(url, {"outlet": seed["outlet"].pk}).context
    assert by_outlet["claims"]["total"] == 1
    assert by_outlet["claims"]["contested"] == 1
    assert client.get(url, {"outlet": other_outlet.pk}).context["claims"]["total"] == 0
    html = client.get(url, {"status": "triaged", "language": "id"}).content.decode()
    assert 'href="/dashboard/queue/?status=triaged&amp;language=id"' in html
    assert "/dashboard/figures/?status=triaged&amp;language=id" in html


def test_overview_date_filter_sets_the_chart_window(client, reviewer, seed):
    today = timezone.localdate()
    since = today - timedelta(days=6)
    context = client.get(
        reverse("dashboard:overview"), {"since": since.isoformat(), "until": today.isoformat()}
    ).context
    assert len(context["chart"]["days"]) == 7
    assert context["chart"]["total"] == 2
    yesterday = today - timedelta(days=1)
    context = client.get(reverse("dashboard:overview"), {"until": yesterday.isoformat()}).context
    assert context["chart"]["total"] == 0
    assert context["claims"]["total"] == 0


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"language": "english!"}, "two- or three-letter code"),
        ({"outlet": "99999"}, "There is no such outlet"),
        ({"outlet": "abc"}, "There is no such outlet"),
        ({"since": "2024-13-45"}, "Enter a valid date"),
        ({"since": "2024-05-02", "until": "2024-05-01"}, "start date is after the end date"),
        ({"since": "2020-01-01", "until": "2024-01-01"}, "at most 366 days"),
        ({"status": "bogus"}, "Select a valid choice"),
    ],
)
def test_overview_bad_filters_give_a_clear_error(client, reviewer, params, message):
    response = client.get(reverse("dashboard:overview"), params)
    assert response.status_code == 400
    assert message in response.content.decode()
    fragment = client.get(reverse("dashboard:overview-figures"), params)
    assert fragment.status_code == 400
    assert message in fragment.content.decode()


def test_overview_figures_fragment_polls_itself(client, reviewer, seed):
    response = client.get(reverse("dashboard:overview-figures"), {"language": "en"})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<div id="figures"')
    assert 'hx-trigger="every 30s"' in html
    assert 'hx-get="/dashboard/figures/?language=en"' in html
    assert "<html" not in html
    assert figure(html, "claims-contested") == "1"


def _grow(n: int) -> None:
    outlet = OutletFactory()
    for i in range(n):
        claim = ClaimFactory(language="en" if i % 2 else "id")
        for stance in ("accuses", "denies", "asserts"):
            st = StatementFactory(
                stance=stance, article=ArticleFactory(outlet=outlet), speaker=ActorFactory()
            )
            ClaimLinkFactory(statement=st, claim=claim, state=ClaimLink.State.AUTO)
        suggested_link(claim=claim)
        claim_refresh_counts(claim.pk)
    rolled_up()


def test_overview_query_count_does_not_grow_with_data(
    client, reviewer, seed, django_assert_max_num_queries
):
    url = reverse("dashboard:overview")
    with django_assert_max_num_queries(15):
        client.get(url)
    _grow(15)
    with django_assert_max_num_queries(15):
        client.get(url, {"outlet": seed["outlet"].pk, "language": "id", "status": "new"})
    with django_assert_max_num_queries(15):
        response = client.get(url)
    assert response.context["claims"]["total"] == 16


# --- claim page ---------------------------------------------------------------------------------


def test_claim_page_timeline_shows_who_accused_and_who_denied(client, reviewer, seed):
    response = client.get(reverse("dashboard:claim", args=[seed["claim"].pk]))
    html = response.content.decode()
    assert response.status_code == 200
    timeline = html.split('id="timeline"')[1].split("</ol>")[0]
    accusation, denial = timeline.split('<li class="entry')[1:]
    assert "United States" in accusation
    assert "Accuses" in accusation
    assert '<mark class="hl-cue"' in accusation and ">menuduh</mark>" in accusation
    assert '<mark class="hl-speaker" title="speaker">Washington</mark>' in accusation
    assert "North Korea" in denial and "Russia" in denial
    assert "Denies" in denial and ">membantah</mark>" in denial
    assert "VOA Indonesia" in denial
    assert 'lang="id"' in denial
    assert seed["article"].url in accusation


def test_claim_page_shows_spread_across_outlets_and_languages(client, reviewer, seed):
    outlet = OutletFactory(name="Associated Press")
    statement = StatementFactory(article=ArticleFactory(outlet=outlet), stance="asserts")
    ClaimLinkFactory(statement=statement, claim=seed["claim"], state=ClaimLink.State.CONFIRMED)
    spread = client.get(reverse("dashboard:claim", args=[seed["claim"].pk])).context["spread"]
    assert [(r["statement__article__outlet__name"], r["n"]) for r in spread["outlets"]] == [
        ("VOA Indonesia", 2),
        ("Associated Press", 1),
    ]
    assert [(lang, n) for lang, n, _ in spread["languages"]] == [("id", 2), ("en", 1)]


def test_claim_page_filters_the_timeline(client, reviewer, seed):
    url = reverse("dashboard:claim", args=[seed["claim"].pk])
    assert len(client.get(url, {"language": "en"}).context["entries"]) == 0
    assert len(client.get(url, {"language": "id"}).context["entries"]) == 2
    response = client.get(url, {"since": "2024-02-30"})
    assert response.status_code == 400
    assert "Enter a valid date" in response.content.decode()


def test_claim_page_leaves_out_rejected_links(client, reviewer, seed):
    ClaimLink.objects.filter(pk=seed["links"][1].pk).update(state=ClaimLink.State.REJECTED)
    entries = client.get(reverse("dashboard:claim", args=[seed["claim"].pk])).context["entries"]
    assert [link.stance for link, _ in entries] == ["accuses"]


def test_claim_page_shows_verdict_and_its_history(client, reviewer, seed):
    review = review_create(claim=seed["claim"], rating="false", explanation="No evidence.")
    review_publish(review=review)
    html = client.get(reverse("dashboard:claim", args=[seed["claim"].pk])).content.decode()
    assert figure(html, "claim-verdict") == "False"
    history = html.split('id="verdict-history"')[1].split("</table>")[0]
    assert "No verdict" in history
    assert history.index("No verdict") < history.index("<td>False</td>")
    assert "No evidence." in html


def test_claim_page_escapes_article_content(client, reviewer):
    article = ArticleFactory(
        submitted_text='Officials said <script>alert("x")</script> talks would go on.'
    )
    statement = StatementFactory(
        article=article,
        sentence=article.text,
        content='<script>alert("x")</script> talks would go on',
        speaker_text="<b>Officials</b>",
    )
    link = ClaimLinkFactory(statement=statement, state=ClaimLink.State.AUTO)
    html = client.get(reverse("dashboard:claim", args=[link.claim_id])).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "<b>Officials</b>" not in html


def test_merged_claim_page_redirects_to_the_surviving_claim(client, reviewer, seed):
    duplicate = ClaimFactory()
    claim_merge(source=duplicate, target=seed["claim"])
    response = client.get(reverse("dashboard:claim", args=[duplicate.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("dashboard:claim", args=[seed["claim"].pk])


def test_unknown_claim_is_404(client, reviewer):
    assert client.get(reverse("dashboard:claim", args=[987654])).status_code == 404


def test_claim_page_query_count_does_not_grow_with_statements(
    client, reviewer, seed, django_assert_max_num_queries
):
    url = reverse("dashboard:claim", args=[seed["claim"].pk])
    with django_assert_max_num_queries(15):
        client.get(url)
    for i in range(30):
        article = ArticleFactory(outlet=OutletFactory(), language="en" if i % 2 else "id")
        statement = statement_in_text(
            article,
            article.text,
            speakers=[(ActorFactory(), "Officials"), (ActorFactory(), "talks")],
            cue="said",
            stance="denies" if i % 3 else "accuses",
        )
        ClaimLinkFactory(statement=statement, claim=seed["claim"], state=ClaimLink.State.AUTO)
    review_create(claim=seed["claim"], rating="mixed", explanation="Partly.", publish=True)
    with django_assert_max_num_queries(15):
        response = client.get(url)
    assert len(response.context["entries"]) == 32


def test_following_and_unfollowing_a_claim_from_its_page(client, reviewer, seed):
    claim = seed["claim"]
    page = reverse("dashboard:claim", args=[claim.pk])
    follow_url = reverse("dashboard:claim-follow", args=[claim.pk])
    assert follow_url in client.get(page).content.decode()
    assert client.get(follow_url).status_code == 405

    response = client.post(follow_url, follow=True)
    assert "You now follow this claim." in response.content.decode()
    assert Follow.objects.filter(user=reviewer, claim=claim).count() == 1
    assert "Unfollow" in response.content.decode()
    client.post(follow_url)  # following twice is one follow
    assert Follow.objects.filter(user=reviewer, claim=claim).count() == 1

    response = client.post(follow_url, {"action": "unfollow"}, follow=True)
    assert "You no longer follow this claim." in response.content.decode()
    assert not Follow.objects.filter(user=reviewer, claim=claim).exists()


# --- queue --------------------------------------------------------------------------------------


def test_queue_orders_by_score_then_recency(client, reviewer):
    low = suggested_link(score=0.55)
    high_old = suggested_link(score=0.8)
    ClaimLink.objects.filter(pk=high_old.pk).update(created_at=timezone.now() - timedelta(days=2))
    high_new = suggested_link(score=0.8)
    ClaimLinkFactory(state=ClaimLink.State.AUTO, score=0.95)
    rows = client.get(reverse("dashboard:queue")).context["rows"]
    assert [link.pk for link, _ in rows] == [high_new.pk, high_old.pk, low.pk]


def test_queue_confirm_drops_the_count_and_counts_the_statement(client, checker, seed):
    link = suggested_link(claim=seed["claim"], stance="asserts")
    suggested_link()
    url = reverse("dashboard:queue")
    assert client.get(url).context["queue"]["size"] == 2
    response = client.post(
        reverse("dashboard:queue-confirm", args=[link.pk]), {"next": f"{url}?language=en"}
    )
    assert response.status_code == 302
    assert response["Location"] == f"{url}?language=en"
    link.refresh_from_db()
    assert link.state == ClaimLink.State.CONFIRMED
    assert link.reviewed_by == checker
    seed["claim"].refresh_from_db()
    assert seed["claim"].asserts_count == 1
    html = client.get(url).content.decode()
    assert 'data-count="1"' in html
    assert "Link confirmed" in html


def test_queue_reject_and_repeat_give_clear_messages(client, checker):
    link = suggested_link()
    url = reverse("dashboard:queue-reject", args=[link.pk])
    client.post(url)
    link.refresh_from_db()
    assert link.state == ClaimLink.State.REJECTED
    response = client.post(url, follow=True)
    assert "already rejected; nothing changed" in response.content.decode()
    response = client.post(reverse("dashboard:queue-confirm", args=[424242]), follow=True)
    assert "Link 424242 no longer exists" in response.content.decode()


def test_queue_next_parameter_cannot_leave_the_site(client, checker):
    link = suggested_link()
    response = client.post(
        reverse("dashboard:queue-confirm", args=[link.pk]), {"next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("dashboard:queue")


def test_queue_decisions_need_permission_and_post(client, reviewer):
    link = suggested_link()
    url = reverse("dashboard:queue-confirm", args=[link.pk])
    assert client.get(url).status_code == 405
    assert client.post(url).status_code == 403
    html = client.get(reverse("dashboard:queue")).content.decode()
    assert url not in html
    reviewer.user_permissions.add(Permission.objects.get(codename="change_claimlink"))
    assert client.post(url).status_code == 302
    link.refresh_from_db()
    assert link.state == ClaimLink.State.CONFIRMED


def test_queue_decisions_need_a_csrf_token(reviewer):
    from django.test import Client

    reviewer.user_permissions.add(Permission.objects.get(codename="change_claimlink"))
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    link = suggested_link()
    assert client.post(reverse("dashboard:queue-confirm", args=[link.pk])).status_code == 403
    link.refresh_from_db()
    assert link.state == ClaimLink.State.SUGGESTED


def test_queue_row_highlights_speaker_and_cue_and_names_candidate(client, checker, seed):
    article = ArticleFactory(
        outlet=seed["outlet"], language="id", submitted_text="Pyongyang membantah tuduhan itu."
    )
    statement = statement_in_text(
        article,
        "Pyongyang membantah tuduhan itu.",
        speakers=[(seed["actors"]["dprk"], "Pyongyang")],
        cue="membantah",
        stance="denies",
    )
    link = ClaimLinkFactory(statement=statement, claim=seed["claim"], score=0.66)
    html = client.get(reverse("dashboard:queue")).content.decode()
    row = html.split(f'id="link-{link.pk}"')[1].split("</li>")[0]
    assert '<mark class="hl-speaker" title="speaker">Pyongyang</mark>' in row
    assert ">membantah</mark>" in row
    assert seed["claim"].text in row
    assert "VOA Indonesia" in row
    assert reverse("dashboard:queue-confirm", args=[link.pk]) in row


def test_queue_count_fragment_and_query_count(client, checker, django_assert_max_num_queries):
    for _ in range(3):
        suggested_link()
    with django_assert_max_num_queries(12):
        client.get(reverse("dashboard:queue"))
    for _ in range(20):
        suggested_link(speaker=ActorFactory())
    with django_assert_max_num_queries(12):
        response = client.get(reverse("dashboard:queue"))
    assert len(response.context["rows"]) == 23
    fragment = client.get(reverse("dashboard:queue-count"), {"language": "en"}).content.decode()
    assert fragment.lstrip().startswith('<p id="queue-count"')
    assert 'data-count="23"' in fragment


# --- actor page ---------------------------------------------------------------------------------


def test_actor_page_lists_statements_and_claims(client, reviewer, seed):
    dprk = seed["actors"]["dprk"]
    response = client.get(reverse("dashboard:actor", args=[dprk.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert figure(html, "actor-total") == "1"
    assert "membantah" in html
    about = html.split('id="claims-about"')[1].split("</table>")[0]
    assert seed["claim"].text in about
    usa = client.get(reverse("dashboard:actor", args=[seed["actors"]["usa"].pk])).content
    first = usa.decode().split('id="first-claimed"')[1].split("</table>")[0]
    assert seed["claim"].text in first


def test_merged_actor_page_redirects(client, reviewer, seed):
    duplicate = ActorFactory(name="DPRK (duplicate)", kind=Actor.Kind.COUNTRY)
    actor_merge(source=duplicate, target=seed["actors"]["dprk"])
    response = client.get(reverse("dashboard:actor", args=[duplicate.pk]))
    assert response["Location"] == reverse("dashboard:actor", args=[seed["actors"]["dprk"].pk])


def test_actor_page_query_count(client, reviewer, seed, django_assert_max_num_queries):
    usa = seed["actors"]["usa"]
    for _ in range(20):
        st = StatementFactory(speaker=usa, stance="accuses")
        StatementSpeakerFactory(statement=st, actor=usa)
        ClaimLinkFactory(statement=st, state=ClaimLink.State.AUTO)
    with django_assert_max_num_queries(10):
        response = client.get(reverse("dashboard:actor", args=[usa.pk]))
    assert response.context["total"] == 21


# --- pages are usable with the keyboard and on a phone ------------------------------------------


def test_pages_have_skip_link_labels_and_viewport(client, reviewer, seed):
    html = client.get(reverse("dashboard:overview")).content.decode()
    assert '<a class="skip" href="#main">' in html
    assert 'name="viewport" content="width=device-width, initial-scale=1"' in html
    for field in ("status", "language", "outlet", "since", "until"):
        assert f'<label for="id_{field}">' in html
    assert "claims/vendor/htmx.min.js" in html
    assert "//cdn" not in html and "unpkg" not in html


# --- daily roll-ups -----------------------------------------------------------------------------


def direct_rollups() -> tuple[dict, dict]:
    """Both roll-ups counted straight from the statements (the GROUP BY they must equal)."""
    daily: dict = {}
    speakers: dict = {}
    statements = Statement.objects.select_related("article").prefetch_related("speaker_rows")
    for st in statements:
        day = timezone.localdate(st.created_at)
        key = (day, st.article.outlet_id or 0, st.language)
        row = daily.setdefault(
            key, {"statements": 0, "articles": set(), **dict.fromkeys(STANCES, 0)}
        )
        row["statements"] += 1
        row["articles"].add(st.article_id)
        row[st.stance] += 1
        for speaker in st.speaker_rows.all():
            counts = speakers.setdefault((day, speaker.actor_id, key[1], st.language), [0, 0])
            counts[0] += 1
            counts[1] += st.stance == "denies"
    daily = {k: {**v, "articles": len(v["articles"])} for k, v in daily.items()}
    return daily, {k: tuple(v) for k, v in speakers.items()}


def stored_rollups() -> tuple[dict, dict]:
    daily = {
        (r.day, r.outlet_key, r.language): {
            "statements": r.statements,
            "articles": r.articles,
            **{s: getattr(r, s) for s in STANCES},
        }
        for r in StatementDaily.objects.all()
    }
    speakers = {
        (r.day, r.actor_id, r.outlet_key, r.language): (r.statements, r.denials)
        for r in SpeakerDaily.objects.all()
    }
    return daily, speakers


def processed(text: str, outlet=None):
    article = article_submit(text=text, outlet=outlet, enqueue=False).article
    article_process(article.pk)
    article.refresh_from_db()
    assert article.state == article.State.PROCESSED, article.error
    return article


def test_rollups_follow_processing_and_reprocessing_of_articles(demo, seed_text):
    # The demo already put the seed article through the pipeline.
    article = processed(seed_text)
    daily, speakers = stored_rollups()
    assert (daily, speakers) == direct_rollups()
    today_row = daily[(timezone.localdate(), article.outlet_id, "id")]
    assert today_row["statements"] == article.statements.count() > 0
    assert today_row["denies"] >= 1
    assert today_row["articles"] == 1

    # Reprocessed with part of its text gone: the dropped statements leave the roll-ups.
    before = article.statements.count()
    article.text = article.text[: len(article.text) // 2]
    article.save()
    article_statements_replace(article)
    assert 0 < article.statements.count() < before
    assert stored_rollups() == direct_rollups()

    # And back: the statements come again, counted once.
    article.text = seed_text
    article.save()
    article_statements_replace(article)
    article_statements_replace(article)
    assert article.statements.count() == before
    assert stored_rollups() == (daily, speakers)


def test_rollups_count_articles_and_outlets_apart(english_text):
    wire = OutletFactory(name="Desk Wire")
    first = processed(english_text, outlet=wire)
    processed(english_text.replace("Pyongyang", "North Korea", 1), outlet=wire)
    processed(english_text.replace("Pyongyang", "The DPRK", 1))  # no outlet
    assert first.statements.exists()
    daily, speakers = stored_rollups()
    assert (daily, speakers) == direct_rollups()
    today = timezone.localdate()
    assert daily[(today, wire.pk, "en")]["articles"] == 2
    assert daily[(today, wire.pk, "en")]["statements"] == 2 * first.statements.count()
    assert daily[(today, 0, "en")]["articles"] == 1
    assert speakers


def test_rollups_stay_exact_when_claims_are_merged(demo, seed_text):
    processed(seed_text)
    claims = list(Claim.objects.filter(merged_into__isnull=True))
    duplicate = ClaimFactory()
    link = ClaimLink.objects.filter(claim=claims[0]).first()
    ClaimLinkFactory(statement=link.statement, claim=duplicate, state=ClaimLink.State.AUTO)
    before = stored_rollups()
    claim_merge(source=duplicate, target=claims[0])
    assert stored_rollups() == before == direct_rollups()


def test_rollup_rebuild_rederives_each_day_outlet_language_and_speaker():
    outlets = [OutletFactory(), OutletFactory()]
    actors = [ActorFactory(), ActorFactory()]
    today = timezone.localdate()
    for i in range(12):
        article = ArticleFactory(outlet=outlets[i % 2] if i % 5 else None)
        st = StatementFactory(
            article=article, stance=STANCES[i % len(STANCES)], language=("en", "id")[i % 3 == 0]
        )
        for actor in actors[: 1 + i % 2]:
            StatementSpeakerFactory(statement=st, actor=actor)
        Statement.objects.filter(pk=st.pk).update(created_at=timezone.now() - timedelta(days=i % 4))
    # A stale row outside any statement must go; one before the range must stay.
    StatementDaily.objects.create(day=today - timedelta(days=2), outlet_key=999, statements=5)
    kept = StatementDaily.objects.create(day=today - timedelta(days=9), outlet_key=7, statements=1)
    written = statement_rollup_rebuild(since=today - timedelta(days=5), until=today)
    assert written == (StatementDaily.objects.count() - 1, SpeakerDaily.objects.count())
    daily, speakers = stored_rollups()
    del daily[(kept.day, 7, "")]
    assert (daily, speakers) == direct_rollups()
    assert {key[0] for key in daily} == {today - timedelta(days=d) for d in range(4)}
    with pytest.raises(ValidationError, match="after its last day"):
        statement_rollup_rebuild(since=today, until=today - timedelta(days=1))


def test_periodic_task_repairs_today_and_yesterday(demo, seed_text):
    article = processed(seed_text)
    old = StatementFactory(stance="denies")
    Statement.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=5))
    article.delete()  # outside the services: the roll-ups drift
    assert stored_rollups() != direct_rollups()
    rollup_recent_statements.delay()
    daily, _ = stored_rollups()
    assert daily == {}  # today's rows are gone; the older day is left to the backfill
    call_command("rollup_statements", stdout=StringIO(), stderr=StringIO())
    assert stored_rollups() == direct_rollups() != ({}, {})


def test_drifted_rollups_never_fail_processing_and_are_repaired(demo, seed_text):
    article = processed(seed_text)
    StatementDaily.objects.all().delete()
    SpeakerDaily.objects.all().delete()
    article.text = article.text[: len(article.text) // 2]
    article.save()
    article_statements_replace(article)  # subtracts from rows that are gone: no error
    assert StatementDaily.objects.filter(statements__lt=0).exists()
    rollup_recent_statements.delay()
    assert stored_rollups() == direct_rollups()
    assert not StatementDaily.objects.filter(statements__lt=0).exists()


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_rollups_stay_exact_when_articles_are_processed_during_rebuilds(english_text):
    import threading

    from django.db import connection

    articles = [
        article_submit(text=english_text.replace("Pyongyang", name, 1), enqueue=False).article
        for name in ("Pyongyang", "North Korea", "The DPRK", "Kim's government")
    ]
    done = threading.Event()
    errors: list[BaseException] = []

    def process() -> None:
        try:
            for article in articles:
                article_process(article.pk)
        except BaseException as exc:
            errors.append(exc)
        finally:
            done.set()
            connection.close()

    def rebuild() -> None:
        try:
            today = timezone.localdate()
            while not done.is_set():
                statement_rollup_rebuild(since=today, until=today)
        except BaseException as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=process), threading.Thread(target=rebuild)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not errors
    assert Statement.objects.count() > 0
    assert stored_rollups() == direct_rollups()


def test_rollup_command_rebuilds_all_days_with_progress_and_clear_errors():
    st = StatementFactory()
    StatementSpeakerFactory(statement=st)
    Statement.objects.filter(pk=st.pk).update(created_at=timezone.now() - timedelta(days=40))
    StatementFactory(stance="denies")
    out, err = StringIO(), StringIO()
    call_command("rollup_statements", "--days-per-batch", "10", stdout=out, stderr=err)
    assert "Rebuilt 41 day(s)" in out.getvalue()
    assert "41/41" in err.getvalue()
    assert stored_rollups() == direct_rollups()
    with pytest.raises(CommandError, match="is not a date; write it as YYYY-MM-DD"):
        call_command("rollup_statements", "--since", "yesterday")
    with pytest.raises(CommandError, match="is after --until"):
        call_command("rollup_statements", "--since", "2024-05-02", "--until", "2024-05-01")
    with pytest.raises(CommandError, match="at least 1"):
        call_command("rollup_statements", "--days-per-batch", "0")


def test_rollup_command_on_an_empty_database_says_so():
    out = StringIO()
    call_command("rollup_statements", stdout=out, stderr=StringIO())
    assert "nothing to rebuild" in out.getvalue()


def test_overview_activity_is_read_from_the_rollups_and_filtered(client, reviewer, seed):
    url = reverse("dashboard:overview")
    other = OutletFactory()
    StatementFactory(article=ArticleFactory(outlet=other), stance="asserts", language="en")
    # Not rolled up yet: the overview does not count it.
    assert client.get(url).context["chart"]["total"] == 2
    rolled_up()
    assert client.get(url).context["chart"]["total"] == 3
    by_outlet = client.get(url, {"outlet": other.pk}).context
    assert by_outlet["chart"]["total"] == 1
    assert [r["name"] for r in by_outlet["outlets"]] == [other.name]
    assert by_outlet["claimants"] == []
    by_language = client.get(url, {"language": "id"}).context
    assert by_language["chart"]["total"] == 2
    assert {r["name"] for r in by_language["claimants"]} == {
        "United States",
        "North Korea",
        "Russia",
    }


# --- building blocks ----------------------------------------------------------------------------


def test_mark_spans_escapes_everything_and_splits_overlaps():
    text = "A <b>said</b> & B"
    html = mark_spans(text, [Span(0, 9, "x"), Span(2, 13, "y", title='"t"'), Span(40, 50, "z")])
    assert html == (
        '<mark class="x" title="">A </mark>'
        '<mark class="x y" title="&quot;t&quot;">&lt;b&gt;said</mark>'
        '<mark class="y" title="&quot;t&quot;">&lt;/b&gt;</mark> &amp; B'
    )


def test_locate_falls_back_to_searching_when_offsets_are_stale():
    assert locate("Kim said so", 4, 8, "said") == (4, 8)
    assert locate("Kim said so", 0, 4, "said") == (4, 8)
    assert locate("Kim said so", 0, 4, "denied") is None


def test_stacked_bars_scale_and_escape_labels():
    from datetime import date

    days = [date(2024, 5, 1), date(2024, 5, 2)]
    svg = charts.stacked_bars(
        days, {"accuses": [3, 0], "denies": [4, 1]}, labels={"accuses": "<A>"}, title="T&"
    )
    assert "<title>2024-05-01: 3 &lt;a&gt;</title>" in svg
    assert "<title>2024-05-02: 1 denies</title>" in svg
    assert 'class="axis" text-anchor="end">10<' in svg
    assert "T&amp;" in svg
    assert charts._nice_ceiling(0) == 1
    assert charts._nice_ceiling(7) == 10
    assert charts._nice_ceiling(101) == 200


def test_overview_counts_check_worthy_statements_without_a_claim(client, checker):
    counted = [
        StatementFactory(checkworthiness=0.8),
        StatementFactory(checkworthiness=0.8, language="id"),
    ]
    StatementFactory(checkworthiness=0.2)  # not check-worthy
    ClaimLinkFactory(statement=StatementFactory(checkworthiness=0.9), state="auto")
    ClaimLinkFactory(statement=StatementFactory(checkworthiness=0.9), state="suggested")
    rejected = StatementFactory(checkworthiness=0.9)  # its only link was rejected: no claim
    ClaimLinkFactory(statement=rejected, state="rejected")
    counted.append(rejected)
    old = StatementFactory(checkworthiness=0.9)  # before the 30 days the overview covers
    Statement.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=60))

    html = client.get(reverse("dashboard:overview")).content.decode()
    assert figure(html, "unclaimed-size") == "3"
    assert "?claimed=no&amp;checkworthy=yes" in html
    # The admin list it links to, over the same days, holds those statements.
    link = re.search(r'href="([^"]*)" id="unclaimed-size"', html).group(1).replace("&amp;", "&")
    response = client.get(link)
    assert response.status_code == 200
    assert {s.pk for s in response.context["cl"].result_list} == {s.pk for s in counted}
    cache.clear()
    html = client.get(reverse("dashboard:overview"), {"language": "en"}).content.decode()
    assert figure(html, "unclaimed-size") == "2"
    assert "language__exact=en" in html


def test_queue_row_of_a_statement_that_made_its_own_claim_offers_the_merge(client, checker):
    statement = StatementFactory(checkworthiness=0.8)
    own = ClaimFactory(text="Australia pays crew members to turn smuggling boats around")
    ClaimLinkFactory(statement=statement, claim=own, state="auto", method="created")
    candidate = ClaimFactory(text="Australian officials paid a boat crew to take migrants back")
    link = ClaimLinkFactory(statement=statement, claim=candidate, state="suggested", score=0.95)
    other = suggested_link()  # a statement that made no claim: no such line

    html = client.get(reverse("dashboard:queue")).content.decode()
    row = html[html.index(f'id="link-{link.pk}"') :]
    row = row[: row.index("</li>")]
    own_page = reverse("dashboard:claim", args=[own.pk])
    assert f'made claim <a href="{own_page}">#{own.pk}</a>' in row
    merge = reverse("admin:claims_claim_merge", args=[candidate.pk, own.pk])
    assert f'href="{merge}"' in row
    assert reverse("admin:claims_claim_merge", args=[own.pk, candidate.pk]) in row
    other_row = html[html.index(f'id="link-{other.pk}"') :]
    assert "made claim" not in other_row[: other_row.index("</li>")]
    # The merge behind it asks first, then merges the statement's claim into the candidate.
    assert "Merge a duplicate claim" in client.get(merge).content.decode()
    client.post(merge)
    own.refresh_from_db()
    assert own.merged_into_id == candidate.pk
    # the statement's counting link moved with its claim; the suggestion gave way to it
    kept = ClaimLink.objects.get(statement=statement)
    assert (kept.claim_id, kept.state) == (candidate.pk, "auto")
    candidate.refresh_from_db()
    assert candidate.statement_count == 1
    html = client.get(reverse("dashboard:queue")).content.decode()
    assert "made claim" not in html  # merged: its link moved to the candidate
