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
    # The build root starts commands with a clean environment: the settings the Windows
    # scripts read are handed on by name.
    exec "$repo/packaging/linux/buildroot.sh" env WRITEBACK_IN_WINDOWS_ROOT=1 \
        ${WRITEBACK_WINDOWS_OPTIONAL:+WRITEBACK_WINDOWS_OPTIONAL="$WRITEBACK_WINDOWS_OPTIONAL"} \
        ${WRITEBACK_WINDOWS_CACHE:+WRITEBACK_WINDOWS_CACHE="$WRITEBACK_WINDOWS_CACHE"} \
        ${WRITEBACK_JOBS:+WRITEBACK_JOBS="$WRITEBACK_JOBS"} \
        "$here/$(basename "$0")" "$@"
fi
