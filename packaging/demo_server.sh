#!/usr/bin/env bash
# The demo's sync server: what `packaging/dev.sh demo` does before it opens the console, and what
# tests/sync/tst_demoserver runs without a console.
#   demo_server.sh up BUILD_DIR DEMO_DIR     make what is missing, start the server in the background
#   demo_server.sh sim BUILD_DIR DEMO_DIR [OPTIONS...]   start doorstep-sim beside the running server
#                                            (customers and providers of the first office; OPTIONS go to it)
#   demo_server.sh down DEMO_DIR             stop the server `up` started (and the simulator)
# `up` makes, once, under DEMO_DIR: a doorstep-server (embedded store, certificate for 127.0.0.1) in
# server/, two offices on it, the demo store demo.doorstep (the console's own demo: the Xuhui franchise)
# and a second office's store demo-baoshan.doorstep (Baoshan and Jiading, other data), each enrolled
# with `doorstep-cli enroll`; then it starts the server on the loopback address and runs one
# `doorstep-cli sync` round for each store, so the first console already holds the other office's
# customers. Run again, it reuses all of it (and a server still running). The ports are chosen once
# (DOORSTEP_DEMO_PORT, default 18443; enrollment DOORSTEP_DEMO_ENROLL_PORT, default the next one) and
# kept in DEMO_DIR/server.ports: the stores keep the sync address they enrolled with.
# DOORSTEP_DEMO_ORDERS / DOORSTEP_DEMO_PROVIDERS size the stores made here (default: the console's
# demo for the first, a tenth of it for the second).
# Demo only: the server writes customers' sign-in codes to DEMO_DIR/server.codes (run --demo-codes),
# where the simulator reads them, and has no per-address rate on loopback (--enroll-rate 0); `sim`
# issues every active provider of the first office a credential, kept in DEMO_DIR/sim.providers.
# `sim` also switches the first office's continuous auto-dispatch to "assign", once (the marker
# DEMO_DIR/sim.auto-dispatch), so the console that opens on it dispatches the app's orders by itself;
# DOORSTEP_DEMO_AUTO_DISPATCH=off|propose|assign sets that mode instead, at every `sim`.
set -euo pipefail

password=doorstep-demo # every demo account's (README, "The demo store")
first_code=SH-XH01
first_districts=310101,310104,310105,310106,310107,310109,310110,310112,310115
second_code=SH-BS01
second_name='到家服务·上海宝山加盟店'
second_districts=310113,310114

say() { echo "demo server: $*"; }
die() {
    echo "demo server: $*" >&2
    exit 1
}

# The pid of the server `up` started, if it still runs (never another process that took the pid).
running_pid() {
    local pid
    pid=$(cat "$demo/server.pid" 2>/dev/null) || return 1
    [ -n "$pid" ] && grep -qa doorstep-server "/proc/$pid/cmdline" 2>/dev/null && echo "$pid"
}

# The simulator `sim` started, if it still runs.
sim_pid() {
    local pid
    pid=$(cat "$demo/sim.pid" 2>/dev/null) || return 1
    [ -n "$pid" ] && grep -qa doorstep-sim "/proc/$pid/cmdline" 2>/dev/null && echo "$pid"
}

# end_process PID SIGNAL: asks it to end, waits up to 10 s, then kills it.
end_process() {
    kill -"$2" "$1"
    for _ in $(seq 50); do
        kill -0 "$1" 2>/dev/null || return 0
        sleep 0.2
    done
    kill -9 "$1" 2>/dev/null || true
}

stop_sim() {
    local pid
    if pid=$(sim_pid); then
        end_process "$pid" INT # it prints its summary to sim.log and ends
        say "simulator stopped (pid $pid); its summary: $demo/sim.log"
    fi
    rm -f "$demo/sim.pid"
}

stop() {
    local pid
    stop_sim
    if pid=$(running_pid); then
        end_process "$pid" TERM
        say "stopped (pid $pid)"
    fi
    rm -f "$demo/server.pid"
}

# Runs a command, its chatter (progress, Qt's notes) shown only when it fails.
quiet() {
    local log
    log=$(mktemp)
    "$@" 2>"$log" || {
        cat "$log" >&2
        rm -f "$log"
        die "failed: ${*:1:2}"
    }
    rm -f "$log"
}

server() { "$server_bin" "$@" --data "$demo/server" --key-file "$demo/server.key"; }
cli_as_admin() { printf '%s\n' "$password" | "$cli_bin" "$@" --user admin --password-stdin; }

# server/ with its key, fingerprint and ports, made whole or not at all (a run killed half-way
# leaves no server.fingerprint: made again).
ensure_server() {
    [ -s "$demo/server.fingerprint" ] && [ -s "$demo/server.ports" ] && return 0
    rm -rf "$demo/server" "$demo/server.key" "$demo/server.ports" "$demo/server.enrolled-"* "$demo/server.code-"* \
        "$demo/server.codes" "$demo/sim.providers" "$demo/sim.auto-dispatch"
    say "making the server in $demo/server"
    quiet server init --host 127.0.0.1 | tail -n 1 >"$demo/server.fingerprint.new"
    local port=${DOORSTEP_DEMO_PORT:-18443}
    echo "$port ${DOORSTEP_DEMO_ENROLL_PORT:-$((port + 1))}" >"$demo/server.ports"
    mv "$demo/server.fingerprint.new" "$demo/server.fingerprint"
}

# make_store FILE [doorstep-cli demo options...]: the store, unless it exists.
make_store() {
    local file=$1
    shift
    [ -e "$file" ] && return 0
    say "making the demo store $file"
    quiet "$cli_bin" demo --store "$file" "$@" >/dev/null
}

# office CODE NAME DISTRICTS: added once; its one-time code kept until enrolled.
add_office() {
    [ -s "$demo/server.code-$1" ] && return 0
    quiet server offices add "$2" --code "$1" --districts "$3" | tail -n 1 >"$demo/server.code-$1.new"
    mv "$demo/server.code-$1.new" "$demo/server.code-$1"
}

enroll() { # CODE STORE
    [ -e "$demo/server.enrolled-$1" ] && return 0
    say "enrolling $2 as office $1 (sends its data as the first snapshot)"
    quiet cli_as_admin enroll --store "$2" --server "https://127.0.0.1:$enroll_port" \
        --ca-fingerprint "$(cat "$demo/server.fingerprint")" --code "$(cat "$demo/server.code-$1")" >/dev/null
    touch "$demo/server.enrolled-$1"
}

start() {
    if pid=$(running_pid); then
        say "already running (pid $pid)"
        return 0
    fi
    # setsid: a Ctrl+C in the terminal reaches the console, and dev.sh stops the server itself.
    setsid "$server_bin" run --data "$demo/server" --key-file "$demo/server.key" \
        --listen "127.0.0.1:$sync_port" --enroll-listen "127.0.0.1:$enroll_port" \
        --enroll-rate 0 --demo-codes "$demo/server.codes" >"$demo/server.log" 2>&1 </dev/null &
    echo $! >"$demo/server.pid"
    for _ in $(seq 100); do
        grep -qs '^enrollment listening' "$demo/server.log" && break
        kill -0 "$(cat "$demo/server.pid")" 2>/dev/null || die "the server did not start: $(cat "$demo/server.log")"
        sleep 0.2
    done
    grep -q '^enrollment listening' "$demo/server.log" || { stop; die "the server did not start within 20 s"; }
    say "listening on https://127.0.0.1:$sync_port (sync), :$enroll_port (enrollment); log $demo/server.log"
}

case "${1:-}" in
up)
    [ $# -eq 3 ] || die "usage: $0 up BUILD_DIR DEMO_DIR"
    cli_bin=$2/app/cli/doorstep-cli
    server_bin=$2/server/doorstep-server
    demo=$3
    [ -x "$cli_bin" ] && [ -x "$server_bin" ] || die "build doorstep-cli and doorstep-server in $2 first"
    mkdir -p "$demo"
    chmod 700 "$demo"
    first=$demo/demo.doorstep
    second=$demo/demo-baoshan.doorstep
    # The two stores and the server are enrolled together: a store made anew (deleted, to start the
    # demo afresh) goes to a server made anew with it, and the other store too.
    if { [ -e "$demo/server.enrolled-$first_code" ] && [ ! -e "$first" ]; } ||
        { [ -e "$demo/server.enrolled-$second_code" ] && [ ! -e "$second" ]; }; then
        stop
        say "a demo store was removed: making the server and both offices anew"
        rm -f "$demo/server.fingerprint" "$second"
        [ -e "$first" ] && mv "$first" "$first.before-$(date +%Y%m%d-%H%M%S)"
    fi
    size=()
    [ -n "${DOORSTEP_DEMO_ORDERS:-}" ] && size+=(--orders "$DOORSTEP_DEMO_ORDERS")
    [ -n "${DOORSTEP_DEMO_PROVIDERS:-}" ] && size+=(--providers "$DOORSTEP_DEMO_PROVIDERS")
    make_store "$first" "${size[@]}"
    [ ${#size[@]} -gt 0 ] || size=(--orders 3000 --providers 80)
    make_store "$second" "${size[@]}" --seed 20261203 --office-code "$second_code" --office-name "$second_name" \
        --districts "$second_districts"
    ensure_server
    read -r sync_port enroll_port <"$demo/server.ports"
    add_office "$first_code" '到家服务·上海徐汇加盟店' "$first_districts"
    add_office "$second_code" "$second_name" "$second_districts"
    start
    enroll "$first_code" "$first"
    enroll "$second_code" "$second"
    # The second office's snapshot reached the server after the first enrolled: pull it.
    for store in "$second" "$first"; do
        line=$(quiet cli_as_admin sync --store "$store" | tail -n 1)
        say "$(basename "$store"): $line"
    done
    say "ready: two offices, $first_code ($first) and $second_code ($second); user admin, password $password"
    ;;
sim)
    [ $# -ge 3 ] || die "usage: $0 sim BUILD_DIR DEMO_DIR [doorstep-sim options...]"
    server_bin=$2/server/doorstep-server
    sim_bin=$2/server/sim/doorstep-sim
    cli_bin=$2/app/cli/doorstep-cli
    demo=$3
    shift 3
    [ -x "$sim_bin" ] || die "build doorstep-sim in $server_bin's build first"
    running_pid >/dev/null || die "the demo server is not running (demo_server.sh up first)"
    if pid=$(sim_pid); then
        say "simulator already running (pid $pid)"
        exit 0
    fi
    read -r sync_port enroll_port <"$demo/server.ports"
    if [ ! -s "$demo/sim.providers" ]; then
        quiet server providers credential --office "$first_code" >"$demo/sim.providers.new"
        mv "$demo/sim.providers.new" "$demo/sim.providers"
        chmod 600 "$demo/sim.providers"
    fi
    # The console (the office's dispatcher) assigns what the simulated customers order; the
    # simulator never does. Once, so an office that turned it off in the console keeps it off.
    auto_dispatch=${DOORSTEP_DEMO_AUTO_DISPATCH:-}
    if [ -n "$auto_dispatch" ] || [ ! -e "$demo/sim.auto-dispatch" ]; then
        case ${auto_dispatch:-assign} in
        off) mode=0 ;;
        propose) mode=1 ;;
        assign) mode=2 ;;
        *) die "DOORSTEP_DEMO_AUTO_DISPATCH is off, propose or assign, not $auto_dispatch" ;;
        esac
        quiet cli_as_admin settings --store "$demo/demo.doorstep" auto_dispatch.continuous "$mode" >/dev/null
        touch "$demo/sim.auto-dispatch"
        say "continuous auto-dispatch of $first_code: ${auto_dispatch:-assign} (the console's Dispatch page, Auto-dispatch settings, New orders)"
    fi
    setsid "$sim_bin" --server "https://127.0.0.1:$enroll_port" --ca-fingerprint "$(cat "$demo/server.fingerprint")" \
        --providers "$demo/sim.providers" --codes "$demo/server.codes" --districts "$first_districts" "$@" \
        >"$demo/sim.log" 2>&1 </dev/null &
    echo $! >"$demo/sim.pid"
    say "simulator started: $(wc -l <"$demo/sim.providers") providers of $first_code; log $demo/sim.log"
    ;;
down)
    [ $# -eq 2 ] || die "usage: $0 down DEMO_DIR"
    demo=$2
    stop
    ;;
*)
    die "usage: $0 up BUILD_DIR DEMO_DIR | sim BUILD_DIR DEMO_DIR [OPTIONS...] | down DEMO_DIR"
    ;;
esac
