#!/usr/bin/env bash
# Fuzzes every parser of outside input: builds the libFuzzer targets of tests/fuzz with clang,
# AddressSanitizer and UndefinedBehaviorSanitizer into build-fuzz/ (or $PERTOKEN_FUZZ_BUILD_DIR),
# then runs each for PERTOKEN_FUZZ_SECONDS (default 60) on a scratch copy of its seed corpus, so
# tests/fuzz/corpus is never modified. Any crash, leak, timeout (10 s per input) or out-of-memory
# (2 GB) fails the run, naming the target and the input saved under build-fuzz/artifacts/.
# Arguments: target names (scenario, sse_stream, ...) to run only those; all by default.
# Prints executions, executions per second and coverage per target.
#
# With PERTOKEN_FUZZ_RUNS (and in CI, where it defaults to 100000) each target runs from a fixed
# seed (PERTOKEN_FUZZ_SEED, 1) for at most that many inputs, still within the time limit. Such a
# run is repeatable: the inputs tried are the same on every machine, a slower machine only stops
# earlier in the same sequence, so a submission is checked against exactly the inputs its author
# fuzzed. Without it, each run explores new inputs for the whole time limit.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${PERTOKEN_FUZZ_SECONDS:-60}
max_runs=${PERTOKEN_FUZZ_RUNS:-}
[ -z "$max_runs" ] && [ "${CI:-}" = true ] && max_runs=100000
limits=(-max_total_time="$seconds")
[ -n "$max_runs" ] && limits+=(-runs="$max_runs" -seed="${PERTOKEN_FUZZ_SEED:-1}")
# Qt seeds its hashes at random; a fixed seed keeps the code paths of one input the same.
export QT_HASH_SEED=0
build_dir=${PERTOKEN_FUZZ_BUILD_DIR:-$here/build-fuzz}

PERTOKEN_EXTRA_PACKAGES="clang-14 libclang-rt-14-dev" PERTOKEN_SETUP_PACKAGES_ONLY=1 \
    "$here/scripts/setup.sh"
# shellcheck source=scripts/need.sh
source "$here/scripts/need.sh"
need "${fuzz_tools[@]}"

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CC=clang-14 CXX=clang++-14 cmake -S "$here" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPERTOKEN_FUZZ=ON -DPERTOKEN_BUILD_UI=OFF "${launcher[@]}" >/dev/null
cmake --build "$build_dir" --target pertoken_fuzzers -j"$(nproc)"

targets=("$@")
if ((${#targets[@]} == 0)); then
    for source in "$here"/tests/fuzz/fuzz_*.cpp; do
        name=$(basename "$source" .cpp)
        targets+=("${name#fuzz_}")
    done
fi

artifacts="$build_dir/artifacts"
mkdir -p "$artifacts"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

rows=()
failed=()
for target in "${targets[@]}"; do
    binary="$build_dir/tests/fuzz/fuzz_$target"
    corpus="$scratch/$target"
    log="$build_dir/fuzz-$target.log"
    mkdir -p "$corpus"
    cp "$here/tests/fuzz/corpus/$target/"* "$corpus/"
    dict=()
    [ -f "$here/tests/fuzz/dict/$target.dict" ] && dict=(-dict="$here/tests/fuzz/dict/$target.dict")
    echo "== fuzz $target for ${seconds}s${max_runs:+ or $max_runs inputs from seed ${PERTOKEN_FUZZ_SEED:-1}} (log: $log)"
    status=0
    "$binary" "$corpus" "${dict[@]}" "${limits[@]}" -timeout=10 -rss_limit_mb=2048 \
        -detect_leaks=1 -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
        >"$log" 2>&1 || status=$?
    done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1 || true)
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$done_line")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$done_line")
    corp=$(sed -n 's/.* corp: \([^ ]*\).*/\1/p' <<<"$done_line")
    artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
    if ((status != 0)) || [ -n "$artifact" ]; then
        grep -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|fuzz property' \
            "$log" | head -n 3 || true
        echo "FAILED: fuzz target $target (exit $status); input saved as ${artifact:-<none>}"
        failed+=("$target: ${artifact:-exit $status, see $log}")
        rows+=("$(printf '%-16s %12s %10s %8s %8s %12s  FAILED' "$target" "${runs:--}" \
            "${rate:--}" "${cov:--}" "${ft:--}" "${corp:--}")")
    else
        rows+=("$(printf '%-16s %12s %10s %8s %8s %12s  ok' "$target" "$runs" "$rate" "$cov" \
            "$ft" "$corp")")
    fi
done

echo
echo "== fuzzing, ${seconds}s per target (libFuzzer's final counts)"
printf '%-16s %12s %10s %8s %8s %12s  %s\n' target executions exec/s cov ft corpus result
printf '%s\n' "${rows[@]}"
if ((${#failed[@]})); then
    echo
    echo "fuzzing found problems:"
    printf '  %s\n' "${failed[@]}"
    exit 1
fi
