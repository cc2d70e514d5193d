"""Token authentication from the Authorization header only; keys in URLs end up in logs.

A newsroom tool sends the same token with every request, so each process remembers, for a few
seconds, what a token resolved to (its user and roles, read in one query). Revoking or deleting a
token, or changing its user or the user's groups, forgets it at once in the process that made the
change; every other process stops accepting it when its entry expires
(``FACTDESK_AUTH_CACHE_SECONDS``, 3 by default, 0 turns the cache off).
"""

from __future__ import annotations

import copy
import threading
import time
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Exists, OuterRef, signals
from django.utils import timezone
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from .models import ApiToken, token_digest
from .permissions import ANY_ROLE, ROLES

KEYWORDS = ("token", "bearer")
# last_used_at is for people deciding which tokens to revoke; minute precision is plenty and
# spares a write on every request.
LAST_USED_RESOLUTION = timedelta(minutes=1)
DEFAULT_CACHE_SECONDS = 3.0
# Bounds the memory a flood of distinct valid tokens could take; far above any real deployment.
MAX_CACHED_TOKENS = 10_000

clock = time.monotonic


@dataclass
class _Resolved:
    token: ApiToken  # with its user attached
    roles: frozenset[str]
    expires: float


_resolved: dict[str, _Resolved] = {}
_lock = threading.Lock()


def cache_seconds() -> float:
    return float(getattr(settings, "FACTDESK_AUTH_CACHE_SECONDS", DEFAULT_CACHE_SECONDS))


def forget_tokens(*, user_id: int | None = None, digest: str | None = None) -> None:
    """Drop remembered tokens: one by digest, all of one user, or (no argument) every one."""
    with _lock:
        if digest is not None:
            _resolved.pop(digest, None)
        elif user_id is not None:
            for key in [k for k, v in _resolved.items() if v.token.user_id == user_id]:
                del _resolved[key]
        else:
            _resolved.clear()


def _remember(digest: str, entry: _Resolved) -> None:
    with _lock:
        if len(_resolved) >= MAX_CACHED_TOKENS:
            now = clock()
            for key in [k for k, v in _resolved.items() if v.expires <= now]:
                del _resolved[key]
            if len(_resolved) >= MAX_CACHED_TOKENS:
                _resolved.clear()
        _resolved[digest] = entry


def _load(digest: str) -> tuple[ApiToken | None, frozenset[str]]:
    """The token with its user and the user's roles, in one query."""
    memberships = get_user_model().groups.through.objects.filter(user_id=OuterRef("user_id"))
    flags = {
        f"has_role_{i}": Exists(memberships.filter(group__name=r)) for i, r in enumerate(ROLES)
    }
    token = ApiToken.objects.select_related("user").annotate(**flags).filter(digest=digest).first()
    if token is None:
        return None, frozenset()
    if token.user.is_superuser:
        return token, ANY_ROLE
    return token, frozenset(r for i, r in enumerate(ROLES) if getattr(token, f"has_role_{i}"))


class TokenAuthentication(authentication.BaseAuthentication):
    """``Authorization: Token <key>`` or ``Authorization: Bearer <key>``."""

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).split()
        if not header or header[0].lower().decode("latin-1") not in KEYWORDS:
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed(
                "Malformed Authorization header: expected 'Token <key>' with no spaces in the key."
            )
        try:
            raw = header[1].decode("ascii")
        except UnicodeDecodeError as exc:
            raise exceptions.AuthenticationFailed("The token contains invalid characters.") from exc
        digest = token_digest(raw)
        entry = _resolved.get(digest)
        if entry is None or entry.expires <= clock():
            entry = self._resolve(digest)
        now = timezone.now()
        shared = entry.token
        if shared.last_used_at is None or now - shared.last_used_at > LAST_USED_RESOLUTION:
            ApiToken.objects.filter(pk=shared.pk).update(last_used_at=now)
            shared.last_used_at = now
        # Each request gets its own instances: views may set attributes on request.user.
        user = copy.copy(shared.user)
        user._factdesk_roles = entry.roles
        token = copy.copy(shared)
        token.user = user
        return user, token

    def _resolve(self, digest: str) -> _Resolved:
        token, roles = _load(digest)
        if token is None:
            raise exceptions.AuthenticationFailed("Invalid token.")
        if token.revoked_at is not None:
            raise exceptions.AuthenticationFailed("This token has been revoked.")
        if not token.user.is_active:
            raise exceptions.AuthenticationFailed("The token's user is inactive.")
        entry = _Resolved(token=token, roles=roles, expires=clock() + cache_seconds())
        if cache_seconds() > 0:
            _remember(digest, entry)
        return entry

    def authenticate_header(self, request) -> str:
        # A challenge makes DRF answer 401 (not 403) to requests without credentials.
        return 'Token realm="api"'


def _token_changed(sender, instance: ApiToken, **kwargs) -> None:
    forget_tokens(digest=instance.digest)


def _user_changed(sender, instance, **kwargs) -> None:
    forget_tokens(user_id=instance.pk)


def _memberships_changed(sender, instance, reverse: bool, **kwargs) -> None:
    # user.groups.add(...) names the user; group.user_set.add(...) names the group.
    forget_tokens(user_id=None if reverse else instance.pk)


def _group_changed(sender, **kwargs) -> None:
    forget_tokens()


signals.post_save.connect(_token_changed, sender=ApiToken, dispatch_uid="auth_cache.token_saved")
signals.post_delete.connect(
    _token_changed, sender=ApiToken, dispatch_uid="auth_cache.token_deleted"
)
signals.post_save.connect(
    _user_changed, sender=settings.AUTH_USER_MODEL, dispatch_uid="auth_cache.user_saved"
)
signals.post_delete.connect(
    _user_changed, sender=settings.AUTH_USER_MODEL, dispatch_uid="auth_cache.user_deleted"
)
signals.m2m_changed.connect(
    _memberships_changed,
    sender=get_user_model().groups.through,
    dispatch_uid="auth_cache.memberships_changed",
)
signals.post_save.connect(_group_changed, sender=Group, dispatch_uid="auth_cache.group_saved")
signals.post_delete.connect(_group_changed, sender=Group, dispatch_uid="auth_cache.group_deleted")


class TokenAuthenticationScheme(OpenApiAuthenticationExtension):
    target_class = TokenAuthentication
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "'Token <key>' or 'Bearer <key>'; create one with "
            "`manage.py createtoken USERNAME --name NAME`.",
        }
