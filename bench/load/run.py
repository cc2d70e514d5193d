"""Load run: many articles through the API, processed by worker processes, nothing lost.

    .venv/bin/python bench/load/run.py                    # 10,000 articles, 20 clients, 2 workers
    .venv/bin/python bench/load/run.py --kill-workers 2   # kill+restart a worker twice mid-run
    .venv/bin/python bench/load/run.py --articles 500     # a quick run

It starts its own PostgreSQL and Redis (scripts/testenv.sh) unless --use-env is given with
DATABASE_URL and REDIS_URL set, then gunicorn on loopback, the workers and beat. It prints
throughput, submit latency percentiles, and checks the end state: every article processed or
failed with a reason, no duplicates, no 5xx. Exits non-zero when a check fails.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
BIN = Path(sys.executable).parent

from bench.load.articles import article  # noqa: E402
from bench.services import free_port, start_services, stop_services  # noqa: E402


class Stack:
    """Services and processes of one run; everything started is stopped by close()."""

    def __init__(self, args) -> None:
        self.args = args
        self.tmp = Path(tempfile.mkdtemp(prefix="factdesk-load-"))
        self.tmp.chmod(0o755)  # the database server runs as its own user and must reach it
        self.procs: dict[str, subprocess.Popen] = {}
        self.own_services = not args.use_env
        self.env = dict(os.environ)
        if self.own_services:
            self.env.update(start_services(self.tmp / "svc"))
        if not (self.env.get("DATABASE_URL") and self.env.get("REDIS_URL")):
            raise SystemExit("DATABASE_URL and REDIS_URL are needed with --use-env")
        self.env.update(
            DJANGO_SETTINGS_MODULE="factdesk.settings",
            DEBUG="false",
            SECRET_KEY="load-run-" + os.urandom(16).hex(),
            ALLOWED_HOSTS="127.0.0.1",
            SECURE_SSL_REDIRECT="false",
            # Messages of a killed worker come back after this many seconds.
            CELERY_VISIBILITY_TIMEOUT=str(args.visibility_timeout),
            FACTDESK_THROTTLE_TOKEN="",
        )
        if args.embedder:
            self.env["FACTDESK_EMBEDDER"] = args.embedder
        # The workers share the machine's cores, so each embeds on its share of them.
        self.embed_threads = max(1, (os.cpu_count() or 1) // args.workers)
        self.env["FACTDESK_EMBED_THREADS"] = str(self.embed_threads)
        self.port = free_port()

    def manage(self, *argv: str) -> str:
        return subprocess.run(
            [str(BIN / "python"), "manage.py", *argv],
            cwd=ROOT,
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    def spawn(self, name: str, argv: list[str]) -> None:
        log = open(self.tmp / f"{name}.log", "ab")  # noqa: SIM115
        self.procs[name] = subprocess.Popen(
            argv,
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def start_worker(self, n: int) -> None:
        self.spawn(
            f"worker{n}",
            [
                str(BIN / "celery"),
                "-A",
                "factdesk",
                "worker",
                "--concurrency",
                "1",
                "--pool",
                "prefork",
                "--loglevel",
                "WARNING",
                "--without-gossip",
                "--without-mingle",
                "-n",
                f"load{n}@%h",
            ],
        )

    def kill(self, name: str) -> None:
        proc = self.procs.pop(name, None)
        if proc is not None and proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()

    def start(self) -> None:
        self.manage("migrate", "--noinput")
        self.manage("loaddemo")
        self.manage(
            "shell",
            "-c",
            (
                "from django.contrib.auth import get_user_model as g; U=g(); "
                "U.objects.filter(username='load').exists() or "
                "U.objects.create_superuser('load', 'load@example.org', 'load-pass')"
            ),
        )
        self.auth = self._credentials()
        self.spawn(
            "web",
            [
                str(BIN / "gunicorn"),
                "factdesk.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.args.web_workers),
                "--threads",
                "4",
                "--log-level",
                "warning",
            ],
        )
        for n in range(self.args.workers):
            self.start_worker(n)
        self.spawn(
            "beat",
            [
                str(BIN / "celery"),
                "-A",
                "factdesk",
                "beat",
                "--loglevel",
                "WARNING",
                "--schedule",
                str(self.tmp / "beat-schedule"),
            ],
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/healthz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        raise SystemExit(f"gunicorn did not come up; see {self.tmp / 'web.log'}")

    def _credentials(self) -> dict[str, str]:
        try:
            out = self.manage("createtoken", "load", "--name", f"load-{os.getpid()}")
        except subprocess.CalledProcessError:
            return {"auth": ("load", "load-pass")}
        token = [w for w in out.split() if len(w) >= 30][-1]
        return {"headers": {"Authorization": f"Token {token}"}}

    def close(self) -> None:
        for name in list(self.procs):
            proc = self.procs[name]
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs.values():
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        if self.own_services:
            stop_services(self.tmp / "svc")


def submit_all(stack: Stack, count: int, clients: int, on_progress) -> tuple[list, list, list]:
    latencies: list[float] = []
    statuses: list[int] = []
    ids: list[int] = []
    lock = threading.Lock()
    local = threading.local()
    base = f"http://127.0.0.1:{stack.port}/api/v1/articles/"

    def one(i: int) -> None:
        client = getattr(local, "client", None)
        if client is None:
            client = local.client = httpx.Client(timeout=60, **stack.auth)
        started = time.perf_counter()
        try:
            response = client.post(base, json=article(i))
            code = response.status_code
            article_id = response.json().get("id") if code < 300 else None
        except httpx.HTTPError:
            code, article_id = 599, None
        elapsed = time.perf_counter() - started
        with lock:
            latencies.append(elapsed)
            statuses.append(code)
            if article_id is not None:
                ids.append(article_id)
        on_progress()

    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(one, range(count)))
    return latencies, statuses, ids


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--web-workers", type=int, default=2)
    parser.add_argument("--kill-workers", type=int, default=0, help="kill+restart this many times")
    parser.add_argument("--visibility-timeout", type=int, default=60)
    parser.add_argument("--embedder", default="")
    parser.add_argument("--timeout", type=float, default=7200, help="seconds to wait for workers")
    parser.add_argument("--use-env", action="store_true")
    args = parser.parse_args()

    import logging

    from tqdm import tqdm

    logging.getLogger("httpx").setLevel(logging.WARNING)

    stack = Stack(args)
    try:
        stack.start()
        os.environ.update(stack.env)
        import django

        django.setup()
        from django.db import connection
        from django.db.models import Count

        from claims.models import Statement
        from sources.models import Article

        kills: list[str] = []
        bar = tqdm(total=args.articles, desc="submitted", unit="art")
        progress_lock = threading.Lock()
        submitted = [0]
        # Workers are killed while they process, at even shares of the articles processed.
        marks = [
            int(args.articles * (k + 1) / (args.kill_workers + 1)) for k in range(args.kill_workers)
        ]

        def kill_due(processed: int) -> None:
            while marks and processed >= marks[0]:
                marks.pop(0)
                victim = f"worker{len(kills) % args.workers}"
                stack.kill(victim)
                kills.append((victim, processed))
                stack.start_worker(int(victim[len("worker") :]))

        def on_progress() -> None:
            with progress_lock:
                submitted[0] += 1
                bar.update(1)

        t0 = time.perf_counter()
        latencies, statuses, ids = submit_all(stack, args.articles, args.clients, on_progress)
        submit_seconds = time.perf_counter() - t0
        bar.close()

        done_states = (Article.State.PROCESSED, Article.State.FAILED)
        wait = tqdm(total=len(ids), desc="processed", unit="art")
        deadline = time.monotonic() + args.timeout
        finished = 0
        while time.monotonic() < deadline:
            finished = Article.objects.filter(pk__in=ids, state__in=done_states).count()
            wait.update(finished - wait.n)
            kill_due(finished)
            if finished == len(ids):
                break
            time.sleep(2)
        wait.close()
        total_seconds = time.perf_counter() - t0
        connection.close()

        by_state = dict(
            Article.objects.filter(pk__in=ids).values_list("state").annotate(n=Count("id"))
        )
        failed_without_reason = Article.objects.filter(
            pk__in=ids, state=Article.State.FAILED, error=""
        ).count()
        duplicate_statements = (
            Statement.objects.filter(article_id__in=ids)
            .values("article_id", "cue_start", "content_start", "content_end")
            .annotate(n=Count("id"))
            .filter(n__gt=1)
            .count()
        )
        server_errors = sum(1 for s in statuses if s >= 500)
        ordered = sorted(latencies)

        def pct(p: float) -> float:
            return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000

        print()
        print(f"articles submitted        {args.articles:,} by {args.clients} clients")
        print(f"distinct articles stored  {len(set(ids)):,}")
        print(f"responses                 {dict(sorted(_counts(statuses).items()))}")
        print(f"submit throughput         {args.articles / submit_seconds:,.1f} req/s")
        print(
            f"submit latency            p50 {pct(0.50):.1f} ms  p99 {pct(0.99):.1f} ms  "
            f"mean {statistics.fmean(latencies) * 1000:.1f} ms"
        )
        print(f"end states                {by_state}")
        print(
            f"processing throughput     {finished / total_seconds:,.2f} articles/s with "
            f"{args.workers} worker processes ({total_seconds:,.0f} s in all)"
        )
        print(
            f"workers killed            {len(kills)}: "
            + (", ".join(f"{name} at {n:,} processed" for name, n in kills) or "none")
        )
        print(f"embedding threads         {stack.embed_threads} per worker process")
        problems = []
        if len(set(ids)) != args.articles:
            problems.append("stored articles differ from submitted ones")
        if finished != len(ids):
            problems.append(f"{len(ids) - finished} articles never finished")
        if failed_without_reason:
            problems.append(f"{failed_without_reason} failed articles without a reason")
        if duplicate_statements:
            problems.append(f"{duplicate_statements} duplicated statements")
        if server_errors:
            problems.append(f"{server_errors} responses were 5xx or transport errors")
        print(
            "checks                    " + ("all passed" if not problems else "; ".join(problems))
        )
        return 1 if problems else 0
    finally:
        stack.close()


def _counts(values):
    counts: dict[int, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts


if __name__ == "__main__":
    sys.exit(main())
