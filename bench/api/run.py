"""API throughput: claim list (page of 50, filtered), claim detail (200-statement timeline), match.

    DATABASE_URL=postgres://... REDIS_URL=redis://... python bench/api/run.py --claims 100000

Seeds the database (once; reruns reuse what is there), serves the API with gunicorn, drives it
from a separate load process over loopback with keep-alive connections, and prints requests/s,
p50/p99 latency and errors per scenario, with the machine it ran on.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
import platform
import random
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH_USER = "bench-newsroom"


def django_setup() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factdesk.settings")
    os.environ.setdefault("DEBUG", "true")
    import django

    django.setup()


def seed(n_claims: int, timeline: int) -> dict:
    """Claims with counts and dates spread out; one claim with a long timeline; a token."""
    from datetime import UTC, datetime, timedelta

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import transaction

    from claims.models import Claim, ClaimLink, Stance, Statement
    from factdesk.models import ApiToken, token_create
    from sources.models import Article, Outlet

    rng = random.Random(7)
    have = Claim.objects.count()
    start = datetime(2023, 1, 1, tzinfo=UTC)
    words = [
        "weapons",
        "supplies",
        "shipment",
        "missiles",
        "sanctions",
        "talks",
        "border",
        "troops",
        "grain",
        "oil",
        "drones",
        "ammunition",
        "election",
        "vaccine",
    ]
    batch = 5000
    while have < n_claims:
        rows = []
        for i in range(have, min(n_claims, have + batch)):
            seen = start + timedelta(minutes=rng.randrange(0, 900 * 24 * 60))
            denies = rng.random() < 0.2
            rows.append(
                Claim(
                    text=f"Claim {i}: {' '.join(rng.sample(words, 5))}",
                    language=rng.choice(("en", "id")),
                    status=rng.choice(Claim.Status.values[:3]),
                    first_seen_at=seen - timedelta(days=rng.randrange(0, 30)),
                    last_seen_at=seen,
                    statement_count=rng.randrange(1, 40),
                    accuses_count=rng.randrange(0, 5),
                    denies_count=int(denies),
                    contested=denies,
                )
            )
        with transaction.atomic():
            Claim.objects.bulk_create(rows, batch_size=batch)
        have += len(rows)
        print(f"  seeded {have:,} claims", file=sys.stderr)

    big = Claim.objects.filter(text="Bench claim with a long timeline").first()
    if big is None:
        big = Claim.objects.create(
            text="Bench claim with a long timeline",
            language="en",
            status="triaged",
            last_seen_at=start,
        )
        outlet, _ = Outlet.objects.get_or_create(name="Bench Outlet")
        stances = (Stance.ACCUSES, Stance.DENIES, Stance.ASSERTS, Stance.REPORTS)
        for i in range(timeline):
            article = Article.objects.create(
                url=f"https://bench.example/a/{i}",
                outlet=outlet,
                title=f"Bench article {i}",
                language="en",
                state="processed",
                submitted_text="x",
            )
            statement = Statement.objects.create(
                article=article,
                sentence="Officials said talks continue.",
                sentence_start=0,
                sentence_end=30,
                content="talks continue",
                content_start=15,
                content_end=29,
                cue="said",
                cue_start=10,
                cue_end=14,
                stance=stances[i % 4],
                language="en",
                extractor_version="bench",
                speaker_text=f"Speaker {i}",
            )
            ClaimLink.objects.create(
                statement=statement,
                claim=big,
                stance=statement.stance,
                state=ClaimLink.State.CONFIRMED,
                score=0.9,
            )

    user, _ = get_user_model().objects.get_or_create(username=BENCH_USER)
    user.groups.add(Group.objects.get(name="newsroom"))
    ApiToken.objects.filter(user=user).delete()
    _, raw = token_create(user=user, name="bench")
    return {"token": raw, "detail_id": big.pk}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def load_worker(args) -> list[tuple[float, int]]:
    """One load process: ``threads`` keep-alive connections for ``seconds``."""
    port, token, requests, seconds, threads = args
    results: list[tuple[float, int]] = []
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def loop(index: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        local = []
        rng = random.Random(index)
        while time.perf_counter() < deadline:
            method, path, body = rng.choice(requests)
            headers = {"Authorization": f"Token {token}", "Content-Type": "application/json"}
            began = time.perf_counter()
            try:
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                status = 0
            local.append((time.perf_counter() - began, status))
        with lock:
            results.extend(local)

    workers = [threading.Thread(target=loop, args=(i,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return results


def scenario(name, port, token, requests, seconds, concurrency) -> dict:
    # Warm up (connections, caches, the embedder in every worker) before measuring.
    load_worker((port, token, requests, 2, concurrency))
    processes = max(1, concurrency // 8)
    per = [(port, token, requests, seconds, max(1, concurrency // processes))] * processes
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        results = [r for chunk in pool.map(load_worker, per) for r in chunk]
    latencies = sorted(t for t, _ in results)
    errors = sum(1 for _, status in results if status != 200)
    return {
        "scenario": name,
        "requests": len(results),
        "req_per_s": round(len(results) / seconds, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p99_ms": round(latencies[int(len(latencies) * 0.99) - 1] * 1000, 1),
        "errors": errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--timeline", type=int, default=200)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=2, help="gunicorn threads per worker")
    parser.add_argument("--only", choices=["list", "detail", "match"], action="append")
    opts = parser.parse_args()
    if not os.getenv("DATABASE_URL"):
        sys.exit(
            "Set DATABASE_URL to a PostgreSQL database (with pgvector): 100k claims on "
            "SQLite measure SQLite, not FactDesk."
        )
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ["FACTDESK_THROTTLE_TOKEN"] = ""
    os.environ["LOG_LEVEL"] = "WARNING"
    django_setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    seeded = seed(opts.claims, opts.timeline)

    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "factdesk.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(opts.workers),
            "--threads",
            str(opts.threads),
            "--worker-class",
            "gthread",
            "--keep-alive",
            "30",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env={**os.environ, "ALLOWED_HOSTS": "127.0.0.1,localhost"},
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.2)
        token = seeded["token"]
        filters = [
            "status=triaged",
            "contested=true",
            "language=id&status=new",
            "ordering=-statement_count",
            "status=in_review&ordering=-last_seen_at",
        ]
        plans = {
            "list": [("GET", f"/api/v1/claims/?limit=50&{f}", None) for f in filters],
            "detail": [("GET", f"/api/v1/claims/{seeded['detail_id']}/", None)],
            "match": [
                ("POST", "/api/v1/match/", json.dumps({"text": t}))
                for t in (
                    "North Korea supplies weapons to Russia",
                    "Korea Utara memasok senjata ke Rusia",
                    "Officials said grain shipments resumed",
                )
            ],
        }
        print(
            f"# {platform.node()} {platform.machine()} {os.cpu_count()} CPUs, "
            f"{platform.python_version()}, {opts.claims:,} claims, gunicorn "
            f"{opts.workers}x{opts.threads} gthread, {opts.concurrency} connections, "
            f"{opts.seconds}s per scenario"
        )
        for name in opts.only or plans:
            print(
                json.dumps(
                    scenario(name, port, token, plans[name], opts.seconds, opts.concurrency)
                ),
                flush=True,
            )
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
