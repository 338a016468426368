#!/usr/bin/env bash
# Builds the Debian package and the tarball from a configured and built tree (build/ or
# $PERTOKEN_BUILD_DIR), installs the .deb with dpkg -i and checks the installed application:
# `pertoken --version` prints project(VERSION), `pertoken eval` prints its table, the .desktop
# entry and the AppStream metainfo validate, the MIME type and the icons are where desktops look.
#
# Needs root or sudo (dpkg -i). Installs the tools it runs when missing (scripts/need.sh).
# The package is removed again at the end unless it was installed before the check started or
# PERTOKEN_KEEP_PACKAGE=1 is set. Exits non-zero, naming the check, at the first failure.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${PERTOKEN_BUILD_DIR:-$here/build}
build_dir=$(cd "$build_dir" 2>/dev/null && pwd) || {
    echo "package-check: FAILED: build directory ${PERTOKEN_BUILD_DIR:-$here/build} does not exist;" \
        "run scripts/setup.sh first" >&2
    exit 1
}
app_id=org.pertoken.PerToken

fail() {
    echo "package-check: FAILED: $*" >&2
    exit 1
}
step() { echo "package-check: $*"; }
passed=()
ok() {
    passed+=("$1")
    echo "package-check: ok: $1"
}

[ -f "$build_dir/CPackConfig.cmake" ] ||
    fail "$build_dir/CPackConfig.cmake is missing; configure and build with scripts/setup.sh first"
version=$(sed -n 's/^project(PerToken VERSION \([0-9][0-9.]*\).*/\1/p' "$here/CMakeLists.txt")
[ -n "$version" ] || fail "cannot read project(VERSION) from $here/CMakeLists.txt"

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || fail "installing the package needs root or sudo"
    sudo="sudo"
fi

# Tools: CPack's shlibdeps needs dpkg-shlibdeps and file; the checks use desktop-file-validate,
# appstreamcli, update-mime-database, gio and readelf (scripts/need.sh lists their packages).
# shellcheck source=scripts/need.sh
source "$here/scripts/need.sh"
need "${package_tools[@]}"

# --- Packages -----------------------------------------------------------------------------------
out_dir=$build_dir/packages
rm -rf "$out_dir"
log=$build_dir/package-check.log
step "building, then running cpack (DEB, TGZ) into $out_dir"
cmake --build "$build_dir" -j"$(nproc)" >"$log" 2>&1 || {
    tail -n 40 "$log" >&2
    fail "the build in $build_dir failed (end of $log above)"
}
cpack --config "$build_dir/CPackConfig.cmake" -G "DEB;TGZ" -B "$out_dir" >"$log" 2>&1 || {
    tail -n 40 "$log" >&2
    fail "cpack did not make the packages (end of $log above)"
}
arch=$(dpkg --print-architecture)
deb=$out_dir/pertoken_${version}_${arch}.deb
tgz=$out_dir/pertoken-${version}-Linux.tar.gz
[ -f "$deb" ] || fail "cpack made no $(basename "$deb"): $(ls "$out_dir")"
[ -f "$tgz" ] || fail "cpack made no $(basename "$tgz"): $(ls "$out_dir")"
ok "cpack made $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) and $(basename "$tgz")"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = pertoken ] || fail "control: Package is '$(field Package)', not pertoken"
[ "$(field Version)" = "$version" ] ||
    fail "control: Version is '$(field Version)', project(VERSION) is $version"
for name in Maintainer Section Installed-Size Homepage Description; do
    [ -n "$(field "$name")" ] || fail "control: $name is empty"
done
depends=$(field Depends)
# Package names without versions or alternatives; these come from dpkg-shlibdeps reading the
# executable's ELF dependencies.
depend_names=$(sed 's/([^)]*)//g; s/[,|]/\n/g' <<<"$depends" | tr -d ' ')
for library in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6svg6 \
    libquazip1-qt6-1; do
    grep -qx "$library" <<<"$depend_names" ||
        fail "control: Depends lacks $library (dpkg-shlibdeps gave: $depends)"
done
grep -q '(>= ' <<<"$depends" || fail "control: Depends carries no versions, so not from shlibdeps"
recommends=$(field Recommends)
for package in fonts-dejavu-core "fonts-wqy-microhei | fonts-noto-cjk" qt6-translations-l10n \
    qt6-wayland libopenblas0; do
    grep -q "$package" <<<"$recommends" || fail "control: Recommends lacks $package ($recommends)"
done
ok "control: pertoken $version, Depends from shlibdeps, Recommends $recommends"

# Listings are read whole before grep -q: with pipefail, a writer cut off early fails the test.
tgz_files=$(tar -tzf "$tgz")
grep -qx "pertoken-$version-Linux/bin/pertoken" <<<"$tgz_files" ||
    fail "$(basename "$tgz") holds no bin/pertoken"
# The documents are checked in the archive: minimal Debian images tell dpkg not to unpack them.
deb_files=$(dpkg-deb -c "$deb")
grep -q ' \./usr/share/doc/pertoken/LICENSE$' <<<"$deb_files" ||
    fail "$(basename "$deb") holds no /usr/share/doc/pertoken/LICENSE"
ok "the tarball holds bin/pertoken, the .deb the licence"

# --- Install ------------------------------------------------------------------------------------
installed_before=false
dpkg-query -W -f='${Status}' pertoken 2>/dev/null | grep -q "install ok installed" &&
    installed_before=true
tree=""
cleanup() {
    [ -z "$tree" ] || rm -rf "$tree"
    if [ "$installed_before" = false ] && [ "${PERTOKEN_KEEP_PACKAGE:-0}" != 1 ] &&
        dpkg-query -W pertoken >/dev/null 2>&1; then
        step "removing the pertoken package again (PERTOKEN_KEEP_PACKAGE=1 keeps it)"
        $sudo dpkg -r pertoken >/dev/null || echo "package-check: could not remove pertoken" >&2
    fi
}
trap cleanup EXIT

step "dpkg -i $(basename "$deb")"
if ! DEBIAN_FRONTEND=noninteractive $sudo dpkg -i "$deb"; then
    step "dpkg -i left dependencies to install; apt-get install -f"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -f -y -qq --no-install-recommends ||
        fail "apt-get install -f could not install the package's dependencies"
fi
dpkg-query -W -f='${Status} ${Version}' pertoken | grep -q "install ok installed $version" ||
    fail "pertoken $version is not installed: $(dpkg-query -W -f='${Status} ${Version}' pertoken)"
ok "dpkg -i installed pertoken $version"

files=$(dpkg -L pertoken)
has_file() { grep -qx "$1" <<<"$files" || fail "the package does not install $1"; }
binary=/usr/bin/pertoken
desktop=/usr/share/applications/$app_id.desktop
metainfo=/usr/share/metainfo/$app_id.metainfo.xml
mime_xml=/usr/share/mime/packages/pertoken.xml
for path in "$binary" "$desktop" "$metainfo" "$mime_xml" \
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"; do
    has_file "$path"
done
libraries=$(ldd "$binary") || fail "ldd $binary failed"
if grep -q "not found" <<<"$libraries"; then
    fail "$binary misses libraries: $(grep 'not found' <<<"$libraries" | tr -s ' \t' ' ')"
fi
dynamic=$(readelf -d "$binary") || fail "readelf -d $binary failed"
if grep -Eq 'RPATH|RUNPATH' <<<"$dynamic"; then
    fail "$binary keeps an RPATH, which Debian policy forbids:" \
        "$(grep -E 'RPATH|RUNPATH' <<<"$dynamic" | tr -s ' ')"
fi
ok "$binary resolves every library from the system, no RPATH"

# --- The installed application, run without a display -------------------------------------------
run_installed() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$binary" "$@"; }
printed=$(run_installed --version) || fail "$binary --version exited with $?"
[ "$printed" = "pertoken $version" ] ||
    fail "$binary --version printed '$printed', expected 'pertoken $version'"
ok "$binary --version prints 'pertoken $version'"

table=$(run_installed eval 2>&1) || fail "$binary eval exited with $?: $table"
grep -q '^Scenario: ' <<<"$table" || fail "pertoken eval printed no 'Scenario:' line: $table"
grep -Eq '^ *Option +Kind +\$/M tokens' <<<"$table" ||
    fail "pertoken eval printed no table header: $table"
rows=$(grep -Ec ' (cloud-api|self-hosted|on-device) ' <<<"$table" || true)
((rows >= 2)) || fail "pertoken eval printed $rows option rows, expected at least 2: $table"
grep -Eq '^\* cheapest: .+ at \$[0-9]' <<<"$table" ||
    fail "pertoken eval named no cheapest option: $table"
grep -q '^Break-even volumes' <<<"$table" || fail "pertoken eval printed no break-even section"
ok "$binary eval exits 0 with $rows options, the cheapest and the break-even volumes"

# --- Desktop integration ------------------------------------------------------------------------
report=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate $desktop: $report"
[ -z "$report" ] || fail "desktop-file-validate $desktop reports: $report"
ok "desktop-file-validate $desktop"
report=$(appstreamcli validate --no-net --strict "$metainfo" 2>&1) ||
    fail "appstreamcli validate --no-net --strict $metainfo: $report"
ok "appstreamcli validate --no-net --strict $metainfo"

entry() { sed -n "s/^$1=//p" "$desktop"; }
grep -Eq '^pertoken .*%[fF]' <<<"$(entry Exec)" ||
    fail "$desktop: Exec=$(entry Exec) does not pass the opened file (%f or %F) to pertoken"
mime_type=$(sed -n 's/.*<mime-type type="\([^"]*\)".*/\1/p' "$mime_xml")
[ -n "$mime_type" ] || fail "$mime_xml declares no mime-type"
grep -q '<glob pattern="\*\.pertoken"/>' "$mime_xml" || fail "$mime_xml has no *.pertoken glob"
grep -q "\(^\|;\)$mime_type;" <<<"$(entry MimeType)" ||
    fail "$desktop: MimeType=$(entry MimeType) lacks $mime_type, which $mime_xml declares"
[ "$(entry Icon)" = "$app_id" ] || fail "$desktop: Icon=$(entry Icon), expected $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    fail "$metainfo does not launch $app_id.desktop"
grep -q "<release version=\"$version\" date=\"[0-9-]*\"" "$metainfo" ||
    fail "$metainfo has no release $version with a date"
grep -q "<mediatype>$mime_type</mediatype>" "$metainfo" ||
    fail "$metainfo does not provide $mime_type"
# Screenshot URLs point into the repository's docs/screenshots: the files must be there.
screenshots=$(sed -n 's|.*<image[^>]*>.*/docs/screenshots/\([^<]*\)</image>.*|\1|p' "$metainfo")
[ -n "$screenshots" ] || fail "$metainfo has no screenshot from docs/screenshots"
while read -r screenshot; do
    [ -f "$here/docs/screenshots/$screenshot" ] ||
        fail "$metainfo shows docs/screenshots/$screenshot, which the repository lacks"
done <<<"$screenshots"
ok "Exec=$(entry Exec), MimeType=$(entry MimeType), metainfo release $version, screenshots $(
    paste -sd ' ' - <<<"$screenshots")"

# dpkg's triggers ran update-mime-database and update-desktop-database: the system now maps
# *.pertoken to the type, and the type to this application.
grep -q "^[0-9]*:$mime_type:\*\.pertoken\$" /usr/share/mime/globs2 ||
    fail "/usr/share/mime/globs2 does not map *.pertoken to $mime_type (shared-mime-info trigger)"
grep -q "^$mime_type=.*$app_id.desktop" /usr/share/applications/mimeinfo.cache ||
    fail "/usr/share/applications/mimeinfo.cache does not open $mime_type with $app_id.desktop"
if command -v gio >/dev/null; then # GLib's view, which file managers use for a double-click
    sample=$(mktemp -d)/sample.pertoken
    echo '{}' >"$sample"
    detected=$(gio info -a standard::content-type "$sample" | sed -n 's/.*content-type: //p')
    rm -r "$(dirname "$sample")"
    [ "$detected" = "$mime_type" ] || fail "gio sees a .pertoken file as '$detected', not $mime_type"
    handlers=$(gio mime "$mime_type")
    grep -q "^Default application.*: $app_id.desktop\$" <<<"$handlers" ||
        fail "gio mime $mime_type: $handlers"
fi
ok "*.pertoken -> $mime_type -> $app_id.desktop in the system MIME and desktop databases"

png_size() { # width x height from the PNG header
    od -An -tu1 -j16 -N8 "$1" |
        awk '{ printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }'
}
sizes=()
for size in 16 32 48 64 128 256 512; do
    png=/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    has_file "$png"
    [ "$(png_size "$png")" = "${size}x${size}" ] ||
        fail "$png is $(png_size "$png") pixels, not ${size}x${size}"
    sizes+=("$size")
done
ok "icons: scalable SVG and PNG ${sizes[*]} px in hicolor"

# AppStream's view of the whole installed tree: the metainfo, its .desktop entry and the icon.
tree=$(mktemp -d)
dpkg-deb -x "$deb" "$tree"
report=$(appstreamcli validate-tree --no-net "$tree" 2>&1) ||
    fail "appstreamcli validate-tree on the package's files: $report"
ok "appstreamcli validate-tree on the package's files"

echo
echo "package-check: all ${#passed[@]} checks passed for pertoken $version ($(basename "$deb"))"
if [ "$installed_before" = true ] || [ "${PERTOKEN_KEEP_PACKAGE:-0}" = 1 ]; then
    echo "package-check: pertoken $version stays installed (remove with: ${sudo:+sudo }dpkg -r pertoken)"
fi
