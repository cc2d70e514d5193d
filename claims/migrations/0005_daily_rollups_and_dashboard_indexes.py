"""Daily roll-ups of statements, and indexes for the dashboards at a million statements.

StatementDaily (statements per day, outlet and language, by stance) and SpeakerDaily (per day,
speaker, outlet and language) let the overview's chart and its most active claimants and outlets
add up a few thousand rows instead of every statement of their window. They start empty: fill
them with `manage.py rollup_statements` after migrating (claims.services keeps them from then on).

The indexes: ClaimLink(claim, state) serves a claim's live links without visiting rejected ones;
a partial index on suggested links' creation times gives the review queue's size and age; and
claim_figures_idx covers every column the overview's claim counts read.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0004_claim_list_and_lexical_indexes"),
        ("sources", "0001_outlets_actors_articles_feeds"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="SpeakerDaily",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("day", models.DateField()),
                ("outlet_key", models.PositiveIntegerField(default=0)),
                ("language", models.CharField(blank=True, max_length=8)),
                ("statements", models.IntegerField(default=0)),
                ("denials", models.IntegerField(default=0)),
            ],
            options={
                "verbose_name_plural": "speaker daily counts",
                "ordering": ["day", "actor_id", "outlet_key", "language"],
            },
        ),
        migrations.CreateModel(
            name="StatementDaily",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("day", models.DateField()),
                ("outlet_key", models.PositiveIntegerField(default=0)),
                ("language", models.CharField(blank=True, max_length=8)),
                ("statements", models.IntegerField(default=0)),
                (
                    "articles",
                    models.IntegerField(default=0, help_text="Articles with a statement that day"),
                ),
                ("asserts", models.IntegerField(default=0)),
                ("accuses", models.IntegerField(default=0)),
                ("denies", models.IntegerField(default=0)),
                ("confirms", models.IntegerField(default=0)),
                ("questions", models.IntegerField(default=0)),
                ("promises", models.IntegerField(default=0)),
                ("reports", models.IntegerField(default=0)),
            ],
            options={
                "verbose_name_plural": "statement daily counts",
                "ordering": ["day", "outlet_key", "language"],
            },
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(
                condition=models.Q(("merged_into__isnull", True)),
                fields=[
                    "status",
                    "verdict",
                    "language",
                    "contested",
                    "created_at",
                    "contested_at",
                    "last_seen_at",
                    "id",
                ],
                name="claim_figures_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="claimlink",
            index=models.Index(fields=["claim", "state"], name="claimlink_claim_state_idx"),
        ),
        migrations.AddIndex(
            model_name="claimlink",
            index=models.Index(
                condition=models.Q(("state", "suggested")),
                fields=["created_at"],
                name="claimlink_suggested_idx",
            ),
        ),
        migrations.AddField(
            model_name="speakerdaily",
            name="actor",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE, related_name="+", to="sources.actor"
            ),
        ),
        migrations.AddIndex(
            model_name="statementdaily",
            index=models.Index(fields=["outlet_key", "day"], name="statementdaily_outlet_idx"),
        ),
        migrations.AddConstraint(
            model_name="statementdaily",
            constraint=models.UniqueConstraint(
                fields=("day", "outlet_key", "language"), name="statementdaily_unique_key"
            ),
        ),
        migrations.AddIndex(
            model_name="speakerdaily",
            index=models.Index(fields=["outlet_key", "day"], name="speakerdaily_outlet_idx"),
        ),
        migrations.AddConstraint(
            model_name="speakerdaily",
            constraint=models.UniqueConstraint(
                fields=("day", "actor", "outlet_key", "language"), name="speakerdaily_unique_key"
            ),
        ),
    ]
