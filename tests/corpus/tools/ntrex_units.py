#!/usr/bin/env python3
"""Sentence units on every article of the NTREX-128 news test set, sv, lv and en: how many
units cross a segment of the translators (a report, not a gate; not in CI).

usage: ntrex_units.py PARALIGN NTREX_DIR [--unseen] [--list]

NTREX_DIR is a checkout of github.com/MicrosoftTranslator/NTREX (CC BY-SA 4.0).  Each article
is written as render.py writes the corpus's NTREX documents (its headline, then its other
segments joined into one paragraph) and aligned with `align --units sentence`.  The test set
keeps one translated segment per line, so a unit is right for a pair of languages when both
sides cover the same segments; a unit whose two sides cover different segments crosses one.
--unseen leaves out the articles that corpus documents hold (render.py's NTREX_SETS);
--list prints each crossing unit's article, pair and segment numbers (lines of the test set,
from 0).
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from render import NTREX_FILES, NTREX_SETS, ntrex_article  # noqa: E402

LANGS = ("sv", "lv", "en")
PAIRS = (("sv", "lv"), ("sv", "en"), ("lv", "en"))
LOCATE_CHARS = 40  # a unit's text is found by its first characters, from where the last one was


def read_set(root):
    with open(os.path.join(root, "DOCUMENT_IDS.tsv"), encoding="utf-8") as f:
        ids = [ln.strip() for ln in f]
    segs = {}
    for lang in LANGS:
        with open(os.path.join(root, NTREX_FILES[lang]), encoding="utf-8") as f:
            segs[lang] = [" ".join(ln.split()) for ln in f]
    return ids, segs


def render(lines, segs):
    """The article's text in one language, as render.py writes it, and (start, end, line)
    of each segment in it (the body's segments are joined by one space)."""
    headline, body = ntrex_article([segs[i] for i in lines])
    text = headline + "\n\n" + body + "\n"
    spans, at = [(0, len(headline), lines[0])], len(headline) + 2
    for i in lines[1:]:
        spans.append((at, at + len(segs[i]), i))
        at += len(segs[i]) + 1
    return text, spans


def segments_of(text, spans, unit_text, cursor):
    """The segments a unit's text covers (None where it is not found), and the new cursor."""
    at = text.find(unit_text[:LOCATE_CHARS], cursor)
    if at < 0:
        return None, cursor
    end = at + len(unit_text)
    return frozenset(i for a, b, i in spans if a < end and b > at), at


def align_article(binary, lines, segs, tmp):
    texts, files = {}, []
    for lang in LANGS:
        texts[lang] = render(lines, segs[lang])
        path = os.path.join(tmp, f"{lang}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(texts[lang][0])
        files.append(path)
    r = subprocess.run([binary, "align", "-q", "--force", "--units", "sentence", "--format", "jsonl",
                        "--langs", ",".join(LANGS)] + files, capture_output=True, text=True,
                       timeout=300)
    if r.returncode != 0:
        raise RuntimeError(f"align failed ({r.returncode}): {r.stderr.strip()[-200:]}")
    cursor = {lang: 0 for lang in LANGS}
    for row in r.stdout.splitlines():
        covered = {}
        for d in json.loads(row)["docs"]:
            lang = d["lang"]
            covered[lang], cursor[lang] = segments_of(*texts[lang], d["text"], cursor[lang])
        yield covered


def main(argv):
    if len(argv) < 2 or argv[0].startswith("-"):
        print(__doc__.strip().splitlines()[3], file=sys.stderr)
        return 4
    binary, root = os.path.abspath(argv[0]), argv[1]
    ids, segs = read_set(root)
    held = {a for arts in NTREX_SETS.values() for a in arts} if "--unseen" in argv else set()
    articles = [a for a in dict.fromkeys(ids) if a not in held]
    units = {a + "-" + b: 0 for a, b in PAIRS}
    crossing = dict.fromkeys(units, 0)
    with tempfile.TemporaryDirectory() as tmp:
        for art in articles:
            lines = [i for i, d in enumerate(ids) if d == art]
            for covered in align_article(binary, lines, segs, tmp):
                for a, b in PAIRS:
                    if covered.get(a) is None or covered.get(b) is None:
                        continue
                    units[f"{a}-{b}"] += 1
                    if covered[a] != covered[b]:
                        crossing[f"{a}-{b}"] += 1
                        if "--list" in argv:
                            print(f"{art} {a}-{b} {sorted(covered[a])} {sorted(covered[b])}")
    print(f"{len(articles)} articles")
    for pair, n in units.items():
        print(f"{pair}: {n} units, {crossing[pair]} crossing a segment")
    print(f"crossing in all: {sum(crossing.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
