"""Faults a newsroom relies on surviving, against the real PostgreSQL, Redis and worker processes.

Each test checks the same end state: every article processed once, one set of statements per
article, no duplicate links or claims.
"""

import os
import signal
import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import Count
from rest_framework.test import APIClient

from claims.extraction import extract
from claims.models import Claim, ClaimLink, Statement
from sources.models import Article
from sources.services import article_submit
from sources.tasks import process_article, sweep_pending_articles
from tests.conftest import wait_for

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


def _finished(pk):
    article = Article.objects.get(pk=pk)
    return article if article.state in (Article.State.PROCESSED, Article.State.FAILED) else None


def _assert_one_clean_run(article: Article) -> None:
    assert article.state == Article.State.PROCESSED, article.error
    expected = extract(article.text, article.language)
    statements = Statement.objects.filter(article=article)
    assert statements.count() == len(expected) > 0
    spans = statements.values("cue_start", "content_start", "content_end")
    assert spans.distinct().count() == statements.count()
    links = ClaimLink.objects.filter(statement__article=article)
    assert links.values("statement", "claim").distinct().count() == links.count()
    duplicated = Claim.objects.values("text").annotate(n=Count("id")).filter(n__gt=1)
    assert not duplicated.exists(), list(duplicated)


def _client(user=None):
    if user is None:
        user = get_user_model().objects.create_superuser(
            "faults", "faults@example.org", "pw-faults"
        )
    client = APIClient()
    client.force_authenticate(user)
    return client


def test_broker_down_at_submit_keeps_the_article_and_the_sweep_processes_it_once(
    outage, worker_process, demo_tx, english_text
):
    client = _client()
    outage.redis_stop()
    response = client.post(
        "/api/v1/articles/", {"text": english_text, "title": "Arms deal denied"}, format="json"
    )
    assert response.status_code == 202, response.content
    assert response.json()["state"] == "pending"
    article_id = response.json()["id"]
    outage.redis_start()

    worker_process()
    # Two sweeps in a row may both send it; the second delivery must find it done.
    sweep_pending_articles(older_than_seconds=0)
    sweep_pending_articles(older_than_seconds=0)
    article = wait_for(lambda: _finished(article_id), timeout=90)
    _assert_one_clean_run(article)
    assert article.attempts == 1


def test_worker_killed_mid_task_is_redelivered_without_duplicates(
    worker_process, demo_tx, english_text, tmp_path
):
    pause = tmp_path / "pause"
    pause.touch()
    worker_process(pause=pause)
    article = article_submit(text=english_text, title="Arms deal denied").article

    pidfile = tmp_path / "pause.pid"
    pid = int(wait_for(lambda: pidfile.exists() and pidfile.read_text(), timeout=60))
    # The pool process dies holding an open transaction with statements half written.
    os.kill(pid, signal.SIGKILL)
    pause.unlink()

    article = wait_for(lambda: _finished(article.pk), timeout=120)
    _assert_one_clean_run(article)


def test_duplicate_delivery_gives_one_set_of_statements(worker_process, demo_tx, english_text):
    worker_process(concurrency=2)
    article = article_submit(text=english_text, enqueue=False).article
    for _ in range(3):
        process_article.delay(article.pk)
    article = wait_for(lambda: _finished(article.pk), timeout=90)
    wait_for(lambda: not _queue_busy(), timeout=60)
    article.refresh_from_db()
    _assert_one_clean_run(article)
    assert article.attempts == 1


def _queue_busy() -> bool:
    from factdesk.celery import app

    active = app.control.inspect(timeout=1.0).active() or {}
    return any(active.values())


def test_concurrent_identical_submissions_store_one_article(demo_tx, english_text):
    user = get_user_model().objects.create_superuser("race", "race@example.org", "pw-race")
    before = set(Article.objects.values_list("id", flat=True))
    barrier = threading.Barrier(4)
    codes: list[int] = []

    def submit():
        client = _client(user)
        barrier.wait()
        try:
            response = client.post("/api/v1/articles/", {"text": english_text}, format="json")
            codes.append(response.status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    new = Article.objects.exclude(pk__in=before)
    assert new.count() == 1
    # One submission created it; the others were given the existing article.
    assert len(codes) == 4 and codes.count(200) == 3, codes
    assert set(codes) - {200} <= {201, 202}, codes
    _assert_one_clean_run(new.get())


def test_database_restart_while_tasks_run(outage, worker_process, demo_tx, english_text, tmp_path):
    pause = tmp_path / "pause"
    pause.touch()
    worker_process(pause=pause)
    ids = [
        article_submit(
            text=f"{english_text}\n\nUpdate {n}: this report has been updated."
        ).article.pk
        for n in range(3)
    ]
    wait_for(lambda: (tmp_path / "pause.pid").exists(), timeout=60)
    # PostgreSQL goes away under a task that is in the middle of writing statements.
    outage.postgres_restart()
    pause.unlink()
    for pk in ids:
        article = wait_for(lambda pk=pk: _finished(pk), timeout=180)
        _assert_one_clean_run(article)
