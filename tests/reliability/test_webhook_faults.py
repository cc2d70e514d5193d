"""Webhook receivers that fail: retried with backoff by a real worker, then given up on, alone."""

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.contrib.auth import get_user_model

from claims.models import Follow, WebhookDelivery
from claims.services import claim_edit
from claims.webhooks import webhook_create
from tests.conftest import wait_for
from tests.factories import ClaimFactory

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

ATTEMPTS = 3


class Receiver:
    """A local endpoint answering with ``status`` after ``delay`` seconds; records every hit."""

    def __init__(self, status: int = 204, delay: float = 0.0) -> None:
        self.hits: list[float] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.hits.append(time.monotonic())
                time.sleep(delay)
                try:
                    self.send_response(status)
                    self.end_headers()
                except OSError:
                    pass  # the client gave up waiting

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _refused_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/hook"  # nothing listens there any more


def _final(pk):
    delivery = WebhookDelivery.objects.get(pk=pk)
    return delivery if delivery.state in ("delivered", "failed") else None


def test_failing_receivers_are_retried_then_failed_and_others_still_delivered(worker_process):
    worker_process(
        concurrency=2,
        env={
            "FACTDESK_WEBHOOK_BACKOFF": "0.5",
            "FACTDESK_WEBHOOK_TIMEOUT": "1",
            "FACTDESK_WEBHOOK_MAX_ATTEMPTS": str(ATTEMPTS),
        },
    )
    failing, slow, healthy = Receiver(500), Receiver(204, delay=3.0), Receiver(204)
    try:
        claim = ClaimFactory(status="triaged")
        hooks = {}
        for name, url in (
            ("failing", failing.url),
            ("slow", slow.url),
            ("refused", _refused_url()),
            ("healthy", healthy.url),
        ):
            user = get_user_model().objects.create_user(f"newsroom-{name}", password="pw-x-123")
            Follow.objects.create(user=user, claim=claim)
            hooks[name] = webhook_create(user=user, url=url)

        claim_edit(claim=claim, status="in_review")

        deliveries = {
            name: WebhookDelivery.objects.get(webhook=hook) for name, hook in hooks.items()
        }
        final = {
            name: wait_for(lambda pk=d.pk: _final(pk), timeout=120)
            for name, d in deliveries.items()
        }
    finally:
        for receiver in (failing, slow, healthy):
            receiver.close()

    assert (final["healthy"].state, final["healthy"].attempts) == ("delivered", 1)
    assert final["healthy"].status_code == 204
    assert len(healthy.hits) == 1
    for name in ("failing", "slow", "refused"):
        delivery = final[name]
        assert (delivery.state, delivery.attempts) == ("failed", ATTEMPTS), name
        assert delivery.last_error, name
    assert final["failing"].status_code == 500
    assert "HTTP 500" in final["failing"].last_error
    assert "timeout" in final["slow"].last_error.lower()
    # Backoff: each retry waited longer than the one before.
    gaps = [b - a for a, b in zip(failing.hits, failing.hits[1:], strict=False)]
    assert len(failing.hits) == ATTEMPTS
    assert gaps[1] > gaps[0] >= 0.4, gaps
