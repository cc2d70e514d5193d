"""API throughput: claim list (page of 50, filtered), claim detail (200-statement timeline), match.

    python bench/api/run.py --claims 100000
    DATABASE_URL=postgres://... REDIS_URL=redis://... python bench/api/run.py --claims 100000

Without DATABASE_URL it starts a throwaway PostgreSQL and Redis with scripts/testenv.sh and stops
them at the end; with it, it seeds that database once (reruns reuse what is there). It serves the
API with gunicorn (DEBUG off, as deployed), drives it from a separate load process over loopback
with keep-alive connections (wrk when installed, else Python threads), and prints requests/s,
p50/p99 latency and errors per scenario, the CPU seconds the server and the load generator used
(they share the machine), and the machine it ran on. See bench/api/README.md.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
import platform
import random
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.services import free_port, start_services, stop_services  # noqa: E402

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

    from django.db import connection

    if connection.vendor == "postgresql":
        # Fresh bulk inserts leave no statistics and no visibility map: plans and index-only
        # scans would reflect the seeding, not a database that has been running for a while.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")

    user, _ = get_user_model().objects.get_or_create(username=BENCH_USER)
    user.groups.add(Group.objects.get(name="newsroom"))
    ApiToken.objects.filter(user=user).delete()
    _, raw = token_create(user=user, name="bench")
    return {"token": raw, "detail_id": big.pk}


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


def children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def process_tree_cpu_seconds(root: int) -> float:
    """User+system CPU seconds of ``root`` and its live descendants (the gunicorn workers)."""
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        parents[int(entry)] = int(fields[1])
        times[int(entry)] = (int(fields[11]) + int(fields[12])) / tick
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in tree:
                tree.add(pid)
                frontier.append(pid)
    return sum(times.get(pid, 0.0) for pid in tree)


def lua_string(value: str) -> str:
    # A JSON string literal of ASCII text is a valid Lua string literal.
    return json.dumps(value, ensure_ascii=True)


def wrk_script(token: str, requests) -> str:
    rows = ",\n".join(
        f"  {{{lua_string(method)}, {lua_string(path)}, {lua_string(body) if body else 'nil'}}}"
        for method, path, body in requests
    )
    return f"""
local plan = {{
{rows}
}}
local headers = {{
  ["Authorization"] = {lua_string("Token " + token)},
  ["Content-Type"] = "application/json",
}}
local counter = 0
function request()
  counter = counter + 1
  local row = plan[(counter % #plan) + 1]
  return wrk.format(row[1], row[2], headers, row[3])
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK {{"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "errors": %d}}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.status + e.timeout))
end
"""


def run_wrk(port, token, requests, seconds, concurrency) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(wrk_script(token, requests))
    try:
        command = [
            "wrk",
            "--threads",
            "1",
            "--connections",
            str(concurrency),
            "--duration",
            f"{seconds}s",
            "--timeout",
            "30s",
            "--script",
            script.name,
            f"http://127.0.0.1:{port}/",
        ]
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(script.name)
    line = next(line for line in out.splitlines() if line.startswith("WRK "))
    raw = json.loads(line[4:])
    return {
        "requests": raw["requests"],
        "req_per_s": round(raw["requests"] / (raw["duration_us"] / 1e6), 1),
        "p50_ms": round(raw["p50_us"] / 1000, 1),
        "p99_ms": round(raw["p99_us"] / 1000, 1),
        "errors": raw["errors"],
    }


def run_python(port, token, requests, seconds, concurrency) -> dict:
    processes = max(1, concurrency // 8)
    per = [(port, token, requests, seconds, max(1, concurrency // processes))] * processes
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        results = [r for chunk in pool.map(load_worker, per) for r in chunk]
    latencies = sorted(t for t, _ in results)
    return {
        "requests": len(results),
        "req_per_s": round(len(results) / seconds, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p99_ms": round(latencies[max(0, int(len(latencies) * 0.99) - 1)] * 1000, 1),
        "errors": sum(1 for _, status in results if status != 200),
    }


def scenario(name, server_pid, client, port, token, requests, seconds, concurrency) -> dict:
    # Warm up (connections, caches, the embedder in every worker) before measuring.
    load_worker((port, token, requests, 2, concurrency))
    server_before, load_before = process_tree_cpu_seconds(server_pid), children_cpu_seconds()
    began = time.perf_counter()
    run = run_wrk if client == "wrk" else run_python
    figures = run(port, token, requests, seconds, concurrency)
    wall = time.perf_counter() - began
    server_cpu = process_tree_cpu_seconds(server_pid) - server_before
    load_cpu = children_cpu_seconds() - load_before
    return {
        "scenario": name,
        **figures,
        # Cores used on average over the run; the machine has os.cpu_count() of them.
        "server_cpu_cores": round(server_cpu / wall, 2),
        "server_cpu_ms_per_request": round(server_cpu * 1000 / max(1, figures["requests"]), 2),
        "load_generator_cpu_cores": round(load_cpu / wall, 2),
        "loadavg_1min_after": round(os.getloadavg()[0], 2),
    }


def services_start() -> Path:
    """A throwaway PostgreSQL and Redis (scripts/testenv.sh); their variables go to os.environ."""
    directory = Path(tempfile.mkdtemp(prefix="factdesk-bench-api-"))
    try:
        os.environ.update(start_services(directory))
    except SystemExit:
        shutil.rmtree(directory, ignore_errors=True)
        raise
    return directory


def services_stop(directory: Path) -> None:
    stop_services(directory)


def main() -> None:
    cores = os.cpu_count() or 1
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--timeline", type=int, default=200)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=8, help="keep-alive connections")
    parser.add_argument(
        "--workers", type=int, default=2 * cores, help="gunicorn worker processes (2 x cores)"
    )
    parser.add_argument("--threads", type=int, default=2, help="gunicorn threads per worker")
    parser.add_argument("--keep-alive", type=int, default=30, help="gunicorn keep-alive seconds")
    parser.add_argument(
        "--response-cache-seconds",
        type=float,
        help="override FACTDESK_RESPONSE_CACHE_SECONDS (0: every list request is computed)",
    )
    parser.add_argument(
        "--client",
        choices=["wrk", "python"],
        default="wrk" if shutil.which("wrk") else "python",
        help="load generator (default: wrk when installed)",
    )
    parser.add_argument("--only", choices=["list", "detail", "match"], action="append")
    opts = parser.parse_args()
    if opts.client == "wrk" and not shutil.which("wrk"):
        sys.exit("wrk is not installed (apt-get install wrk), or use --client python.")
    services = None if os.getenv("DATABASE_URL") else services_start()
    try:
        bench(opts, cores)
    finally:
        if services is not None:
            services_stop(services)


def server_env(opts) -> dict[str, str]:
    # As deployed: DEBUG would keep every SQL statement of every request in memory.
    env = {**os.environ, "DEBUG": "false", "ALLOWED_HOSTS": "127.0.0.1,localhost"}
    if opts.response_cache_seconds is not None:
        env["DJANGO_SETTINGS_MODULE"] = "bench.api.settings"
        env["BENCH_RESPONSE_CACHE_SECONDS"] = str(opts.response_cache_seconds)
    return env


def bench(opts, cores: int) -> None:
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
            str(opts.keep_alive),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=server_env(opts),
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
            f"# {platform.node()} {platform.machine()} {cores} CPUs, "
            f"{platform.python_version()}, {opts.claims:,} claims, gunicorn "
            f"{opts.workers}x{opts.threads} gthread keep-alive {opts.keep_alive}s, response cache "
            f"{'default' if opts.response_cache_seconds is None else opts.response_cache_seconds}"
            f", {opts.client}, {opts.concurrency} "
            f"connections, {opts.seconds}s per scenario, load average before "
            f"{os.getloadavg()[0]:.2f}"
        )
        for name in opts.only or plans:
            figures = scenario(
                name,
                server.pid,
                opts.client,
                port,
                token,
                plans[name],
                opts.seconds,
                opts.concurrency,
            )
            print(json.dumps(figures), flush=True)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
