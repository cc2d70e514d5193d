"""Fault-test harness: real worker processes, and outages of Redis and PostgreSQL on demand."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
TESTENV = ROOT / "scripts" / "testenv.sh"


def _testenv(command: str) -> None:
    subprocess.run(
        ["bash", str(TESTENV), command, os.environ["FACTDESK_TESTENV_DIR"]],
        check=True,
        capture_output=True,
        timeout=120,
    )


@pytest.fixture
def outage():
    """Stop and start Redis or PostgreSQL; whatever a test stopped is running again afterwards."""
    if not os.environ.get("FACTDESK_TESTENV_DIR"):
        pytest.skip("needs the services started by scripts/testenv.sh (run `make test`)")

    class Outage:
        redis_down = False

        def redis_stop(self):
            _testenv("redis-stop")
            self.redis_down = True

        def redis_start(self):
            _testenv("redis-start")
            self.redis_down = False

        def postgres_restart(self):
            _testenv("pg-restart")
            # This process's own connection died with the server.
            connection.close()

    handle = Outage()
    yield handle
    if handle.redis_down:
        handle.redis_start()


def _test_database_url() -> str:
    db = connection.settings_dict
    user = quote(db["USER"] or "", safe="")
    password = quote(db["PASSWORD"] or "", safe="")
    return f"postgres://{user}:{password}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


@pytest.fixture
def redis_clean():
    import redis

    client = redis.Redis.from_url(os.environ["REDIS_URL"])
    client.flushdb()
    yield client
    client.close()


@pytest.fixture
def worker_process(transactional_db, redis_clean, tmp_path):
    """Start real `celery worker` processes against the test database; stopped at teardown."""
    from factdesk.celery import app

    app.conf.task_always_eager = False
    started: list[subprocess.Popen] = []

    def start(
        *, concurrency: int = 1, pause: Path | None = None, env: dict | None = None
    ) -> subprocess.Popen:
        env = {**os.environ, **(env or {})}
        env["DATABASE_URL"] = _test_database_url()
        env["FACTDESK_TEST_CONCURRENCY"] = str(concurrency)
        env["FACTDESK_TEST_PAUSE"] = str(pause) if pause else ""
        log = open(tmp_path / f"worker-{len(started)}.log", "wb")  # noqa: SIM115
        process = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("worker.py"))],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
    deadline = time.monotonic() + 20
    for process in started:
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    app.conf.task_always_eager = True
