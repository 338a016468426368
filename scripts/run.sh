#!/usr/bin/env bash
# Sets up and builds PerToken, then starts the dashboard with the built-in default scenario (or
# the scenario file given as the first argument). Without a display it exports the decision
# memo bundle headlessly instead (pertoken-memo.zip in the current folder) and prints the
# evaluation table.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$here/scripts/setup.sh"
pertoken="${PERTOKEN_BUILD_DIR:-$here/build}/app/pertoken"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    scenario=()
    [ $# -gt 0 ] && scenario=(--scenario "$1")
    "$pertoken" memo "${scenario[@]}" --out pertoken-memo.zip
    echo "run: no display; wrote the decision memo bundle to $(pwd)/pertoken-memo.zip"
    exec "$pertoken" eval "${scenario[@]}"
fi
exec "$pertoken" "$@"
