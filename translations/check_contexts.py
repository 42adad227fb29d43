#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a message would be filed under a context that the code never asks for.

    check_contexts.py LUPDATE SOURCE_DIR TS_FILE...

lupdate files an unqualified tr() under the class or namespace it is called from, unless that
class declares its own tr() (Q_OBJECT, Q_DECLARE_TR_FUNCTIONS). The core and the CLI call
file-local tr() helpers, whose context is a string literal that lupdate never reads; a
message is found at run time only if that literal is the name lupdate made up. lupdate names
every such made-up context in a "lacks Q_OBJECT macro" warning, so: each message filed under
one of those must come from a file that asks for that context itself (translate("CONTEXT", …)).
Every other context is declared (Q_OBJECT, Q_DECLARE_TR_FUNCTIONS, translate, .ui forms) and
so is what the code asks for. Then no context in the .ts files may be one the sources lack.
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def lupdate_messages(lupdate, source_dir):
    with tempfile.TemporaryDirectory() as tmp:
        ts = os.path.join(tmp, "scan.ts")
        dirs = [os.path.join(source_dir, d) for d in ("app", "ui") if os.path.isdir(os.path.join(source_dir, d))]
        includes = [arg for d in dirs for arg in ("-I", d)]
        run = subprocess.run([lupdate, "-extensions", "cpp,h,ui", "-locations", "absolute", *includes, *dirs,
                              "-ts", ts], capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"lupdate failed:\n{run.stdout}{run.stderr}")
        made_up = set(re.findall(r"Class '([^']+)' lacks Q_OBJECT macro", run.stdout + run.stderr))
        messages = []
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                files = {os.path.normpath(os.path.join(tmp, loc.get("filename"))) for loc in message.iter("location")}
                messages.append((name, message.findtext("source"), files))
        return made_up, messages


def asks_for(path, context, cache={}):
    if path not in cache:
        with open(path, encoding="utf-8") as f:
            cache[path] = set(re.findall(r'translate\(\s*"([^"]+)"', f.read()))
    return context in cache[path]


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    lupdate, source_dir, ts_files = sys.argv[1], os.path.abspath(sys.argv[2]), sys.argv[3:]
    made_up, messages = lupdate_messages(lupdate, source_dir)
    problems = []
    for context, source, files in messages:
        if context in made_up:
            for path in sorted(files):
                if not asks_for(path, context):
                    problems.append(f"{os.path.relpath(path, source_dir)}: {source[:60]!r} is filed under "
                                    f"{context}, a context this file never asks for")
    contexts = {context for context, _, _ in messages}
    for ts in ts_files:
        for name in sorted({c.findtext("name") for c in ET.parse(ts).getroot().iter("context")} - contexts):
            problems.append(f"{os.path.basename(ts)}: context {name} is not in the sources "
                            "(run the update_translations target)")
    for problem in problems:
        print(problem)
    print(f"{len(messages)} messages in {len(contexts)} contexts; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
