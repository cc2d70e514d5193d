"""Reads on claims that are more than a one-liner, shaped for the pages and APIs that use them."""

from django.db.models import Count, F, Q, QuerySet

from .models import Claim, ClaimLink

COUNTED = (ClaimLink.State.AUTO, ClaimLink.State.CONFIRMED)


def claims_with_stale_counts() -> QuerySet:
    return (
        Claim.objects.filter(merged_into__isnull=True)
        .annotate(n=Count("links", filter=Q(links__state__in=COUNTED)))
        .exclude(n=F("statement_count"))
        .values_list("id", flat=True)
    )
