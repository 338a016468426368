# shellcheck shell=bash
# Sourced by every script in scripts/. `need COMMAND:PACKAGE ...` is where a script names the
# commands it runs and the Debian 12 package that provides each: commands that are missing are
# installed (apt-get, as root or through sudo), and any command still missing then stops the
# script at once, naming the command and its package, before any long step runs.
# PERTOKEN_NO_INSTALL=1 only checks.

# `need_install WHAT PACKAGE...`: installs the packages (apt-get, as root or through sudo), saying
# they are for WHAT; with PERTOKEN_NO_INSTALL=1, or without apt-get, it does nothing.
need_install() {
    local what=$1 sudo=""
    shift
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    if [ "${PERTOKEN_NO_INSTALL:-0}" != 1 ] && command -v apt-get >/dev/null &&
        { [ -z "$sudo" ] || command -v sudo >/dev/null; }; then
        echo "${0##*/}: installing $* (for $what)"
        $sudo apt-get update -qq || true
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
            "$@" >/dev/null || true
    fi
}

need() {
    local spec missing=() packages=()
    for spec in "$@"; do
        command -v "${spec%%:*}" >/dev/null 2>&1 && continue
        missing+=("$spec")
        [[ " ${packages[*]} " == *" ${spec#*:} "* ]] || packages+=("${spec#*:}")
    done
    ((${#missing[@]})) || return 0

    need_install "${missing[*]%%:*}" "${packages[@]}"
    local still=()
    for spec in "${missing[@]}"; do
        command -v "${spec%%:*}" >/dev/null 2>&1 || still+=("$spec")
    done
    ((${#still[@]})) || return 0
    for spec in "${still[@]}"; do
        echo "${0##*/}: FAILED: the command '${spec%%:*}' is missing; install the Debian package" \
            "'${spec#*:}' (apt-get install ${spec#*:}) and run again" >&2
    done
    exit 1
}

# `need_python MODULE:PACKAGE ...`: the same for modules of Debian's own Python
# (/usr/bin/python3, whatever python3 comes first in PATH), installed from Debian's packages.
need_python() {
    local spec missing=() packages=()
    for spec in "$@"; do
        /usr/bin/python3 -c "import ${spec%%:*}" >/dev/null 2>&1 && continue
        missing+=("$spec")
        packages+=("${spec#*:}")
    done
    ((${#missing[@]})) || return 0
    need_install "the Python modules ${missing[*]%%:*}" "${packages[@]}"
    local failed=0
    for spec in "${missing[@]}"; do
        /usr/bin/python3 -c "import ${spec%%:*}" >/dev/null 2>&1 && continue
        echo "${0##*/}: FAILED: /usr/bin/python3 cannot import '${spec%%:*}'; install the" \
            "Debian package '${spec#*:}' (apt-get install ${spec#*:}) and run again" >&2
        failed=1
    done
    ((failed == 0)) || exit 1
}

# The commands each script runs, with their packages. scripts/test.sh checks all of them before
# its first build, so a machine that lacks one fails in seconds rather than after the build.
setup_tools=(apt-get:apt dpkg-query:dpkg cmake:cmake g++:g++ make:make pkg-config:pkg-config
    nproc:coreutils Xvfb:xvfb)
# tests/cli/tst_bench_fleet_slurm runs a single-node Slurm cluster (scripts/slurm-cluster.sh);
# tests/cli/tst_bench_fleet checks the Kubernetes manifest with Debian's Kubernetes client library;
# tests/cli/tst_inventory_cli validates the CycloneDX output with jsonschema.
slurm_tools=(sbatch:slurm-wlm slurmctld:slurm-wlm slurmd:slurm-wlm sinfo:slurm-wlm munged:munge
    mungekey:munge)
test_tools=(ctest:cmake python3:python3 jsonschema:python3-jsonschema "${slurm_tools[@]}")
test_python_modules=(yaml:python3-yaml kubernetes:python3-kubernetes)
package_tools=(cpack:cmake dpkg:dpkg dpkg-deb:dpkg dpkg-shlibdeps:dpkg-dev file:file
    desktop-file-validate:desktop-file-utils update-desktop-database:desktop-file-utils
    appstreamcli:appstream update-mime-database:shared-mime-info gio:libglib2.0-bin
    readelf:binutils tar:tar gzip:gzip)
fuzz_tools=(clang-14:clang-14 clang++-14:clang-14)
