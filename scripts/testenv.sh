#!/usr/bin/env bash
# Throwaway PostgreSQL 15 (with pgvector) and Redis for the test suite.
#
# Usage:
#   scripts/testenv.sh install          install what is missing (Debian packages, pgvector); idempotent
#   scripts/testenv.sh start DIR        start PostgreSQL and Redis with data and sockets in DIR and
#                                       print `export NAME=value` lines:  eval "$(scripts/testenv.sh start DIR)"
#   scripts/testenv.sh stop DIR         stop both; never fails
#   scripts/testenv.sh pg-restart DIR   stop and start PostgreSQL again (same port, same data)
#   scripts/testenv.sh redis-stop DIR   stop Redis (the reliability tests simulate outages with these)
#   scripts/testenv.sh redis-start DIR  start Redis again on the same port
#
# Both servers listen on 127.0.0.1 only, on free ports. Run as root, PostgreSQL runs as the
# `postgres` user; run as an ordinary user who owns DIR, everything runs as that user.
# Diagnostics go to stderr, so `start` prints nothing but the export lines on stdout.
# TESTENV_TIMEOUT (seconds, default 30) bounds every wait for a server.
set -euo pipefail

PG_MAJOR=15
PG_BIN="/usr/lib/postgresql/${PG_MAJOR}/bin"
DEB_PACKAGES=(
    "postgresql-${PG_MAJOR}" "postgresql-server-dev-${PG_MAJOR}" redis-server chromium dpkg-dev
    build-essential
)
# Bookworm has no pgvector for PostgreSQL 15; trixie's source package builds against it unchanged.
PGVECTOR_SUITE=trixie
PGVECTOR_VERSION=0.8.0
DB_NAME=factdesk
DB_USER=factdesk
TIMEOUT="${TESTENV_TIMEOUT:-30}"
ENV_FILE_NAME=testenv.env

log() { printf 'testenv: %s\n' "$*" >&2; }
die() {
    log "error: $*"
    exit 1
}

# Run a command with its output kept in a log file; show the log only when it fails.
quietly() {
    local out status=0
    out="$(mktemp -t factdesk-testenv-XXXXXX.log)"
    "$@" >"$out" 2>&1 || status=$?
    if [[ $status -eq 0 ]]; then
        rm -f "$out"
        return 0
    fi
    log "command failed ($status): $*"
    tail -n 40 "$out" >&2
    rm -f "$out"
    return "$status"
}

as_root() {
    if [[ $EUID -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "root privileges are needed for: $* (run as root or install sudo)"
    fi
}

# PostgreSQL refuses to run as root, so as root its commands run as `postgres`.
as_pg_user() {
    if [[ $EUID -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# ---------------------------------------------------------------------------------------------
# install

missing_packages() {
    local pkg status
    for pkg in "${DEB_PACKAGES[@]}"; do
        status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)"
        [[ $status == installed ]] || printf '%s\n' "$pkg"
    done
}

install_packages() {
    local -a missing
    mapfile -t missing < <(missing_packages)
    if [[ ${#missing[@]} -eq 0 ]]; then
        log "Debian packages: all present"
        return
    fi
    log "Debian packages: installing ${missing[*]}"
    quietly as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    quietly as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}"
}

pg_sharedir() {
    if [[ -x "$PG_BIN/pg_config" ]]; then
        "$PG_BIN/pg_config" --sharedir
    else
        echo "/usr/share/postgresql/${PG_MAJOR}"
    fi
}

os_codename() {
    local codename=""
    if [[ -r /etc/os-release ]]; then
        # shellcheck source=/dev/null
        codename="$(. /etc/os-release && echo "${VERSION_CODENAME:-}")"
    fi
    echo "${codename:-bookworm}"
}

# Print a deb822 stanza for trixie's sources, built from the stanza of the system's deb822 file
# that carries the release's own suite: same URIs and same Signed-By (inline keys included).
source_stanza_from_deb822() {
    local file="$1" codename="$2"
    awk -v codename="$codename" -v suite="$PGVECTOR_SUITE" '
        function flush(   n, i, words, wanted) {
            if (!("uris" in f) || tolower(f["enabled"]) == "no") { split("", f); return }
            wanted = 0
            n = split(f["suites"], words, /[ \t\n]+/)
            for (i = 1; i <= n; i++) if (words[i] == codename) wanted = 1
            if (wanted && !done) {
                printf "Types: deb-src\nURIs: %s\nSuites: %s\nComponents: main\n", f["uris"], suite
                if ("signed-by" in f) printf "Signed-By:%s\n", f["signed-by"]
                else print "Trusted: yes"
                done = 1
            }
            split("", f)
        }
        /^#/ { next }
        /^[ \t]*$/ { flush(); next }
        /^[ \t]/ { if (key != "") f[key] = f[key] "\n" $0; next }
        {
            key = tolower(substr($0, 1, index($0, ":") - 1))
            value = substr($0, index($0, ":") + 1)
            # Signed-By keeps its raw text so that an inline key block survives; the rest is trimmed.
            if (key != "signed-by") gsub(/^[ \t]+|[ \t]+$/, "", value)
            f[key] = value
        }
        END { flush() }
    ' "$file"
}

# Same, from a one-line-style sources.list: `deb [signed-by=KEYRING ...] URI SUITE COMPONENTS`.
source_stanza_from_list() {
    local file="$1" codename="$2"
    awk -v codename="$codename" -v suite="$PGVECTOR_SUITE" '
        /^[ \t]*(deb|deb-src)[ \t]/ && !done {
            line = $0
            opts = ""
            if (match(line, /\[[^]]*\]/)) {
                opts = substr(line, RSTART + 1, RLENGTH - 2)
                line = substr(line, 1, RSTART - 1) substr(line, RSTART + RLENGTH)
            }
            n = split(line, w, /[ \t]+/)
            i = (w[1] == "") ? 2 : 1
            uri = w[i + 1]; release = w[i + 2]
            if (release != codename) next
            keyring = ""
            m = split(opts, o, /[ \t]+/)
            for (j = 1; j <= m; j++) if (o[j] ~ /^signed-by=/) keyring = substr(o[j], 11)
            printf "Types: deb-src\nURIs: %s\nSuites: %s\nComponents: main\n", uri, suite
            if (keyring != "") printf "Signed-By: %s\n", keyring
            else print "Trusted: yes"
            done = 1
        }
    ' "$file"
}

write_pgvector_sources() {
    local dest="$1" codename stanza=""
    codename="$(os_codename)"
    if [[ -r /etc/apt/sources.list.d/debian.sources ]]; then
        stanza="$(source_stanza_from_deb822 /etc/apt/sources.list.d/debian.sources "$codename")"
    fi
    if [[ -z $stanza && -r /etc/apt/sources.list ]]; then
        stanza="$(source_stanza_from_list /etc/apt/sources.list "$codename")"
    fi
    [[ -n $stanza ]] || die "no '$codename' Debian archive found in the system's apt sources"
    printf '%s\n' "$stanza" >"$dest"
}

build_pgvector() {
    local work
    work="$(mktemp -d -t factdesk-pgvector-XXXXXX)"
    # apt fetches as the unprivileged `_apt` user, which must be able to enter the directory.
    chmod 755 "$work"
    # shellcheck disable=SC2064  # expand $work now: it is local to this function
    trap "rm -rf '$work'" EXIT

    mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/src"
    chmod 755 "$work/src"
    write_pgvector_sources "$work/pgvector.sources"
    # A private source list, package lists and cache: the system's apt state stays untouched.
    local -a apt_opts=(
        -o "Dir::Etc::SourceList=$work/pgvector.sources"
        -o "Dir::Etc::SourceParts=/dev/null"
        -o "Dir::State::Lists=$work/lists"
        -o "Dir::Cache=$work/cache"
    )
    log "pgvector: fetching the ${PGVECTOR_SUITE} source package"
    quietly as_root apt-get update -q "${apt_opts[@]}"
    (cd "$work/src" && quietly as_root apt-get source -q --download-only "${apt_opts[@]}" pgvector)

    local dsc
    dsc="$(find "$work/src" -maxdepth 1 -name 'pgvector_*.dsc' | head -n 1)"
    [[ -n $dsc ]] || die "pgvector: apt-get source downloaded no .dsc file"
    local version="${dsc##*/pgvector_}"
    version="${version%.dsc}"
    [[ $version == "$PGVECTOR_VERSION"* ]] ||
        log "pgvector: ${PGVECTOR_SUITE} now has $version (expected $PGVECTOR_VERSION), building it"
    log "pgvector: building $version for PostgreSQL ${PG_MAJOR}"
    quietly as_root dpkg-source -x "$dsc" "$work/build"
    as_root chown -R "$(id -u):$(id -g)" "$work/build"
    quietly make -C "$work/build" PG_CONFIG="$PG_BIN/pg_config"
    quietly as_root make -C "$work/build" install PG_CONFIG="$PG_BIN/pg_config"
    rm -rf "$work"
    trap - EXIT
}

cmd_install() {
    local started=$SECONDS
    install_packages
    local control
    control="$(pg_sharedir)/extension/vector.control"
    if [[ -f $control ]]; then
        log "pgvector: present ($(sed -n "s/^default_version *= *'\(.*\)'/\1/p" "$control"))"
    else
        build_pgvector
        [[ -f $control ]] || die "pgvector: built and installed, but $control is missing"
    fi
    [[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium is missing after installing chromium"
    log "install: done in $((SECONDS - started))s"
}

# ---------------------------------------------------------------------------------------------
# start / stop

resolve_dir() {
    local dir="${1:-}"
    [[ -n $dir ]] || die "missing DIR argument (see the usage at the top of $0)"
    mkdir -p "$dir" || die "cannot create $dir"
    (cd "$dir" && pwd -P)
}

# Two distinct free TCP ports on 127.0.0.1, one per line.
free_ports() {
    if command -v python3 >/dev/null 2>&1; then
        python3 - <<'EOF'
import socket

held = []
for _ in range(2):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    held.append(s)
for s in held:
    print(s.getsockname()[1])
EOF
        return
    fi
    local port found=0
    while [[ $found -lt 2 ]]; do
        port=$((20000 + RANDOM % 40000))
        # Connection refused means nobody listens there.
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            found=$((found + 1))
        fi
    done
}

load_env() {
    local dir="$1"
    [[ -r "$dir/$ENV_FILE_NAME" ]] || die "$dir has no test environment (run: $0 start $dir)"
    # shellcheck source=/dev/null
    . "$dir/$ENV_FILE_NAME"
}

write_env() {
    local dir="$1"
    {
        printf 'PG_PORT=%q\n' "$PG_PORT"
        printf 'PG_DATA=%q\n' "$PG_DATA"
        printf 'PG_SOCKETS=%q\n' "$PG_SOCKETS"
        printf 'PG_LOG=%q\n' "$PG_LOG"
        printf 'PG_PASSWORD=%q\n' "$PG_PASSWORD"
        printf 'REDIS_PORT=%q\n' "$REDIS_PORT"
        printf 'REDIS_PIDFILE=%q\n' "$REDIS_PIDFILE"
        printf 'REDIS_LOG=%q\n' "$REDIS_LOG"
    } >"$dir/$ENV_FILE_NAME"
    chmod 600 "$dir/$ENV_FILE_NAME"
}

set_layout() {
    local dir="$1"
    PG_DATA="$dir/pg/data"
    PG_SOCKETS="$dir/pg/run"
    PG_LOG="$dir/pg/postgresql.log"
    REDIS_PIDFILE="$dir/redis.pid"
    REDIS_LOG="$dir/redis.log"
}

wait_until() {
    local what="$1"
    shift
    local deadline=$((SECONDS + TIMEOUT))
    until "$@" >/dev/null 2>&1; do
        if [[ $SECONDS -ge $deadline ]]; then
            log "$what did not become ready within ${TIMEOUT}s"
            return 1
        fi
        sleep 0.2
    done
}

pg_ready() { "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -d postgres; }

redis_ready() { [[ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" == PONG ]]; }

pg_initdb() {
    local dir="$1"
    mkdir -p "$dir/pg" "$PG_SOCKETS"
    local pwfile="$dir/pg/initdb.pw"
    (umask 077 && printf '%s\n' "$PG_PASSWORD" >"$pwfile")
    if [[ $EUID -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || die "there is no postgres user (is postgresql-${PG_MAJOR} installed?)"
        chown -R postgres: "$dir/pg"
        # postgres only needs to pass through DIR, not to list or change it.
        chgrp postgres "$dir" && chmod g+x "$dir"
        runuser -u postgres -- test -w "$dir/pg" ||
            die "the postgres user cannot reach $dir/pg; pick a DIR it can traverse (mktemp -d)"
    fi
    # The bootstrap superuser is the application role, so test database creation and
    # CREATE EXTENSION work; password over TCP, trust on the private socket.
    quietly as_pg_user "$PG_BIN/initdb" -D "$PG_DATA" -U "$DB_USER" --pwfile="$pwfile" \
        --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --no-locale --no-sync --no-instructions
    rm -f "$pwfile"
    as_pg_user tee -a "$PG_DATA/postgresql.conf" >/dev/null <<EOF

# Throwaway test cluster: loopback only, durability traded for speed.
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_SOCKETS'
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
}

pg_start() {
    as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t "$TIMEOUT" start \
        </dev/null >/dev/null
    wait_until "PostgreSQL on port $PG_PORT" pg_ready
}

pg_stop() {
    [[ -f "$PG_DATA/postmaster.pid" ]] || return 0
    as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t "$TIMEOUT" stop >/dev/null 2>&1 || true
}

redis_start() {
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --dir "$REDIS_DIR" \
        --save '' --appendonly no --pidfile "$REDIS_PIDFILE" --logfile "$REDIS_LOG" \
        </dev/null >/dev/null
    wait_until "Redis on port $REDIS_PORT" redis_ready
}

redis_pid_alive() {
    local pid
    pid="$(cat "$REDIS_PIDFILE" 2>/dev/null || true)"
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null
}

redis_stop() {
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
    local deadline=$((SECONDS + TIMEOUT))
    while redis_pid_alive; do
        if [[ $SECONDS -ge $deadline ]]; then
            kill -9 "$(cat "$REDIS_PIDFILE")" 2>/dev/null || true
            break
        fi
        sleep 0.1
    done
    rm -f "$REDIS_PIDFILE"
}

show_logs() {
    local file
    for file in "$PG_LOG" "$REDIS_LOG"; do
        [[ -s $file ]] || continue
        log "---- $file"
        tail -n 30 "$file" >&2
    done
}

# On a failed start: show why, then stop whatever did start.
on_start_exit() {
    local status=$?
    [[ $status -eq 0 ]] && return
    show_logs
    redis_stop
    pg_stop
    rm -f "$FAILED_START_DIR/$ENV_FILE_NAME"
    log "start failed; stopped what had been started"
    exit "$status"
}

start_services() {
    local dir="$1" started=$SECONDS
    set_layout "$dir"
    REDIS_DIR="$dir"
    FAILED_START_DIR="$dir"
    { read -r PG_PORT && read -r REDIS_PORT; } < <(free_ports)
    PG_PASSWORD="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
    trap on_start_exit EXIT
    write_env "$dir"
    pg_initdb "$dir"
    pg_start
    PGPASSWORD="$PG_PASSWORD" quietly "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" \
        -U "$DB_USER" "$DB_NAME"
    redis_start
    trap - EXIT
    log "PostgreSQL on 127.0.0.1:$PG_PORT, Redis on 127.0.0.1:$REDIS_PORT in $((SECONDS - started))s"
}

cmd_start() {
    local dir
    dir="$(resolve_dir "${1:-}")"
    [[ -x "$PG_BIN/initdb" ]] || die "PostgreSQL ${PG_MAJOR} is not installed (run: $0 install)"
    command -v redis-server >/dev/null 2>&1 || die "redis-server is not installed (run: $0 install)"
    [[ ! -e "$dir/$ENV_FILE_NAME" ]] || die "$dir already holds a test environment (stop it first)"

    # stdout carries only the export lines; the servers must not hold it open either, or
    # `eval "$(scripts/testenv.sh start DIR)"` would wait for them to exit.
    start_services "$dir" >&2
    printf 'export DATABASE_URL=%q\n' "postgres://$DB_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$DB_NAME"
    printf 'export REDIS_URL=%q\n' "redis://127.0.0.1:$REDIS_PORT/0"
    printf 'export FACTDESK_PG_PORT=%q\n' "$PG_PORT"
    printf 'export FACTDESK_PG_BIN=%q\n' "$PG_BIN"
    printf 'export FACTDESK_PG_DATA=%q\n' "$PG_DATA"
    printf 'export FACTDESK_REDIS_PORT=%q\n' "$REDIS_PORT"
    printf 'export FACTDESK_TESTENV_DIR=%q\n' "$dir"
}

cmd_stop() {
    local dir="${1:-}"
    [[ -n $dir && -d $dir ]] || return 0
    set_layout "$dir"
    # Without the env file (a start that died early) the pidfiles still say what runs.
    if [[ -r "$dir/$ENV_FILE_NAME" ]]; then
        # shellcheck source=/dev/null
        . "$dir/$ENV_FILE_NAME" || true
    fi
    pg_stop
    if [[ -n ${REDIS_PORT:-} ]]; then
        redis_stop
    elif redis_pid_alive; then
        kill "$(cat "$REDIS_PIDFILE")" 2>/dev/null || true
    fi
    rm -f "$dir/$ENV_FILE_NAME"
}

cmd_pg_restart() {
    local dir
    dir="$(resolve_dir "${1:-}")"
    load_env "$dir"
    pg_stop
    pg_start
}

cmd_redis_stop() {
    local dir
    dir="$(resolve_dir "${1:-}")"
    load_env "$dir"
    redis_stop
}

cmd_redis_start() {
    local dir
    dir="$(resolve_dir "${1:-}")"
    load_env "$dir"
    REDIS_DIR="$dir"
    if redis_ready; then
        return 0
    fi
    redis_start
}

usage() {
    sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//' >&2
}

main() {
    local cmd="${1:-}"
    [[ $# -gt 0 ]] && shift
    case "$cmd" in
    install) cmd_install ;;
    start) cmd_start "$@" ;;
    stop) cmd_stop "$@" || true ;;
    pg-restart) cmd_pg_restart "$@" ;;
    redis-stop) cmd_redis_stop "$@" ;;
    redis-start) cmd_redis_start "$@" ;;
    -h | --help | help) usage ;;
    *)
        usage
        [[ -z $cmd ]] && die "missing subcommand"
        die "unknown subcommand: $cmd"
        ;;
    esac
}

main "$@"
