"""Thin tasks for claims: take ids, call one service, safe to run twice."""

from celery import shared_task
from django.conf import settings


@shared_task(acks_late=True, time_limit=600)
def refresh_stale_claims(batch: int = 1000) -> int:
    """Recount claims whose links changed outside the usual services (e.g. bulk imports)."""
    from .selectors import claims_with_stale_counts
    from .services import claim_refresh_counts

    ids = list(claims_with_stale_counts()[:batch])
    for claim_id in ids:
        claim_refresh_counts(claim_id)
    return len(ids)


@shared_task(bind=True, acks_late=True, max_retries=None, time_limit=60, soft_time_limit=45)
def deliver_webhook(self, delivery_id: int) -> str:
    """POST one recorded delivery; retried with exponential backoff and jitter while it may help.

    The attempt count lives on the delivery row (not the task), so a redelivered message does not
    reset it; settings.FACTDESK_WEBHOOK_MAX_ATTEMPTS bounds it.
    """
    import random

    from .webhooks import delivery_attempt

    delivery, retry = delivery_attempt(delivery_id)
    if delivery is None:
        return "missing"
    if retry:
        base = settings.FACTDESK_WEBHOOK_BACKOFF
        countdown = min(base * 2 ** (delivery.attempts - 1), 3600) + random.uniform(0, base / 6)
        raise self.retry(countdown=countdown)
    return delivery.state


@shared_task(acks_late=True, time_limit=600)
def rollup_recent_statements() -> tuple[int, int]:
    """Re-derive yesterday's and today's daily roll-ups from the statements.

    Article processing keeps the roll-ups itself; this repairs what changed around it (an
    article deleted in the admin, actors merged) for the days the dashboards look at most, and
    fills in the day that has just ended. Re-deriving is idempotent.
    """
    from datetime import timedelta

    from django.utils import timezone

    from .services import statement_rollup_rebuild

    today = timezone.localdate()
    return statement_rollup_rebuild(since=today - timedelta(days=1), until=today)
