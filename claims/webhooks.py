"""Webhook deliveries to followers: recorded, signed, and posted only to public addresses."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from .models import (
    Claim,
    ClaimLink,
    Follow,
    Webhook,
    WebhookDelivery,
    WebhookEvent,
)

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-FactDesk-Signature"
# Internal events (claim_event) and the webhook event each one is announced as.
EVENT_MAP = {
    "claim.status": WebhookEvent.STATUS,
    "claim.verdict": WebhookEvent.VERDICT,
    "link.confirmed": WebhookEvent.STATEMENT,
    "link.auto": WebhookEvent.STATEMENT,
}
MAX_ERROR_CHARS = 2000


class DeliveryError(Exception):
    """A delivery attempt failed; ``retry`` says whether trying again can help."""

    def __init__(self, message: str, *, retry: bool = True, status_code: int | None = None):
        super().__init__(message)
        self.retry = retry
        self.status_code = status_code


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


# --- registration -------------------------------------------------------------------------------


def address_check(url: str) -> None:
    """Refuse URLs that are not http(s) or whose host resolves to a non-public address.

    The same rules as the article fetcher (sources.fetching); the delivery itself connects only to
    an address that passes them again, so a DNS answer that changes later cannot get around this.
    """
    from sources.fetching import BlockedAddress, FetchError, allowed_private_networks, resolve

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise DeliveryError(
            "Only http and https URLs with a host can receive webhooks.", retry=False
        )
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise DeliveryError("The URL has an invalid port.", retry=False) from None
    try:
        resolve(parts.hostname, port, allowed_private_networks())
    except BlockedAddress as exc:
        raise DeliveryError(str(exc), retry=False) from exc
    except FetchError as exc:
        raise DeliveryError(str(exc)) from exc


def webhook_create(*, user, url: str, events: list[str] | None = None) -> Webhook:
    """Register a URL for the user's follows; the secret for checking signatures is made here."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError({"url": "Give an http:// or https:// URL with a host."})
    try:
        address_check(url)
    except DeliveryError as exc:
        if not exc.retry:
            raise ValidationError({"url": str(exc)}) from exc
    events = list(dict.fromkeys(events)) if events else list(WebhookEvent.values)
    unknown = [e for e in events if e not in WebhookEvent.values]
    if unknown:
        known = ", ".join(WebhookEvent.values)
        raise ValidationError({"events": f"Unknown events {unknown} (known: {known})."})
    if Webhook.objects.filter(user=user, url=url).exists():
        raise ValidationError({"url": "This URL is already registered."})
    webhook = Webhook(user=user, url=url, events=events, secret=secrets.token_hex(32))
    webhook.full_clean()
    webhook.save()
    return webhook


# --- fan-out ------------------------------------------------------------------------------------


def followers_of(claim: Claim) -> Q:
    """Users following the claim itself, its subjects, its first claimant or a linked speaker."""
    speakers = ClaimLink.objects.filter(
        claim_id=claim.pk,
        state__in=(ClaimLink.State.AUTO, ClaimLink.State.CONFIRMED),
        statement__speaker_id=OuterRef("actor_id"),
    )
    actor_ids = list(claim.subjects.values_list("id", flat=True))
    if claim.first_claimant_id:
        actor_ids.append(claim.first_claimant_id)
    follows = Follow.objects.filter(Q(claim_id=claim.pk) | Q(actor_id__in=actor_ids))
    by_speaker = Follow.objects.filter(actor__isnull=False).filter(Exists(speakers))
    return Q(user_id__in=follows.values("user_id")) | Q(user_id__in=by_speaker.values("user_id"))


def claim_payload(claim: Claim, event: str, data: dict) -> dict:
    return {
        "event": event,
        "occurred_at": timezone.now(),
        "claim": {
            "id": claim.pk,
            "text": claim.text,
            "language": claim.language,
            "status": claim.status,
            "verdict": claim.verdict,
            "contested": claim.contested,
            "statement_count": claim.statement_count,
            "url": f"{settings.FACTDESK_PUBLIC_URL.rstrip('/')}/api/v1/claims/{claim.pk}/",
        },
        "data": data,
    }


def deliveries_create(claim_id: int, internal_event: str, data: dict | None = None) -> list[int]:
    """Record one delivery per interested webhook and queue them once committed."""
    event = EVENT_MAP.get(internal_event)
    if event is None:
        return []
    # Most claim events happen while articles are processed, and most installations have few
    # webhooks or none: finding the claim's followers is only worth it when one could listen.
    if not Webhook.objects.filter(active=True).exists():
        return []
    claim = Claim.objects.filter(pk=claim_id).first()
    if claim is None:
        return []
    hooks = [
        hook
        for hook in Webhook.objects.filter(active=True).filter(followers_of(claim))
        if event in hook.events
    ]
    if not hooks:
        return []
    payload = json.loads(json.dumps(claim_payload(claim, event, data or {}), cls=DjangoJSONEncoder))
    with transaction.atomic():
        deliveries = WebhookDelivery.objects.bulk_create(
            WebhookDelivery(webhook=hook, event=event, claim=claim, payload=payload)
            for hook in hooks
        )
        ids = [d.pk for d in deliveries]

        def send() -> None:
            from .tasks import deliver_webhook

            for delivery_id in ids:
                try:
                    deliver_webhook.delay(delivery_id)
                except Exception as exc:  # broker down: the row stays pending for a retry
                    logger.warning("could not enqueue webhook delivery %s: %s", delivery_id, exc)

        transaction.on_commit(send)
    return ids


# --- delivery -----------------------------------------------------------------------------------


def _post(url: str, body: bytes, headers: dict[str, str]) -> int:
    import httpx

    from sources.fetching import BlockedAddress, FetchError, checked_client

    address_check(url)
    try:
        # The connection itself goes only to an address that passes the checks (the answer is
        # not looked up twice), and redirects are not followed: they could point anywhere.
        with checked_client(timeout=settings.FACTDESK_WEBHOOK_TIMEOUT) as client:
            response = client.post(url, content=body, headers=headers)
    except BlockedAddress as exc:
        raise DeliveryError(str(exc), retry=False) from exc
    except FetchError as exc:
        raise DeliveryError(str(exc)) from exc
    except httpx.HTTPError as exc:
        raise DeliveryError(f"{type(exc).__name__}: {exc}") from exc
    if 200 <= response.status_code < 300:
        return response.status_code
    # 4xx other than 408/429 means the receiver refuses this payload; trying again will not help.
    retry = response.status_code >= 500 or response.status_code in (408, 429)
    raise DeliveryError(
        f"HTTP {response.status_code}: {response.text[:200]}",
        retry=retry,
        status_code=response.status_code,
    )


def delivery_attempt(delivery_id: int) -> tuple[WebhookDelivery | None, bool]:
    """Try one delivery; returns the delivery and whether another attempt is worth making.

    Safe to run twice: a delivered (or finally failed) delivery is not sent again.
    """
    with transaction.atomic():
        delivery = (
            WebhookDelivery.objects.select_for_update()
            .select_related("webhook")
            .filter(pk=delivery_id)
            .first()
        )
        if delivery is None or delivery.state != WebhookDelivery.State.PENDING:
            return delivery, False
        delivery.attempts += 1
        delivery.last_attempt_at = timezone.now()
        delivery.save(update_fields=["attempts", "last_attempt_at"])
    body = json.dumps(delivery.payload, separators=(",", ":"), sort_keys=True).encode("utf-8")
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "FactDesk-Webhooks/1",
        "X-FactDesk-Event": delivery.event,
        "X-FactDesk-Delivery": str(delivery.pk),
        SIGNATURE_HEADER: sign(delivery.webhook.secret, body),
    }
    retry = False
    try:
        delivery.status_code = _post(delivery.webhook.url, body, headers)
    except DeliveryError as exc:
        delivery.status_code = exc.status_code
        delivery.last_error = str(exc)[:MAX_ERROR_CHARS]
        retry = exc.retry and delivery.attempts < settings.FACTDESK_WEBHOOK_MAX_ATTEMPTS
        if not retry:
            delivery.state = WebhookDelivery.State.FAILED
    else:
        delivery.state = WebhookDelivery.State.DELIVERED
        delivery.delivered_at = timezone.now()
        delivery.last_error = ""
    delivery.save(update_fields=["status_code", "last_error", "state", "delivered_at"])
    return delivery, retry


def delivery_give_up(delivery_id: int) -> None:
    WebhookDelivery.objects.filter(pk=delivery_id, state=WebhookDelivery.State.PENDING).update(
        state=WebhookDelivery.State.FAILED
    )
