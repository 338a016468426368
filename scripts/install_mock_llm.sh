#!/usr/bin/env bash
# Installs the third-party OpenAI-compatible mock server @dwmkerr/mock-llm
# (https://www.npmjs.com/package/@dwmkerr/mock-llm, MIT licence) from the npm registry into
# DIR (default build/third_party/mock-llm), for tests/cli/tst_inventory_cli. Bounded: gives up
# after 180 s. Exit 0 installed (or already there), 1 the install failed, 3 npm is missing.
set -euo pipefail
dir="${1:-build/third_party/mock-llm}"
version="0.1.29"
bin="$dir/node_modules/.bin/mock-llm"
if [ -x "$bin" ]; then
    echo "$bin"
    exit 0
fi
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
    echo "install_mock_llm.sh: npm and node are needed (Debian packages npm, nodejs)" >&2
    exit 3
fi
mkdir -p "$dir"
if ! timeout 180 npm install --prefix "$dir" --no-audit --no-fund --no-save \
    "@dwmkerr/mock-llm@$version" >"$dir/npm-install.log" 2>&1; then
    echo "install_mock_llm.sh: npm install @dwmkerr/mock-llm@$version failed or took over" \
        "180 s; see $dir/npm-install.log" >&2
    exit 1
fi
echo "$bin"
