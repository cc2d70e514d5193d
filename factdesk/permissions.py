"""Roles are Django groups; each API view names which roles may use each HTTP method."""

from __future__ import annotations

from rest_framework import permissions

FACT_CHECKER = "fact-checker"
REVIEWER = "reviewer"
NEWSROOM = "newsroom"
ROLES = (FACT_CHECKER, REVIEWER, NEWSROOM)

ANY_ROLE = frozenset(ROLES)
EDITORS = frozenset({FACT_CHECKER})
LINK_REVIEWERS = frozenset({FACT_CHECKER, REVIEWER})
SUBMITTERS = frozenset({FACT_CHECKER, NEWSROOM})


def user_roles(user) -> frozenset[str]:
    """The user's roles, looked up once per request; a superuser holds every role."""
    if not user or not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_factdesk_roles", None)
    if cached is None:
        if user.is_superuser:
            cached = ANY_ROLE
        else:
            cached = frozenset(user.groups.filter(name__in=ROLES).values_list("name", flat=True))
        user._factdesk_roles = cached
    return cached


class HasRole(permissions.BasePermission):
    """Reads default to every role, writes to fact-checkers; views narrow or widen per method.

    A view sets ``roles = {"GET": ANY_ROLE, "POST": SUBMITTERS}``; a method it does not name
    falls back to ``read_roles`` for safe methods and ``write_roles`` for the others.
    """

    message = "Your role does not allow this operation."

    def has_permission(self, request, view) -> bool:
        if not request.user or not request.user.is_authenticated:
            return False
        allowed = allowed_roles(view, request.method)
        return bool(user_roles(request.user) & allowed)


def allowed_roles(view, method: str) -> frozenset[str]:
    roles = getattr(view, "roles", {}) or {}
    if method in roles:
        return frozenset(roles[method])
    if method == "HEAD" and "GET" in roles:
        return frozenset(roles["GET"])
    if method in permissions.SAFE_METHODS:
        return frozenset(getattr(view, "read_roles", ANY_ROLE))
    return frozenset(getattr(view, "write_roles", EDITORS))
