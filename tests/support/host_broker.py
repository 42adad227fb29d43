#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs Linux programs for tests that cannot start them themselves.

A Windows test under Wine can start a Linux program, but gets neither its standard streams
nor its exit code, so the tools the tests rely on (sshd, ssh-keygen, puttygen, openssl,
python3, gzip, sqlite3...) are started here instead, on the Linux side, on the test's
behalf (tests/support/HostProcess.cpp is the client).

Listens on 127.0.0.1, prints "ready PORT TOKEN", then answers one JSON object per line with one
JSON object per line: {"ok": true, ...} or {"ok": false, "error": "..."}. Byte strings
(standard input, output, lines) travel as base64.

  run         program, args, [cwd, stdin, timeout_ms, merge]
              -> finished, exit, crashed, output, errors (stderr when merge is false)
  which       program -> path (null when it is not installed)
  start       program, args, [cwd, stdout_file, stderr_file] -> id, pid
              stdout is read with read_line unless it goes to a file (appended to); stderr
              goes to its file, or to this broker's own stderr
  read_line   id, timeout_ms -> line (null when none came in time, or at the end), eof
  close_stdin id
  wait        id, timeout_ms -> finished, exit, crashed
  kill_tree   id -> killed (SIGKILL to the process and all its descendants)
  state       id -> running

A process belongs to the connection that started it: it is killed, with its descendants,
when that connection closes (the test ended or crashed). Everything still running is killed
when this broker's standard input closes or it gets SIGTERM, so nothing outlives the run.
"""
import base64
import hmac
import itertools
import json
import os
import queue
import secrets
import shutil
import signal
import socketserver
import subprocess
import sys
import threading

SEARCH_PATH = os.pathsep.join(
    [os.environ.get("PATH", "/usr/bin:/bin"), "/usr/local/sbin", "/usr/sbin", "/sbin"])

all_processes = set()
all_lock = threading.Lock()
ids = itertools.count(1)


# Each client sends it as its first line (WRITEBACK_TEST_HOST_TOKEN).
TOKEN = secrets.token_hex(16)


def b64(data):
    return base64.b64encode(data).decode("ascii")


def resolve(program):
    path = program if "/" in program else shutil.which(program, path=SEARCH_PATH)
    if not path or not os.access(path, os.X_OK):
        raise RuntimeError(f"{program} is not installed on the host (searched PATH, /usr/sbin, /sbin)")
    return path


def parents():
    """pid -> parent pid for every process, from /proc/PID/stat."""
    out = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        # The command name may hold spaces and parentheses: the fields follow the last ")".
        fields = stat[stat.rfind(b")") + 2:].split()
        if len(fields) > 1:
            out[int(entry)] = int(fields[1])
    return out


def kill_tree(pid):
    """SIGKILL to pid and every descendant, as a crash or power cut would end them.

    Each process is stopped before the next look, so that none can fork a child (or be
    re-parented to init by its parent's death) between finding the tree and killing it.
    """
    found = [pid]
    stopped = set()
    while len(stopped) < len(found):
        for p in found:
            if p not in stopped:
                try:
                    os.kill(p, signal.SIGSTOP)
                except ProcessLookupError:
                    pass
                stopped.add(p)
        tree = parents()
        for child, parent in tree.items():
            if parent in stopped and child not in stopped and child not in found:
                found.append(child)
    for p in found:
        try:
            os.kill(p, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return found


def exit_status(returncode):
    # As QProcess reports it: a signal is a crash, and its number the exit code.
    return {"exit": abs(returncode), "crashed": returncode < 0}


class Process:
    def __init__(self, request):
        self.lines = queue.Queue()
        stdout_file = request.get("stdout_file")
        stderr_file = request.get("stderr_file")
        stdout = open(stdout_file, "ab") if stdout_file else subprocess.PIPE
        stderr = open(stderr_file, "ab") if stderr_file else None
        try:
            self.popen = subprocess.Popen(
                [resolve(request["program"])] + request.get("args", []),
                cwd=request.get("cwd") or None, stdin=subprocess.PIPE, stdout=stdout,
                stderr=stderr)
        finally:
            for f in (stdout, stderr):
                if f not in (None, subprocess.PIPE):
                    f.close()
        if self.popen.stdout:
            threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in iter(self.popen.stdout.readline, b""):
            self.lines.put(line)
        self.lines.put(None)

    def running(self):
        return self.popen.poll() is None

    def kill(self):
        killed = kill_tree(self.popen.pid) if self.running() else []
        self.popen.wait()
        return killed


def run(request):
    proc = subprocess.Popen(
        [resolve(request["program"])] + request.get("args", []), cwd=request.get("cwd") or None,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT if request.get("merge", True) else subprocess.PIPE)
    stdin = base64.b64decode(request.get("stdin", ""))
    try:
        out, err = proc.communicate(stdin, timeout=request.get("timeout_ms", 60000) / 1000)
        finished = True
    except subprocess.TimeoutExpired:
        kill_tree(proc.pid)
        try:
            out, err = proc.communicate(timeout=5)
        except subprocess.TimeoutExpired:  # a daemonised grandchild still holds the pipes
            out, err = b"", b""
            proc.wait()
        finished = False
    return {"finished": finished, **exit_status(proc.returncode), "output": b64(out or b""),
            "errors": b64(err or b"")}


class Handler(socketserver.StreamRequestHandler):
    def setup(self):
        super().setup()
        self.processes = {}

    def handle(self):
        # Anything on this machine can reach 127.0.0.1, and this runs programs for whoever
        # asks: only a client that knows the token printed at start-up is served.
        first = self.rfile.readline().strip()
        if not hmac.compare_digest(first, TOKEN.encode()):
            return
        for line in self.rfile:
            try:
                answer = {"ok": True, **self.dispatch(json.loads(line))}
            except Exception as e:  # every failure is the client's to report
                answer = {"ok": False, "error": str(e)}
            self.wfile.write(json.dumps(answer).encode() + b"\n")
            self.wfile.flush()

    def finish(self):
        for process in self.processes.values():
            process.kill()
            with all_lock:
                all_processes.discard(process)
        super().finish()

    def process(self, request):
        if request.get("id") not in self.processes:
            raise RuntimeError(f"no process {request.get('id')} on this connection")
        return self.processes[request["id"]]

    def dispatch(self, request):
        op = request.get("op")
        if op == "run":
            return run(request)
        if op == "which":
            try:
                return {"path": resolve(request["program"])}
            except RuntimeError:
                return {"path": None}
        if op == "start":
            process = Process(request)
            with all_lock:
                all_processes.add(process)
                process_id = next(ids)
            self.processes[process_id] = process
            return {"id": process_id, "pid": process.popen.pid}
        process = self.process(request)
        if op == "read_line":
            try:
                line = process.lines.get(timeout=request.get("timeout_ms", 30000) / 1000)
            except queue.Empty:
                return {"line": None, "eof": False}
            if line is None:
                process.lines.put(None)  # later reads see the end too
                return {"line": None, "eof": True}
            return {"line": b64(line), "eof": False}
        if op == "close_stdin":
            process.popen.stdin.close()
            return {}
        if op == "wait":
            try:
                process.popen.wait(timeout=request.get("timeout_ms", 30000) / 1000)
            except subprocess.TimeoutExpired:
                return {"finished": False}
            return {"finished": True, **exit_status(process.popen.returncode)}
        if op == "kill_tree":
            return {"killed": process.kill()}
        if op == "state":
            return {"running": process.running()}
        raise RuntimeError(f"unknown operation {op!r}")


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    def terminate(signum, frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, terminate)
    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"ready {server.server_address[1]} {TOKEN}", flush=True)
    try:
        while sys.stdin.buffer.read(4096):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        with all_lock:
            left = list(all_processes)
        for process in left:
            process.kill()


if __name__ == "__main__":
    main()
