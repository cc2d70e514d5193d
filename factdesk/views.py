"""Service-level views: health."""

import logging

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


def _check_database() -> tuple[bool, str]:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:
        logger.warning("health: database unreachable: %s", exc)
        return False, f"unreachable: {exc.__class__.__name__}"
    return True, connection.vendor


def _check_broker() -> tuple[bool, str]:
    if not settings.REDIS_URL:
        return True, "in-process (eager tasks)"
    import redis

    try:
        client = redis.Redis.from_url(
            settings.REDIS_URL, socket_connect_timeout=1.0, socket_timeout=1.0
        )
        client.ping()
    except Exception as exc:
        logger.warning("health: broker unreachable: %s", exc)
        return False, f"unreachable: {exc.__class__.__name__}"
    return True, "redis"


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """200 when the database and the broker answer, 503 naming the part that does not."""
    db_ok, db_detail = _check_database()
    broker_ok, broker_detail = _check_broker()
    healthy = db_ok and broker_ok
    body = {
        "status": "ok" if healthy else "unavailable",
        "database": {"ok": db_ok, "detail": db_detail},
        "broker": {"ok": broker_ok, "detail": broker_detail},
    }
    if not healthy:
        body["down"] = [name for name, ok in (("database", db_ok), ("broker", broker_ok)) if not ok]
    return JsonResponse(body, status=200 if healthy else 503)
