"""Read the stance of stored links again from their statements and their claims' words."""

from collections import Counter

from django.core.management.base import BaseCommand
from django.db import transaction
from tqdm import tqdm

from claims.management.arguments import live_claims
from claims.models import Claim, ClaimLink
from claims.services import links_restance

BATCH = 500


class Command(BaseCommand):
    help = (
        "Read the stance of each link again from its statement and its claim's words as they "
        "are now, and store the ones that changed (with history) and their claims' counts: "
        "after a rule of reading changed, for links stored before it. A reworded claim's "
        "links are read again when it is reworded; a merge keeps the stances. With --dry-run "
        "nothing is stored (denials that point back are then read against the stored stances "
        "of what they point at)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--claim", type=int, action="append", help="this claim (repeatable)")
        parser.add_argument(
            "--dry-run", action="store_true", help="count and list the changes, store nothing"
        )

    def handle(self, *args, **options):
        claims = Claim.objects.filter(merged_into__isnull=True)
        if options["claim"]:
            claims = live_claims(options["claim"])
        claim_ids = list(claims.order_by("pk").values_list("pk", flat=True))
        save = not options["dry_run"]
        changes: Counter = Counter()
        total = ClaimLink.objects.filter(claim_id__in=claims.values("pk")).count()
        bar = tqdm(total=total, desc="links", unit="link", file=self.stderr._out)
        # a claim's links together: denials pointing back are read after what they point at
        for start in range(0, len(claim_ids), BATCH):
            batch = claim_ids[start : start + BATCH]
            with transaction.atomic():
                links = list(
                    ClaimLink.objects.filter(claim_id__in=batch)
                    .select_related("statement", "claim")
                    .defer("statement__embedding", "claim__embedding")
                )
                for link, before, after in links_restance(links, save=save):
                    changes[before, after] += 1
                    if options["verbosity"] > 1:
                        self.stdout.write(
                            f"link {link.pk} (statement {link.statement_id}, claim "
                            f"{link.claim_id}): {before} -> {after}"
                        )
            bar.update(len(links))
            bar.set_postfix(changed=sum(changes.values()))
        bar.close()
        verb = "would change" if not save else "changed"
        summary = ", ".join(f"{n} {a} -> {b}" for (a, b), n in sorted(changes.items()))
        self.stdout.write(
            self.style.SUCCESS(
                f"Read {total} links of {len(claim_ids)} claims: {sum(changes.values())} {verb}"
                + (f" ({summary})." if summary else ".")
            )
        )
