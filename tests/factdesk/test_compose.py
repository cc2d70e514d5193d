"""No Docker engine runs here: check that the compose file only names things the project has."""

import importlib.util
import shlex
from pathlib import Path

import yaml
from django.core.management import get_commands

ROOT = Path(__file__).resolve().parents[2]


def _compose():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def _command(service) -> list[str]:
    command = service.get("command", [])
    return shlex.split(command) if isinstance(command, str) else list(command)


def test_compose_has_the_full_stack_with_health_checks():
    services = _compose()["services"]
    assert {"db", "redis", "web", "worker", "beat"} <= set(services)
    for name in ("db", "redis", "web"):
        assert "healthcheck" in services[name], name
    assert "pgvector" in services["db"]["image"]
    assert any(v.startswith("pgdata:") for v in services["db"].get("volumes", []))
    for name in ("web", "worker", "beat"):
        env = services[name].get("environment", {})
        keys = set(env) if isinstance(env, dict) else {e.split("=")[0] for e in env}
        assert {"DATABASE_URL", "REDIS_URL", "SECRET_KEY"} <= keys, name


def test_every_service_command_names_something_that_exists():
    services = _compose()["services"]
    django_commands = get_commands()
    checked = 0
    for name in ("web", "worker", "beat", "migrate"):
        argv = _command(services[name])
        assert argv, f"{name} has no command"
        if argv[0] == "gunicorn":
            module = argv[-1].split(":")[0]
            assert importlib.util.find_spec(module) is not None, module
        elif argv[0] == "celery":
            app = argv[argv.index("-A") + 1]
            assert importlib.util.find_spec(app) is not None
            assert argv[argv.index("-A") + 2] in ("worker", "beat")
        elif argv[:2] == ["python", "manage.py"]:
            assert argv[2] in django_commands, argv[2]
        elif argv[:2] == ["sh", "-c"]:
            # one management command after another: "python manage.py migrate && ..."
            for part in argv[2].split("&&"):
                words = part.split()
                assert words[:2] == ["python", "manage.py"], part
                assert words[2] in django_commands, words[2]
        else:
            raise AssertionError(f"{name}: unexpected command {argv}")
        checked += 1
    assert checked == 4
    assert (ROOT / services["web"]["build"]["dockerfile"]).exists()


def test_database_keeps_the_vector_index_warm_across_restarts():
    argv = _command(_compose()["services"]["db"])
    assert argv[0] == "postgres"
    settings = dict(argv[i + 1].split("=", 1) for i, a in enumerate(argv) if a == "-c")
    assert "pg_prewarm" in settings["shared_preload_libraries"].split(",")
    assert settings["shared_buffers"].startswith("${POSTGRES_SHARED_BUFFERS")
