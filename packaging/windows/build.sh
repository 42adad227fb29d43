#!/usr/bin/env bash
# Builds the Windows installer from a fresh clone, on this Linux machine:
#
#   packaging/windows/build.sh            -> build/windows/WritebackStudio-VERSION-x64.msi
#
# 1. the libraries, cross-built once from Debian's source packages (deps.sh; about an hour
#    the first time, nothing afterwards);
# 2. the app, the CLI and the tests, cross-built with MinGW-w64 into build/windows/app;
# 3. the installed layout (stage.sh) and the MSI (msi.sh).
# Everything runs inside the Debian 13 build root (packaging/linux/buildroot.sh), which this
# script enters by itself; packaging/windows/test-wine.sh then runs the tests under Wine.
set -euo pipefail

# shellcheck source=SCRIPTDIR/in-root.sh
. "$(dirname "${BASH_SOURCE[0]}")/in-root.sh"

say() { printf 'windows: %s\n' "$*" >&2; }
started=$(date +%s)

"$here/deps.sh"
prefix=$("$here/deps.sh" --print-prefix)
build=$repo/build/windows
app=$build/app

# Qt Charts, KSyntaxHighlighting and Proton are in only where deps.sh could build them (their source is
# not in every Debian archive: docs/packaging.md).
have() { [ -d "$prefix/lib/cmake/$1" ] && echo ON || echo OFF; }
t0=$(date +%s)
cmake -S "$repo" -B "$app" -G Ninja -Wno-dev \
    -DCMAKE_TOOLCHAIN_FILE="$prefix/share/writeback/mingw-w64.cmake" \
    -DWRITEBACK_WINDOWS_PREFIX="$prefix" -DCMAKE_PREFIX_PATH="$prefix" \
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DCMAKE_BUILD_TYPE=Release -DWRITEBACK_WERROR=ON \
    -DWRITEBACK_TEST_EMULATOR="$here/wine-test-run.sh" \
    -DWRITEBACK_WITH_CHARTS="$(have Qt6Charts)" \
    -DWRITEBACK_WITH_SYNTAX_HIGHLIGHTING="$(have KF6SyntaxHighlighting)" \
    -DWRITEBACK_WITH_AMQP="$(have ProtonCpp)" >/dev/null
cmake --build "$app"
say "app and tests built in $(($(date +%s) - t0)) s"

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$app/CMakeCache.txt")
"$here/stage.sh" "$app" "$prefix" "$build/stage"
msi=$build/WritebackStudio-$version-x64.msi
rm -f "$build"/WritebackStudio-*-x64.msi
"$here/msi.sh" "$build/stage" "$app/icons/writeback-studio.ico" "$version" "$msi"
say "done in $(($(date +%s) - started)) s: $msi"
