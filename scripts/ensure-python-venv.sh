#!/usr/bin/env bash
# Create the project's virtualenv; on a bare Debian, install the venv module first (as root).
set -euo pipefail
python="${1:-python3}"
venv="${2:-.venv}"
if ! "$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
    echo "FactDesk needs Python 3.11 or newer; $python is $("$python" --version 2>&1)." >&2
    exit 1
fi
if ! "$python" -m venv --help >/dev/null 2>&1 || ! "$python" -c 'import ensurepip' 2>/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
    else
        echo "The Python venv module is missing: install python3-venv (as root) and retry." >&2
        exit 1
    fi
fi
"$python" -m venv "$venv"
"$venv/bin/pip" install --disable-pip-version-check -q --upgrade pip
