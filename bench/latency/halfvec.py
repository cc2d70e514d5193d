"""Half-precision HNSW against the product's single-precision one, over the same claims.

Loads ``--scale`` synthetic claims as ``run.py`` does, builds the product's HNSW index on
``embedding::vector(dim)`` and, beside it, the same graph parameters on
``embedding::halfvec(dim)``, reads both into shared buffers, and times the product's vector
query (k 20, with the rows' text and lexical document) through each index at every
``--ef-search``, the two alternating query by query so that whatever else the machine does
falls on both alike. Recall@10 is against the exact top 10 in numpy.

    .venv/bin/python bench/latency/halfvec.py --scale 1000000
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.latency import run as bench  # noqa: E402

HALF_INDEX = "bench_claim_embedding_halfvec"


def nearest(kind: str, model: str, vector, ef_search: int, k: int = 20) -> tuple[float, list]:
    """Milliseconds and ids of the product's vector query through the ``kind`` index."""
    from django.db import connection, transaction

    from claims.matching import _vector_literal

    dim = len(vector)
    literal = _vector_literal(vector)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"SET LOCAL hnsw.ef_search = {int(ef_search)}; "
            "SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off"
        )
        started = time.perf_counter()
        cursor.execute(
            f"SELECT id, 1 - ((embedding::vector({dim})) <=> %s::vector({dim})), text, lexical "  # noqa: S608
            "FROM claims_claim WHERE embedding_model = %s AND merged_into_id IS NULL "
            f"ORDER BY (embedding::{kind}({dim})) <=> %s::{kind}({dim}) LIMIT %s",
            [literal, model, literal, k],
        )
        rows = cursor.fetchall()
        return (time.perf_counter() - started) * 1000, [int(row[0]) for row in rows]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=int, default=1_000_000, help="claims (default 1M)")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--passes", type=int, default=3, help="passes over the queries")
    parser.add_argument("--ef-search", default="60,100,150,200")
    parser.add_argument("--build-memory", default="6GB")
    parser.add_argument("--shared-buffers", default="8GB")
    args = parser.parse_args(argv)
    try:
        efs = [int(s) for s in args.ef_search.split(",") if s.strip()]
    except ValueError:
        parser.error("--ef-search takes comma-separated integers")
    if args.queries < 20 or args.queries > args.scale:
        parser.error("--queries must be at least 20 and at most --scale")

    services = bench.Services(use_env=False, shared_buffers=args.shared_buffers)
    try:
        bench.django_setup()
        from django.db import connection
        from tqdm import tqdm

        from claims import matching
        from claims.embedding import get_embedder

        embedder = get_embedder()
        model, dim = matching.model_key(embedder), embedder.dim
        print(f"# {bench.machine()}", flush=True)
        texts = bench.claim_texts()
        store = bench.ClaimStore(bench.vector_source(embedder, texts, 300), texts, model)
        bench.index_drop(model)
        with tqdm(total=args.scale, desc="COPY", unit="claim", leave=False) as bar:
            seconds = store.grow(args.scale, progress=bar)
        print(f"loaded {args.scale:,} claims in {seconds:.0f}s", flush=True)
        seconds, size = bench.index_build(
            model, dim, m=None, ef_construction=None, memory=args.build_memory
        )
        print(f"vector index: built in {seconds:.0f}s, {size}", flush=True)
        statement, params = matching.vector_index_sql(model, dim, name=HALF_INDEX)
        statement = statement.replace(
            f"(embedding::vector({dim})) vector_cosine_ops",
            f"(embedding::halfvec({dim})) halfvec_cosine_ops",
        )
        with connection.cursor() as cursor:
            cursor.execute(f"SET maintenance_work_mem = '{args.build_memory}'")
            cursor.execute("SET max_parallel_maintenance_workers = 2")
            started = time.perf_counter()
            cursor.execute(statement, params)
            seconds = time.perf_counter() - started
            cursor.execute("SELECT pg_size_pretty(pg_relation_size(%s::regclass))", [HALF_INDEX])
            print(f"halfvec index: built in {seconds:.0f}s, {cursor.fetchone()[0]}", flush=True)
        bench.claims_analyze()
        with connection.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm")
            cursor.execute(
                "SELECT pg_prewarm(%s::regclass), pg_prewarm(%s::regclass), "
                "pg_prewarm('claims_claim'::regclass)",
                [matching.vector_index_name(model), HALF_INDEX],
            )
        queries, _ = bench.make_queries(store, args.queries)
        truth = store.exact_top(queries, 10)
        for vector in queries[:10]:
            nearest("vector", model, vector, efs[0])
            nearest("halfvec", model, vector, efs[0])
        for ef in efs:
            for run in range(args.passes):
                millis = {"vector": [], "halfvec": []}
                found = {"vector": [], "halfvec": []}
                for i, vector in enumerate(queries):
                    order = ("vector", "halfvec") if (i + run) % 2 == 0 else ("halfvec", "vector")
                    for kind in order:
                        ms, ids = nearest(kind, model, vector, ef)
                        millis[kind].append(ms)
                        found[kind].append(ids)
                for kind in ("vector", "halfvec"):
                    cuts = statistics.quantiles(millis[kind], n=100, method="inclusive")
                    print(
                        f"ef_search {ef:4d} pass {run}  {kind:8s} p50 {cuts[49]:6.2f} ms  "
                        f"p95 {cuts[94]:6.2f} ms  recall@10 "
                        f"{bench.recall(found[kind], truth, 10):.4f}",
                        flush=True,
                    )
    finally:
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
