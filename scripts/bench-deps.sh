#!/usr/bin/env bash
# Debian 12 packages the benchmark harness uses, beyond those of scripts/setup.sh:
#   libopenblas0  OpenBLAS, loaded at run time for the FP32 GEMM probe (`pertoken bench
#                 hardware`); without it the probe reports that no GEMM figure could be taken
#   likwid        likwid-bench, the STREAM-class memory-bandwidth reference that
#                 tests/perf/perf_bench prints beside the probe's figure
# Prints the list; with --install, installs the missing ones.
set -euo pipefail

packages=(libopenblas0 likwid)

if [ "${1:-}" != "--install" ]; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        missing+=("$package")
done
if ((${#missing[@]})); then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
