import io

import pytest
from django.core.management import CommandError, call_command

from claims.extraction import EXTRACTOR_VERSION
from claims.models import ClaimLink
from sources.models import Article

pytestmark = pytest.mark.django_db(transaction=True)


def _run(*argv) -> str:
    out = io.StringIO()
    call_command("reprocess", *argv, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_only_articles_of_an_older_extractor_are_reprocessed_and_reviews_survive(demo_tx):
    article = Article.objects.get()
    assert "Nothing to reprocess" in _run()
    link = ClaimLink.objects.filter(statement__article=article).order_by("pk").first()
    link.state = ClaimLink.State.CONFIRMED
    link.save()
    before = set(article.statements.values_list("cue_start", "content_start", "content_end"))
    Article.objects.filter(pk=article.pk).update(extractor_version="rules-0")

    assert f"Reprocessed 1 articles with extractor {EXTRACTOR_VERSION}" in _run()
    article.refresh_from_db()
    assert (article.state, article.extractor_version) == ("processed", EXTRACTOR_VERSION)
    after = set(article.statements.values_list("cue_start", "content_start", "content_end"))
    assert after == before  # the same extractor reads the same statements
    link.refresh_from_db()
    assert link.state == ClaimLink.State.CONFIRMED
    assert "Nothing to reprocess" in _run()


def test_all_and_queue_reprocess_current_articles_too(demo_tx):
    article = Article.objects.get()
    processed_at = article.processed_at
    assert "Reprocessed 1 articles" in _run("--all")
    article.refresh_from_db()
    assert article.processed_at > processed_at
    # Queued: tasks run eagerly in the test settings, so the article is processed again.
    assert "Queued 1 articles" in _run("--all", "--queue")
    article.refresh_from_db()
    assert article.state == Article.State.PROCESSED


def test_a_negative_limit_is_refused():
    with pytest.raises(CommandError, match="--limit"):
        call_command("reprocess", "--limit", "-1")
