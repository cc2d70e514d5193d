"""Show each embedding model's HNSW index and rebuild it with the current graph parameters."""

import threading
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connection, connections
from tqdm import tqdm

from claims.matching import (
    HNSW_EF_CONSTRUCTION,
    HNSW_M,
    vector_index_name,
    vector_index_options,
    vector_index_sql,
)
from claims.models import Claim

# Seconds between two reads of PostgreSQL's progress report while an index builds.
PROGRESS_EVERY = 1.0


class Command(BaseCommand):
    help = (
        "List the HNSW index of each embedding model with the parameters it was built with; "
        "--rebuild builds again those whose parameters are not the current ones, beside the "
        "old index, so matching goes on during the build."
    )

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="rebuild outdated indexes")
        parser.add_argument("--force", action="store_true", help="with --rebuild: every index")
        parser.add_argument("--model", default="", help="only this model key (name@version)")

    def handle(self, *args, **options):
        if connection.vendor != "postgresql":
            raise CommandError(
                "HNSW indexes exist on PostgreSQL only; on SQLite the in-process index is built "
                "from the stored vectors when a process first matches."
            )
        if options["force"] and not options["rebuild"]:
            raise CommandError("--force goes with --rebuild.")
        models = list(
            Claim.objects.filter(merged_into__isnull=True, embedding__isnull=False)
            .exclude(embedding_model="")
            .values_list("embedding_model", flat=True)
            .distinct()
            .order_by("embedding_model")
        )
        if options["model"]:
            if options["model"] not in models:
                raise CommandError(
                    f"No claim is embedded with {options['model']!r}; models in use: "
                    f"{', '.join(models) or 'none'}."
                )
            models = [options["model"]]
        if not models:
            self.stdout.write("No embedded claims yet: there is no index to show.")
            return
        wanted = {"m": HNSW_M, "ef_construction": HNSW_EF_CONSTRUCTION}
        outdated = 0
        for model in models:
            found = vector_index_options(model)
            current = found == wanted
            outdated += not current
            state = (
                "missing"
                if found is None
                else f"m {found['m']}, ef_construction {found['ef_construction']}"
                + ("" if current else " (outdated)")
            )
            self.stdout.write(f"{model}: {vector_index_name(model)}: {state}")
            if options["rebuild"] and (options["force"] or not current):
                seconds = self._rebuild(model)
                self.stdout.write(
                    self.style.SUCCESS(
                        f"{model}: rebuilt with m {HNSW_M}, ef_construction "
                        f"{HNSW_EF_CONSTRUCTION} in {seconds:.1f}s"
                    )
                )
        if outdated and not options["rebuild"]:
            self.stdout.write(
                f"Current parameters: m {HNSW_M}, ef_construction {HNSW_EF_CONSTRUCTION}; "
                "run with --rebuild to build the others again."
            )

    def _rebuild(self, model: str) -> float:
        """Build the new index under a temporary name, then swap it in for the old one."""
        name = vector_index_name(model)
        temporary = f"{name}_new"
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT vector_dims(embedding) FROM claims_claim "
                "WHERE embedding_model = %s AND embedding IS NOT NULL LIMIT 1",
                [model],
            )
            dim = cursor.fetchone()[0]
            # A build stopped half-way leaves an invalid index behind: start afresh.
            cursor.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {temporary}")
        done = threading.Event()
        watcher = threading.Thread(target=self._progress, args=(done,), daemon=True)
        started = time.monotonic()
        watcher.start()
        try:
            with connection.cursor() as cursor:
                cursor.execute(*vector_index_sql(model, dim, name=temporary, concurrently=True))
        finally:
            done.set()
            watcher.join()
        with connection.cursor() as cursor:
            cursor.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {name}")
            cursor.execute(f"ALTER INDEX {temporary} RENAME TO {name}")
            cursor.execute("ANALYZE claims_claim")
        return time.monotonic() - started

    def _progress(self, done: threading.Event) -> None:
        """A progress bar fed by pg_stat_progress_create_index, read on a connection of its own."""
        bar = tqdm(desc="HNSW build", total=100, unit="%", file=self.stderr._out)
        reader = connections.create_connection(DEFAULT_DB_ALIAS)
        try:
            while not done.wait(PROGRESS_EVERY):
                with reader.cursor() as cursor:
                    # pgvector reports the table's blocks read while it loads the graph
                    cursor.execute(
                        "SELECT phase, blocks_done, blocks_total FROM pg_stat_progress_create_index"
                        " WHERE relid = 'claims_claim'::regclass"
                    )
                    row = cursor.fetchone()
                if row is None:
                    continue
                phase, blocks, total = row
                bar.set_postfix_str(phase)
                if total:
                    bar.n = min(100, round(100 * (blocks or 0) / total))
                bar.refresh()
        finally:
            reader.close()
            bar.close()
