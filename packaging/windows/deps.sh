#!/usr/bin/env bash
# Cross-builds Writeback Studio's libraries for x86_64 Windows (MinGW-w64) from Debian's own
# source packages, into a prefix in the cache folder, once.
#
#   packaging/windows/deps.sh                 every library, in order (what build.sh runs)
#   packaging/windows/deps.sh COMPONENT...    only those, e.g. `deps.sh proton`
#   packaging/windows/deps.sh --print-prefix
#
# Enters the build root with the Windows packages by itself (in-root.sh), as build.sh does.
# Each library is rebuilt only when its marker changes: the marker is a hash of the source
# package's version, the recipe below and the toolchain, so a second run does nothing and an
# edited recipe rebuilds just that library and what follows it.
#
# Decisions (issue 9, docs/packaging.md):
# - libssh2 on OpenSSL: WinCNG cannot use the ed25519 keys vendors hand out.
# - Qt's QSQLITE plugin against the same shared SQLite the core links (-system-sqlite), so one
#   SQLite lives in the process (docs/architecture.md).
# - Qt's TLS through Schannel, the system's own; OpenSSL serves libssh2 only.
# - Proton (issue 10) on Schannel too, with its own SASL; patched to build with MinGW.
#
# Environment:
#   WRITEBACK_WINDOWS_CACHE   where sources, build trees and the prefix live
#                             (default: ~/.cache/writeback-studio/windows)
#   WRITEBACK_JOBS            parallel compile jobs (default: the number of cores)
set -euo pipefail

# shellcheck source=SCRIPTDIR/in-root.sh
. "$(dirname "${BASH_SOURCE[0]}")/in-root.sh"
cache=${WRITEBACK_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/writeback-studio/windows}
prefix=$cache/prefix
sources=$cache/src
work=$cache/build
jobs=${WRITEBACK_JOBS:-$(nproc)}
triplet=x86_64-w64-mingw32
host_qt_cmake=/usr/lib/x86_64-linux-gnu/cmake

if [ "${1:-}" = --print-prefix ]; then echo "$prefix"; exit 0; fi

say() { printf 'windows-deps: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

for tool in $triplet-g++-posix cmake ninja perl tclsh dpkg-source apt-get; do
    command -v "$tool" >/dev/null || die "$tool is missing: run this through packaging/windows/build.sh"
done

mkdir -p "$prefix/.built" "$sources" "$work" "$prefix/share/writeback"
# The toolchain is copied into the prefix: Qt's qt.toolchain.cmake records its path, and a
# clone elsewhere must still find it.
toolchain=$prefix/share/writeback/mingw-w64.cmake
cmp -s "$here/mingw-w64.cmake" "$toolchain" 2>/dev/null || cp "$here/mingw-w64.cmake" "$toolchain"

# Unpacks a Debian source package (upstream tarball; Debian's patches are for Debian) once,
# and prints its directory. Its version is what the archive the build root uses has today.
source_dir() {
    local package=$1 dir="$sources/$1"
    if [ ! -f "$dir/.unpacked" ]; then
        say "fetching the $package source package"
        rm -rf "$dir" && mkdir -p "$dir/dl"
        # Newest first; a mirror that lags its own index may lack the newest one's files. Where
        # the archive has the upstream tarball but not Debian's .dsc, the tarball alone will
        # do: apt checked it against the signed index, and Debian's patches are not used.
        local version label=
        for version in $(apt-cache showsrc "$package" | sed -n 's/^Version: //p' | sort -urV); do
            if (cd "$dir/dl" && apt-get source --download-only -qq "$package=$version" >&2); then
                local dsc; dsc=$(ls "$dir"/dl/*.dsc | head -n1)
                (cd "$dir" && dpkg-source --skip-patches -x "$dsc" tree >&2) || die "unpacking $dsc failed"
                label=$(basename "$dsc" .dsc)
                break
            fi
            local orig; orig=$(ls "$dir"/dl/*.orig.tar.* 2>/dev/null | grep -v '\.asc$' | head -n1 || true)
            if [ -n "$orig" ]; then
                mkdir -p "$dir/tree"
                tar -xf "$orig" -C "$dir/tree" --strip-components=1 || die "unpacking $orig failed"
                label="$(basename "$orig") (upstream tarball of ${package} $version)"
                break
            fi
            say "$package $version could not be downloaded; trying an older version"
            rm -f "$dir"/dl/*
        done
        [ -n "$label" ] || die "the archive has no source of $package (apt-get source failed for every version)"
        echo "$label" >"$dir/.unpacked"
    fi
    echo "$dir/tree"
}
source_version() { cat "$sources/$1/.unpacked"; }

cmake_cross() {
    cmake -G Ninja -Wno-dev \
        -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DWRITEBACK_WINDOWS_PREFIX="$prefix" \
        -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_PREFIX_PATH="$prefix" \
        -DCMAKE_BUILD_TYPE=Release "$@"
}
# For Qt's own modules and what builds on Qt: Qt's toolchain file chains ours.
cmake_qt() {
    cmake -G Ninja -Wno-dev \
        -DCMAKE_TOOLCHAIN_FILE="$prefix/lib/cmake/Qt6/qt.toolchain.cmake" \
        -DWRITEBACK_WINDOWS_PREFIX="$prefix" -DCMAKE_INSTALL_PREFIX="$prefix" \
        -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release "$@"
}
build_install() { cmake --build "$1" --parallel "$jobs" && cmake --install "$1" >/dev/null; }
# Our patches to a package's source, packaging/windows/patches/PACKAGE-*.patch, each saying
# why at its top; their text is part of the package's marker.
apply_patches() {
    local p
    for p in "$here/patches/$1"-*.patch; do
        [ -e "$p" ] || continue
        patch -d "$2" -p1 --forward --quiet <"$p" || die "$(basename "$p") does not apply"
    done
}

# Debian's zlib tarball drops win32/ (the DLL's resource script), which zlib's CMake build
# needs on MinGW, so the DLL is compiled directly: it is fifteen C files.
build_zlib() {
    local src; src=$(source_dir zlib)
    local b=$work/zlib
    rm -rf "$b" && cp -a "$src" "$b" && mkdir -p "$prefix/bin" "$prefix/lib/pkgconfig" "$prefix/include"
    local files=(adler32 compress crc32 deflate gzclose gzlib gzread gzwrite infback inffast
        inflate inftrees trees uncompr zutil)
    (cd "$b" && $triplet-gcc-posix -O2 -shared "${files[@]/%/.c}" -o "$b/zlib1.dll" \
        -Wl,--out-implib,"$b/libz.dll.a")
    cp "$b/zlib1.dll" "$prefix/bin/"
    cp "$b/libz.dll.a" "$prefix/lib/"
    cp "$b/zlib.h" "$b/zconf.h" "$prefix/include/"
    local version; version=$(sed -n 's/^#define ZLIB_VERSION "\(.*\)"/\1/p' "$b/zlib.h")
    write_pc zlib zlib "$version" "-lz"
}

write_pc() {
    cat >"$prefix/lib/pkgconfig/$1.pc" <<EOF
prefix=$prefix
libdir=\${prefix}/lib
includedir=\${prefix}/include
Name: $2
Description: $2 for Windows (Writeback Studio's cross build)
Version: $3
Libs: -L\${libdir} $4
Cflags: -I\${includedir}
EOF
}

# SQLite: the amalgamation is generated from the source tree with the build machine's tclsh
# and compiled as one DLL, with the options Debian's libsqlite3 has that the app relies on.
build_sqlite3() {
    local src; src=$(source_dir sqlite3)
    local b=$work/sqlite3
    rm -rf "$b" && mkdir -p "$b"
    (cd "$b" && "$src/configure" --disable-tcl >/dev/null && make -j"$jobs" sqlite3.c >/dev/null) ||
        die "generating sqlite3.c failed"
    local defines=(
        -DSQLITE_THREADSAFE=1 -DSQLITE_USE_URI=1 -DSQLITE_ENABLE_COLUMN_METADATA
        -DSQLITE_ENABLE_DBSTAT_VTAB -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_RTREE
        -DSQLITE_ENABLE_UNLOCK_NOTIFY -DSQLITE_LIKE_DOESNT_MATCH_BLOBS
        -DSQLITE_MAX_VARIABLE_NUMBER=250000 -DSQLITE_MAX_SCHEMA_RETRY=25
        "-DSQLITE_API=__declspec(dllexport)")
    $triplet-gcc-posix -O2 -shared "${defines[@]}" "$b/sqlite3.c" -o "$b/libsqlite3-0.dll" \
        -Wl,--out-implib,"$b/libsqlite3.dll.a"
    mkdir -p "$prefix/bin" "$prefix/lib/pkgconfig" "$prefix/include"
    cp "$b/libsqlite3-0.dll" "$prefix/bin/"
    cp "$b/libsqlite3.dll.a" "$prefix/lib/"
    cp "$b/sqlite3.h" "$src/src/sqlite3ext.h" "$prefix/include/"
    local version; version=$(sed -n 's/^#define SQLITE_VERSION *"\(.*\)"/\1/p' "$b/sqlite3.h")
    write_pc sqlite3 SQLite "$version" "-lsqlite3"
}

# OpenSSL compiles in where it looks for openssl.cnf, engines and provider modules. Paths under
# this build's prefix would mean \root\.cache\... on the user's current drive, folders any
# user can create, from which a planted config or module could load code into the app
# (CVE-2019-1552). They are set, on make's command line (Configure takes "C:/..." for a
# relative path), to the folders OpenSSL's own Windows builds use, writable by administrators
# only; and the config is never loaded by itself.
build_openssl() {
    local src; src=$(source_dir openssl)
    local b=$work/openssl
    rm -rf "$b" && cp -a "$src" "$b"
    (cd "$b" &&
        ./Configure mingw64 --cross-compile-prefix=$triplet- --prefix="$prefix" --libdir=lib \
            --openssldir="$prefix/ssl" no-autoload-config \
            shared no-tests no-docs no-engine no-module \
            -DOPENSSL_USE_IPV6=1 >/dev/null &&
        make -j"$jobs" build_libs OPENSSLDIR="C:/Program Files/Common Files/SSL" \
            ENGINESDIR="C:/Program Files/OpenSSL/lib/engines-3" \
            MODULESDIR="C:/Program Files/OpenSSL/lib/ossl-modules" >/dev/null &&
        make install_dev install_runtime_libs >/dev/null) || die "building OpenSSL failed"
}

build_libssh2() {
    local src; src=$(source_dir libssh2)
    rm -rf "$work/libssh2"
    cmake_cross -S "$src" -B "$work/libssh2" -DCRYPTO_BACKEND=OpenSSL \
        -DOPENSSL_ROOT_DIR="$prefix" -DENABLE_ZLIB_COMPRESSION=ON \
        -DBUILD_SHARED_LIBS=ON -DBUILD_STATIC_LIBS=OFF -DBUILD_EXAMPLES=OFF -DBUILD_TESTING=OFF
    build_install "$work/libssh2"
}

# Apache Qpid Proton, the AMQP 1.0 client of queue sources (issue 10): the C core, its IOCP
# proactor and the C++ binding, as DLLs. TLS through Schannel, as Qt's; SASL is Proton's own
# (ANONYMOUS, PLAIN, EXTERNAL), which is what brokers ask of us, so no Cyrus SASL.
# Upstream's Windows code is written for MSVC: patches/qpid-proton-*.patch make it build with
# MinGW (lower-case headers and libraries, three conformance errors), -Werror goes (GCC warns
# about the same code in ways MSVC does not) and C's printf is MinGW's C99 one (Proton logs
# with %zu). Only the libraries are built: Proton's c/tools (load generators, no install
# rules) do not compile against MinGW's getopt, and nothing needs them.
build_proton() {
    local src; src=$(source_dir qpid-proton)
    local b=$work/proton
    rm -rf "$b" "$work/proton-src"
    cp -a "$src" "$work/proton-src"
    apply_patches qpid-proton "$work/proton-src"
    cmake_cross -S "$work/proton-src" -B "$b" \
        -DBUILD_BINDINGS=cpp -DBUILD_CPP=ON -DBUILD_PYTHON=OFF -DBUILD_RUBY=OFF -DBUILD_GO=OFF \
        -DSSL_IMPL=schannel -DSASL_IMPL=none -DPROACTOR=iocp -DBUILD_TLS=OFF \
        -DENABLE_JSONCPP=OFF -DBUILD_STATIC_LIBS=OFF -DBUILD_EXAMPLES=OFF -DBUILD_TESTING=OFF \
        -DENABLE_BENCHMARKS=OFF -DENABLE_FUZZ_TESTING=OFF -DCMAKE_DISABLE_FIND_PACKAGE_Doxygen=ON \
        -DENABLE_WARNING_ERROR=OFF -DCMAKE_C_FLAGS=-D__USE_MINGW_ANSI_STDIO=1
    cmake --build "$b" --parallel "$jobs" --target qpid-proton-core qpid-proton-proactor \
        qpid-proton qpid-proton-cpp
    cmake --install "$b" >/dev/null
}

# Only what the app uses: Core, Gui, Widgets, Network (Schannel), Sql (SQLite), Concurrent,
# Test; the Windows platform plugin and offscreen (tests and --screenshot). OpenGL stays on
# (loaded at run time, "dynamic"): Qt 6.8.2's Windows platform plugin does not compile
# without it. Debian's tarball
# drops src/3rdparty/wintab (its licence forbids changes), so no Wintab tablet support: pens
# still work through Windows' own pointer messages.
build_qtbase() {
    local src; src=$(source_dir qt6-base)
    # Configured in place (every option is given, so none lingers from an earlier recipe):
    # a changed option rebuilds only what it touches, not the whole hour.
    cmake_cross -S "$src" -B "$work/qtbase" \
        -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR="$host_qt_cmake" \
        -DQT_QMAKE_TARGET_MKSPEC=win32-g++ \
        -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF \
        -DFEATURE_system_sqlite=ON -DFEATURE_system_zlib=ON -DFEATURE_sql_sqlite=ON \
        -DFEATURE_sql_odbc=OFF -DFEATURE_sql_psql=OFF -DFEATURE_sql_mysql=OFF \
        -DFEATURE_sql_ibase=OFF -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF \
        -DFEATURE_sql_mimer=OFF \
        -DFEATURE_openssl=OFF -DFEATURE_schannel=ON \
        -DFEATURE_opengl=ON -DFEATURE_vulkan=OFF -DFEATURE_dbus=OFF \
        -DFEATURE_printsupport=OFF -DFEATURE_jpeg=OFF -DFEATURE_gif=OFF \
        -DFEATURE_zstd=OFF -DFEATURE_brotli=OFF -DQT_GENERATE_SBOM=OFF \
        -DFEATURE_tabletevent=OFF
    build_install "$work/qtbase"
}

build_qtsvg() {
    local src; src=$(source_dir qt6-svg)
    rm -rf "$work/qtsvg"
    cmake_qt -S "$src" -B "$work/qtsvg" -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF
    build_install "$work/qtsvg"
}

build_qtcharts() {
    local src; src=$(source_dir qt6-charts)
    rm -rf "$work/qtcharts"
    cmake_qt -S "$src" -B "$work/qtcharts" -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF
    build_install "$work/qtcharts"
}

# KSyntaxHighlighting compiles its syntax definitions at build time with its own indexer,
# which must run here: it is built for the build machine first, against the build root's Qt.
build_syntaxhighlighting() {
    local src; src=$(source_dir kf6-syntax-highlighting)
    rm -rf "$work/ksh-native" "$work/ksh"
    cmake -G Ninja -Wno-dev -S "$src" -B "$work/ksh-native" -DCMAKE_BUILD_TYPE=Release \
        -DBUILD_TESTING=OFF -DKSYNTAXHIGHLIGHTING_USE_GUI=OFF -DKF_SKIP_PO_PROCESSING=ON >/dev/null
    cmake --build "$work/ksh-native" --parallel "$jobs" --target katehighlightingindexer
    local indexer; indexer=$(find "$work/ksh-native" -name katehighlightingindexer -type f -perm -u+x | head -n1)
    [ -n "$indexer" ] || die "the native katehighlightingindexer was not built"
    cmake_qt -S "$src" -B "$work/ksh" -DBUILD_TESTING=OFF -DBUILD_QCH=OFF \
        -DKF_SKIP_PO_PROCESSING=ON -DKATEHIGHLIGHTINGINDEXER_EXECUTABLE="$indexer" \
        -DCMAKE_DISABLE_FIND_PACKAGE_Qt6Qml=ON
    build_install "$work/ksh"
}

# Credentials go to the Windows Credential Manager (CredWrite), QtKeychain's default there.
build_qtkeychain() {
    local src; src=$(source_dir qtkeychain)
    rm -rf "$work/qtkeychain" "$work/qtkeychain-src"
    # QtKeychain 0.15 hands MSVC's /utf-8 to every Windows compiler; GCC reads UTF-8 anyway.
    cp -a "$src" "$work/qtkeychain-src"
    sed -i 's|add_definitions( /utf-8 -DUNICODE )|add_definitions( -DUNICODE )|' \
        "$work/qtkeychain-src/qtkeychain/CMakeLists.txt"
    cmake_qt -S "$work/qtkeychain-src" -B "$work/qtkeychain" -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF \
        -DBUILD_TEST_APPLICATION=OFF -DBUILD_SHARED_LIBS=ON
    build_install "$work/qtkeychain"
}

# Order matters: each library's marker includes the markers before it, so rebuilding zlib
# rebuilds everything that links it. Proton links nothing of the prefix (Schannel, Windows'
# own sockets), so it stays out of the chain: adding or rebuilding it never rebuilds Qt.
# qtsvg, qtcharts and KSyntaxHighlighting are not here: the Debian archive this machine reaches
# has none of their source (apt-get source gets 404 for every file; docs/packaging.md). Their
# recipes stay, for a machine whose archive has them: WRITEBACK_WINDOWS_OPTIONAL=1.
components=(zlib sqlite3 openssl libssh2 proton qtbase qtkeychain)
if [ "${WRITEBACK_WINDOWS_OPTIONAL:-0}" = 1 ]; then
    components=(zlib sqlite3 openssl libssh2 proton qtbase qtsvg qtcharts syntaxhighlighting qtkeychain)
fi
declare -A package_of=([zlib]=zlib [sqlite3]=sqlite3 [openssl]=openssl [libssh2]=libssh2
    [proton]=qpid-proton [qtbase]=qt6-base [qtsvg]=qt6-svg [qtcharts]=qt6-charts
    [syntaxhighlighting]=kf6-syntax-highlighting [qtkeychain]=qtkeychain)
declare -A unchained=([proton]=1)

# Components named on the command line are the only ones built. One not named still takes
# its place in the chain, with the marker it was last built with: when it is up to date, the
# ones after it get the markers a full run would give them.
declare -A wanted=()
for c in "$@"; do
    [ -n "${package_of[$c]:-}" ] || die "no component $c (components: ${components[*]})"
    wanted[$c]=1
done

compiler=$($triplet-g++-posix --version | head -n1)
toolchain_hash=$(sha256sum <"$toolchain")
# These three are compiled without CMake: the toolchain file is not part of their recipe.
declare -A no_toolchain=([zlib]=1 [sqlite3]=1 [openssl]=1)
chain=
started=$(date +%s)
built=()
for c in "${components[@]}"; do
    if [ ${#wanted[@]} -gt 0 ] && [ -z "${wanted[$c]:-}" ]; then
        [ -n "${unchained[$c]:-}" ] || chain=$(cat "$prefix/.built/$c" 2>/dev/null || true)
        continue
    fi
    source_dir "${package_of[$c]}" >/dev/null
    recipe=$(declare -f "build_$c")
    [ -n "${no_toolchain[$c]:-}" ] || recipe+=$(declare -f cmake_cross cmake_qt)$toolchain_hash
    recipe+=$(cat "$here/patches/${package_of[$c]}"-*.patch 2>/dev/null || true)
    link_chain=$chain
    [ -z "${unchained[$c]:-}" ] || link_chain=
    want=$(printf '%s\n' "$link_chain" "$compiler" "$(source_version "${package_of[$c]}")" "$recipe" |
        sha256sum | cut -d' ' -f1)
    [ -n "${unchained[$c]:-}" ] || chain=$want
    if [ "$(cat "$prefix/.built/$c" 2>/dev/null)" = "$want" ]; then continue; fi
    say "building $c ($(source_version "${package_of[$c]}"))"
    t0=$(date +%s)
    rm -f "$prefix/.built/$c"
    # In a subshell of its own, outside any `||`, so that `set -e` stops the recipe at the
    # first failing step.
    set +e
    (set -e; "build_$c") >"$work/$c.log" 2>&1
    status=$?
    set -e
    [ $status = 0 ] || { tail -n 40 "$work/$c.log" >&2; die "$c failed; the whole log is $work/$c.log"; }
    echo "$want" >"$prefix/.built/$c"
    say "$c built in $(($(date +%s) - t0)) s"
    built+=("$c")
done
# libssh2's build registers itself in the user's CMake package registry, where a native build
# of the app would find this Windows library.
rm -rf "$HOME/.cmake/packages/libssh2"
if [ ${#built[@]} -eq 0 ]; then
    say "all libraries are up to date in $prefix"
else
    say "built ${built[*]} in $(($(date +%s) - started)) s into $prefix"
fi
