#!/usr/bin/env bash
# Packs the staged folder into the MSI with wixl.
#
#   packaging/windows/msi.sh STAGE_DIR ICON VERSION OUTPUT.msi
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
stage=$(cd "$1" && pwd) icon=$2 version=$3 out=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Every staged file becomes a component (stable GUIDs from their paths), under INSTALLDIR.
(cd "$stage" && find . -type f | sed 's|^\./||' | sort) |
    wixl-heat -p "" --component-group CG.files --var var.StageDir --directory-ref INSTALLDIR \
        --win64 >"$work/files.wxs"

wixl --arch x64 -D Version="$version" -D Icon="$icon" -D StageDir="$stage" -D Win64=yes \
    -o "$out.tmp" "$here/WritebackStudio.wxs" "$work/files.wxs"
mv "$out.tmp" "$out"
printf 'msi: %s (%s)\n' "$out" "$(du -h "$out" | cut -f1)" >&2
