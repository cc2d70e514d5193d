"""Thin tasks for claims: take ids, call one service, safe to run twice."""

from celery import shared_task


@shared_task(acks_late=True, time_limit=600)
def refresh_stale_claims(batch: int = 1000) -> int:
    """Recount claims whose links changed outside the usual services (e.g. bulk imports)."""
    from .selectors import claims_with_stale_counts
    from .services import claim_refresh_counts

    ids = list(claims_with_stale_counts()[:batch])
    for claim_id in ids:
        claim_refresh_counts(claim_id)
    return len(ids)
