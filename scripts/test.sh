#!/usr/bin/env bash
# Sets up and builds PerToken, runs the whole test suite, then builds the core library and its
# tests once more under AddressSanitizer + UndefinedBehaviorSanitizer and runs them.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

"$here/scripts/setup.sh"
ctest --test-dir "${PERTOKEN_BUILD_DIR:-$here/build}" --output-on-failure -j2

echo "== the Debian package: build, install, run, validate =="
bash "$here/scripts/package-check.sh"

echo "== core tests under AddressSanitizer + UndefinedBehaviorSanitizer =="
asan_dir="$here/build-asan"
cmake -S "$here" -B "$asan_dir" -DCMAKE_BUILD_TYPE=Debug -DPERTOKEN_SANITIZE=ON \
    -DPERTOKEN_BUILD_UI=OFF >/dev/null
cmake --build "$asan_dir" -j"$(nproc)"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir "$asan_dir" --output-on-failure -j2

echo "== fuzzing every parser for ${PERTOKEN_FUZZ_SECONDS:-60} s each (scripts/fuzz.sh) =="
"$here/scripts/fuzz.sh"
