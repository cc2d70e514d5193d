"""API conventions shared by every app: one error shape for every 4xx, domain errors as 400, and
pages served from the shared cache while the data they show has not changed."""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Callable
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpResponse
from django.http.response import HttpResponseBase
from rest_framework import exceptions, status
from rest_framework.parsers import JSONParser
from rest_framework.response import Response

logger = logging.getLogger(__name__)


class PayloadTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "too_large"
    default_detail = "The request body is too large."


class BoundedJSONParser(JSONParser):
    """JSON, refused past DATA_UPLOAD_MAX_MEMORY_SIZE before it is read into memory whole."""

    def parse(self, stream, media_type=None, parser_context=None):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        request = (parser_context or {}).get("request")
        declared = request.META.get("CONTENT_LENGTH") if request is not None else None
        if declared and declared.isdigit() and int(declared) > limit:
            raise PayloadTooLarge(f"The request body is larger than {limit:,} bytes.")
        if stream is None:
            raise exceptions.ParseError("The request body is empty.")
        body = stream.read(limit + 1)
        if len(body) > limit:
            raise PayloadTooLarge(f"The request body is larger than {limit:,} bytes.")
        return super().parse(io.BytesIO(body), media_type, parser_context)


def _flatten(detail) -> str:
    if isinstance(detail, list):
        return " ".join(_flatten(d) for d in detail)
    if isinstance(detail, dict):
        return " ".join(f"{k}: {_flatten(v)}" for k, v in detail.items())
    return str(detail)


def _fields(detail) -> dict[str, list[str]] | None:
    if not isinstance(detail, dict):
        return None
    fields = {}
    for key, value in detail.items():
        values = value if isinstance(value, list) else [value]
        fields[key] = [_flatten(v) for v in values]
    return fields


def error_response(code: str, message: str, http_status: int, fields=None) -> Response:
    body = {"error": {"code": code, "message": message}}
    if fields:
        body["error"]["fields"] = fields
    return Response(body, status=http_status)


def exception_handler(exc, context):
    """Every error leaves as ``{"error": {"code", "message", "fields"?}}``."""
    if isinstance(exc, DjangoValidationError):
        detail = (
            exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        )
        exc = exceptions.ValidationError(detail=detail)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    if isinstance(exc, RequestDataTooBig):
        # Raised by Django while DRF reads the body, before any parser sees it.
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        exc = PayloadTooLarge(f"The request body is larger than {limit:,} bytes.")
    # Imported here: rest_framework.views reads the API settings, which name this module.
    from rest_framework.views import exception_handler as drf_exception_handler

    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    detail = response.data
    if isinstance(exc, exceptions.ValidationError):
        fields = _fields(detail) or {"non_field_errors": [_flatten(detail)]}
        message = "; ".join(
            f"{k}: {' '.join(v)}" if k != "non_field_errors" else " ".join(v)
            for k, v in fields.items()
        )
        response.data = {"error": {"code": "invalid", "message": message, "fields": fields}}
        return response
    code = getattr(exc, "default_code", "error")
    if isinstance(exc, exceptions.APIException) and isinstance(exc.detail, dict):
        message = _flatten(exc.detail)
    else:
        message = _flatten(detail.get("detail", detail) if isinstance(detail, dict) else detail)
    if response.status_code == status.HTTP_401_UNAUTHORIZED:
        code = "not_authenticated"
    response.data = {"error": {"code": code, "message": message}}
    return response


# --- cached pages -------------------------------------------------------------------------------
#
# A read that many clients repeat (the claim list) can be served from the shared cache as the
# exact bytes it rendered to. A page is stored with the generation of the data it was read from;
# a write bumps the generation, so the next request sees the change at once and the old page is
# left to expire. Entries also expire after FACTDESK_RESPONSE_CACHE_SECONDS, which bounds what a
# write that bypasses model signals (a queryset ``update()``) can leave stale.

PROCESS_LOCAL_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)
DEFAULT_RESPONSE_CACHE_SECONDS = 10


def response_cache_seconds() -> float:
    """How long a page may be served from the cache; 0 means never.

    By default pages are cached only when the cache is shared by every process: a per-process
    memory cache would not see the generation bumped by a write made in another process.
    """
    configured = getattr(settings, "FACTDESK_RESPONSE_CACHE_SECONDS", None)
    if configured is not None:
        return float(configured)
    if settings.CACHES["default"]["BACKEND"] in PROCESS_LOCAL_CACHES:
        return 0
    return DEFAULT_RESPONSE_CACHE_SECONDS


def page_cache_key(request, scope: str, roles) -> str:
    """Everything the rendered page depends on: address (``next`` links are absolute), query
    parameters (in a canonical order), negotiated media type and the caller's roles."""
    params = urlencode(sorted(request.query_params.lists()), doseq=True)
    parts = (
        scope,
        request.scheme,
        request.get_host(),
        request.get_full_path().partition("?")[0],
        params,
        request.accepted_media_type,
        ",".join(sorted(roles)),
    )
    digest = hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()
    return f"page:{scope}:{digest}"


def cached_page(
    request, *, scope: str, generation, roles, build: Callable[[], Response]
) -> HttpResponseBase:
    """``build()``'s response, or the bytes it rendered to for the same request and data.

    ``generation`` names the state of the data the page shows (``claims.selectors.Generation``).

    Only successful JSON responses are stored; errors and other renderers (the browsable API)
    are built every time.
    """
    seconds = response_cache_seconds()
    if (
        seconds <= 0
        or request.method != "GET"
        or getattr(getattr(request, "accepted_renderer", None), "format", None) != "json"
        or generation.pending()
    ):
        return build()
    key = page_cache_key(request, scope, roles)
    found = cache.get_many([generation.key, key])
    current = generation.current(found.get(generation.key))
    if current is None:
        return build()
    stored = found.get(key)
    if stored is not None and stored[0] == current:
        return HttpResponse(stored[2], content_type=stored[1])
    response = build()
    if response.status_code == status.HTTP_200_OK:

        def store(rendered: HttpResponseBase) -> None:
            cache.set(key, (current, rendered["Content-Type"], rendered.content), seconds)

        response.add_post_render_callback(store)
    return response
