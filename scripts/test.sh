#!/usr/bin/env bash
# Sets up and builds PerToken, runs the whole test suite, then builds it once more under
# AddressSanitizer + UndefinedBehaviorSanitizer (LeakSanitizer included) and runs the whole suite
# again: core, UI and command-line tests. Between the two it builds, installs and checks the
# Debian package; at the end it fuzzes every parser (scripts/fuzz.sh). Extra arguments go to both
# CMake configurations (for example -DCMAKE_CXX_COMPILER_LAUNCHER=ccache).
# PERTOKEN_SKIP_SANITIZE=1 skips the sanitizer pass and fuzzing, for quick local runs.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
jobs=$(nproc)
started=$SECONDS
# Every tool of every step, checked (and installed) before the first build.
# shellcheck source=scripts/need.sh
source "$here/scripts/need.sh"
need "${setup_tools[@]}" "${test_tools[@]}" "${package_tools[@]}"
need_python "${test_python_modules[@]}"
[ "${PERTOKEN_SKIP_SANITIZE:-0}" = 1 ] ||
    PERTOKEN_EXTRA_PACKAGES="clang-14 libclang-rt-14-dev" PERTOKEN_SETUP_PACKAGES_ONLY=1 \
        "$here/scripts/setup.sh"
[ "${PERTOKEN_SKIP_SANITIZE:-0}" = 1 ] || need "${fuzz_tools[@]}"

"$here/scripts/setup.sh" "$@"
ctest --test-dir "${PERTOKEN_BUILD_DIR:-$here/build}" --output-on-failure -j2
echo "test: release build and tests took $((SECONDS - started)) s"

echo "== the Debian package: build, install, run, validate =="
bash "$here/scripts/package-check.sh"

[ "${PERTOKEN_SKIP_SANITIZE:-0}" = 1 ] && exit 0

echo "== whole suite under AddressSanitizer + UndefinedBehaviorSanitizer + LeakSanitizer =="
sanitize_started=$SECONDS
asan_dir=${PERTOKEN_ASAN_BUILD_DIR:-$here/build-asan}
# Leaks inside the system's Qt, fontconfig and the offscreen platform are listed, one reason each,
# in the suppressions file; every other leak fails the test that caused it. The build runs
# instrumented tools too (the icon renderer), so the options hold for the build as well.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=0
export LSAN_OPTIONS=suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# Performance programs are not tests: left out of the instrumented build to save CI time.
cmake -S "$here" -B "$asan_dir" -DCMAKE_BUILD_TYPE=Debug -DPERTOKEN_SANITIZE=ON \
    -DPERTOKEN_BUILD_UI=ON -DPERTOKEN_BUILD_PERF=OFF "$@" >/dev/null
cmake --build "$asan_dir" -j"$jobs"
echo "test: sanitizer build took $((SECONDS - sanitize_started)) s"
run_started=$SECONDS
# Instrumented code runs several times slower: the timeouts are scaled up to match.
ctest --test-dir "$asan_dir" --output-on-failure -j2 --timeout 900
echo "test: sanitizer tests took $((SECONDS - run_started)) s; everything took $((SECONDS - started)) s"

echo "== fuzzing every parser for ${PERTOKEN_FUZZ_SECONDS:-60} s each (scripts/fuzz.sh) =="
fuzz_started=$SECONDS
"$here/scripts/fuzz.sh"
echo "test: fuzzing took $((SECONDS - fuzz_started)) s; everything took $((SECONDS - started)) s"
