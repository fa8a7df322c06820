#!/usr/bin/env bash
# One entry point for a fresh Debian bookworm machine:
#   packaging/dev.sh demo    install what is missing, build, start a local sync server with the demo office and a
#                            second office enrolled (packaging/demo_server.sh), open the console on the demo store;
#                            the server stops when the console closes
#   packaging/dev.sh demo --sim [OPTIONS...]   the same, and doorstep-sim plays the first office's customers and
#                            providers against the server (OPTIONS go to doorstep-sim, e.g. --time-factor 120);
#                            the console dispatches their orders itself (demo_server.sh sim sets the office's
#                            continuous auto-dispatch to assign)
#   packaging/dev.sh test    install, build with warnings as errors, run the suite; then again under ASan+UBSan;
#                            then build the libFuzzer harnesses (clang) and run each one briefly
#   packaging/dev.sh fuzz-long   the fuzzing benchmark: each harness for DOORSTEP_FUZZ_LONG_SECONDS (600 s)
#   packaging/dev.sh bench   install, build optimised, run the benchmarks
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    cmake ninja-build ccache g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-translations-l10n qt6-pdf-dev
    libsqlcipher-dev libargon2-dev libssl-dev libxlsxwriter-dev liblemon-dev
    sqlcipher sqlite3 xvfb xauth fonts-noto-cjk
    python3-openpyxl poppler-utils
    clang-14 libclang-rt-14-dev
    postgresql-15 libpq-dev
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

jobs=$(nproc)

build() { # preset [targets...]
    local preset=$1
    shift
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs" "$@"
}

case "${1:-}" in
demo)
    install_missing
    sim=()
    if [ "${2:-}" = --sim ]; then
        sim=(doorstep-sim)
        shift 2
    fi
    build release --target doorstep doorstep-cli doorstep-server "${sim[@]}"
    # Where the console keeps its demo store (QStandardPaths::AppDataLocation).
    demo_dir=${XDG_DATA_HOME:-$HOME/.local/share}/Doorstep/Doorstep
    trap 'packaging/demo_server.sh down "$demo_dir"' EXIT
    QT_QPA_PLATFORM=offscreen packaging/demo_server.sh up build/release "$demo_dir"
    if [ ${#sim[@]} -gt 0 ]; then
        # Windows within 8 hours of the order, so the watch sees its orders done; at night in
        # Shanghai the simulated day starts at 07:00 (ahead of the clock), not with hours of quiet.
        # The options given after --sim come later and win.
        defaults=(--lead-hours 8)
        hour=$(TZ=Asia/Shanghai date +%-H)
        [ "$hour" -ge 7 ] && [ "$hour" -lt 19 ] || defaults+=(--start 07:00)
        packaging/demo_server.sh sim build/release "$demo_dir" "${defaults[@]}" "$@"
    fi
    console=(build/release/app/doorstep/doorstep --store "$demo_dir/demo.doorstep")
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "No display: starting the console under Xvfb (install a desktop session to see it)."
        console=(xvfb-run -a "${console[@]}")
    fi
    "${console[@]}"
    ;;
test)
    install_missing
    build ci
    ctest --preset ci -j "$jobs"
    build asan
    ctest --preset asan -j "$jobs"
    build fuzz
    ctest --preset fuzz
    ;;
fuzz-long)
    install_missing
    build fuzz
    ctest --preset fuzz-long -V | grep -E 'Test|stat::|Done|==ERROR|crash-|oom-|timeout-'
    ;;
bench)
    install_missing
    build release --target bench
    ;;
*)
    echo "usage: $0 demo|test|bench|fuzz-long" >&2
    exit 1
    ;;
esac
