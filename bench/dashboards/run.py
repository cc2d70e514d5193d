"""Server time and query count of the dashboards on a large PostgreSQL database.

Fills the database named by DATABASE_URL with synthetic outlets, actors, articles, claims,
statements and links (bulk COPY), then requests the overview, its figures fragment, claim pages,
the review queue and an actor page through Django's test client, and prints the median and 95th
percentile server time and the number of SQL queries of each.

    DATABASE_URL=postgres://... python bench/dashboards/run.py \
        --claims 100000 --statements 1000000 --wipe

The tables of the claims and sources apps are emptied first (``--wipe`` is required when they
hold data), so never point it at a database whose data matters. ``--reuse`` measures the data
already loaded by an earlier run of the same scale.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factdesk.settings")
os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("SECRET_KEY", "factdesk-bench-only")

STANCES = ["accuses", "asserts", "denies", "reports", "confirms", "questions"]
STANCE_WEIGHTS = [30, 30, 20, 12, 5, 3]
LANGUAGES = ["en", "id"]
STATUSES = ["new", "triaged", "in_review", "reviewed"]
VERDICTS = ["false", "mostly_false", "mixed", "true", "misleading"]
TABLES = [
    "claims_statementdaily",
    "claims_speakerdaily",
    "claims_claimlink",
    "claims_historicalclaimlink",
    "claims_statementspeaker",
    "claims_statement",
    "claims_review",
    "claims_historicalreview",
    "claims_claim_subjects",
    "claims_historicalclaim",
    "claims_claim",
    "sources_article",
    "sources_actoralias",
    "sources_actor",
    "sources_outlet",
]


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--statements", type=int, default=1_000_000)
    parser.add_argument("--big-claim", type=int, default=5_000, help="statements on one claim")
    parser.add_argument("--repeat", type=int, default=20, help="timed requests per page")
    parser.add_argument("--wipe", action="store_true", help="empty the tables first")
    parser.add_argument("--reuse", action="store_true", help="measure the data already there")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.claims < 10 or args.statements < args.claims or args.big_claim >= args.statements:
        parser.error(
            "need at least 10 claims, as many statements as claims, and a smaller big claim"
        )
    return args


def copy_rows(cursor, table: str, columns: list[str], rows) -> int:
    started, count = time.perf_counter(), 0
    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
            count += 1
    print(f"  {table}: {count:,} rows in {time.perf_counter() - started:.1f} s", flush=True)
    return count


def load(args: argparse.Namespace) -> dict:
    from django.db import connection
    from django.utils import timezone

    rng = random.Random(args.seed)
    now = timezone.now()
    n_claims, n_statements = args.claims, args.statements
    n_outlets, n_actors = 200, max(100, n_claims // 50)
    per_article = 5
    n_articles = (n_statements + per_article - 1) // per_article
    started = time.perf_counter()

    with connection.cursor() as django_cursor:
        cursor = django_cursor.cursor
        cursor.execute(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE")
        copy_rows(
            cursor,
            "sources_outlet",
            ["name", "domain", "country", "language", "kind", "aliases", "created_at"],
            (
                (
                    f"Outlet {i}",
                    f"outlet{i}.example",
                    "US",
                    LANGUAGES[i % 2],
                    "newspaper",
                    "[]",
                    now,
                )
                for i in range(1, n_outlets + 1)
            ),
        )
        copy_rows(
            cursor,
            "sources_actor",
            ["name", "kind", "description", "reviewed", "created_at"],
            ((f"Actor {i}", "person", "", True, now) for i in range(1, n_actors + 1)),
        )
        copy_rows(
            cursor,
            "sources_actoralias",
            ["actor_id", "alias", "language", "normalised"],
            ((i, f"Actor {i}", "", f"actor {i}") for i in range(1, n_actors + 1)),
        )
        article_time = [
            now - timedelta(seconds=rng.randrange(365 * 86400)) for _ in range(n_articles)
        ]
        text = "Officials said that talks would continue. " * per_article
        copy_rows(
            cursor,
            "sources_article",
            [
                "url",
                "outlet_id",
                "title",
                "byline",
                "requested_language",
                "language",
                "published_at",
                "html",
                "submitted_text",
                "text",
                "state",
                "error",
                "attempts",
                "processed_at",
                "extractor_version",
                "created_at",
                "updated_at",
            ],
            (
                (
                    f"https://news.example/{i}",
                    rng.randrange(1, n_outlets + 1),
                    f"Story {i}",
                    "",
                    "",
                    LANGUAGES[i % 2],
                    article_time[i - 1],
                    "",
                    text,
                    text,
                    "processed",
                    "",
                    1,
                    article_time[i - 1],
                    "bench",
                    article_time[i - 1],
                    article_time[i - 1],
                )
                for i in range(1, n_articles + 1)
            ),
        )

        # Claim sizes follow a long tail; claim 1 is the big one the claim page is measured on.
        popular = max(3, n_claims // 100)
        claim_of = [1] * args.big_claim + [
            rng.randrange(2, popular) if rng.random() < 0.3 else rng.randrange(2, n_claims + 1)
            for _ in range(n_statements - args.big_claim)
        ]
        stances = rng.choices(STANCES, STANCE_WEIGHTS, k=n_statements)
        speakers = [rng.randrange(1, n_actors + 1) for _ in range(n_statements)]

        def statements():
            for i in range(n_statements):
                article = i // per_article + 1
                offset = (i % per_article) * 42
                yield (
                    article,
                    "Officials said that talks would continue.",
                    offset,
                    offset + 42,
                    "talks would continue",
                    offset + 20,
                    offset + 40,
                    speakers[i],
                    "Officials",
                    "said",
                    "say",
                    offset + 10,
                    offset + 14,
                    stances[i],
                    False,
                    True,
                    "",
                    LANGUAGES[article % 2],
                    0.5,
                    0.9,
                    "bench",
                    "",
                    article_time[article - 1],
                )

        copy_rows(
            cursor,
            "claims_statement",
            [
                "article_id",
                "sentence",
                "sentence_start",
                "sentence_end",
                "content",
                "content_start",
                "content_end",
                "speaker_id",
                "speaker_text",
                "cue",
                "cue_lemma",
                "cue_start",
                "cue_end",
                "stance",
                "direct",
                "speech_act",
                "via_text",
                "language",
                "checkworthiness",
                "confidence",
                "extractor_version",
                "embedding_model",
                "created_at",
            ],
            statements(),
        )
        copy_rows(
            cursor,
            "claims_statementspeaker",
            ["statement_id", "actor_id", "surface", "position"],
            ((i + 1, speakers[i], "Officials", 0) for i in range(n_statements)),
        )
        copy_rows(
            cursor,
            "claims_claim",
            [
                "text",
                "language",
                "status",
                "verdict",
                "first_claimant_id",
                "statement_count",
                "supporting_count",
                "accuses_count",
                "asserts_count",
                "denies_count",
                "contested",
                "embedding_model",
                "lexical",
                "created_at",
                "updated_at",
            ],
            (
                (
                    f"Claim {i}: something checkable happened in place {i % 977}",
                    LANGUAGES[i % 2],
                    STATUSES[i % 4],
                    VERDICTS[i % 5] if i % 4 == 3 else "",
                    rng.randrange(1, n_actors + 1),
                    0,
                    0,
                    0,
                    0,
                    0,
                    False,
                    "",
                    "",
                    now - timedelta(seconds=rng.randrange(365 * 86400)),
                    now,
                )
                for i in range(1, n_claims + 1)
            ),
        )
        states = rng.choices(["auto", "suggested", "confirmed"], [88, 9, 3], k=n_statements)
        copy_rows(
            cursor,
            "claims_claimlink",
            ["statement_id", "claim_id", "score", "method", "stance", "state", "created_at"],
            (
                (
                    i + 1,
                    claim_of[i],
                    round(rng.uniform(0.5, 0.99), 3),
                    "fusion",
                    stances[i],
                    states[i],
                    article_time[i // per_article],
                )
                for i in range(n_statements)
            ),
        )
        for table in ("claims_claimlink", "claims_statement", "sources_article"):
            cursor.execute(f"ANALYZE {table}")
        # Denormalised counts as claims.services.claim_refresh_counts would leave them.
        cursor.execute(
            """
            WITH c AS (
                SELECT l.claim_id,
                       count(*) AS n,
                       count(*) FILTER (
                           WHERE l.stance IN ('asserts', 'accuses', 'confirms', 'reports')
                       ) AS sup,
                       count(*) FILTER (WHERE l.stance = 'accuses') AS acc,
                       count(*) FILTER (WHERE l.stance = 'asserts') AS ass,
                       count(*) FILTER (WHERE l.stance = 'denies') AS den,
                       min(a.published_at) AS first, max(a.published_at) AS last
                FROM claims_claimlink l
                JOIN claims_statement s ON s.id = l.statement_id
                JOIN sources_article a ON a.id = s.article_id
                WHERE l.state IN ('auto', 'confirmed')
                GROUP BY l.claim_id
            )
            UPDATE claims_claim SET statement_count = c.n, supporting_count = c.sup,
                accuses_count = c.acc, asserts_count = c.ass, denies_count = c.den,
                contested = (c.sup > 0 AND c.den > 0),
                contested_at = CASE WHEN c.sup > 0 AND c.den > 0 THEN c.last END,
                first_seen_at = c.first, last_seen_at = c.last
            FROM c WHERE c.claim_id = claims_claim.id
            """
        )
        cursor.execute(
            "INSERT INTO claims_claim_subjects (claim_id, actor_id) "
            "SELECT id, 1 + (id %% %s) FROM claims_claim",
            [n_actors],
        )
        for table in TABLES:
            cursor.execute(f"ANALYZE {table}")
    return {"load_seconds": time.perf_counter() - started}


def measure(client, url: str, repeat: int, *, cold: bool = False) -> dict:
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(2):  # warm caches and connections
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
    times, queries = [], set()
    for _ in range(repeat):
        if cold:
            cache.clear()
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        queries.add(len(captured.captured_queries))
    times.sort()
    return {
        "min_ms": times[0],
        "median_ms": statistics.median(times),
        "p95_ms": times[max(0, round(0.95 * len(times)) - 1)],
        "queries": "/".join(str(q) for q in sorted(queries)),
    }


def main() -> int:
    args = parse_args()
    if not os.getenv("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        print("Set DATABASE_URL to a PostgreSQL database (e.g. from scripts/testenv.sh start).")
        return 2
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.db import connection
    from django.db.models import Sum
    from django.test import Client

    from claims.models import Claim, ClaimLink, SpeakerDaily, Statement, StatementDaily

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    call_command("migrate", verbosity=0)
    loaded = {"load_seconds": 0.0}
    existing = Statement.objects.count()
    if args.reuse:
        if existing != args.statements or Claim.objects.count() != args.claims:
            print("--reuse: the database does not hold this scale; load it first with --wipe.")
            return 2
    elif existing and not args.wipe:
        print(f"The database already holds {existing:,} statements; add --wipe to replace them.")
        return 2
    else:
        loaded = load(args)

    rolled = StatementDaily.objects.aggregate(n=Sum("statements"))["n"] or 0
    if rolled != Statement.objects.count():
        # The COPY above bypasses the services, as a deployment migrating onto old data does:
        # the backfill command fills the daily roll-ups the overview reads.
        started = time.perf_counter()
        call_command("rollup_statements", days_per_batch=31, stdout=sys.stderr)
        loaded["rollup_seconds"] = time.perf_counter() - started

    user = User.objects.filter(username="bench").first() or User.objects.create_superuser(
        "bench", "bench@example.org", "bench-password-1"
    )
    client = Client()
    client.force_login(user)
    typical = (
        Claim.objects.filter(statement_count__gte=5, statement_count__lte=20).order_by("pk").first()
    )
    busiest_actor = (
        Statement.objects.values_list("speaker_id", flat=True).order_by("speaker_id").first()
    )
    pages = {
        "overview, cache cleared each time": "/dashboard/",
        "overview": "/dashboard/",
        "overview, outlet+language filter": "/dashboard/?outlet=1&language=en",
        "overview figures fragment": "/dashboard/figures/",
        f"claim page, {args.big_claim:,} statements": "/dashboard/claims/1/",
        f"claim page, {typical.statement_count if typical else 0} statements": (
            f"/dashboard/claims/{typical.pk if typical else 2}/"
        ),
        "review queue": "/dashboard/queue/",
        "actor page": f"/dashboard/actors/{busiest_actor}/",
    }
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        pg_version = cursor.fetchone()[0]
    print(
        f"machine: {platform.platform()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, PostgreSQL {pg_version}, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    print(
        f"data: {Claim.objects.count():,} claims, {Statement.objects.count():,} statements, "
        f"{ClaimLink.objects.filter(state='suggested').count():,} suggested links; "
        f"loaded in {loaded['load_seconds']:.0f} s"
    )
    print(
        f"daily roll-ups: {StatementDaily.objects.count():,} statement rows, "
        f"{SpeakerDaily.objects.count():,} speaker rows"
        + (
            f"; backfilled in {loaded['rollup_seconds']:.0f} s"
            if "rollup_seconds" in loaded
            else ""
        )
    )
    print(f"{'page':<36} {'min ms':>8} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    for name, url in pages.items():
        result = measure(client, url, args.repeat, cold="cache cleared" in name)
        print(
            f"{name:<36} {result['min_ms']:>8.1f} {result['median_ms']:>10.1f} "
            f"{result['p95_ms']:>8.1f} "
            f"{result['queries']:>8}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
