"""Re-derive the daily roll-ups of statements (StatementDaily, SpeakerDaily) from the statements."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from claims.management.arguments import day
from claims.services import statement_rollup_days, statement_rollup_rebuild


class Command(BaseCommand):
    help = (
        "Rebuild the daily roll-ups the dashboards read, for every day that has statements (a "
        "backfill after migrating), or for --since/--until. Safe to run while articles are "
        "processed: each batch of days is rebuilt in its own transaction."
    )

    def add_arguments(self, parser):
        parser.add_argument("--since", type=day, help="first day (YYYY-MM-DD)")
        parser.add_argument("--until", type=day, help="last day (YYYY-MM-DD)")
        parser.add_argument(
            "--days-per-batch", type=int, default=7, help="days rebuilt per transaction"
        )

    def handle(self, *args, **options):
        if options["days_per_batch"] < 1:
            raise CommandError("--days-per-batch must be at least 1.")
        span = statement_rollup_days()
        since = options["since"] or (span[0] if span else None)
        until = options["until"] or (span[1] if span else None)
        if since is None or until is None:
            self.stdout.write("No statements and no roll-up rows: nothing to rebuild.")
            return
        if since > until:
            raise CommandError(f"--since {since} is after --until {until}.")
        total_days = (until - since).days + 1
        step = options["days_per_batch"]
        written = [0, 0]
        bar = tqdm(total=total_days, desc="days", unit="day", file=self.stderr._out)
        first = since
        while first <= until:
            last = min(first + timedelta(days=step - 1), until)
            try:
                daily, speakers = statement_rollup_rebuild(since=first, until=last)
            except ValidationError as exc:
                raise CommandError("; ".join(exc.messages)) from exc
            written[0] += daily
            written[1] += speakers
            bar.update((last - first).days + 1)
            first = last + timedelta(days=1)
        bar.close()
        self.stdout.write(
            self.style.SUCCESS(
                f"Rebuilt {total_days} day(s) from {since} to {until}: {written[0]} statement "
                f"rows and {written[1]} speaker rows."
            )
        )
