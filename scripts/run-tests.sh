#!/usr/bin/env bash
# Start PostgreSQL and Redis in a temporary directory, run lint, migration check and the suite
# against them, and stop them again whatever happens. Exits with the suite's status.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin

run_dir="$(mktemp -d -t factdesk-test-XXXXXX)"
cleanup() {
    scripts/testenv.sh stop "$run_dir" >/dev/null 2>&1 || true
    rm -rf "$run_dir"
}
trap cleanup EXIT INT TERM

if ! services="$(scripts/testenv.sh start "$run_dir")"; then
    echo "Could not start PostgreSQL and Redis for the tests." >&2
    exit 1
fi
eval "$services"
export FACTDESK_TEST_TMP="$run_dir"
export DEBUG=true SECRET_KEY=factdesk-tests-only

echo "== ruff"
$BIN/ruff check . || exit 1
$BIN/ruff format --check . || exit 1
echo "== makemigrations --check"
DJANGO_SETTINGS_MODULE=factdesk.settings_test $BIN/python manage.py makemigrations --check --dry-run || exit 1
echo "== pytest (PostgreSQL at ${DATABASE_URL##*@}, Redis at ${REDIS_URL##*//})"
$BIN/python -m pytest "$@"
status=$?
exit $status
