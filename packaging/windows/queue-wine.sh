#!/usr/bin/env bash
# Checks the Windows writeback-cli's message queues under Wine against a real broker, after
# packaging/windows/build.sh (the queue tests cannot run under Wine: wine-exclusions.txt):
#
#   packaging/windows/queue-wine.sh
#
# Starts a private RabbitMQ 4 node on 127.0.0.1 (rabbitmq-node.sh), sends Civitas outreach
# messages with Proton's Python binding, and has build/windows/app/writeback-cli.exe, under
# Wine, add the queue, test it and consume it into a new workspace, which sqlite3 then reads:
#   1. amqp:// with SASL PLAIN: every message taken once, with its rows; a second consume
#      takes nothing;
#   2. amqps:// through Schannel, the broker's certificate checked against the Windows
#      certificate store (the test CA put in the user's Root store first, as certutil would);
#   3. --ca-file PEM refused by `queue add` on Windows, and a queue that holds a CA file
#      (a workspace from Linux) refused by `queue test` and `queue consume`, with what to do.
set -euo pipefail

# shellcheck source=SCRIPTDIR/in-root.sh
. "$(dirname "${BASH_SOURCE[0]}")/in-root.sh"

say() { printf 'queue-wine: %s\n' "$*" >&2; }
die() { say "FAILED: $*"; exit 1; }

prefix=$("$here/deps.sh" --print-prefix)
cache=$(dirname "$prefix")
app=$repo/build/windows/app
cli=$app/writeback-cli.exe
[ -f "$cli" ] || die "build the Windows version first: packaging/windows/build.sh"
grep -q '^WRITEBACK_WITH_AMQP:BOOL=ON' "$app/CMakeCache.txt" || die "$app was built without AMQP"
out=$repo/build/windows/queue-wine
mkdir -p "$out"
x86_64-w64-mingw32-gcc-posix -O2 -Wall -Werror "$here/add-root-ca.c" -lcrypt32 -o "$out/add-root-ca.exe" ||
    die "compiling add-root-ca.c"

# shellcheck source=SCRIPTDIR/rabbitmq-node.sh
. "$here/rabbitmq-node.sh"
cleanup() {
    rabbitmq_node_stop
    [ -z "${WINEPREFIX:-}" ] || wineserver -k 2>/dev/null || true
}
trap cleanup EXIT
user=wb password=wb-queue-secret queue=outreach
rabbitmq_node_start "$user" "$password" "$queue"
say "a RabbitMQ node on 127.0.0.1:$port (TLS $tls_port)"

# A fresh prefix: the CA put in its Root store must not stay trusted for other runs.
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" WINEPREFIX=$cache/wine-queue
wineserver -k 2>/dev/null || true
rm -rf "$WINEPREFIX"
wineboot -i >/dev/null 2>&1 || die "wineboot could not create $WINEPREFIX"
# Proton's Schannel opens the user's Root store for every TLS client; a new Wine prefix lacks
# its key (proton-smoke.sh).
wine reg add 'HKCU\Software\Microsoft\SystemCertificates\Root\Certificates' /f >/dev/null 2>&1 ||
    die "cannot make the Root certificate store in $WINEPREFIX"
winpath() { printf 'Z:%s' "$1" | tr / '\\'; }
gcc_runtime=$(dirname "$(x86_64-w64-mingw32-g++-posix -print-libgcc-file-name)")
export WINEPATH="$(winpath "$prefix/bin");$(winpath "$gcc_runtime");$(winpath /usr/x86_64-w64-mingw32/lib)"
# For queue add (it also tries the Credential Manager) and the runs.
export WRITEBACK_QUEUE_PASSWORD=$password

ws=$node/workspace.sqlite
# wb ARG...: writeback-cli.exe under Wine on the workspace; its output (CRs dropped) in
# $wb_out, its exit code in $wb_status, both printed.
wb() {
    printf '  $ writeback-cli %s\n' "$*" >&2
    set +e
    wb_out=$(timeout 120 wine "$cli" --workspace "$(winpath "$ws")" "$@" 2>&1 | tr -d '\r')
    wb_status=${PIPESTATUS[0]}
    set -e
    printf '%s\n' "$wb_out" | sed 's/^/    /' >&2
    printf '    (exit %s)\n' "$wb_status" >&2
}
sql() { sqlite3 "$ws" "$1"; }

# N Civitas outreach messages from FIRST, two students and six properties each, as
# tests/support/CivitasMessages.cpp makes them, with message ids civitas-N.
send_outreach() {
    local first=$1 count=$2 address=$3
    python3 - "amqp://127.0.0.1:$port" "$address" "$user" "$password" "$first" "$count" <<'PY' ||
import json, sys
from proton import Message
from proton.utils import BlockingConnection
url, address, user, password, first, count = sys.argv[1:]
c = BlockingConnection(url, user=user, password=password, allowed_mechs="PLAIN", allow_insecure_mechs=True)
s = c.create_sender(address)
values = [("outreachMediumResult", "Text message sent"), ("isAttrition", "0"),
          ("outreachInitiator", "Student Initiated"), ("outreachRecommendation", "Referred to Financial Aid"),
          ("outreachTopic", "Academic"), ("outreachReason", "Student Hold")]
for n in range(int(first), int(first) + int(count)):
    oid = "0ecba66b-a31c-40d9-b95c-%012d" % n
    created = "2018-06-11T19:14:34.391597"
    students = [{"institutionPersonID": str(100000 + n * 10 + i), "firstName": "Scarlett", "lastName": "Jones",
                 "emailAddress": "scarlett.jones%d@institution.edu" % n, "createdAt": "2018-06-11T21:07:44.222117"}
                for i in range(2)]
    props = [{"outreachPropertyId": n * 10 + i + 1, "outreachId": oid, "name": k, "value": v, "createdAt": created}
             for i, (k, v) in enumerate(values)]
    body = json.dumps({"outreachId": oid, "createdAt": created, "employeeFirstName": "Joe", "employeeLastName": "Bob",
                       "employeeEmail": "joe.bob@institution.edu", "outreachSource": "Advisor",
                       "outreachMedium": "Text", "students": students, "outreachProperties": props}, indent=4)
    s.send(Message(body=body, id="civitas-%d" % n))
c.close()
PY
        die "sending outreach messages with python3-qpid-proton"
}
json_field() { python3 -c 'import json,sys; print(json.loads(sys.stdin.read())[sys.argv[1]])' "$1" <<<"$wb_out"; }

# 1. amqp://
say "1. amqp:// with SASL PLAIN"
wb queue add civitas --url "amqp://127.0.0.1:$port" --user "$user" --queue "/queues/$queue"
[ "$wb_status" = 0 ] || die "queue add"
send_outreach 1 40 "/queues/$queue"
wb queue test civitas
[ "$wb_status" = 0 ] || die "queue test over amqp://"
wb queue consume civitas --idle 2 --json
[ "$wb_status" = 0 ] || die "queue consume over amqp://"
[ "$(json_field taken)" = 40 ] && [ "$(json_field rows_added)" = 320 ] || die "queue consume did not take 40 messages with 320 rows"
[ "$(sql 'SELECT count(*) FROM ds_civitas__outreach')" = 80 ] || die "ds_civitas__outreach does not hold 80 rows"
[ "$(sql 'SELECT count(*) FROM ds_civitas__outreach_properties')" = 240 ] || die "ds_civitas__outreach_properties does not hold 240 rows"
[ "$(sql "SELECT count(DISTINCT message_key) FROM queue_messages WHERE message_key LIKE 'id:civitas-%'")" = 40 ] ||
    die "queue_messages does not hold the 40 message ids"
say "  workspace: $(sql 'SELECT count(*) FROM queue_messages') messages in queue_messages, $(sql 'SELECT count(*) FROM ds_civitas__outreach') outreach rows, $(sql 'SELECT count(*) FROM ds_civitas__outreach_properties') property rows"
wb queue consume civitas --idle 1 --json
[ "$wb_status" = 0 ] && [ "$(json_field messages)" = 0 ] || die "a second consume found messages"
say "1. passed"

# 2. amqps://, trusted through the Windows certificate store
say "2. amqps:// through Schannel, the CA in the user's Root store, no --ca-file"
wine "$out/add-root-ca.exe" "$(winpath "$node/ca.pem")" | tr -d '\r' >&2 || die "add-root-ca.exe"
wb queue add civitas-tls --url "amqps://127.0.0.1:$tls_port" --user "$user" --queue "/queues/$queue"
[ "$wb_status" = 0 ] || die "queue add amqps://"
send_outreach 100 5 "/queues/$queue"
wb queue test civitas-tls
[ "$wb_status" = 0 ] || die "queue test over amqps://"
wb queue consume civitas-tls --idle 2 --json
[ "$wb_status" = 0 ] && [ "$(json_field taken)" = 5 ] || die "queue consume over amqps:// did not take 5 messages"
say "2. passed"

# 3. --ca-file on Windows
say "3. --ca-file PEM on Windows: refused, with what to do"
wb queue add civitas-pem --url "amqps://127.0.0.1:$tls_port" --user "$user" --queue "/queues/$queue" \
    --ca-file "$(winpath "$node/ca.pem")"
[ "$wb_status" != 0 ] && grep -q 'Windows certificate store' <<<"$wb_out" || die "queue add took --ca-file PEM"
[ "$(sql "SELECT count(*) FROM queues WHERE name = 'civitas-pem'")" = 0 ] || die "the refused queue was saved"
# A queue saved with a CA file elsewhere (a workspace from Linux).
sql "UPDATE queues SET ca_file = '$(winpath "$node/ca.pem")' WHERE name = 'civitas-tls'"
send_outreach 200 1 "/queues/$queue"
wb queue test civitas-tls
[ "$wb_status" != 0 ] && grep -q 'Windows certificate store' <<<"$wb_out" || die "queue test used a CA file"
wb queue consume civitas-tls --idle 1 --json
[ "$wb_status" != 0 ] && grep -q 'Windows certificate store' <<<"$wb_out" || die "queue consume used a CA file"
say "3. passed"
say "all passed"
