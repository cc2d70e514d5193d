"""Pipeline throughput: articles per second through extract, embed and link, in one process.

    .venv/bin/python bench/throughput/run.py                     # 100,000 claims, 40 articles
    .venv/bin/python bench/throughput/run.py --claims 10000 --articles 10
    DATABASE_URL=postgres://... .venv/bin/python bench/throughput/run.py --use-env

It starts its own PostgreSQL and Redis (scripts/testenv.sh) unless --use-env is given, migrates a
fresh database, loads the demo (outlets, actors and their aliases, the demo claim), bulk-loads
synthetic claims with the loader of bench/latency, builds the product's HNSW index, then submits
articles (the seed VOA Indonesia article, the English fixture, and distinct wire-style reports
from bench/load/articles.py) and runs sources.services.article_process on each, as one worker
process does. It prints articles/s, per-article latency, and where the time goes: text and
language, statement extraction, embedding, search, and link writes.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.latency.run import (  # noqa: E402
    ClaimStore,
    Services,
    claim_texts,
    claims_analyze,
    django_setup,
    index_build,
    index_drop,
    machine,
    vector_source,
)
from bench.load.articles import article as generated_article  # noqa: E402

SEED = ROOT / "sources" / "fixtures" / "demo" / "voa-id-kim-putin-2023-10-12.txt"
FIXTURE_EN = ROOT / "tests" / "fixtures" / "articles" / "en-dprk-russia-arms.txt"


class StageClock:
    """Wall time spent inside named functions, by replacing them with timed wrappers. A stage
    timed inside another is also counted as "<stage> in <outer>" (a search made while gathering
    is "search in gathering")."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._undo: list[tuple[object, str, object]] = []
        self._running: list[str] = []

    def wrap(self, owner, attribute: str, stage: str) -> None:
        original = getattr(owner, attribute)

        def timed(*args, **kwargs):
            outer = next((s for s in reversed(self._running) if s != stage), None)
            self._running.append(stage)
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                elapsed = time.perf_counter() - started
                self._running.pop()
                self.seconds[stage] += elapsed
                self.calls[stage] += 1
                if outer is not None:
                    self.seconds[f"{stage} in {outer}"] += elapsed
                    self.calls[f"{stage} in {outer}"] += 1

        self._undo.append((owner, attribute, original))
        setattr(owner, attribute, timed)

    def restore(self) -> None:
        for owner, attribute, original in reversed(self._undo):
            setattr(owner, attribute, original)
        self._undo.clear()


def articles(count: int) -> list[dict]:
    out = []
    for path in (SEED, FIXTURE_EN):
        if path.exists():
            out.append(
                {"text": path.read_text(encoding="utf-8"), "title": path.stem, "language": ""}
            )
    index = 0
    while len(out) < count:
        item = generated_article(index)
        out.append({"text": item["text"], "title": item["title"], "language": ""})
        index += 1
    return out[:count]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=100000, help="claims loaded (100000)")
    parser.add_argument("--articles", type=int, default=40, help="articles processed (40)")
    parser.add_argument("--centres", type=int, default=300, help="cluster centres (300)")
    parser.add_argument("--shared-buffers", default="4GB", help="shared_buffers of its cluster")
    parser.add_argument("--embedder", default=None, help="embedder name (default: the setting)")
    parser.add_argument(
        "--use-env", action="store_true", help="use DATABASE_URL instead of starting PostgreSQL"
    )
    args = parser.parse_args(argv)
    if args.claims < 0 or args.articles < 1:
        parser.error("--claims must be >= 0 and --articles >= 1")

    services = Services(use_env=args.use_env, shared_buffers=args.shared_buffers)
    try:
        return run(args)
    finally:
        services.close()


def run(args) -> int:
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone
    from tqdm import tqdm

    django_setup(args.embedder)
    import claims.extraction
    import claims.matching
    import claims.services
    import sources.services
    from claims.embedding import get_embedder
    from claims.models import Claim, ClaimLink, Statement
    from sources.models import Article
    from sources.services import article_process, article_submit

    if connection.vendor != "postgresql":
        raise SystemExit("This benchmark needs PostgreSQL with pgvector.")
    if Article.objects.exists():
        raise SystemExit("The database already holds articles; give it a fresh database.")
    call_command("loaddemo", stdout=io.StringIO())

    embedder = get_embedder()
    model = claims.matching.model_key(embedder)
    print(f"# {machine()}", flush=True)
    print(f"# embedder {model}", flush=True)
    if args.claims:
        texts = claim_texts()
        store = ClaimStore(vector_source(embedder, texts, args.centres), texts, model)
        index_drop(model)
        with tqdm(total=args.claims, desc="COPY", unit="claim", leave=False) as bar:
            seconds = store.grow(args.claims, progress=bar)
        print(f"loaded {args.claims:,} synthetic claims in {seconds:.1f}s", flush=True)
    seconds, size = index_build(model, embedder.dim, m=None, ef_construction=None, memory="4GB")
    print(f"HNSW index built in {seconds:.1f}s ({size})", flush=True)
    claims_analyze()
    claims_before = Claim.objects.count()

    ids = []
    for item in articles(args.articles):
        submission = article_submit(
            text=item["text"], title=item["title"], language=item["language"], enqueue=False
        )
        ids.append(submission.article.pk)
    # The demo's own copy of the seed article may have been processed on submit already.
    Article.objects.filter(pk__in=ids).update(state=Article.State.PENDING, extractor_version="")
    # Model loading is a once-per-worker cost, not a per-article one.
    embedder.embed(["warm up"], kind="query")
    claims.matching.search("warm up", limit=3)

    # A worker also runs the gathering each new claim sends (claims.tasks.gather_claims): here it
    # runs in this process, after the article's commit, as part of the article's time.
    from factdesk.celery import app

    app.conf.task_always_eager = True
    clock = StageClock()
    clock.wrap(claims.services, "claims_gather", "gathering")
    clock.wrap(sources.services, "_article_prepare_text", "text and language")
    clock.wrap(claims.extraction, "extract", "statement extraction")
    clock.wrap(claims.matching, "statements_link", "link (all)")
    # every embedding, centred or not, goes through embed_raw
    clock.wrap(embedder, "embed_raw", "embedding")
    clock.wrap(claims.matching, "search", "search")
    per_article = []
    run_started = timezone.now()
    started = time.perf_counter()
    try:
        for article_id in tqdm(ids, desc="article_process", unit="article", leave=False):
            t0 = time.perf_counter()
            article_process(article_id)
            per_article.append(time.perf_counter() - t0)
    finally:
        clock.restore()
    total = time.perf_counter() - started

    processed = Article.objects.filter(pk__in=ids, state=Article.State.PROCESSED).count()
    statements = Statement.objects.filter(article_id__in=ids).count()
    links = ClaimLink.objects.filter(statement__article_id__in=ids)
    by_state = {
        state: links.filter(state=state).count()
        for state in (ClaimLink.State.AUTO, ClaimLink.State.SUGGESTED)
    }
    created = Claim.objects.count() - claims_before

    s = clock.seconds
    gathered = Claim.objects.filter(gathered_at__isnull=False, created_at__gte=run_started)
    linking_search = s["search"] - s["search in gathering"]
    writes = s["link (all)"] - s["embedding"] - linking_search
    rest = (
        total
        - s["text and language"]
        - s["statement extraction"]
        - s["link (all)"]
        - s["gathering"]
    )
    cuts = statistics.quantiles(per_article, n=100, method="inclusive")
    print(f"\n## {len(ids)} articles, {claims_before:,} claims loaded, one process")
    print(f"  articles/s: {len(ids) / total:.2f}  ({total:.1f}s in all)")
    print(
        f"  per article: p50 {cuts[49] * 1000:.0f} ms, p95 {cuts[94] * 1000:.0f} ms, "
        f"{statements / len(ids):.1f} statements per article"
    )
    print(
        f"  outcome: {processed}/{len(ids)} processed, {statements} statements, "
        f"{by_state[ClaimLink.State.AUTO]} auto links, "
        f"{by_state[ClaimLink.State.SUGGESTED]} suggested, {created} new claims"
    )
    print("  where the time goes (seconds per article, share of the total):")
    rows = [
        ("text and language", s["text and language"]),
        ("statement extraction", s["statement extraction"]),
        ("embedding", s["embedding"]),
        ("search", linking_search),
        ("link writes and new claims", writes),
        ("gathering for new claims", s["gathering"]),
        ("statement rows, speakers, counts", rest),
    ]
    for name, seconds in rows:
        print(f"    {name:<34} {seconds / len(ids) * 1000:8.1f} ms  {seconds / total:6.1%}")
    searches = clock.calls["search"] - clock.calls["search in gathering"]
    print(
        f"  search calls: {searches}, {linking_search / max(1, searches) * 1000:.1f} ms each; "
        f"embed calls: {clock.calls['embedding']}"
    )
    print(
        f"  gathering: {gathered.count()} claims, "
        f"{s['gathering'] / max(1, gathered.count()) * 1000:.0f} ms each, of which "
        f"{clock.calls['search in gathering']} searches "
        f"({s['search in gathering'] * 1000 / max(1, clock.calls['search in gathering']):.1f} "
        "ms each)"
    )
    return 0 if processed == len(ids) else 1


if __name__ == "__main__":
    sys.exit(main())
