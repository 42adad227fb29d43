#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Gives a message that moved to another context the translation it had in the old one.

    carry_translations.py LCONVERT TS_FILE...

lupdate matches messages by context and source text, so a message whose context changes comes
back as a new one, untranslated or with a translation its same-text heuristic copied but marked
unfinished, while the old one stays behind as "vanished" (finished) or "obsolete" (unfinished).
This gives the new message with the same source text, comment and plural form the old
translation and its state; old translations that disagree are carried as unfinished, for a
translator to choose. lconvert then drops what
is left behind and writes the file as lupdate does. Run by the update_translations target
after lupdate (which therefore keeps the obsolete messages for it).
"""
import copy
import subprocess
import sys
import xml.etree.ElementTree as ET

LEFT_BEHIND = ("vanished", "obsolete")


def key(message):
    return (message.findtext("source"), message.findtext("comment") or "", message.get("numerus") == "yes")


def content(translation):
    return (translation.text or "").strip(), tuple(f.text or "" for f in translation.iter("numerusform"))


def has_text(translation):
    text, forms = content(translation)
    return bool(text or any(f.strip() for f in forms))


def carry(path):
    tree = ET.parse(path)
    messages = [m for c in tree.getroot().iter("context") for m in c.iter("message")]
    old = {}
    for m in messages:
        t = m.find("translation")
        if t.get("type") in LEFT_BEHIND and has_text(t):
            old.setdefault(key(m), []).append(t)
    carried = unsure = 0
    for m in messages:
        t = m.find("translation")
        if t.get("type") != "unfinished" or key(m) not in old:
            continue
        donors = old[key(m)]
        donor = next((d for d in donors if d.get("type") == "vanished"), donors[0])
        # lupdate's same-text heuristic may have copied it already, as unfinished; anything
        # else there is a translator's work in progress.
        if has_text(t) and content(t) != content(donor):
            continue
        tail = t.tail
        t.clear()
        t.text, t.tail = donor.text, tail
        for form in donor:
            t.append(copy.deepcopy(form))
        if donor.get("type") == "vanished" and len({content(d) for d in donors}) == 1:
            t.attrib.pop("type", None)
        else:
            t.set("type", "unfinished")
            unsure += 1
        carried += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return carried, unsure


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    lconvert = sys.argv[1]
    for path in sys.argv[2:]:
        carried, unsure = carry(path)
        subprocess.run([lconvert, "-locations", "none", "-no-obsolete", "-i", path, "-o", path], check=True)
        print(f"{path}: {carried} translation(s) carried to a new context, {unsure} of them left unfinished")


if __name__ == "__main__":
    main()
