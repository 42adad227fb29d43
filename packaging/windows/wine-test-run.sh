#!/usr/bin/env bash
# CTest's emulator for the Windows tests (WRITEBACK_TEST_EMULATOR): runs one test under Wine.
# A QtTest program with no console attached, as under Wine, writes its log to the Windows
# debugger instead of its standard output, so a Qt test writes it to a file, printed here.
exe=$1; shift
case $(basename "$exe") in
tst_*)
    log=$(mktemp --suffix=.txt)
    wine "$exe" "$@" -o "$log,txt"
    status=$?
    tr -d '\r' <"$log"
    rm -f "$log"
    exit $status
    ;;
*) exec wine "$exe" "$@" ;;
esac
