# shellcheck shell=bash
# Helpers for scripts that make Debian roots with debootstrap and run commands inside them, the
# way packaging/linux/buildroot.sh does for the build root (which uses the mirror and host-tool
# functions from here). Source it from bash:
#
#   . packaging/linux/roots.sh
#   mirror=$(wb_host_mirror)                 # WRITEBACK_DEBIAN_MIRROR, or the host's apt sources
#   wb_ensure_host_tools                     # debootstrap, the archive keyring, unshare
#   wb_debootstrap ROOT SUITE MIRROR         # a minimal root whose apt uses MIRROR
#   wb_in_root ROOT 'snippet "$1"' ARG...    # bash -c snippet inside ROOT
#
# Everything here needs root. wb_say and wb_die print with the prefix in $WB_SCRIPT_NAME.

wb_say() { printf '%s: %s\n' "${WB_SCRIPT_NAME:-roots}" "$*" >&2; }
wb_die() { wb_say "error: $*"; exit 1; }

# The first Debian archive the host's apt configuration names (deb822 or one-line format), unless
# WRITEBACK_DEBIAN_MIRROR names one. Nothing here names a host of its own.
wb_host_mirror() {
    if [ -n "${WRITEBACK_DEBIAN_MIRROR:-}" ]; then echo "$WRITEBACK_DEBIAN_MIRROR"; return; fi
    local uri
    uri=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null |
        awk 'tolower($1)=="uris:" { for (i = 2; i <= NF; i++) print $i }' |
        grep -v -- '-security' | grep -E '/debian/?$' | head -n1 || true)
    if [ -z "$uri" ]; then
        uri=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
            awk '$1=="deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; break } }' |
            grep -v -- '-security' | grep -E '/debian/?$' | head -n1 || true)
    fi
    [ -n "$uri" ] || wb_die "no Debian archive found in the host's apt sources; set WRITEBACK_DEBIAN_MIRROR"
    echo "${uri%/}"
}

wb_ensure_host_tools() {
    local missing=()
    command -v debootstrap >/dev/null || missing+=(debootstrap)
    [ -e /usr/share/keyrings/debian-archive-keyring.gpg ] || missing+=(debian-archive-keyring)
    command -v unshare >/dev/null || missing+=(util-linux)
    if [ ${#missing[@]} -gt 0 ]; then
        command -v apt-get >/dev/null || wb_die "install ${missing[*]} first"
        wb_say "installing host tools: ${missing[*]}"
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
    fi
}

# A minimal (minbase) root of SUITE in ROOT, its apt pointed at MIRROR, with services kept from
# starting inside it.
wb_debootstrap() {
    local root=$1 suite=$2 mirror=$3
    debootstrap --variant=minbase --keyring=/usr/share/keyrings/debian-archive-keyring.gpg \
        "$suite" "$root" "$mirror" >&2 || wb_die "debootstrap failed (see above)"
    echo "deb $mirror $suite main" >"$root/etc/apt/sources.list"
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod 755 "$root/usr/sbin/policy-rc.d"
}

# Runs `bash -c SNIPPET bash ARG...` inside ROOT with /dev, /proc and /sys mounted, in a private
# mount namespace: when it ends, every mount made for it disappears with it. The environment
# inside is a clean one (HOME, PATH, LANG, TERM, DEBIAN_FRONTEND); the snippet sets what else it
# needs. Directories listed in WB_ROOT_BINDS (space-separated) are bind-mounted at the same path.
wb_in_root() {
    local root=$1 snippet=$2; shift 2
    cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    unshare --mount --propagation private -- /bin/bash -s "$root" "$snippet" "${WB_ROOT_BINDS:-}" "$@" <<'INNER'
set -euo pipefail
root=$1 snippet=$2 binds=$3; shift 3
mount --rbind /dev "$root/dev"
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
for dir in $binds; do
    mkdir -p "$root$dir"
    mount --bind "$dir" "$root$dir"
done
exec chroot "$root" /usr/bin/env -i \
    HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 TERM="${TERM:-dumb}" DEBIAN_FRONTEND=noninteractive \
    /bin/bash -c "$snippet" bash "$@"
INNER
}
