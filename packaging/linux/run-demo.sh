#!/usr/bin/env bash
# Builds the app and starts it on the demo workspace: Alder Ridge University, a fictional
# institution with files from all five platforms, three exports on schedules and two weeks of
# runs. Made once in ~/.local/share/Writeback Studio/demo/ and reused; delete that folder to
# make it again. Meant to run through buildroot.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --workflow --preset release
exec build/release/ui/writeback-studio --demo "$@"
