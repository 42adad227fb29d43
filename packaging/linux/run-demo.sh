#!/usr/bin/env bash
# Builds the app and starts it on the demo workspace. Meant to run through buildroot.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --workflow --preset release
exec build/release/ui/writeback-studio --demo "$@"
