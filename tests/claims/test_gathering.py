"""A new claim gathers the statements stored before it that repeat, support or deny it.

With the real default embedder, on SQLite by default and on PostgreSQL (pgvector, the statements'
HNSW index) when DATABASE_URL is set, as in `make test`.
"""

import io
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone

from claims import matching
from claims.models import Claim, ClaimLink, Stance, Statement
from claims.services import (
    claim_create,
    claim_merge,
    claim_update,
    claims_gather,
    link_confirm,
    link_reject,
)
from claims.tasks import gather_pending_claims
from sources.models import Article
from sources.services import article_process, article_submit
from tests.conftest import DEMO_DIR

pytestmark = pytest.mark.django_db

SEED_PATH = DEMO_DIR / "voa-id-kim-putin-2023-10-12.txt"
DEMO_CLAIM = "North Korea supplies weapons to Russia for its war in Ukraine"
# Two short reports in our own words: the mayor's figure first as a quote that cannot stand
# alone ("They"), then in Indonesian, where it makes a claim.
MAYOR_QUOTE = (
    "KYIV (Reuters) - The mayor of Bucha spoke to reporters on Monday as bodies were collected "
    'from the streets.\n\n"They killed more than 300 of our residents," Mayor Anatoliy Fedoruk '
    "said."
)
MAYOR_ID = (
    "JAKARTA (VOA) - Wali Kota Bucha Anatoliy Fedoruk mengatakan lebih dari 300 warga Bucha "
    "telah dibunuh oleh tentara Rusia selama pendudukan."
)


def _processed(text: str, language: str) -> Article:
    article = article_submit(text=text, language=language, enqueue=False).article
    article_process(article.pk)
    article.refresh_from_db()
    assert article.state == Article.State.PROCESSED, article.error
    return article


@pytest.fixture
def seed(django_capture_on_commit_callbacks) -> Article:
    """The seed article, processed with no claim in the base: its accusation makes a claim of
    its own, its denial ("melakukan transaksi senjata apa pun") none."""
    with django_capture_on_commit_callbacks(execute=True):
        return _processed(SEED_PATH.read_text(encoding="utf-8"), "id")


def _statements(article: Article) -> tuple[Statement, Statement]:
    accusing = article.statements.get(stance=Stance.ACCUSES)
    denying = article.statements.get(stance=Stance.DENIES)
    return accusing, denying


def test_a_claim_made_later_gathers_the_accusation_and_the_denial_stored_before_it(
    seed, django_capture_on_commit_callbacks
):
    accusing, denying = _statements(seed)
    own = accusing.links.get()
    assert own.method == ClaimLink.Method.CREATED
    assert not denying.links.exists()

    with django_capture_on_commit_callbacks(execute=True):
        claim = claim_create(text=DEMO_CLAIM, language="en")

    claim.refresh_from_db()
    assert claim.gathered_at is not None
    # The denial had no claim: it is offered for the new one, as a denial. With the article's own
    # claim of the same event beside it the new claim is not far enough ahead of the rest for an
    # automatic link (the high mark keeps the open-set decisions of bench/newsclaims right), so
    # it counts for the claim once a reviewer confirms it.
    denial = denying.links.get(claim=claim)
    assert denial.state == ClaimLink.State.SUGGESTED and denial.stance == Stance.DENIES
    assert denial.score >= matching.thresholds(claim.embedding_model).low
    assert claim.denies_count == 0 and claim.statement_count == 0
    link_confirm(link=denial)
    claim.refresh_from_db()
    assert claim.denies_count == 1 and claim.statement_count == 1
    # The accusation made a claim of its own: searched as it was (without that claim), the new
    # one is its best, offered to a reviewer, who may merge the two; its own link stays.
    accusation = accusing.links.get(claim=claim)
    assert accusation.state == ClaimLink.State.SUGGESTED
    assert accusation.stance == Stance.ACCUSES
    assert accusation.score >= matching.thresholds(claim.embedding_model).low
    assert accusing.links.get(pk=own.pk).state == ClaimLink.State.AUTO
    # Gathering again makes nothing new.
    assert claims_gather([claim.pk]) == 0


def test_a_claim_an_article_makes_gathers_an_earlier_article_in_the_other_language(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        quote = _processed(MAYOR_QUOTE, "en").statements.get(content__startswith="They killed")
    assert not quote.links.exists()  # its "They" makes no claim, and there was nothing to link

    with django_capture_on_commit_callbacks(execute=True):
        report = _processed(MAYOR_ID, "id")
    made = Claim.objects.get(links__statement__article=report, links__method="created")
    assert "300" in made.text and made.language == "id"
    made.refresh_from_db()
    assert made.gathered_at is not None
    link = quote.links.get(claim=made)
    assert link.stance == Stance.ASSERTS
    assert link.score >= matching.thresholds(made.embedding_model).low


def test_gathering_leaves_what_a_reviewer_decided(seed, django_capture_on_commit_callbacks):
    accusing, denying = _statements(seed)
    # A reviewer rejected the denial's link to the claim before: it is not offered again.
    with django_capture_on_commit_callbacks(execute=True):
        claim = claim_create(text=DEMO_CLAIM, language="en")
    link_reject(link=denying.links.get(claim=claim))
    link_confirm(link=accusing.links.get(method=ClaimLink.Method.CREATED))
    ClaimLink.objects.filter(statement=accusing, claim=claim).delete()
    assert claims_gather([claim.pk]) == 0
    assert denying.links.get(claim=claim).state == ClaimLink.State.REJECTED
    # A statement a reviewer gave its claim is not offered another.
    assert not accusing.links.filter(claim=claim).exists()


def test_a_merged_claim_gathers_nothing(seed, django_capture_on_commit_callbacks):
    accusing, _ = _statements(seed)
    target = accusing.links.get().claim
    with django_capture_on_commit_callbacks(execute=True):
        claim = claim_create(text="Pyongyang ships artillery shells to Moscow", language="en")
    claim_merge(source=claim, target=target)
    claim.refresh_from_db()
    before = ClaimLink.objects.count()
    assert claims_gather([claim.pk]) == 0
    assert ClaimLink.objects.count() == before


def test_a_reworded_claim_gathers_again(seed, django_capture_on_commit_callbacks):
    _, denying = _statements(seed)
    with django_capture_on_commit_callbacks(execute=True):
        other = claim_create(text="Kim Jong Un will visit Moscow next year", language="en")
    assert not denying.links.filter(claim=other).exists()
    with django_capture_on_commit_callbacks(execute=True):
        claim_update(claim=other, text=DEMO_CLAIM)
    other.refresh_from_db()
    assert other.gathered_at is not None
    assert denying.links.get(claim=other).stance == Stance.DENIES


def test_claims_left_ungathered_are_taken_by_the_periodic_task(seed):
    """The task that gathers a claim is sent after the commit; one never sent (a broker down)
    leaves the claim ungathered until the sweep."""
    claim = claim_create(text=DEMO_CLAIM, language="en")  # its commit callbacks never run
    assert Claim.objects.get(pk=claim.pk).gathered_at is None
    assert gather_pending_claims(older_than_seconds=60) == 0  # too recent: its task may come
    Claim.objects.filter(pk=claim.pk).update(created_at=timezone.now() - timedelta(minutes=5))
    assert gather_pending_claims(older_than_seconds=60) >= 1
    assert Claim.objects.get(pk=claim.pk).gathered_at is not None
    _, denying = _statements(seed)
    assert denying.links.filter(claim=claim).exists()


def test_the_command_gathers_with_progress_and_refuses_bad_input(seed):
    claim = claim_create(text=DEMO_CLAIM, language="en")
    out, err = io.StringIO(), io.StringIO()
    call_command("gather_statements", stdout=out, stderr=err)
    assert "Gathered" in out.getvalue() and "links made" in out.getvalue()
    assert "claims" in err.getvalue()  # the progress bar
    assert Claim.objects.get(pk=claim.pk).gathered_at is not None
    _, denying = _statements(seed)
    assert denying.links.filter(claim=claim).exists()

    out = io.StringIO()
    call_command("gather_statements", "--claim", str(claim.pk), stdout=out, stderr=io.StringIO())
    assert "Gathered 1 claims: 0 links made." in out.getvalue()
    with pytest.raises(CommandError, match="No live claim with id 999999"):
        call_command("gather_statements", "--claim", "999999", stderr=io.StringIO())
    with pytest.raises(CommandError, match="not a date"):
        call_command("gather_statements", "--since", "yesterday", stderr=io.StringIO())


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the HNSW index is PostgreSQL's")
@pytest.mark.django_db(transaction=True)
def test_statements_are_found_through_their_hnsw_index():
    matching._statements_ensured.clear()
    _processed(SEED_PATH.read_text(encoding="utf-8"), "id")
    statement = Statement.objects.filter(embedding__isnull=False).first()
    model, embedding = statement.embedding_model, np.asarray(statement.embedding, np.float32)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = %s",
            [matching.statement_index_name(model)],
        )
        (definition,) = cursor.fetchone()
        assert "hnsw" in definition and "claims_statement" in definition
        vector = matching._vector_literal(embedding)
        dim = len(embedding)
        cursor.execute(
            "SET LOCAL enable_seqscan = off; EXPLAIN SELECT id FROM claims_statement "  # noqa: S608
            f"WHERE embedding_model = %s ORDER BY (embedding::vector({dim})) "
            f"<=> %s::vector({dim}) LIMIT 20",
            [model, vector],
        )
        while cursor.description is None and cursor.nextset():
            pass
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert matching.statement_index_name(model) in plan
    found = matching._statement_candidates(model, embedding, 5)
    assert found[0][0] == statement.pk and found[0][1] == pytest.approx(1.0, abs=1e-4)


def test_a_claim_whose_gathering_fails_does_not_hold_up_the_others(seed, monkeypatch):
    first = claim_create(text="Kim Jong Un will visit Moscow next year", language="en")
    second = claim_create(text=DEMO_CLAIM, language="en")
    Claim.objects.filter(pk__in=[first.pk, second.pk]).update(
        created_at=timezone.now() - timedelta(minutes=5)
    )
    real = matching.claim_gather

    def failing(claim):
        if claim.pk == first.pk:
            raise RuntimeError("the embedder went away")
        return real(claim)

    monkeypatch.setattr(matching, "claim_gather", failing)
    assert gather_pending_claims(older_than_seconds=60) == 1
    assert Claim.objects.get(pk=first.pk).gathered_at is None  # the next sweep tries again
    assert Claim.objects.get(pk=second.pk).gathered_at is not None


def test_an_earlier_report_gathered_later_brings_the_first_claimant(
    django_capture_on_commit_callbacks,
):
    """The mayor's quote, published a day before the prosecutor repeated it, made no claim (its
    first sentence is too short to stand alone); the prosecutor's words make the claim, which
    then takes the mayor's quote and, with it, its first claimant and first sighting."""
    day = datetime(2022, 4, 3, 9, tzinfo=UTC)
    quote = (
        "KYIV (Reuters) - The mayor of Bucha spoke to reporters on Monday.\n\n"
        '"We counted them. Russian soldiers killed more than 300 residents of Bucha," Mayor '
        "Anatoliy Fedoruk said."
    )
    report = (
        "KYIV (AP) - Ukraine's prosecutor general Iryna Venediktova said Russian soldiers killed "
        "more than 300 residents of Bucha during the occupation."
    )
    with django_capture_on_commit_callbacks(execute=True):
        first = article_submit(text=quote, language="en", published_at=day, enqueue=False)
        article_process(first.article.pk)
    mayor = first.article.statements.get(content__startswith="We counted")
    assert not mayor.links.exists()
    with django_capture_on_commit_callbacks(execute=True):
        later = article_submit(
            text=report, language="en", published_at=day + timedelta(days=1), enqueue=False
        )
        article_process(later.article.pk)
    claim = Claim.objects.get(links__statement__article=later.article, links__method="created")
    link = mayor.links.get(claim=claim)
    assert link.state == ClaimLink.State.AUTO and link.stance == Stance.ASSERTS
    claim.refresh_from_db()
    assert claim.statement_count == 2
    assert claim.first_seen_at == day
    assert claim.first_claimant.name == mayor.speaker.name
    assert "Fedoruk" in claim.first_claimant.name


def test_a_claim_without_a_vector_of_the_model_stays_ungathered(seed):
    claim = claim_create(text=DEMO_CLAIM, language="en", embed=False)
    assert claims_gather([claim.pk]) == 0
    assert Claim.objects.get(pk=claim.pk).gathered_at is None  # reembed, then the sweep


def test_a_reworded_claim_saved_again_stays_ungathered_until_gathered(seed):
    from claims.services import claim_edit

    claim = claim_create(text="Kim Jong Un will visit Moscow next year", language="en")
    Claim.objects.filter(pk=claim.pk).update(gathered_at=timezone.now())
    claim.refresh_from_db()
    # text and status in one edit: the status' save must not write the old time back
    claim_edit(claim=claim, text=DEMO_CLAIM, status=Claim.Status.TRIAGED)
    assert Claim.objects.get(pk=claim.pk).gathered_at is None


def test_a_claimant_given_with_the_claim_stands_for_its_first_article(
    django_capture_on_commit_callbacks,
):
    from sources.models import Actor

    quote = (
        "KYIV (Reuters) - The mayor of Bucha spoke to reporters on Monday.\n\n"
        '"We counted them. Russian soldiers killed more than 300 residents of Bucha," Mayor '
        "Anatoliy Fedoruk said."
    )
    with django_capture_on_commit_callbacks(execute=True):
        mayor = _processed(quote, "en").statements.get(content__startswith="We counted")
    given = Actor.objects.create(name="Ukraine's prosecutor general")
    with django_capture_on_commit_callbacks(execute=True):
        claim = claim_create(
            text="Russian soldiers killed more than 300 residents of Bucha",
            language="en",
            first_claimant=given,
        )
    assert mayor.links.get(claim=claim).state == ClaimLink.State.AUTO
    claim.refresh_from_db()
    assert claim.statement_count == 1 and claim.first_seen_at is not None
    assert claim.first_claimant_id == given.pk


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the HNSW index is PostgreSQL's")
@pytest.mark.django_db(transaction=True)
def test_over_a_large_base_gathering_waits_for_the_statements_index(monkeypatch):
    """Too many statements to build the index in passing: gathering waits (the claim stays
    ungathered, nothing is scanned) until the periodic task has built it without blocking
    writes; then the sweep gathers."""
    from claims.tasks import build_statement_index

    _processed(SEED_PATH.read_text(encoding="utf-8"), "id")
    model = Statement.objects.filter(embedding__isnull=False).first().embedding_model
    with connection.cursor() as cursor:
        cursor.execute(f"DROP INDEX IF EXISTS {matching.statement_index_name(model)}")
    matching._statements_ensured.clear()
    monkeypatch.setattr(matching, "_statements_estimate", lambda: 10**7)
    claim = claim_create(text=DEMO_CLAIM, language="en")
    claim.refresh_from_db()
    assert claim.gathered_at is None and claim.statement_count == 0
    assert build_statement_index() is True
    assert matching.statement_index_ready(model)
    Claim.objects.filter(pk=claim.pk).update(created_at=timezone.now() - timedelta(minutes=5))
    assert gather_pending_claims(older_than_seconds=60) == 1
    claim.refresh_from_db()
    assert claim.gathered_at is not None
    # the seed's denial, offered for the claim (see the first test)
    assert claim.links.get(stance=Stance.DENIES).state == ClaimLink.State.SUGGESTED
