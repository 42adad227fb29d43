#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A real SMTP server for the notification tests (python3-aiosmtpd), on 127.0.0.1 only.

Every message it accepts is parsed with Python's own e-mail package (an independent
reader of what the client composed) and written, before the server answers 250, to
DIR/msg-NNNN.json: the envelope, the session (TLS, login, EHLO or HELO), the decoded
headers, body and attachments, the parser's defects and the raw message.

Prints "ready PORT" once it listens; stops when its standard input closes (the test
ended or died), so that no server outlives its test.
"""
import argparse
import base64
import email
import email.policy
import email.utils
import json
import os
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--dir", required=True)
    p.add_argument("--mode", choices=["plain", "starttls", "tls"], default="plain")
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--user")
    p.add_argument("--password")
    p.add_argument("--auth-mechanisms", default="PLAIN,LOGIN")
    p.add_argument("--auth-without-tls", action="store_true")
    p.add_argument("--no-ehlo", action="store_true")
    return p.parse_args()


class Recorder:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        raw = envelope.original_content or envelope.content
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        defects = [repr(d) for part in msg.walk() for d in part.defects]
        for name in ("subject", "from", "to"):
            if msg[name] is not None:
                defects += [f"{name}: {d!r}" for d in msg[name].defects]
        body_part = msg.get_body(preferencelist=("plain",))
        attachments = []
        for part in msg.iter_attachments():
            data = part.get_payload(decode=True) or b""
            attachments.append({
                "filename": part.get_filename(),
                "content_type": part.get_content_type(),
                "data_base64": base64.b64encode(data).decode("ascii"),
            })
        date = msg["date"]
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "mail_options": envelope.mail_options,
            "tls": session.ssl is not None or server.transport.get_extra_info("ssl_object") is not None,
            "auth_user": session.auth_data.login.decode("utf-8") if isinstance(session.auth_data, LoginPassword) else None,
            "auth_mechanism": getattr(session, "wb_mechanism", None),
            "extended_smtp": session.extended_smtp,
            "helo": session.host_name,
            "subject": str(msg["subject"]) if msg["subject"] is not None else None,
            "from": str(msg["from"]) if msg["from"] is not None else None,
            "to": [str(a) for a in msg["to"].addresses] if msg["to"] is not None else [],
            "date": str(date) if date is not None else None,
            "date_utc": email.utils.parsedate_to_datetime(str(date)).isoformat() if date is not None else None,
            "message_id": str(msg["message-id"]) if msg["message-id"] is not None else None,
            "mime_version": str(msg["mime-version"]) if msg["mime-version"] is not None else None,
            "content_type": msg.get_content_type(),
            # Lines end in CRLF on the wire; a mail reader shows them as plain line breaks.
            "body": body_part.get_content().replace("\r\n", "\n") if body_part is not None else None,
            "attachments": attachments,
            "defects": defects,
            "raw_base64": base64.b64encode(raw).decode("ascii"),
        }
        path = os.path.join(self.folder, "msg-%04d.json" % self.count)
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False, indent=1)
        os.replace(path + ".tmp", path)
        return "250 2.0.0 OK: queued as %d" % self.count


class TestSMTP(SMTP):
    no_ehlo = False

    async def smtp_EHLO(self, hostname):
        if self.no_ehlo:
            await self.push("502 5.5.1 EHLO is not implemented here")
            return
        await super().smtp_EHLO(hostname)


class TestController(Controller):
    def factory(self):
        return TestSMTP(self.handler, **self.SMTP_kwargs)


def main():
    args = parse_args()
    TestSMTP.no_ehlo = args.no_ehlo
    tls_context = None
    if args.mode != "plain":
        tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls_context.load_cert_chain(args.cert, args.key)

    def authenticator(server, session, envelope, mechanism, auth_data):
        session.wb_mechanism = mechanism
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login == args.user.encode("utf-8")
              and auth_data.password == args.password.encode("utf-8"))
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)

    kwargs = {
        "server_hostname": "smtp.test",
        "ident": "Writeback test SMTP",
        "enable_SMTPUTF8": True,
    }
    if args.mode == "starttls":
        kwargs.update(tls_context=tls_context, require_starttls=True)
    if args.user:
        offered = set(args.auth_mechanisms.upper().split(","))
        kwargs.update(
            authenticator=authenticator,
            auth_required=True,
            # aiosmtpd only counts STARTTLS as TLS; implicit TLS is encrypted all the same.
            auth_require_tls=not (args.auth_without_tls or args.mode == "tls"),
            auth_exclude_mechanism=[m for m in ("PLAIN", "LOGIN") if m not in offered],
        )
    controller = TestController(
        Recorder(args.dir),
        hostname="127.0.0.1",
        port=args.port,
        ssl_context=tls_context if args.mode == "tls" else None,
        **kwargs,
    )
    controller.start()
    print("ready", args.port, flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
