"""`check --deploy` is clean with the production settings docker-compose.yml gives the app."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def _compose_env() -> dict[str, str]:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    env = {}
    for key, value in compose["services"]["web"]["environment"].items():
        # Resolve ${NAME:-default} and ${NAME:?message} the way compose does with NAME unset.
        value = re.sub(r"\$\{\w+:-([^}]*)\}", r"\1", str(value))
        env[key] = value
    env["SECRET_KEY"] = secrets.token_urlsafe(50)
    env["DATABASE_URL"] = ""
    env["REDIS_URL"] = ""
    return env


def test_production_settings_pass_the_deploy_check():
    env = {"PATH": os.environ["PATH"], **_compose_env()}
    assert env["DEBUG"] == "false"
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {"PATH": os.environ["PATH"], **_compose_env(), "SECRET_KEY": ""}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
