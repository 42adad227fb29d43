# shellcheck shell=bash
# Sourced by proton-smoke.sh and queue-wine.sh: a private RabbitMQ 4 node on 127.0.0.1, as
# tests/support/BrokerFixture.cpp starts one (its own folder, ports, user and queue), with a
# TLS listener whose certificate for 127.0.0.1 a test CA signed.
#
#   rabbitmq_node_start USER PASSWORD QUEUE   sets node (its folder), port, tls_port
#   rabbitmq_node_stop                        for the caller's EXIT trap
#   rabbitmq_send ADDRESS BODY [ID]           one message, with Proton's Python binding
#
# In $node: ca.pem (the test CA), ca.p12 (the same as PKCS#12, with its key: Wine's
# PFXImportCertStore goes through GnuTLS, which rejects a file without one; Windows does not),
# other.p12 (a CA that signed nothing here). Needs a `die` function.

rabbitmq_node_start() {
    local user=$1 password=$2 queue=$3 epmd_port dist_port
    node=$(mktemp -d)
    read -r port tls_port epmd_port dist_port < <(python3 -c '
import socket
socks = [socket.socket() for _ in range(4)]
for s in socks: s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))')
    rabbitmq_epmd_port=$epmd_port
    export HOME=$node RABBITMQ_NODENAME=wbwin$$@localhost ERL_EPMD_PORT=$epmd_port \
        RABBITMQ_DIST_PORT=$dist_port RABBITMQ_MNESIA_BASE=$node/mnesia RABBITMQ_LOG_BASE=$node/log \
        RABBITMQ_CONFIG_FILE=$node/rabbitmq.conf RABBITMQ_ADVANCED_CONFIG_FILE=$node/advanced.config \
        RABBITMQ_ENABLED_PLUGINS_FILE=$node/enabled_plugins RABBITMQ_PID_FILE=$node/rabbitmq.pid

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
    python3 - "$node/definitions.json" "$user" "$password" "$queue" <<'PY'
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
PY
    cat >"$node/rabbitmq.conf" <<CONF
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
CONF
    echo '[].' >"$node/enabled_plugins"
    echo '[].' >"$node/advanced.config"
    rabbitmq_user=$user rabbitmq_password=$password

    /usr/lib/rabbitmq/bin/rabbitmq-server >"$node/server.out" 2>&1 &
    rabbitmq_server_pid=$!
    # The listeners open last, once the definitions are in: a port that accepts means ready.
    local _
    for _ in $(seq 300); do
        (exec 3<>"/dev/tcp/127.0.0.1/$tls_port") 2>/dev/null && return 0
        kill -0 "$rabbitmq_server_pid" 2>/dev/null ||
            die "rabbitmq-server ended: $(tail -n 20 "$node/server.out")"
        sleep 0.2
    done
    die "rabbitmq-server did not open its ports in 60 s"
}

rabbitmq_node_stop() {
    if [ -n "${rabbitmq_server_pid:-}" ]; then
        kill "$rabbitmq_server_pid" 2>/dev/null
        wait "$rabbitmq_server_pid" 2>/dev/null
    fi
    [ -z "${rabbitmq_epmd_port:-}" ] || epmd -port "$rabbitmq_epmd_port" -kill >/dev/null 2>&1 || true
    [ -z "${node:-}" ] || rm -rf "$node"
}

rabbitmq_send() {
    python3 - "amqp://127.0.0.1:$port" "$1" "$rabbitmq_user" "$rabbitmq_password" "$2" "${3:-}" <<'PY' ||
import sys
from proton import Message
from proton.utils import BlockingConnection
url, address, user, password, body, message_id = sys.argv[1:]
c = BlockingConnection(url, user=user, password=password, allowed_mechs="PLAIN",
                       allow_insecure_mechs=True)
c.create_sender(address).send(Message(body=body, id=message_id or None))
c.close()
PY
        die "sending a message with python3-qpid-proton"
}
