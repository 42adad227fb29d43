# shellcheck shell=bash
# Sourced first by the Windows scripts: re-runs the calling script inside the Debian 13 build
# root, with the Windows packages (and Debian's source packages) added to it, unless it is
# already there. Sets `here` and `repo`.
here=$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
if [ -z "${WRITEBACK_IN_WINDOWS_ROOT:-}" ]; then
    export WRITEBACK_BUILDROOT=always
    export WRITEBACK_BUILDROOT_EXTRA="$here/buildroot-packages.txt"
    export WRITEBACK_BUILDROOT_SOURCES=1
    exec "$repo/packaging/linux/buildroot.sh" env WRITEBACK_IN_WINDOWS_ROOT=1 "$0" "$@"
fi
