#!/usr/bin/env bash
# Tests the Windows build under Wine, after packaging/windows/build.sh:
#
#   packaging/windows/test-wine.sh            the test suite, then the installer
#   packaging/windows/test-wine.sh --tests [CTEST_ARG...]
#                                             only the test suite (CTest, through Wine), e.g.
#                                             --tests -R tst_cli --output-log cli.log
#   packaging/windows/test-wine.sh --msi      only the installer: install, use, upgrade, uninstall
#
# The test suite runs every test of build/windows/app except those listed, with the reason,
# in packaging/windows/wine-exclusions.txt (and docs/testing-under-wine.md). Linux programs
# the tests need (sshd, ssh-keygen, python3's SMTP server...) run outside Wine, through
# tests/support/host_broker.py.
set -euo pipefail

# shellcheck source=SCRIPTDIR/in-root.sh
. "$(dirname "${BASH_SOURCE[0]}")/in-root.sh"

what=${1:-all}
[ $# -gt 0 ] && shift
extra_ctest_args=("$@")
case $what in all | --tests | --msi) ;; *) echo "usage: $0 [--tests|--msi]" >&2; exit 2 ;; esac

say() { printf 'wine-test: %s\n' "$*" >&2; }
die() { say "FAILED: $*"; exit 1; }

prefix=$("$here/deps.sh" --print-prefix)
cache=$(dirname "$prefix")
build=$repo/build/windows
app=$build/app
[ -d "$app" ] || die "build the Windows version first: packaging/windows/build.sh"

export WINEDEBUG=-all
# No Mono or Gecko: nothing here needs .NET or the HTML engine, and their install prompts hang.
export WINEDLLOVERRIDES="mscoree,mshtml="

# A Wine prefix made once (wineboot takes ~10 s), or fresh when asked.
new_prefix() {
    export WINEPREFIX=$1
    if [ "${2:-}" = fresh ]; then
        wineserver -k 2>/dev/null || true # a server left by an earlier run still holds it
        rm -rf "$WINEPREFIX"
    fi
    if [ ! -f "$WINEPREFIX/system.reg" ]; then
        wineboot -i >/dev/null 2>&1 || die "wineboot could not create $WINEPREFIX"
    fi
}
winpath() { printf 'Z:%s' "$1" | tr / '\\'; }

run_tests() {
    new_prefix "$cache/wine"
    # Wine does not pass QT_* variables on to Windows programs (so a host's Qt settings cannot
    # leak in), so the tests' platform and fonts are set in this prefix's own environment.
    wine reg add 'HKCU\Environment' /v QT_QPA_PLATFORM /t REG_SZ /d offscreen /f >/dev/null 2>&1 ||
        die "cannot set QT_QPA_PLATFORM in the Wine prefix"
    wine reg add 'HKCU\Environment' /v QT_QPA_FONTDIR /t REG_SZ /d "$(winpath /usr/share/fonts/truetype/dejavu)" /f >/dev/null 2>&1 ||
        die "cannot set QT_QPA_FONTDIR in the Wine prefix"
    local gcc_runtime; gcc_runtime=$(dirname "$(x86_64-w64-mingw32-g++-posix -print-libgcc-file-name)")
    # The DLLs of the build tree: ours, MinGW's runtime, Qt's plugins.
    export WINEPATH="$(winpath "$prefix/bin");$(winpath "$gcc_runtime");$(winpath /usr/x86_64-w64-mingw32/lib)"

    local broker_out; broker_out=$(mktemp)
    coproc BROKER { exec python3 "$repo/tests/support/host_broker.py" >"$broker_out"; }
    trap 'kill $BROKER_PID 2>/dev/null || true; rm -f "$broker_out"' EXIT
    local port= token=
    for _ in $(seq 50); do
        read -r port token < <(sed -n 's/^ready //p' "$broker_out") || true
        [ -n "$port" ] && break
        sleep 0.1
    done
    [ -n "$port" ] || die "the host tools broker did not start: $(cat "$broker_out")"
    export WRITEBACK_TEST_HOST=127.0.0.1:$port WRITEBACK_TEST_HOST_TOKEN=$token

    local excluded; excluded=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$here/wine-exclusions.txt" | awk '{print $1}' | paste -sd'|')
    say "not run under Wine (reasons in packaging/windows/wine-exclusions.txt): ${excluded//|/ }"
    local t0; t0=$(date +%s)
    (cd "$app" && ctest --output-on-failure --timeout 600 -j2 ${excluded:+-E "^($excluded)\$"} "${extra_ctest_args[@]}") ||
        die "tests under Wine (see above)"
    say "tests passed under Wine in $(($(date +%s) - t0)) s"
    kill "$BROKER_PID" 2>/dev/null || true
    wait "$BROKER_PID" 2>/dev/null || true
    wineserver -k || true
}

# The installer, as a user would meet it: installed without administrator rights, the CLI
# used from it, the app started, a newer version installed over it, then uninstalled.
run_msi() {
    local msi; msi=$(ls "$build"/WritebackStudio-*-x64.msi 2>/dev/null | head -n1)
    [ -n "$msi" ] || die "no MSI in $build: run packaging/windows/build.sh"
    # One X display for the whole run: the Wine session's desktop process starts with the
    # first program, and a desktop without a display makes the app crash when it makes windows.
    coproc XVFB { exec Xvfb -displayfd 1 -screen 0 1280x800x24 -nolisten tcp 2>/dev/null; }
    local display; read -r -t 20 display <&"${XVFB[0]}" || die "Xvfb did not start"
    trap 'wineserver -k 2>/dev/null || true; kill $XVFB_PID 2>/dev/null || true; rm -rf "${newer_dir:-}"' EXIT
    export DISPLAY=:$display
    new_prefix "$cache/wine-msi" fresh
    unset WINEPATH QT_PLUGIN_PATH
    local user_dir="$WINEPREFIX/drive_c/users/$(id -un)"
    local installed="$user_dir/AppData/Local/Programs/Writeback Studio"
    local shortcut="$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Writeback Studio.lnk"
    local t0; t0=$(date +%s)

    wine msiexec /i "$(winpath "$msi")" /qn || die "msiexec /i"
    [ -f "$installed/writeback-cli.exe" ] && [ -f "$installed/writeback-studio.exe" ] ||
        die "nothing installed in $installed"
    [ -f "$shortcut" ] || die "no Start-menu shortcut at $shortcut"
    local staged installed_count
    staged=$(cd "$build/stage" && find . -type f | sort)
    installed_count=$(cd "$installed" && find . -type f | sort)
    [ "$staged" = "$installed_count" ] || die "installed files differ from the staged ones: $(diff <(echo "$staged") <(echo "$installed_count"))"
    wine uninstaller --list 2>&1 | grep -q 'Writeback Studio' || die "not listed in Apps & features"
    say "installed $(echo "$staged" | wc -l) files per user in $(($(date +%s) - t0)) s"

    local cli="$installed/writeback-cli.exe" ws='C:\users\Public\wb-test\workspace.sqlite'
    local version; version=$(wine "$cli" --version | tr -d '\r')
    [[ $version == *"$(basename "$msi" | sed 's/WritebackStudio-\(.*\)-x64.msi/\1/')"* ]] ||
        die "writeback-cli --version says '$version'"
    # From a Command Prompt, by name: the installer put the folder on the user's PATH.
    wine cmd /c "writeback-cli --help" 2>/dev/null | tr -d '\r' | grep -q '^Usage: writeback-cli' ||
        die "writeback-cli --help from cmd.exe"
    wine "$cli" --workspace "$ws" import "$(winpath "$repo/resources/demo/content_card_opens.csv")" ||
        die "import through the installed CLI"
    local out="$WINEPREFIX/drive_c/users/Public/wb-test/out"
    mkdir -p "$out"
    cat >"$WINEPREFIX/drive_c/users/Public/wb-test/opens.json" <<'EOF'
{
    "name": "opens",
    "dataset": "fullmeasure.content_card_opens",
    "increment": "created",
    "columns": [
        {"field": "contact_id", "header": "Student ID"},
        {"field": "liked", "header": "Liked"}
    ],
    "format": {"boolean": "Y/N", "separator": ";", "line_ending": "crlf"},
    "file": {"name": "opens", "suffix": ""},
    "destination": {"type": "local", "path": "C:\\users\\Public\\wb-test\\out"}
}
EOF
    wine "$cli" --workspace "$ws" export save 'C:\users\Public\wb-test\opens.json' || die "export save"
    wine "$cli" --workspace "$ws" export run opens || die "export run"
    [ -s "$out/opens.csv" ] || die "the export wrote no file in $out"
    [ "$(grep -c $'\r$' "$out/opens.csv")" = "$(wc -l <"$out/opens.csv")" ] ||
        die "the export's lines do not all end in CRLF"
    say "the installed CLI imported and exported: $(wc -l <"$out/opens.csv") lines in opens.csv"

    local shots="$WINEPREFIX/drive_c/users/Public/wb-test/shots"
    wine "$installed/writeback-studio.exe" --workspace "$ws" --screenshot 'C:\users\Public\wb-test\shots' ||
        die "the installed app's --screenshot"
    ls "$shots"/*.png >/dev/null 2>&1 || die "the app rendered no PNG"
    mkdir -p "$build/screenshots" && cp "$shots"/*.png "$build/screenshots/"
    say "the installed app rendered $(ls "$shots"/*.png | wc -l) screenshots (copied to build/windows/screenshots)"

    # A newer version over this one: the fixed UpgradeCode makes it replace, not add.
    newer_dir=$(mktemp -d)
    local newer=$newer_dir/WritebackStudio-upgrade-x64.msi
    local major minor patch; IFS=. read -r major minor patch <<<"$(basename "$msi" | sed 's/WritebackStudio-\(.*\)-x64.msi/\1/')"
    "$here/msi.sh" "$build/stage" "$app/icons/writeback-studio.ico" "$major.$minor.$((patch + 1))" "$newer"
    wine msiexec /i "$(winpath "$newer")" /qn || die "installing the newer MSI over the older"
    [ "$(wine uninstaller --list 2>&1 | grep -c 'Writeback Studio')" = 1 ] ||
        die "after the upgrade, Apps & features lists $(wine uninstaller --list 2>&1 | grep -c 'Writeback Studio') entries"
    [ -f "$installed/writeback-cli.exe" ] || die "the upgrade removed the program"
    say "a newer MSI replaced the older one"

    wine msiexec /x "$(winpath "$newer")" /qn || die "msiexec /x"
    [ ! -e "$installed" ] || die "uninstalling left $(find "$installed" | head -n5)"
    [ ! -e "$shortcut" ] || die "uninstalling left the shortcut"
    [ -f "$WINEPREFIX/drive_c/users/Public/wb-test/workspace.sqlite" ] || die "uninstalling removed the user's workspace"
    ! wine uninstaller --list 2>&1 | grep -q 'Writeback Studio' || die "still listed in Apps & features"
    say "uninstalled: no installed file left, the workspace kept"
}

[ "$what" = --msi ] || run_tests
[ "$what" = --tests ] || run_msi
say "all passed"
