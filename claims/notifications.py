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


def _deliver_to_followers(sender, *, claim_id: int, event: str, data: dict, **kwargs) -> None:
    from .webhooks import deliveries_create

    deliveries_create(claim_id, event, data)


# Connected here, where the signal lives: whatever sends claim_event has imported this module.
claim_event.connect(_deliver_to_followers, dispatch_uid="claims.webhooks")
