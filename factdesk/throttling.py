"""Request rates per API token (per user for browser sessions), set by FACTDESK_THROTTLE_*."""

from __future__ import annotations

from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle

from .models import ApiToken


class TokenRateThrottle(SimpleRateThrottle):
    """One bucket per token, so that two tools of one newsroom do not starve each other."""

    scope = "token"

    def get_rate(self):
        # Read at request time, not import time, so that settings overrides apply.
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def get_cache_key(self, request, view):
        if isinstance(request.auth, ApiToken):
            ident = f"t{request.auth.pk}"
        elif request.user and request.user.is_authenticated:
            ident = f"u{request.user.pk}"
        else:
            ident = f"a{self.get_ident(request)}"
        return self.cache_format % {"scope": self.scope, "ident": ident}

    def wait(self):
        wait = super().wait()
        return None if wait is None else max(wait, 1)
