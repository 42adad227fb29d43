#!/usr/bin/env bash
# Checks the Windows build's Apache Qpid Proton under Wine against a real broker, without Qt:
#
#   packaging/windows/proton-smoke.sh
#
# Builds Proton for Windows if it is not (deps.sh proton), compiles proton-smoke.cpp against it,
# starts a private RabbitMQ 4 node on 127.0.0.1 as tests/support/BrokerFixture.cpp does (its
# own folder, ports, user and queue), sends a message with Proton's Python binding, and has
# proton-smoke.exe receive it under Wine: over amqp:// with SASL PLAIN, then over amqps://
# through Wine's Schannel, checking the broker's certificate against a test CA; a CA that did
# not sign it must be refused.
set -euo pipefail

# shellcheck source=SCRIPTDIR/in-root.sh
. "$(dirname "${BASH_SOURCE[0]}")/in-root.sh"

say() { printf 'proton-smoke: %s\n' "$*" >&2; }
die() { say "FAILED: $*"; exit 1; }

"$here/deps.sh" proton
prefix=$("$here/deps.sh" --print-prefix)
cache=$(dirname "$prefix")
out=$repo/build/windows/proton-smoke
mkdir -p "$out"
x86_64-w64-mingw32-g++-posix -std=c++17 -O2 -Wall -Wextra -Werror "$here/proton-smoke.cpp" \
    -I"$prefix/include" -L"$prefix/lib" -lqpid-proton-cpp -o "$out/proton-smoke.exe" ||
    die "compiling proton-smoke.cpp against $prefix"

node=$(mktemp -d)
user=wb password=wb-smoke-secret queue=smoke
read -r port tls_port epmd_port dist_port < <(python3 -c '
import socket
socks = [socket.socket() for _ in range(4)]
for s in socks: s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))')
export HOME=$node RABBITMQ_NODENAME=wbsmoke$$@localhost ERL_EPMD_PORT=$epmd_port \
    RABBITMQ_DIST_PORT=$dist_port RABBITMQ_MNESIA_BASE=$node/mnesia RABBITMQ_LOG_BASE=$node/log \
    RABBITMQ_CONFIG_FILE=$node/rabbitmq.conf RABBITMQ_ADVANCED_CONFIG_FILE=$node/advanced.config \
    RABBITMQ_ENABLED_PLUGINS_FILE=$node/enabled_plugins RABBITMQ_PID_FILE=$node/rabbitmq.pid
cleanup() {
    [ -z "${server_pid:-}" ] || { kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; }
    epmd -port "$epmd_port" -kill >/dev/null 2>&1 || true
    [ -z "${WINEPREFIX:-}" ] || wineserver -k 2>/dev/null || true
    rm -rf "$node"
}
trap cleanup EXIT

# A test CA and a server certificate for 127.0.0.1. Proton's Schannel reads trust only from a
# system store or a PKCS#12 file, so the CA is handed to it as one (the PEM is for RabbitMQ).
# The file holds the CA's key too: Wine's PFXImportCertStore (GnuTLS) rejects a file without a
# key ("The requested data were not available"), which Windows accepts. other.p12 is a CA that
# signed nothing here.
(cd "$node" &&
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=writeback-smoke-ca \
        -keyout ca.key -out ca.pem &&
    openssl req -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -keyout server.key -out server.csr &&
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >server.ext &&
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 \
        -extfile server.ext -out server.pem &&
    openssl pkcs12 -export -in ca.pem -inkey ca.key -out ca.p12 -passout pass: -keypbe NONE \
        -certpbe NONE -nomac &&
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=other-ca -keyout other.key \
        -out other.pem &&
    openssl pkcs12 -export -in other.pem -inkey other.key -out other.p12 -passout pass: \
        -keypbe NONE -certpbe NONE -nomac) \
    >/dev/null 2>&1 || die "making the test certificates"

mkdir -p "$node/mnesia" "$node/log"
python3 - "$node/definitions.json" "$user" "$password" "$queue" <<'EOF'
import base64, hashlib, json, os, sys
path, user, password, queue = sys.argv[1:]
salt = os.urandom(4)  # RabbitMQ's rabbit_password_hashing_sha256
digest = base64.b64encode(salt + hashlib.sha256(salt + password.encode()).digest()).decode()
json.dump({
    "users": [{"name": user, "password_hash": digest, "tags": ["administrator"],
               "hashing_algorithm": "rabbit_password_hashing_sha256"}],
    "vhosts": [{"name": "/"}],
    "permissions": [{"user": user, "vhost": "/", "configure": ".*", "write": ".*", "read": ".*"}],
    "queues": [{"name": queue, "vhost": "/", "durable": True, "auto_delete": False, "arguments": {}}],
}, open(path, "w"))
EOF
cat >"$node/rabbitmq.conf" <<EOF
listeners.tcp.default = 127.0.0.1:$port
listeners.ssl.default = 127.0.0.1:$tls_port
ssl_options.cacertfile = $node/ca.pem
ssl_options.certfile = $node/server.pem
ssl_options.keyfile = $node/server.key
ssl_options.verify = verify_none
ssl_options.fail_if_no_peer_cert = false
loopback_users = none
definitions.import_backend = local_filesystem
definitions.local.path = $node/definitions.json
log.console = false
EOF
echo '[].' >"$node/enabled_plugins"
echo '[].' >"$node/advanced.config"

say "starting a RabbitMQ node on 127.0.0.1:$port (TLS $tls_port)"
/usr/lib/rabbitmq/bin/rabbitmq-server >"$node/server.out" 2>&1 &
server_pid=$!
# The listeners open last, once the definitions are in: a port that accepts means ready.
for _ in $(seq 300); do
    (exec 3<>"/dev/tcp/127.0.0.1/$tls_port") 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || die "rabbitmq-server ended: $(tail -n 20 "$node/server.out")"
    sleep 0.2
done
(exec 3<>"/dev/tcp/127.0.0.1/$tls_port") 2>/dev/null || die "rabbitmq-server did not open its ports in 60 s"

send() {
    python3 - "amqp://127.0.0.1:$port" "/queues/$queue" "$user" "$password" "$1" <<'EOF' ||
import sys
from proton import Message
from proton.utils import BlockingConnection
url, address, user, password, body = sys.argv[1:]
c = BlockingConnection(url, user=user, password=password, allowed_mechs="PLAIN",
                       allow_insecure_mechs=True)
c.create_sender(address).send(Message(body=body))
c.close()
EOF
        die "sending a message with python3-qpid-proton"
}

export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" WINEPREFIX=$cache/wine-proton
[ -f "$WINEPREFIX/system.reg" ] || wineboot -i >/dev/null 2>&1 || die "wineboot could not create $WINEPREFIX"
# Proton's Schannel opens the user's Root certificate store for every TLS client, which fails
# ("SSL/TLS unavailable") when the store's key is missing: Windows always has it, a new Wine
# prefix does not.
wine reg add 'HKCU\Software\Microsoft\SystemCertificates\Root\Certificates' /f >/dev/null 2>&1 ||
    die "cannot make the Root certificate store in $WINEPREFIX"
winpath() { printf 'Z:%s' "$1" | tr / '\\'; }
gcc_runtime=$(dirname "$(x86_64-w64-mingw32-g++-posix -print-libgcc-file-name)")
export WINEPATH="$(winpath "$prefix/bin");$(winpath "$gcc_runtime");$(winpath /usr/x86_64-w64-mingw32/lib)"

# receive NAME URL [TRUST]: one message through proton-smoke.exe under Wine.
receive() {
    local name=$1 url=$2 body="writeback smoke $1 $$" result
    send "$body"
    result=$(timeout 60 wine "$out/proton-smoke.exe" "$url" "/queues/$queue" "$user" "$password" ${3:+"$3"} | tr -d '\r') ||
        die "$name: proton-smoke.exe under Wine: ${result:-no output}"
    printf '%s\n' "$result" | sed 's/^/    /' >&2
    grep -qx "received: $body" <<<"$result" || die "$name: the message sent was not the one received"
    grep -q '^connected: sasl=PLAIN user=wb' <<<"$result" || die "$name: not logged in with SASL PLAIN"
    say "$name: passed"
}

receive "amqp:// with SASL PLAIN" "amqp://127.0.0.1:$port"
receive "amqps:// through Schannel, CA checked" "amqps://127.0.0.1:$tls_port" "$(winpath "$node/ca.p12")"
# The message sent for the refused connection stays in the queue, deleted with the node.
send "not for a stranger"
refused=$(timeout 60 wine "$out/proton-smoke.exe" "amqps://127.0.0.1:$tls_port" "/queues/$queue" "$user" \
    "$password" "$(winpath "$node/other.p12")" 2>&1 | tr -d '\r') && die "a certificate from another CA was accepted: $refused"
grep -q 'certificate verification error' <<<"$refused" || die "another CA: not refused for its certificate: $refused"
say "amqps:// with another CA: refused ($refused)"
say "all passed ($(cd "$prefix/bin" && stat -c '%n %s bytes' libqpid-proton*.dll | paste -sd,))"
