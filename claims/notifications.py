"""Claim events for followers: fired after commit, so receivers never see uncommitted state."""

from django.db import transaction
from django.dispatch import Signal

# Sent with claim_id and event ("claim.status", "claim.verdict", "link.confirmed", ...).
claim_event = Signal()


def claim_changed(claim_id: int, *, event: str, **data) -> None:
    transaction.on_commit(
        lambda: claim_event.send(sender=None, claim_id=claim_id, event=event, data=data),
        robust=True,
    )
