"""Indexes for the claim list API and for lexical matching.

The list shows live claims (merged_into IS NULL) in (last_seen_at, created_at, id) order, or by
statement count; with these partial indexes a page of 50 among 100k claims reads about 50 index
entries instead of sorting the table. The lexical index serves the full-text half of matching
(claims.matching._lexical_candidates), which otherwise computes to_tsvector for every claim of
every query; it is PostgreSQL-only (SQLite matches in-process).
"""

from django.db import migrations, models

LEXICAL_INDEX = "claim_lexical_fts_idx"


def create_lexical_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {LEXICAL_INDEX} ON claims_claim "
            "USING gin (to_tsvector('simple', lexical)) WHERE merged_into_id IS NULL"
        )


def drop_lexical_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {LEXICAL_INDEX}")


class Migration(migrations.Migration):
    dependencies = [("claims", "0003_follows_webhooks_deliveries")]

    operations = [
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(
                fields=["-last_seen_at", "-created_at", "-id"],
                condition=models.Q(merged_into__isnull=True),
                name="claim_list_recent_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(
                fields=["status", "-last_seen_at", "-created_at", "-id"],
                condition=models.Q(merged_into__isnull=True),
                name="claim_list_status_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(
                fields=["language", "-last_seen_at", "-created_at", "-id"],
                condition=models.Q(merged_into__isnull=True),
                name="claim_list_language_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(
                fields=["-statement_count", "-id"],
                condition=models.Q(merged_into__isnull=True),
                name="claim_list_statements_idx",
            ),
        ),
        migrations.RunPython(create_lexical_index, drop_lexical_index, elidable=False),
    ]
