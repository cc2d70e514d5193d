import pytest
from django.db import IntegrityError, connection, transaction

from claims.models import ClaimLink
from sources.models import ActorAlias, Article
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    ClaimFactory,
    ClaimLinkFactory,
    StatementFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.services]


def test_tests_run_against_postgresql_with_pgvector():
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SELECT extversion FROM pg_extension WHERE extname = 'vector'")
        assert cursor.fetchone() is not None


def test_duplicate_canonical_url_is_refused():
    ArticleFactory(url="https://news.example/a")
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(url="https://news.example/a")


def test_articles_without_url_may_coexist():
    ArticleFactory(url=None, content_hash="a" * 64)
    ArticleFactory(url=None, content_hash="b" * 64)
    assert Article.objects.filter(url=None).count() == 2


def test_article_needs_a_url_html_or_text():
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(url=None, html="", submitted_text="")


def test_invalid_article_state_is_refused_by_the_database():
    article = ArticleFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(state="done")


def test_alias_is_unique_per_language_but_may_repeat_across_languages():
    us, other = ActorFactory(name="United States"), ActorFactory(name="Someone")
    ActorAlias.objects.create(actor=us, alias="Washington", language="en")
    ActorAlias.objects.create(actor=us, alias="Washington", language="id")
    with pytest.raises(IntegrityError), transaction.atomic():
        # Case and accents do not make a different alias.
        ActorAlias.objects.create(actor=other, alias="WASHÎNGTON", language="en")


def test_one_link_per_statement_and_claim():
    link = ClaimLinkFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        ClaimLink.objects.create(
            statement=link.statement, claim=link.claim, stance=link.stance, state="auto"
        )


def test_invalid_link_state_and_stance_are_refused():
    link = ClaimLinkFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        ClaimLink.objects.filter(pk=link.pk).update(state="maybe")
    with pytest.raises(IntegrityError), transaction.atomic():
        ClaimLink.objects.filter(pk=link.pk).update(stance="shouts")


def test_statement_span_is_stored_once_per_article():
    statement = StatementFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        StatementFactory(
            article=statement.article,
            cue_start=statement.cue_start,
            content_start=statement.content_start,
            content_end=statement.content_end,
        )


def test_claim_history_records_changes():
    claim = ClaimFactory(text="Original wording")
    claim.text = "Changed wording"
    claim.save()
    assert [h.text for h in claim.history.order_by("history_date")] == [
        "Original wording",
        "Changed wording",
    ]
