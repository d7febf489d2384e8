#!/usr/bin/env python3
"""Lay a legislative act's text out as the Official Journal prints it, as pdftotext
gives it back: lines wrapped at a width, pages of a number of lines, the running
header mirrored on facing pages (the date first on odd pages, the page first on even
ones), and each note at the foot of the page that refers to it, numbered in brackets
as the recitals are, with no rule above it left in the text.

The input is the act's clean text: paragraphs separated by blank lines, its notes at
the end ("(1) OJ C 229, ..." after the last article), referred to in the text as
"... Committee (1),".  The layout is deterministic: the same input gives the same
pages.

usage: oj_print.py IN.txt LANG OUT.txt [--date 4.5.2016] [--journal "L 119"]
                   [--width 92] [--lines 46]
"""
import re
import sys
import textwrap

# The journal's name as each language version prints it in the running header.
JOURNAL = {
    "en": "EN Official Journal of the European Union",
    "sv": "SV Europeiska unionens officiella tidning",
    "lv": "LV Eiropas Savienības Oficiālais Vēstnesis",
}
NOTE = re.compile(r"\((\d+)\) ")
MARKER = re.compile(r"(?:\S |^)\((\d+)\)(?=[ ,.;:)]|$)")


def option(argv, name, default):
    return argv[argv.index(name) + 1] if name in argv else default


def split_notes(paragraphs):
    """The body and the notes: the notes are the run of paragraphs numbered in
    brackets from (1) on that ends the text."""
    starts = [i for i, p in enumerate(paragraphs) if p.startswith("(1) ")]
    if not starts:
        return paragraphs, {}
    first = starts[-1]
    notes = {}
    for p in paragraphs[first:]:
        m = NOTE.match(p)
        if not m:
            return paragraphs, {}
        notes[int(m.group(1))] = p
    return paragraphs[:first], notes


def header(lang, page, date, journal):
    name = JOURNAL[lang]
    return f"{date} {name} {journal}/{page}" if page % 2 else f"{journal}/{page} {name} {date}"


def lay_out(paragraphs, lang, date, journal, width, per_page):
    body, notes = split_notes(paragraphs)
    # each line, and whether it opens its paragraph (where "(1)" is the paragraph's own number)
    lines = [(line, k == 0) for p in body for k, line in enumerate(textwrap.wrap(p, width))]
    pages, placed = [], 0
    for start in range(0, len(lines), per_page):
        text = [line for line, _ in lines[start:start + per_page]]
        foot = []
        for line, opens in lines[start:start + per_page]:  # the notes this page refers to
            for m in MARKER.finditer(line):
                v = int(m.group(1))
                if (m.start() > 0 or not opens) and v == placed + 1 and v in notes:
                    foot += textwrap.wrap(notes[v], width)
                    placed = v
        pages.append([header(lang, len(pages) + 1, date, journal)] + text + foot)
    return "\f".join("\n".join(page) + "\n" for page in pages), placed, len(notes)


def main(argv):
    if len(argv) < 3 or argv[1] not in JOURNAL:
        sys.stderr.write(__doc__)
        return 2
    src, lang, out = argv[0], argv[1], argv[2]
    with open(src, encoding="utf-8") as f:
        paragraphs = [p.strip() for p in f.read().split("\n\n") if p.strip()]
    text, placed, total = lay_out(paragraphs, lang, option(argv, "--date", "4.5.2016"),
                                  option(argv, "--journal", "L 119"),
                                  int(option(argv, "--width", "92")),
                                  int(option(argv, "--lines", "46")))
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{out}: {text.count(chr(12)) + 1} pages, {placed} of {total} notes at a page's foot")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
