#!/usr/bin/env python3
"""Make a large synthetic parallel document pair from a seed pair.

The numbered paragraphs, section headings and bullets of two language
versions of one seed document (by default the 2025 Council conclusions,
sv 001 and lv 004) are paired by their structure, then repeated until each
language has N paragraphs, numbered on (1., 2., ... N.).  So that the
alignment is not trivial, about 1% of the units are dropped from one
language and about 1% are split in two in one language (the second half
unnumbered).  The Swedish side is written the way PDF text extraction
writes it (hard-wrapped lines, a blank line after every line, page footers);
the other side one paragraph per line, as in the markdown-ish seeds.
Deterministic for a given --seed.

usage: make_synthetic.py --paragraphs N --out DIR [--seed S] [--a FILE --b FILE]
writes DIR/a.txt and DIR/b.txt and prints their paragraph counts.
"""
import argparse
import difflib
import glob
import os
import random
import re
import textwrap

NUMBERED = re.compile(r"^\s*(\d+)\.\s+(.*)$")
HEADING = re.compile(r"^[#\s*]*([IVX]+)\.\s+(.*)$")
BULLET = re.compile(r"^\s*[-\u2022\u2013]\s+(.*)$")
MARKUP = re.compile(r"\*\*|__|<sup>.*?</sup>|^#+\s*")
DROP_RATE = 0.01
SPLIT_RATE = 0.01
WRAP = 90
LINES_PER_PAGE = 45


def clean(text):
    return re.sub(r"\s+", " ", MARKUP.sub("", text)).strip(" *")


def units(path):
    """(kind, key, text) for the body of a seed: from paragraph 1 on."""
    out, started = [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip()
            num = NUMBERED.match(line)
            started = started or bool(num and num.group(1) == "1")
            if not started or not line.strip():
                continue
            head, bullet = HEADING.match(line), BULLET.match(line)
            if num:
                out.append(("num", num.group(1), clean(num.group(2))))
            elif head:
                out.append(("head", head.group(1), clean(head.group(2))))
            elif bullet:
                out.append(("bullet", "", clean(bullet.group(1))))
    return [u for u in out if u[2]]


def pair(a, b):
    """Units present in both versions, matched by their structure."""
    keys_a = [(k, key) for k, key, _ in a]
    keys_b = [(k, key) for k, key, _ in b]
    matcher = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    pairs = []
    for block in matcher.get_matching_blocks():
        for i in range(block.size):
            ua, ub = a[block.a + i], b[block.b + i]
            pairs.append((ua[0], ua[1], ua[2], ub[2]))
    return pairs


def split_text(text, rng):
    """Cut a paragraph at a sentence end near its middle (None: no sentence end)."""
    ends = [m.end() for m in re.finditer(r"[.;:] ", text)]
    if not ends:
        return None
    cut = min(ends, key=lambda e: abs(e - len(text) // 2 + rng.randint(-20, 20)))
    return [text[:cut].strip(), text[cut:].strip()]


def generate(pairs, n, rng):
    """Two lists of (label, text) paragraphs with n units before drops/splits."""
    sides = ([], [])
    number = 0
    for i in range(n):
        kind, key, ta, tb = pairs[i % len(pairs)]
        if kind == "num":
            number += 1
            label = "%d." % number
        else:
            label = key + "." if kind == "head" else "-"
        texts = [ta, tb]
        r, side = rng.random(), rng.randrange(2)
        for s in range(2):
            if r < DROP_RATE and s == side:
                continue
            pieces = split_text(texts[s], rng) if r < DROP_RATE + SPLIT_RATE and s == side else None
            if pieces:
                sides[s].append((label, pieces[0]))
                sides[s].append(("", pieces[1]))
            else:
                sides[s].append((label, texts[s]))
    return sides


def write_pdf_style(path, paragraphs, footer):
    """Hard-wrapped lines, each followed by a blank line, a footer every page."""
    lines, page = 0, 1
    with open(path, "w", encoding="utf-8") as f:
        for label, text in paragraphs:
            body = (label + " " + text) if label else text
            for line in textwrap.wrap(body, WRAP):
                f.write(line + " \n\n")
                lines += 1
                if lines % LINES_PER_PAGE == 0:
                    page += 1
                    f.write(" \n\n%s   /ss %d \n\n%s \n \n\n" % (footer[0], page, footer[1]))


def write_line_style(path, paragraphs):
    with open(path, "w", encoding="utf-8") as f:
        for label, text in paragraphs:
            f.write(((label + " " + text) if label else text) + "\n\n")


def seed(pattern):
    here = os.path.dirname(os.path.abspath(__file__))
    return glob.glob(os.path.join(here, "..", "data", "seeds", pattern))[0]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--paragraphs", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--a", default=None, help="first language version (PDF-style output)")
    ap.add_argument("--b", default=None, help="second language version")
    args = ap.parse_args()
    pairs = pair(units(args.a or seed("001_*.txt")), units(args.b or seed("004_*.txt")))
    if not pairs:
        raise SystemExit("make_synthetic.py: no paragraphs in common between the seeds")
    rng = random.Random(args.seed)
    a, b = generate(pairs, args.paragraphs, rng)
    os.makedirs(args.out, exist_ok=True)
    write_pdf_style(os.path.join(args.out, "a.txt"), a, ("15315/25", "BILAGA RELEX.2  SV"))
    write_line_style(os.path.join(args.out, "b.txt"), b)
    print("%d %d" % (len(a), len(b)))


if __name__ == "__main__":
    main()
