#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with the host-tools broker (host_broker.py) listening on 127.0.0.1 and
# WRITEBACK_TEST_HOST naming it, so that the tests the command starts (a Windows build under
# Wine) run sshd, ssh-keygen, openssl... on this Linux machine. See docs/testing-under-wine.md.
#
#   tests/support/with-host-broker.sh COMMAND [ARG...]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARG...]" >&2; exit 2; }

# The broker's standard input is this script's pipe: however the script ends, the broker sees
# the pipe close and kills whatever it started. Bash keeps coprocess pipes out of the
# command's processes, so a lingering wineserver cannot hold the broker open.
coproc broker { exec python3 "$here/host_broker.py"; }
broker_pid=$broker_PID
read -r word port token <&"${broker[0]}" || true
if [ "${word:-}" != ready ]; then
    echo "with-host-broker: the broker did not start" >&2
    exit 1
fi

status=0
WRITEBACK_TEST_HOST="127.0.0.1:$port" WRITEBACK_TEST_HOST_TOKEN="$token" "$@" || status=$?
eval "exec ${broker[1]}>&-"
wait "$broker_pid" || true
exit "$status"
