#!/usr/bin/env bash
# Runs a command where Writeback Studio's build dependencies are available.
#
#   packaging/linux/buildroot.sh COMMAND [ARG...]
#
# On a host that has them (Debian 13, Ubuntu 24.04+, Fedora 40+ with the packages the README
# lists) the command simply runs here. Otherwise (Debian 12's Qt 6.4 is too old for KF6) the
# command runs inside a Debian 13 build root kept in a cache folder outside the repository,
# with the repository bind-mounted at the same path, in a private mount namespace so that no
# mount outlives the command.
#
# Environment:
#   WRITEBACK_BUILDROOT=auto|always|never  use the build root when needed (default), always, never
#   WRITEBACK_BUILDROOT_DIR                where the root lives (default: ~/.cache/writeback-studio)
#   WRITEBACK_DEBIAN_MIRROR                Debian mirror URL; default: the host's own apt sources
#   WRITEBACK_BUILDROOT_EXTRA              further package lists (files, space-separated) that the
#                                          command needs, e.g. packaging/windows/buildroot-packages.txt;
#                                          each is installed once, on top of the base list
#   WRITEBACK_BUILDROOT_SOURCES=1          also make Debian source packages reachable (deb-src)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
packages_file="$here/buildroot-packages.txt"
suite=trixie
mode=${WRITEBACK_BUILDROOT:-auto}
cache=${WRITEBACK_BUILDROOT_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/writeback-studio}
root="$cache/$suite-root"
marker="$root/.writeback-buildroot-ready"

say() { printf 'buildroot: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

[ $# -gt 0 ] || die "usage: $0 COMMAND [ARG...]"

have_native_deps() {
    command -v cmake >/dev/null || return 1
    [ -x /usr/sbin/sshd ] || command -v sshd >/dev/null || return 1
    command -v ssh-keygen >/dev/null && command -v puttygen >/dev/null || return 1 # the tests make keys
    pkg-config --atleast-version=6.8 Qt6Core 2>/dev/null || return 1
    pkg-config --atleast-version=1.11 libssh2 2>/dev/null || return 1
    local dirs="/usr/lib/*/cmake /usr/lib/cmake /usr/lib64/cmake /usr/local/lib/cmake /usr/share/cmake"
    # shellcheck disable=SC2086
    ls $dirs 2>/dev/null | grep -qx 'KF6SyntaxHighlighting' || return 1
    # shellcheck disable=SC2086
    ls $dirs 2>/dev/null | grep -qx 'Qt6Keychain' || return 1
    # shellcheck disable=SC2086
    ls $dirs 2>/dev/null | grep -qx 'ProtonCpp' || return 1
    [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || return 1 # the queue tests start a broker
}

extra_lists=()
for list in ${WRITEBACK_BUILDROOT_EXTRA:-}; do
    [ -f "$list" ] || die "no package list $list"
    extra_lists+=("$(cd "$(dirname "$list")" && pwd)/$(basename "$list")")
done

packages() { grep -hv '^\s*#' "$@" | grep -v '^\s*$' | sort -u; }
packages_hash() { packages "$@" | sha256sum | cut -d' ' -f1; }

# The host's Debian mirror and the tools to make a root: shared with test-deb.sh.
WB_SCRIPT_NAME=buildroot
# shellcheck source=SCRIPTDIR/roots.sh
. "$here/roots.sh"
host_mirror() { wb_host_mirror; }
ensure_host_tools() { wb_ensure_host_tools; }

# Runs a shell snippet inside the root with /dev, /proc and /sys mounted, in a private mount
# namespace: when it ends, every mount made here disappears with it.
in_root() {
    local snippet=$1; shift
    cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    unshare --mount --propagation private -- /bin/bash -s "$root" "$repo" "$snippet" "$@" <<'INNER'
set -euo pipefail
root=$1 repo=$2 snippet=$3; shift 3
mount --rbind /dev "$root/dev"
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mkdir -p "$root$repo"
mount --bind "$repo" "$root$repo"
# Let a GUI started inside reach the user's X server.
if [ -n "${DISPLAY:-}" ] && [ -d /tmp/.X11-unix ]; then
    mkdir -p "$root/tmp/.X11-unix"
    mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
    if [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ]; then
        mkdir -p "$root$(dirname "$XAUTHORITY")" && touch "$root$XAUTHORITY"
        mount --bind "$XAUTHORITY" "$root$XAUTHORITY"
    fi
fi
exec chroot "$root" /usr/bin/env -i \
    HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 TERM="${TERM:-dumb}" DEBIAN_FRONTEND=noninteractive \
    ${CI:+CI="$CI"} ${CTEST_PARALLEL_LEVEL:+CTEST_PARALLEL_LEVEL="$CTEST_PARALLEL_LEVEL"} \
    ${WRITEBACK_KEY_PASSPHRASE:+WRITEBACK_KEY_PASSPHRASE="$WRITEBACK_KEY_PASSPHRASE"} \
    ${QT_QPA_PLATFORM:+QT_QPA_PLATFORM="$QT_QPA_PLATFORM"} \
    ${DISPLAY:+DISPLAY="$DISPLAY"} ${XAUTHORITY:+XAUTHORITY="$XAUTHORITY"} \
    /bin/bash -c "$snippet" bash "$@"
INNER
}

install_packages() {
    # Services must not start inside the root (openssh-server would leave an sshd behind).
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod 755 "$root/usr/sbin/policy-rc.d"
    # shellcheck disable=SC2046
    in_root 'apt-get update -qq && apt-get install -y -qq --no-install-recommends "$@"' $(packages "$@") >&2
}

# An extra list is installed once; its marker names the hash of what it holds, so an edited
# list installs again. Installing it never touches the base list's marker.
ensure_extra_lists() {
    local list want done_dir="$root/.writeback-extra-lists"
    mkdir -p "$done_dir"
    if [ "${WRITEBACK_BUILDROOT_SOURCES:-0}" = 1 ] && [ ! -f "$done_dir/deb-src" ]; then
        sed -n 's/^deb /deb-src /p' "$root/etc/apt/sources.list" >"$root/etc/apt/sources.list.d/writeback-src.list"
        in_root 'apt-get update -qq' >&2 || die "apt-get update with deb-src failed"
        touch "$done_dir/deb-src"
    fi
    for list in "${extra_lists[@]}"; do
        want=$(packages "$list" | sha256sum | cut -d' ' -f1)
        [ -f "$done_dir/$want" ] && continue
        say "installing the packages of $list"
        install_packages "$list" || die "installing $list in the build root failed (see above)"
        touch "$done_dir/$want"
    done
}

ensure_root() {
    [ "$(id -u)" = 0 ] || die "creating and entering the build root needs root (run with sudo), or install the packages in README.md"
    mkdir -p "$cache"
    exec 9>"$cache/.lock"
    flock 9
    local want; want=$(packages_hash "$packages_file")
    if [ ! -f "$marker" ] || [ "$(cat "$marker")" != "$want" ]; then
        if [ ! -f "$marker" ]; then
            ensure_host_tools
            local mirror; mirror=$(host_mirror)
            say "creating a Debian $suite build root in $root from $mirror (a few minutes, once)"
            rm -rf --one-file-system "$root"
            debootstrap --variant=minbase --keyring=/usr/share/keyrings/debian-archive-keyring.gpg \
                "$suite" "$root" "$mirror" >&2 || die "debootstrap failed (see above)"
            echo "deb $mirror $suite main" >"$root/etc/apt/sources.list"
        else
            say "package list changed: updating the build root"
            rm -f "$marker"
        fi
        install_packages "$packages_file" || die "installing packages in the build root failed (see above)"
        echo "$want" >"$marker.tmp" && mv "$marker.tmp" "$marker"
    fi
    ensure_extra_lists
    exec 9>&-
}

case $mode in
never) exec "$@" ;;
auto) if [ ${#extra_lists[@]} -eq 0 ] && have_native_deps; then exec "$@"; fi ;;
always) ;;
*) die "WRITEBACK_BUILDROOT must be auto, always or never" ;;
esac

ensure_root
case $PWD/ in "$repo"/*) workdir=$PWD ;; *) workdir=$repo ;; esac
in_root 'cd "$1" && shift && exec "$@"' "$workdir" "$@"
