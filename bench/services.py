"""Throwaway PostgreSQL and Redis for the benchmarks, through scripts/testenv.sh."""

from __future__ import annotations

import shutil
import socket
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TESTENV = ROOT / "scripts" / "testenv.sh"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def testenv(command: str, directory: Path) -> str:
    """Run one scripts/testenv.sh command; its stdout, or SystemExit with its stderr."""
    try:
        return subprocess.run(
            ["bash", str(TESTENV), command, str(directory)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    except subprocess.CalledProcessError as exc:
        raise SystemExit(f"scripts/testenv.sh {command} failed:\n{exc.stderr}") from exc


def start_services(directory: Path) -> dict[str, str]:
    """Start PostgreSQL and Redis in ``directory``; the variables they are reached by."""
    env = {}
    for line in testenv("start", directory).splitlines():
        if line.startswith("export ") and "=" in line:
            key, _, value = line[len("export ") :].partition("=")
            env[key] = value.strip().strip("'\"")
    return env


def stop_services(directory: Path) -> None:
    """Stop what start_services started and delete ``directory`` with its data; never fails.

    A million-claim cluster takes gigabytes: left behind, a few runs fill the disk.
    """
    subprocess.run(["bash", str(TESTENV), "stop", str(directory)], capture_output=True, check=False)
    shutil.rmtree(directory, ignore_errors=True)
