"""Load the demo: the seed VOA Indonesia article, the outlets and actors it names, one claim."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.dateparse import parse_datetime

from claims.models import Claim
from claims.services import claim_create
from sources.models import Actor, Outlet
from sources.services import (
    actor_alias_add,
    actor_get_or_create,
    article_submit,
    outlet_get_or_create,
)

DEMO_DIR = Path(__file__).resolve().parents[2] / "fixtures" / "demo"


class Command(BaseCommand):
    help = "Load the demo data (idempotent: running it again changes nothing)."

    def handle(self, *args, **options):
        data = json.loads((DEMO_DIR / "demo.json").read_text(encoding="utf-8"))
        with transaction.atomic():
            for row in data["outlets"]:
                outlet = outlet_get_or_create(**row)
                self.stdout.write(f"outlet  {outlet.name}")
            for row in data["actors"]:
                parent = Actor.objects.filter(name=row.get("parent")).first()
                actor = actor_get_or_create(name=row["name"], kind=row["kind"], parent=parent)
                for language, names in row["aliases"].items():
                    for alias in names:
                        actor_alias_add(actor=actor, alias=alias, language=language)
                self.stdout.write(f"actor   {actor.name} ({actor.aliases.count()} aliases)")
            for row in data["claims"]:
                claim = Claim.objects.filter(text=row["text"]).first()
                if claim is None:
                    claim = claim_create(
                        text=row["text"],
                        language=row["language"],
                        status=row["status"],
                        subjects=Actor.objects.filter(name__in=row["subjects"]),
                    )
                self.stdout.write(f"claim   {claim.text}")
        for row in data["articles"]:
            text = (DEMO_DIR / row["file"]).read_text(encoding="utf-8")
            submission = article_submit(
                url=row["url"],
                text=text,
                title=row["title"],
                outlet=Outlet.objects.get(name=row["outlet"]),
                language=row["language"],
                published_at=parse_datetime(row["published_at"]),
            )
            verb = "loaded" if submission.created else "already there"
            self.stdout.write(f"article {submission.article.title} ({verb})")
        self.stdout.write(self.style.SUCCESS("Demo data ready."))
