#!/usr/bin/env python3
"""Write a seed document's paragraphs as pandoc markdown, keeping their structure.

usage: paragraphs_to_markdown.py PARAGRAPHS.jsonl SEED.txt > DOC.md

PARAGRAPHS.jsonl is `paralign paragraphs --format jsonl SEED.txt`: the seed's
paragraphs, with their kind, label, level and footnote markers.  The markdown
gives each the structure a word processor or a web page would: headings, ordered
lists (numbered paragraphs, a) items nested under their paragraph), bullet lists,
and real footnotes (pandoc `[^N]`), so that pandoc makes HTML and DOCX of it and
Chromium prints the HTML to PDF.  The text is escaped: only this structure is
markup.  A footnote marker goes where the seed had it (after a word, as
"ekosystem2", "Conclusions¹" or "pamatnostādņēm ¹"), else at the end of the
paragraph before the note.
"""
import json
import re
import sys

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
ORDERED = re.compile(r"^(\d{1,3}|[a-z]|[A-Z]|[ivxlc]+|[IVXLC]+)([.)])$")


def escape(text):
    return re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", text)


def superscript(n):
    return "".join(SUPERSCRIPTS[int(d)] for d in str(n))


def marker_after(words, seed, n):
    """Index of the word the seed glues footnote marker n to, or -1."""
    for i, w in enumerate(words):
        core = w.rstrip(".,;:)")
        if not core:
            continue
        for glued in (core + str(n), core + superscript(n), core + " " + superscript(n),
                      core + "<sup>%d</sup>" % n):
            if re.search(r"(?<!\w)" + re.escape(glued) + r"(?![0-9A-Za-z])", seed):
                return i
    return -1


def with_markers(text, notes, seed):
    words = text.split(" ")
    glued, tail = {}, []
    for n in notes:
        i = marker_after(words, seed, n)
        if i < 0 or i in glued:
            tail.append(n)
        else:
            glued[i] = n
    out = []
    for i, w in enumerate(words):
        if i not in glued:
            out.append(escape(w))
            continue
        core = w.rstrip(".,;:)")
        rest = w[len(core):]
        sup = superscript(glued[i])
        if i + 1 < len(words) and words[i + 1].startswith(sup):
            rest += words[i + 1][len(sup):]  # the seed's own marker, set apart by a space
            words[i + 1] = ""
        out.append(escape(core) + "[^%d]" % glued[i] + escape(rest))
    return " ".join(w for w in out if w) + "".join("[^%d]" % n for n in tail)


def list_marker(label):
    """The markdown marker for a label, or None when it is not a list label."""
    if label in ("-", "–", "•", "*", "·", "—"):
        return "-"
    m = ORDERED.match(label)
    return label if m else None


def main(argv):
    paras = [json.loads(line) for line in open(argv[1], encoding="utf-8") if line.strip()]
    seed = open(argv[2], encoding="utf-8").read()
    body = [p for p in paras if p["kind"] != "footnote"]
    notes = [p for p in paras if p["kind"] == "footnote"]
    referenced = {n for p in body for n in p["footnotes"]}
    # a note that no paragraph refers to: its marker goes on the last paragraph
    # before it where the seed has it after a word, else on the paragraph before it
    extra, before = {}, []
    for p in paras:
        if p["kind"] != "footnote":
            before.append(p)
        elif p["value"] not in referenced and before:
            n = p["value"]
            host = next((q for q in reversed(before)
                         if marker_after(q["text"].split(" "), seed, n) >= 0), before[-1])
            extra.setdefault(host["index"], []).append(n)
    out, first_heading = [], True
    open_lists = []  # the marker kind of each open list level
    for p in body:
        refs = p["footnotes"] + extra.get(p["index"], [])
        text = with_markers(p["text"], refs, seed)
        label = p["label"]
        marker = list_marker(label) if label and p["kind"] != "heading" else None
        if not marker:
            if open_lists:
                out.append("<!-- end of list -->")
            open_lists = []
            prefix = escape(label) + " " if label else ""
            if p["kind"] == "heading":
                out.append(("# " if first_heading else "## ") + prefix + text)
                first_heading = False
            else:
                out.append(prefix + text)
            continue
        depth = min(p["level"], len(open_lists))
        kind = "bullet" if marker == "-" else re.sub(r"[a-z]+", "a", re.sub(r"[A-Z]+", "A", re.sub(r"[0-9]+", "1", marker)))
        if depth < len(open_lists) and open_lists[depth] != kind:
            out.append("    " * depth + "<!-- end of list -->")
        open_lists = open_lists[:depth] + [kind]
        out.append("    " * depth + marker + " " + text)
    for p in notes:
        out.append("[^%d]: %s" % (p["value"], escape(p["text"])))
    sys.stdout.write("\n\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
