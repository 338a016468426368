#!/usr/bin/env bash
# Sets up and builds PerToken, then starts the dashboard with the built-in default scenario (or
# the scenario file given as the first argument). Without a display it prints the evaluation.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$here/scripts/setup.sh"
exec "${PERTOKEN_BUILD_DIR:-$here/build}/app/pertoken" "$@"
