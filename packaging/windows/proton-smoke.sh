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

# shellcheck source=SCRIPTDIR/rabbitmq-node.sh
. "$here/rabbitmq-node.sh"
user=wb password=wb-smoke-secret queue=smoke
cleanup() {
    rabbitmq_node_stop
    [ -z "${WINEPREFIX:-}" ] || wineserver -k 2>/dev/null || true
}
trap cleanup EXIT
# Proton's Schannel reads trust only from a system store or a PKCS#12 file, so the CA is
# handed to it as one, ca.p12 (the PEM is for RabbitMQ); other.p12 is a CA that signed nothing.
rabbitmq_node_start "$user" "$password" "$queue"
say "a RabbitMQ node on 127.0.0.1:$port (TLS $tls_port)"
send() { rabbitmq_send "/queues/$queue" "$1"; }

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
