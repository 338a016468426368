#!/usr/bin/env bash
# Installs the Debian 12 packages PerToken needs (only those missing), then configures and builds
# into build/ (or $PERTOKEN_BUILD_DIR). Safe to run again: it does only what is left to do.
# PERTOKEN_EXTRA_PACKAGES names more packages to install (scripts/fuzz.sh: clang); with
# PERTOKEN_SETUP_PACKAGES_ONLY=1 it stops after installing.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${PERTOKEN_BUILD_DIR:-$here/build}
build_type=${PERTOKEN_BUILD_TYPE:-Release}
# shellcheck source=scripts/need.sh
source "$here/scripts/need.sh"
need "${setup_tools[@]}"

packages=(
    cmake g++ make pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n
    libquazip1-qt6-dev libgl-dev libopenblas0
    fonts-dejavu-core
    # tests/ui/tst_screen_fit draws the Chinese dashboard on Xvfb: a font with its characters.
    fonts-wqy-microhei
)
read -r -a extra_packages <<<"${PERTOKEN_EXTRA_PACKAGES:-}"
packages+=("${extra_packages[@]}")

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        missing+=("$package")
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

[ "${PERTOKEN_SETUP_PACKAGES_ONLY:-0}" = 1 ] && exit 0

cmake -S "$here" -B "$build_dir" -DCMAKE_BUILD_TYPE="$build_type" "$@" >/dev/null
cmake --build "$build_dir" -j"$(nproc)"
