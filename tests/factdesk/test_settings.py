import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]


def _run_django(env_overrides: dict[str, str]) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG")}
    env.update(env_overrides)
    env["DJANGO_SETTINGS_MODULE"] = "factdesk.settings"
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings;"
            " print(settings.DATABASES['default']['ENGINE'], settings.CELERY_TASK_ALWAYS_EAGER)",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_refuses_to_start_without_secret_key_when_debug_is_off():
    result = _run_django({"DEBUG": "false"})
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_embedded_default_is_sqlite_with_in_process_tasks():
    env = {"DEBUG": "true", "DATABASE_URL": "", "REDIS_URL": ""}
    result = _run_django(env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.db.backends.sqlite3", "True"]


def test_database_url_and_redis_url_select_postgresql_and_a_real_broker():
    env = {
        "SECRET_KEY": "x" * 50,
        "DEBUG": "false",
        "DATABASE_URL": "postgres://u:p@127.0.0.1:5/db",
        "REDIS_URL": "redis://127.0.0.1:6/0",
    }
    result = _run_django(env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.db.backends.postgresql", "False"]


def test_invalid_boolean_in_environment_is_a_clear_error():
    result = _run_django({"DEBUG": "maybe"})
    assert result.returncode != 0
    assert "DEBUG must be a boolean" in result.stderr


@pytest.mark.services
def test_suite_uses_redis_as_broker():
    assert settings.CELERY_BROKER_URL.startswith("redis://")
