"""Link claims to the statements stored before them that repeat, support or deny them."""

from datetime import datetime, time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from tqdm import tqdm

from claims.embedding import get_embedder
from claims.management.arguments import day, live_claims
from claims.matching import gathering_waits, model_key, statement_index_build
from claims.models import Claim
from claims.services import claims_gather


class Command(BaseCommand):
    help = (
        "Search the stored statements again for claims: by default the claims not gathered yet "
        "(the periodic task does the same in small batches); with --since, every live claim "
        "made since that day; with --all, every live claim (a backfill). Links a person "
        "reviewed are never changed; each claim is gathered in its own transaction."
    )

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group()
        which.add_argument("--since", type=day, help="claims made since this day (YYYY-MM-DD)")
        which.add_argument("--all", action="store_true", help="every live claim")
        which.add_argument("--claim", type=int, action="append", help="this claim (repeatable)")

    def handle(self, *args, **options):
        claims = Claim.objects.filter(merged_into__isnull=True)
        if options["claim"]:
            claims = live_claims(options["claim"])
        elif options["since"]:
            start = timezone.make_aware(datetime.combine(options["since"], time.min))
            claims = claims.filter(created_at__gte=start)
        elif not options["all"]:
            claims = claims.filter(gathered_at__isnull=True)
        embedder = get_embedder()
        model = model_key(embedder)
        if gathering_waits(model):
            self.stdout.write(
                "Building the statements' index first (CREATE INDEX CONCURRENTLY: articles go "
                "on being processed meanwhile) ..."
            )
            if not statement_index_build(model, embedder.dim):
                raise CommandError(
                    "Another process is building the statements' index: run this again when "
                    "it is done."
                )
        ids = list(claims.order_by("created_at", "pk").values_list("pk", flat=True))
        made = 0
        bar = tqdm(total=len(ids), desc="claims", unit="claim", file=self.stderr._out)
        for claim_id in ids:
            made += claims_gather([claim_id])
            bar.update(1)
            bar.set_postfix(links=made)
        bar.close()
        self.stdout.write(self.style.SUCCESS(f"Gathered {len(ids)} claims: {made} links made."))
