import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from claims.models import ClaimLink, Follow, WebhookDelivery
from tests.factories import ActorFactory, ClaimFactory, ClaimLinkFactory, StatementFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def receiver():
    """A local HTTP endpoint recording what it receives; ``statuses`` scripts its answers."""
    received: list[dict] = []
    statuses: list[int] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append({"headers": dict(self.headers), "body": body})
            self.send_response(statuses.pop(0) if statuses else 204)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.received, server.statuses = received, statuses
    server.url = f"http://127.0.0.1:{server.server_port}/hook"
    yield server
    server.shutdown()


def register(api, url, **extra):
    response = api.post("/api/v1/webhooks/", {"url": url, **extra}, format="json")
    assert response.status_code == 201, response.content
    return response.json()


def test_status_change_on_a_followed_claim_is_delivered_signed(
    newsroom, checker, receiver, django_capture_on_commit_callbacks
):
    claim = ClaimFactory(status="triaged")
    hook = register(newsroom, receiver.url)
    assert len(hook["secret"]) == 64
    assert newsroom.post("/api/v1/follows/", {"claim": claim.pk}, format="json").status_code == 201
    with django_capture_on_commit_callbacks(execute=True):
        response = checker.patch(
            f"/api/v1/claims/{claim.pk}/", {"status": "in_review"}, format="json"
        )
    assert response.status_code == 200
    assert len(receiver.received) == 1
    request = receiver.received[0]
    expected = hmac.new(hook["secret"].encode(), request["body"], hashlib.sha256).hexdigest()
    assert request["headers"]["X-FactDesk-Signature"] == f"sha256={expected}"
    payload = json.loads(request["body"])
    assert payload["event"] == "claim.status"
    assert payload["claim"]["id"] == claim.pk and payload["claim"]["status"] == "in_review"
    assert payload["data"] == {"previous": "triaged", "status": "in_review"}
    delivery = WebhookDelivery.objects.get()
    assert (delivery.state, delivery.status_code, delivery.attempts) == ("delivered", 204, 1)
    assert delivery.delivered_at is not None
    listed = newsroom.get(f"/api/v1/webhooks/{hook['id']}/deliveries/").json()
    assert listed["results"][0]["status_code"] == 204


def test_following_an_actor_delivers_its_new_statements_and_verdicts(
    newsroom, checker, reviewer, receiver, django_capture_on_commit_callbacks
):
    kim = ActorFactory(name="Kim Jong Un")
    claim = ClaimFactory()
    claim.subjects.add(kim)
    register(newsroom, receiver.url, events=["claim.statement", "claim.verdict"])
    assert newsroom.post("/api/v1/follows/", {"actor": kim.pk}, format="json").status_code == 201
    link = ClaimLinkFactory(claim=claim, statement=StatementFactory(stance="denies"))
    unrelated = ClaimLinkFactory()
    with django_capture_on_commit_callbacks(execute=True):
        reviewer.post(f"/api/v1/links/{link.pk}/confirm/")
        reviewer.post(f"/api/v1/links/{unrelated.pk}/confirm/")
        ClaimLinkFactory(claim=claim, state=ClaimLink.State.AUTO)
        review = checker.post(
            "/api/v1/reviews/",
            {
                "claim": claim.pk,
                "rating": "false",
                "explanation": "Not shown.",
                "evidence": [],
                "publish": True,
            },
            format="json",
        )
        assert review.status_code == 201, review.content
    events = [json.loads(r["body"])["event"] for r in receiver.received]
    assert sorted(events) == ["claim.statement", "claim.statement", "claim.verdict"]
    # the status change that came with the verdict was not subscribed to
    assert WebhookDelivery.objects.filter(event="claim.status").count() == 0


def test_failing_receiver_is_retried_and_every_attempt_recorded(
    newsroom, checker, receiver, django_capture_on_commit_callbacks, settings
):
    settings.FACTDESK_WEBHOOK_MAX_ATTEMPTS = 3
    claim = ClaimFactory(status="triaged")
    register(newsroom, receiver.url)
    Follow.objects.create(user=newsroom.user, claim=claim)
    receiver.statuses.extend([503, 500])
    with django_capture_on_commit_callbacks(execute=True):
        checker.patch(f"/api/v1/claims/{claim.pk}/", {"status": "in_review"}, format="json")
    delivery = WebhookDelivery.objects.get()
    assert (delivery.state, delivery.attempts, delivery.status_code) == ("delivered", 3, 204)
    assert len(receiver.received) == 3

    receiver.statuses.extend([410])
    with django_capture_on_commit_callbacks(execute=True):
        checker.patch(f"/api/v1/claims/{claim.pk}/", {"status": "new"}, format="json")
    gone = WebhookDelivery.objects.order_by("-pk").first()
    assert (gone.state, gone.attempts, gone.status_code) == ("failed", 1, 410)
    assert "HTTP 410" in gone.last_error


def test_delivery_task_is_safe_to_run_twice(newsroom, receiver, django_capture_on_commit_callbacks):
    from claims.tasks import deliver_webhook
    from claims.webhooks import deliveries_create

    claim = ClaimFactory()
    register(newsroom, receiver.url)
    Follow.objects.create(user=newsroom.user, claim=claim)
    with django_capture_on_commit_callbacks(execute=True):
        (delivery_id,) = deliveries_create(claim.pk, "claim.verdict", {})
    deliver_webhook.apply(args=[delivery_id])
    assert len(receiver.received) == 1
    assert WebhookDelivery.objects.get().attempts == 1


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"url": "ftp://example.com/hook"}, "url"),
        ({"url": "not a url"}, "url"),
        ({"url": "http://10.0.0.5/hook"}, "url"),
        ({"url": "http://169.254.169.254/latest/meta-data"}, "url"),
        ({"url": "https://hooks.example.com/x", "events": ["claim.deleted"]}, "events"),
        ({"url": "https://hooks.example.com/x", "events": []}, "events"),
    ],
)
def test_webhook_urls_must_be_public_http(newsroom, payload, field):
    response = newsroom.post("/api/v1/webhooks/", payload, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()["error"]["fields"]


def test_follows_and_webhooks_belong_to_their_owner(newsroom, checker, receiver):
    claim = ClaimFactory()
    follow = newsroom.post("/api/v1/follows/", {"claim": claim.pk}, format="json").json()
    again = newsroom.post("/api/v1/follows/", {"claim": claim.pk}, format="json")
    assert again.status_code == 200 and again.json()["id"] == follow["id"]
    hook = register(newsroom, receiver.url)
    assert checker.get("/api/v1/follows/").json()["count"] == 0
    assert checker.delete(f"/api/v1/follows/{follow['id']}/").status_code == 404
    assert checker.get(f"/api/v1/webhooks/{hook['id']}/").status_code == 404
    assert "secret" not in newsroom.get(f"/api/v1/webhooks/{hook['id']}/").json()
    both = newsroom.post(
        "/api/v1/follows/", {"claim": claim.pk, "actor": ActorFactory().pk}, format="json"
    )
    assert both.status_code == 400
    assert newsroom.delete(f"/api/v1/follows/{follow['id']}/").status_code == 204


def test_claim_events_cost_one_query_while_no_webhook_is_active(
    newsroom, django_assert_num_queries
):
    from claims.webhooks import deliveries_create

    claim = ClaimFactory()
    Follow.objects.create(user=newsroom.user, claim=claim)
    with django_assert_num_queries(1):
        assert deliveries_create(claim.pk, "claim.status", {"status": "contested"}) == []
