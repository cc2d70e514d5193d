"""Show each embedding model's HNSW index, measure how well its graph finds the nearest claims,
and rebuild it with the current graph parameters."""

import threading
import time

import numpy as np
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction
from tqdm import tqdm

from claims import matching
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
# Two builds of the same rows make different graphs (the parallel workers insert in their own
# order): at a million claims recall@10 at the shipped ef_search ranged over 0.949-0.968 in six
# builds (bench/latency). Below this a graph is worth building again.
RECALL_TARGET = 0.95
# How far a sampled claim's vector is moved to make a query when there are too few statements to
# sample: a claim seen again in other words (the bench's perturbation).
QUERY_NOISE = 0.35


class Command(BaseCommand):
    help = (
        "List the HNSW index of each embedding model with the parameters it was built with; "
        "--recall N measures how many of the exact 10 nearest claims its graph finds; "
        "--rebuild builds again those whose parameters are not the current ones, beside the "
        "old index, so matching goes on during the build."
    )

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="rebuild outdated indexes")
        parser.add_argument("--force", action="store_true", help="with --rebuild: every index")
        parser.add_argument("--model", default="", help="only this model key (name@version)")
        parser.add_argument(
            "--recall",
            type=int,
            default=0,
            metavar="N",
            help="measure recall@10 of each graph at the product's ef_search against an exact "
            "scan, with N sampled statements (or claims) as queries",
        )

    def handle(self, *args, **options):
        if connection.vendor != "postgresql":
            raise CommandError(
                "HNSW indexes exist on PostgreSQL only; on SQLite the in-process index is built "
                "from the stored vectors when a process first matches."
            )
        if options["force"] and not options["rebuild"]:
            raise CommandError("--force goes with --rebuild.")
        if options["recall"] < 0:
            raise CommandError("--recall takes a number of queries, at least 1.")
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
            if options["recall"] and found is not None:
                self._report_recall(model, options["recall"])
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

    def _report_recall(self, model: str, count: int) -> None:
        recall, queries = self._recall(model, count)
        line = (
            f"{model}: recall@10 {recall:.3f} at ef_search {matching.HNSW_EF_SEARCH} over "
            f"{queries} queries"
        )
        if recall < RECALL_TARGET:
            self.stdout.write(
                self.style.WARNING(
                    f"{line}, below {RECALL_TARGET}: this build of the graph came out weak; "
                    "build it again with --rebuild --force"
                )
            )
        else:
            self.stdout.write(line)

    def _recall(self, model: str, count: int) -> tuple[float, int]:
        """recall@10 of the graph against an exact scan, for ``count`` queries: the vectors of
        sampled statements (what matching searches with), topped up with sampled claims' moved
        a little (a claim seen again in other words) where there are too few statements. The
        same sample each time."""
        vectors = self._sample(model, "claims_statement", "", count)
        if len(vectors) < count:
            rng = np.random.default_rng(42)
            claims = self._sample(model, "claims_claim", " AND merged_into_id IS NULL", count)
            for vector in claims[: count - len(vectors)]:
                noise = rng.standard_normal(len(vector)).astype(np.float32) / np.sqrt(len(vector))
                vectors.append(vector / np.linalg.norm(vector) + QUERY_NOISE * noise)
        hits = total = 0
        for vector in tqdm(vectors, desc="recall", unit="query", file=self.stderr._out):
            query = vector / np.linalg.norm(vector)
            found = matching._hnsw_nearest(
                "claims_claim",
                "",
                " AND merged_into_id IS NULL",
                model,
                query,
                10,
                matching.HNSW_EF_SEARCH,
            )
            exact = self._exact(model, query)
            hits += len({row[0] for row in found} & set(exact))
            total += len(exact)
        return (hits / total if total else 1.0), len(vectors)

    def _sample(self, model: str, table: str, where: str, count: int) -> list[np.ndarray]:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT setseed(0.42)")
            cursor.execute(
                f"SELECT embedding::text FROM {table} WHERE embedding_model = %s "  # noqa: S608
                f"AND embedding IS NOT NULL{where} ORDER BY random() LIMIT %s",
                [model, count],
            )
            return [matching._parse_vector(row[0]) for row in cursor.fetchall()]

    def _exact(self, model: str, query: np.ndarray) -> list[int]:
        """The 10 claims nearest to ``query``, by a scan of every claim of the model."""
        dim = len(query)
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_indexscan = off")
            cursor.execute(
                f"SELECT id FROM claims_claim WHERE embedding_model = %s "  # noqa: S608
                f"AND merged_into_id IS NULL "
                f"ORDER BY (embedding::vector({dim})) <=> %s::vector({dim}) LIMIT 10",
                [model, matching._vector_literal(query)],
            )
            return [row[0] for row in cursor.fetchall()]

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
