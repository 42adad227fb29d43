#!/usr/bin/env bash
# Lays out what the MSI installs: the two programs, exactly the DLLs they (and the plugins)
# load, the Qt plugins the app uses, Qt's own translations and a qt.conf.
#
#   packaging/windows/stage.sh BUILD_DIR PREFIX STAGE_DIR
#
# DLLs are found by walking the import tables (objdump -p) from the programs and plugins;
# a DLL that is neither ours nor a Windows system DLL (as Wine lists them) stops the build,
# so a missing dependency is found here and not on a user's machine.
set -euo pipefail

build=$1 prefix=$2 stage=$3
triplet=x86_64-w64-mingw32
gcc_runtime=$(dirname "$($triplet-g++-posix -print-libgcc-file-name)")
search=("$prefix/bin" "$gcc_runtime" "/usr/$triplet/lib")
system_dlls=/usr/lib/x86_64-linux-gnu/wine/x86_64-windows

say() { printf 'stage: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

# The plugins Qt loads for this app: the platform, the native style, the SQLite driver, TLS
# through Schannel, and .ico images. SVG (engine and image format) when qtsvg was built; the
# app draws its icons itself otherwise.
plugins=(
    platforms/qwindows.dll
    styles/qmodernwindowsstyle.dll
    sqldrivers/qsqlite.dll
    tls/qschannelbackend.dll
    imageformats/qico.dll
)
for optional in iconengines/qsvgicon.dll imageformats/qsvg.dll; do
    [ -f "$prefix/plugins/$optional" ] && plugins+=("$optional")
done

rm -rf "$stage" && mkdir -p "$stage"
# qt_standard_project_setup() puts every Windows program at the top of the build folder.
cp "$build/writeback-studio.exe" "$build/writeback-cli.exe" "$stage/"
for p in "${plugins[@]}"; do
    [ -f "$prefix/plugins/$p" ] || die "the Qt plugin $p was not built"
    mkdir -p "$stage/$(dirname "$p")"
    cp "$prefix/plugins/$p" "$stage/$p"
done

find_dll() {
    local name=$1 dir hit
    for dir in "${search[@]}"; do
        hit=$(find "$dir" -maxdepth 1 -iname "$name" -print -quit 2>/dev/null)
        if [ -n "$hit" ]; then echo "$hit"; return 0; fi
    done
    return 1
}

declare -A seen=()
queue=("$stage"/*.exe)
for p in "${plugins[@]}"; do queue+=("$stage/$p"); done
while [ ${#queue[@]} -gt 0 ]; do
    file=${queue[0]}; queue=("${queue[@]:1}")
    while read -r dll; do
        key=${dll,,}
        [ -n "${seen[$key]:-}" ] && continue
        seen[$key]=1
        if src=$(find_dll "$dll"); then
            cp "$src" "$stage/"
            queue+=("$stage/$(basename "$src")")
        elif [ -n "$(find "$system_dlls" -maxdepth 1 -iname "$dll" -print -quit)" ] ||
            [[ $key == api-ms-win-* || $key == ext-ms-* ]]; then
            : # part of Windows
        else
            die "$(basename "$file") needs $dll, which is neither built here nor part of Windows"
        fi
    done < <($triplet-objdump -p "$file" | sed -n 's/^[[:space:]]*DLL Name: //p')
done

# Release binaries without their symbol tables: a third of the size.
find "$stage" -iname '*.dll' -o -iname '*.exe' | while read -r f; do $triplet-strip --strip-unneeded "$f"; done

mkdir -p "$stage/translations"
for lang in fr nl; do
    cp "/usr/share/qt6/translations/qtbase_$lang.qm" "$stage/translations/"
done
# Plugins live beside the programs (as windeployqt lays them out); Qt's own translations in
# translations/.
printf '[Paths]\nPrefix = .\nPlugins = .\nTranslations = translations\n' >"$stage/qt.conf"

say "$(find "$stage" -type f | wc -l) files, $(du -sh "$stage" | cut -f1), in $stage"
