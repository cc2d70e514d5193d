"""Thin tasks: take ids, call one service, safe to run twice."""

import logging
from datetime import timedelta

from celery import shared_task
from django.db import InterfaceError, OperationalError
from django.utils import timezone

logger = logging.getLogger(__name__)


@shared_task(
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OperationalError, InterfaceError, ConnectionError),
    retry_backoff=2,
    retry_backoff_max=120,
    retry_jitter=True,
    max_retries=8,
    soft_time_limit=240,
    time_limit=300,
)
def process_article(self, article_id: int) -> str | None:
    from .services import article_process

    article = article_process(article_id)
    return article.state if article is not None else None


@shared_task(acks_late=True, time_limit=120)
def sweep_pending_articles(older_than_seconds: int = 60, batch: int = 500) -> int:
    """Re-enqueue articles left pending, e.g. because the broker was down when they came in."""
    from .models import Article

    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    ids = list(
        Article.objects.filter(state=Article.State.PENDING, updated_at__lt=cutoff)
        .order_by("updated_at")
        .values_list("id", flat=True)[:batch]
    )
    for article_id in ids:
        process_article.delay(article_id)
    # Touch them so that the next sweep does not send them again while they wait in the queue.
    Article.objects.filter(pk__in=ids, state=Article.State.PENDING).update(
        updated_at=timezone.now()
    )
    if ids:
        logger.info("swept %d pending articles into the queue", len(ids))
    return len(ids)


@shared_task(acks_late=True, time_limit=600)
def poll_due_feeds() -> int:
    from .services import feeds_poll_due

    return feeds_poll_due()
