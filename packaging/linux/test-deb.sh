#!/usr/bin/env bash
# Builds the .deb and proves it installs and runs on a Debian 13 system that never had it.
#
#   packaging/linux/test-deb.sh [--no-build] [--keep]
#
# 1. In the build root (packaging/linux/buildroot.sh): configure with the release preset (into
#    build/deb, without the tests), build, and `cpack -G DEB`.
# 2. Look at the package: its control fields and files.
# 3. A fresh minimal Debian 13 root: debootstrap once into a pristine copy kept in the cache, then
#    each run copies it (into memory, a tmpfs), so the package always goes into a root that never
#    had it.
# 4. In that copy: `apt-get install ./writeback-studio_*.deb` (apt resolves the dependencies;
#    recommended packages are left out, so Depends alone must be enough), then
#    `writeback-cli --version`, an import of the demo CSV files into a new workspace, and the app's
#    --screenshot run on the offscreen platform, whose PNG files must exist.
#
# Needs root (debootstrap, chroot). --no-build tests the .deb already in the build folder;
# --keep puts the test root on disk and leaves it there for a look.
#
# Environment:
#   WRITEBACK_DEB_BUILD_DIR   where the package is built (default: build/deb in the repository)
#   WRITEBACK_BUILDROOT_DIR   the cache folder, shared with buildroot.sh (default: ~/.cache/writeback-studio)
#   WRITEBACK_DEBIAN_MIRROR   Debian mirror URL; default: the host's own apt sources
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
# shellcheck disable=SC2034 # read by roots.sh
WB_SCRIPT_NAME=test-deb
# shellcheck source=SCRIPTDIR/roots.sh
. "$here/roots.sh"

build=1 keep=0
for arg in "$@"; do
    case $arg in
    --no-build) build=0 ;;
    --keep) keep=1 ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) wb_die "unknown argument $arg (see --help)" ;;
    esac
done

suite=trixie
build_dir=${WRITEBACK_DEB_BUILD_DIR:-$repo/build/deb}
cache=${WRITEBACK_BUILDROOT_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/writeback-studio}
pristine="$cache/$suite-test-pristine"
root="$cache/$suite-test-root"

[ "$(id -u)" = 0 ] || wb_die "this needs root (debootstrap and chroot); run it with sudo"

now() { date +%s.%N; }
started=$(now)
step_started=$started
timings=()
step() {
    local t; t=$(now)
    [ -n "${step_name:-}" ] && timings+=("$(awk -v a="$step_started" -v b="$t" 'BEGIN { printf "%7.1f s", b - a }')  $step_name")
    step_name=$1 step_started=$t
    [ -z "$1" ] || printf '\n== %s\n' "$1" >&2
}
print_timings() {
    step ""
    printf '\nTimings:\n' >&2
    printf '  %s\n' "${timings[@]}" >&2
    awk -v a="$started" -v b="$(now)" 'BEGIN { printf "  %7.1f s  total\n", b - a }' >&2
}

# --- 1. The package ----------------------------------------------------------------------
if [ $build = 1 ]; then
    # --fresh: a package is configured from nothing, never from an old cache (what is already
    # compiled stays, and is rebuilt only where the configuration changed).
    step "build the release preset and the package (in the build root)"
    "$here/buildroot.sh" bash -c '
        set -e
        cmake --preset release --fresh -S "$1" -B "$2" -DWRITEBACK_BUILD_TESTS=OFF
        cmake --build "$2" --parallel 2
        cd "$2" && rm -f writeback-studio_*.deb && cpack -G DEB' bash "$repo" "$build_dir"
fi
shopt -s nullglob
debs=("$build_dir"/writeback-studio_*.deb)
shopt -u nullglob
[ ${#debs[@]} = 1 ] || wb_die "expected one writeback-studio_*.deb in $build_dir, found ${#debs[@]}"
deb=${debs[0]}

step "look at $(basename "$deb")"
dpkg-deb --info "$deb" >&2
dpkg-deb --contents "$deb" | awk '{ print "  " $NF }' >&2
contents=$(dpkg-deb --contents "$deb" | awk '{ print $NF }')
for want in ./usr/bin/writeback-studio ./usr/bin/writeback-cli \
    ./usr/share/applications/writeback-studio.desktop \
    ./usr/share/icons/hicolor/scalable/apps/writeback-studio.svg; do
    grep -qxF "$want" <<<"$contents" || wb_die "the package lacks $want"
done
depends=$(dpkg-deb --field "$deb" Depends)
for want in libqt6core6t64 libqt6sql6-sqlite qt6-svg-plugins; do
    grep -q "$want" <<<"$depends" || wb_die "Depends lacks $want: $depends"
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$repo/packaging/linux/writeback-studio.desktop" >&2
fi

# --- 2. A Debian 13 root that never had the package ------------------------------------------
mkdir -p "$cache"
exec 8>"$cache/.test-root.lock"
flock 8
if [ ! -f "$pristine/.writeback-pristine-ready" ]; then
    step "create the pristine Debian $suite root (debootstrap, once; kept in $pristine)"
    wb_ensure_host_tools
    mirror=$(wb_host_mirror)
    wb_say "from $mirror"
    rm -rf --one-file-system "$pristine"
    wb_debootstrap "$pristine" "$suite" "$mirror"
    wb_in_root "$pristine" 'apt-get update -qq'
    touch "$pristine/.writeback-pristine-ready"
fi

if mountpoint -q "$root" 2>/dev/null; then
    umount -l "$root" # left by a run that was killed
fi
if [ -n "$(ls -A "$root" 2>/dev/null)" ]; then
    step "remove the previous run's root (left by --keep)"
    rm -rf --one-file-system "$root"
fi
step "copy the pristine root to $root"
mkdir -p "$root"
if [ $keep = 0 ]; then
    # In memory: quicker to fill, and gone at once when the test ends.
    mount -t tmpfs -o size=4g,mode=755 writeback-test-root "$root"
    trap 'umount -l "$root" 2>/dev/null || true' EXIT
fi
cp -a "$pristine/." "$root/"
rm -f "$root/.writeback-pristine-ready"
if wb_in_root "$root" 'dpkg -s writeback-studio >/dev/null 2>&1'; then
    wb_die "the fresh root already has writeback-studio"
fi
mkdir -p "$root/tmp/wbtest"
cp "$deb" "$root/tmp/wbtest/"
cp "$repo"/resources/demo/*.csv "$root/tmp/wbtest/"

step "apt-get install ./$(basename "$deb") (dependencies from the archive)"
wb_in_root "$root" '
    set -e
    cd /tmp/wbtest
    apt-get update -qq
    apt-get install -y -q --no-install-recommends ./writeback-studio_*.deb
    echo "installed: $(dpkg-query -W -f="\${Package} \${Version} \${Architecture}" writeback-studio)"'

step "writeback-cli --version, and an import of the demo files"
wb_in_root "$root" '
    set -e
    cd /tmp/wbtest
    echo "writeback-cli: $(command -v writeback-cli); writeback-studio: $(command -v writeback-studio)"
    [ "$(command -v writeback-cli)" = /usr/bin/writeback-cli ]
    [ "$(command -v writeback-studio)" = /usr/bin/writeback-studio ]
    writeback-cli --version
    writeback-cli --workspace /tmp/wbtest/workspace.sqlite import ./*.csv
    writeback-cli --workspace /tmp/wbtest/workspace.sqlite datasets'

step "writeback-studio --screenshot on the offscreen platform"
wb_in_root "$root" '
    set -e
    cd /tmp/wbtest
    QT_QPA_PLATFORM=offscreen writeback-studio --workspace /tmp/wbtest/workspace.sqlite \
        --screenshot /tmp/wbtest/shots'
shots="$root/tmp/wbtest/shots"
for shot in main-connections main-data main-exports main-runs about; do
    png="$shots/$shot.png"
    [ -s "$png" ] || wb_die "the app did not write $shot.png"
    [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || wb_die "$shot.png is not a PNG"
done
mkdir -p "$build_dir/test-deb-shots"
cp "$shots"/*.png "$build_dir/test-deb-shots/"
wb_say "$(find "$shots" -name '*.png' | wc -l) screenshots; copies in $build_dir/test-deb-shots"

print_timings
wb_say "OK: $(basename "$deb") installs on a fresh Debian $suite root, and both programs run"
if [ $keep = 1 ]; then
    wb_say "the root stays in $root for a look; the next run starts again from the pristine copy"
fi
