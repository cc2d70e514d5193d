"""Reads on sources, shaped for the pages and APIs that use them."""

from django.db.models import Prefetch, QuerySet

from .models import Article


def article_detail_queryset() -> QuerySet[Article]:
    from claims.models import ClaimLink, Statement, StatementSpeaker

    statements = Statement.objects.select_related("speaker", "via").prefetch_related(
        Prefetch("speaker_rows", queryset=StatementSpeaker.objects.select_related("actor")),
        Prefetch(
            "links",
            queryset=ClaimLink.objects.only(
                "id", "statement_id", "claim_id", "state", "score", "stance"
            ),
        ),
    )
    return Article.objects.select_related("outlet").prefetch_related(
        Prefetch("statements", queryset=statements)
    )
