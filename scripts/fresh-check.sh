#!/usr/bin/env bash
# Runs the README's test command as a new user would: in a minimal Debian 12 root (debootstrap
# --variant=minbase bookworm, nothing else installed) on a clean clone of this repository's HEAD,
# with ../shared beside it where this checkout has one. Every package the tests need must then
# come from the project's own scripts. Not part of scripts/test.sh: it downloads a base system
# and takes about as long as the whole test run (half an hour and more on two cores).
#
# Needs root (debootstrap, chroot, mounts). The root is kept under $PERTOKEN_FRESH_ROOT
# (/var/tmp/pertoken-fresh) and made once; PERTOKEN_FRESH_NEW=1 makes it anew. The clone is always
# fresh. Extra arguments replace the command run inside (default: bash scripts/test.sh), e.g.
# `bash scripts/fresh-check.sh bash scripts/run.sh`. Prints the time the command took; the log is
# $PERTOKEN_FRESH_ROOT/fresh-check.log.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
root=${PERTOKEN_FRESH_ROOT:-/var/tmp/pertoken-fresh}
mirror=${PERTOKEN_DEBIAN_MIRROR:-http://deb.debian.org/debian}
command_inside=("$@")
((${#command_inside[@]})) || command_inside=(bash scripts/test.sh)

[ "$(id -u)" -eq 0 ] || {
    echo "fresh-check: FAILED: needs root (debootstrap, chroot and mounts)" >&2
    exit 1
}
# shellcheck source=scripts/need.sh
source "$here/scripts/need.sh"
need debootstrap:debootstrap git:git chroot:coreutils mount:mount

# A run stopped before its clean-up can leave /dev, /proc or /sys mounted inside the root:
# deleting or reusing the root then would reach the machine's own. Refuse instead.
if grep -q " ${root%/}/" /proc/mounts; then
    echo "fresh-check: FAILED: something is still mounted under $root; unmount it first:" >&2
    grep " ${root%/}/" /proc/mounts | cut -d' ' -f2 >&2
    exit 1
fi
if [ "${PERTOKEN_FRESH_NEW:-0}" = 1 ] || [ ! -x "$root/bin/bash" ]; then
    rm -rf "$root"
    echo "fresh-check: debootstrap --variant=minbase bookworm into $root"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"${root%/}.debootstrap.log" 2>&1 || {
        tail -n 20 "${root%/}.debootstrap.log" >&2
        echo "fresh-check: FAILED: debootstrap (log: ${root%/}.debootstrap.log)" >&2
        exit 1
    }
fi

mounted=()
cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -R "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null || true
    done
}
trap cleanup EXIT
for fs in proc sys dev; do
    mkdir -p "$root/$fs"
    if [ "$fs" = proc ]; then
        mount -t proc proc "$root/proc"
    else
        mount --rbind "/$fs" "$root/$fs"
        mount --make-rslave "$root/$fs"
    fi
    mounted+=("$root/$fs")
done
cp /etc/resolv.conf "$root/etc/resolv.conf"

work=$root/work
rm -rf "$work"
mkdir -p "$work"
git clone --quiet --no-local "$here" "$work/pertoken"
if [ -d "$here/../shared" ]; then
    cp -r "$here/../shared" "$work/shared"
    chmod -R a-w "$work/shared"
fi

log=$root/fresh-check.log
echo "fresh-check: running '${command_inside[*]}' in $root/work/pertoken (clean clone of" \
    "$(git -C "$here" rev-parse --short HEAD)); log: $log"
started=$SECONDS
status=0
chroot "$root" /usr/bin/env -i HOME=/root CI="${CI:-true}" LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    bash -c 'cd /work/pertoken && "$@"' fresh-check "${command_inside[@]}" </dev/null \
    >"$log" 2>&1 || status=$?
elapsed=$((SECONDS - started))
tail -n 25 "$log"
if ((status != 0)); then
    echo "fresh-check: FAILED: '${command_inside[*]}' exited with $status after ${elapsed} s" >&2
    exit 1
fi
echo "fresh-check: '${command_inside[*]}' passed in a minimal Debian 12 root in ${elapsed} s"
