"""Thin tasks for claims: take ids, call one service, safe to run twice."""

import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import InterfaceError, OperationalError

logger = logging.getLogger(__name__)


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


# A task that only reads and writes the database: retried while the database is away.
RETRIED_ON_DATABASE_ERRORS = {
    "acks_late": True,
    "autoretry_for": (OperationalError, InterfaceError, ConnectionError),
    "retry_backoff": 2,
    "retry_backoff_max": 120,
    "max_retries": 8,
}


@shared_task(**RETRIED_ON_DATABASE_ERRORS, soft_time_limit=240, time_limit=300)
def gather_claims(claim_ids: list[int]) -> int:
    """Link new claims to the statements stored before them (claims.services.claims_gather)."""
    from .services import claims_gather

    return claims_gather(claim_ids)


@shared_task(**RETRIED_ON_DATABASE_ERRORS, soft_time_limit=1700, time_limit=1800)
def restance_claim_links(claim_id: int) -> int:
    """Read the stance of a reworded claim's links again (claims.services.claim_links_restance)."""
    from .services import claim_links_restance

    return claim_links_restance(claim_id)


@shared_task(acks_late=True, soft_time_limit=500, time_limit=600)
def gather_pending_claims(older_than_seconds: int = 120, batch: int = 200) -> int:
    """Gather the claims whose own task never ran (a broker down when they were made) or
    failed; returns how many were gathered. One that fails again is logged and left for the
    next sweep, without holding up the others."""
    from datetime import timedelta

    from django.utils import timezone

    from .models import Claim
    from .services import claims_gather

    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    # Newest first: claims that keep failing (or cannot be gathered yet) never hold up new ones.
    ids = list(
        Claim.objects.filter(gathered_at__isnull=True, created_at__lt=cutoff)
        .order_by("-created_at")
        .values_list("pk", flat=True)[:batch]
    )
    done = 0
    for claim_id in ids:
        try:
            claims_gather([claim_id])
        except SoftTimeLimitExceeded:
            raise  # the rest waits for the next sweep
        except Exception:
            logger.exception("gathering claim %s failed; the next sweep tries again", claim_id)
        else:
            done += 1
    return done


@shared_task(acks_late=True, soft_time_limit=4 * 3600, time_limit=4 * 3600 + 300)
def build_statement_index() -> bool:
    """Build the statements' HNSW index of the current model where it is missing, without
    blocking writes (claims.matching.statement_index_build); nothing when it is there."""
    from .embedding import get_embedder
    from .matching import model_key, statement_index_build

    embedder = get_embedder()
    return statement_index_build(model_key(embedder), embedder.dim)
