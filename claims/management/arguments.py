"""Argument types the management commands share."""

import argparse
from datetime import date


def day(value: str) -> date:
    """A day given as YYYY-MM-DD, or argparse's clear error."""
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date; write it as YYYY-MM-DD."
        ) from exc
