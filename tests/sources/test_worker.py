"""A real Celery worker consumes process_article from Redis; rows live in PostgreSQL."""

import pytest

from sources.models import Article
from sources.services import article_submit
from tests.conftest import wait_for

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

ENGLISH = (
    "The foreign minister told reporters on Tuesday that negotiations would resume next week. "
    "He denied that any concessions had been made and said the talks remained difficult, "
    "according to a statement released by the ministry after the meeting in Geneva."
)


def _state(pk):
    article = Article.objects.get(pk=pk)
    return article if article.state in (Article.State.PROCESSED, Article.State.FAILED) else None


def test_worker_processes_articles_from_redis(celery_worker, demo_tx, seed_text):
    seed = article_submit(text=seed_text, title="seed").article
    english = article_submit(text=ENGLISH, title="english").article
    garbage = article_submit(html="<p></p>" * 3, title="empty page").article

    seed = wait_for(lambda: _state(seed.pk))
    english = wait_for(lambda: _state(english.pk))
    garbage = wait_for(lambda: _state(garbage.pk))
    assert (seed.state, seed.language) == ("processed", "id"), seed.error
    assert (english.state, english.language) == ("processed", "en"), english.error
    assert garbage.state == "failed" and garbage.error
