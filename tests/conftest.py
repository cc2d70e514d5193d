import os
from pathlib import Path

import pytest
from django.core.management import call_command

FIXTURES = Path(__file__).resolve().parent / "fixtures"
DEMO_DIR = Path(__file__).resolve().parents[1] / "sources" / "fixtures" / "demo"


def pytest_collection_modifyitems(config, items):
    # Under `make test` PostgreSQL and Redis are always there; a bare `pytest` run on a laptop
    # skips what needs them rather than failing on a missing server.
    if os.getenv("DATABASE_URL") and os.getenv("REDIS_URL"):
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL and Redis (run `make test`)")
    for item in items:
        if "services" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session", autouse=True)
def _lexical_threads_closed(django_db_setup):
    """The full-text threads of claims.matching keep database connections of their own: they
    are closed before the test database is dropped."""
    yield
    from claims.matching import lexical_threads_close

    lexical_threads_close()


@pytest.fixture(autouse=True)
def _eager_tasks(settings):
    """Tasks run in-process unless a test starts a real worker (see `celery_worker`)."""
    from factdesk.celery import app

    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = True


@pytest.fixture(autouse=True)
def _fresh_cached_pages():
    """A page or alias table cached by a test that committed must never answer the next test:
    flushing the tables between transactional tests does not bump the generations they are
    kept under."""
    from claims.selectors import aliases_generation, claims_generation

    claims_generation.bump()
    aliases_generation.bump()


@pytest.fixture
def seed_text() -> str:
    return (DEMO_DIR / "voa-id-kim-putin-2023-10-12.txt").read_text(encoding="utf-8")


@pytest.fixture
def english_text() -> str:
    return (FIXTURES / "articles" / "en-dprk-russia-arms.txt").read_text(encoding="utf-8")


@pytest.fixture
def demo(db):
    call_command("loaddemo", stdout=open(os.devnull, "w"))  # noqa: SIM115


@pytest.fixture
def celery_worker(transactional_db):
    """A real Celery worker thread consuming from the test Redis."""
    from celery.contrib.testing.worker import start_worker

    from factdesk.celery import app

    app.conf.task_always_eager = False
    with start_worker(
        app, pool="threads", concurrency=2, perform_ping_check=False, shutdown_timeout=30
    ) as worker:
        yield worker
    app.conf.task_always_eager = True


def wait_for(predicate, timeout: float = 60.0, interval: float = 0.2):
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout}s")


@pytest.fixture
def demo_tx(transactional_db):
    call_command("loaddemo", stdout=open(os.devnull, "w"))  # noqa: SIM115
