"""A Celery worker process for the fault tests, with a pause point inside `process_article`.

When the file named by FACTDESK_TEST_PAUSE exists, the worker stops right after the first
statement of an article is written (inside the article's transaction), records its pid in
FACTDESK_TEST_PAUSE + ".pid", and waits for the file to disappear: the test can then kill it in
the middle of the task.
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factdesk.settings_test")

import django

django.setup()

from django.db.models.signals import post_save  # noqa: E402

from claims.models import Statement  # noqa: E402
from factdesk.celery import app  # noqa: E402

PAUSE = os.environ.get("FACTDESK_TEST_PAUSE", "")


def _pause(sender, instance, created, **kwargs):
    if not (PAUSE and created and os.path.exists(PAUSE)):
        return
    Path(PAUSE + ".pid").write_text(str(os.getpid()))
    deadline = time.monotonic() + 120
    while os.path.exists(PAUSE) and time.monotonic() < deadline:
        time.sleep(0.05)


post_save.connect(_pause, sender=Statement)

if __name__ == "__main__":
    app.conf.task_always_eager = False
    app.worker_main(
        [
            "worker",
            "--loglevel=WARNING",
            "--pool=prefork",
            f"--concurrency={os.environ.get('FACTDESK_TEST_CONCURRENCY', '1')}",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            f"--hostname=faults-{os.getpid()}@%h",
        ]
    )
