"""Argument types the management commands share."""

import argparse
from datetime import date

from django.core.management.base import CommandError


def day(value: str) -> date:
    """A day given as YYYY-MM-DD, or argparse's clear error."""
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date; write it as YYYY-MM-DD."
        ) from exc


def live_claims(ids: list[int]):
    """The live (not merged) claims with these ids, or a clear error naming the ids that are
    not live claims."""
    from claims.models import Claim

    claims = Claim.objects.filter(merged_into__isnull=True, pk__in=ids)
    missing = set(ids) - set(claims.values_list("pk", flat=True))
    if missing:
        raise CommandError(
            "No live claim with id " + ", ".join(str(pk) for pk in sorted(missing)) + "."
        )
    return claims
