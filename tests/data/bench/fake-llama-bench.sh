#!/bin/sh
# Stands in for llama-bench in tests: checks it was asked for JSON, reports progress on stderr
# and prints a recorded result. FAKE_LLAMA_MODE=slow prints one test, then hangs; =fail fails.
last2="$(echo "$@" | awk '{print $(NF-1), $NF}')"
[ "$last2" = "-o json" ] || { echo "expected -o json last, got: $*" >&2; exit 2; }
echo "llama-bench: benchmark 1/1: starting" >&2
case "$FAKE_LLAMA_MODE" in
fail) echo "error: failed to load model 'missing.gguf'" >&2; exit 1 ;;
slow) printf '[\n  {"n_prompt": 512, "n_gen": 0, "avg_ts": 1000.5, "samples_ts": [1000, 1001]},\n'
      sleep 30 ;;
*) cat "$(dirname "$0")/llama-bench-newer.json" ;;
esac
