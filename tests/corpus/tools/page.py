#!/usr/bin/env python3
"""Write a document's text as the web page it would be published as: one <p> per
paragraph in the browser's default proportional type, <h2> for a markdown heading,
<hr> for a rule.  Printed by Chromium and extracted by pdftotext, the page gives the
PDF a reader makes of a web page (lines wrapped by the browser in proportional type,
paragraph spacing), where the pdf/ variants print the text as the browser shows a
plain-text file (monospace, the text's own line breaks).

The paragraphs are the text's own: blocks between blank lines, a hard-wrapped block
joined into one paragraph, the items of a list (a line that opens with a label or a
bullet) each a paragraph with their indented continuation lines, and the lines of a
block written one paragraph to a line (long lines, not wrapped) each a paragraph.
With --gold, the gold's paragraphs are the page's: a block's lines are joined but
where the gold opens a paragraph (after its label), and an elision on a line of its
own stays apart; a page that joined or cut the text's paragraphs differently from the
gold would score the reader against the wrong structure, and the run fails when a
paragraph of the page and of the gold do not open together.  The page's text and
order are the text's.  Without it, the rules above guess the paragraphs.

usage: page.py LANG.txt LANG OUT.html [--gold GOLD.json]
"""
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "eval"))
import score  # noqa: E402  (tests/eval/score.py)

LABEL = re.compile(r"^\s*(\(?[a-zA-Z0-9]{1,4}[.)]|[-*•–]|§\s*\d)\s")
RULE = re.compile(r"^\s*([-_*=])\1{4,}\s*$")
WRAP_MAX = 100  # a hard-wrapped line is no longer than this
WRAP_FULL = 0.55  # each but the last line of a wrapped block fills this share of the widest
LABEL_WORDS = 3  # words a label may take before a gold snippet ("(a)", "Article 5", "§ 3.1.")
SNIPPET_WORDS = 6  # words of a snippet compared
MATCH_MIN = 4  # words of a snippet a line that ends before it must hold


def blocks(text):
    out, cur = [], []
    for line in text.splitlines():
        if line.strip():
            cur.append(line.rstrip())
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def wrapped(lines):
    """A paragraph wrapped by hand: no list item inside, every line but the last full."""
    if len(lines) < 2 or any(LABEL.match(ln) for ln in lines[1:]):
        return False
    widest = max(len(ln) for ln in lines)
    return widest <= WRAP_MAX and all(len(ln) >= WRAP_FULL * widest for ln in lines[:-1])


LONE_BULLET = re.compile(r"^\s*([-–—•o*])\s*$")


def continues(line, prev, indent):
    """Whether line goes on with the paragraph that prev is in (which opened at indent):
    deeper indentation than its first line, or prev a full wrapped line without a
    sentence end.  (A bullet alone on its line, as a PDF's text sets it apart from its
    item, always takes the next line: see paragraphs.)"""
    if LABEL.match(line) or LONE_BULLET.match(line):
        return False
    lead = len(line) - len(line.lstrip())
    full = len(prev.strip()) >= 55 and len(prev) <= WRAP_MAX
    return lead > indent or (full and not prev.rstrip().endswith((".", ":", ";", "!", "?")))


def matches(line, start):
    """Whether line opens with the words start, after a label of at most LABEL_WORDS; a
    short line (a list item's first, before its text wraps) with at least MATCH_MIN of them."""
    w = score.words(line)[:LABEL_WORDS + SNIPPET_WORDS]
    for k in range(LABEL_WORDS + 1):
        n = min(len(start), len(w) - k)
        if start and n >= min(len(start), MATCH_MIN) and w[k:k + n] == start[:n]:
            return True
    return False


class GoldStarts:
    """The gold's paragraph starts of one language, met in the text's order: a line opens
    the next one (or one a few further on, past a start the text does not open a line
    with), so a heading's few words do not match a line of a paragraph further on."""
    AHEAD = 3

    def __init__(self, gold, lang):
        self.starts = [] if not gold else [
            score.words(snip.lstrip("?"))[:SNIPPET_WORDS]
            for bead in gold["beads"] for snip in bead.get(lang, [])]
        self.next = 0

    def opens(self, line):
        for k in range(self.next, min(self.next + self.AHEAD, len(self.starts))):
            if matches(line, self.starts[k]):
                self.next = k + 1
                return True
        return False


ELISION = re.compile(r"^\s*[‘’“”\"']?(…|\.\.\.|\[\.\.\.?\]|\[…\])\.?[‘’“”\"']?\s*$")


def by_gold(block, opening):
    """The block's paragraphs where the gold opens them; an elision on a line of its own
    (a quotation's words left out) stays a paragraph of its own, as a court's page sets it."""
    out = []
    for i, line in enumerate(block):
        alone = ELISION.match(line) or (i > 0 and ELISION.match(block[i - 1]))
        after_bullet = i > 0 and LONE_BULLET.match(block[i - 1])
        if out and (after_bullet or not (opening[i] or alone or LONE_BULLET.match(line))):
            out[-1] += " " + line.strip()
        else:
            out.append(line.strip())
    return out


def paragraphs(block, gold):
    opening = [gold.opens(ln) for ln in block]
    if gold.starts:
        return by_gold(block, opening)
    if wrapped(block) and not any(opening[1:]):
        return [" ".join(ln.strip() for ln in block)]
    out, indent = [], 0
    for i, line in enumerate(block):
        after_bullet = i > 0 and LONE_BULLET.match(block[i - 1])
        if out and (after_bullet or (continues(line, block[i - 1], indent) and not opening[i])):
            out[-1] += " " + line.strip()
        else:
            out.append(line.strip())
            indent = len(line) - len(line.lstrip())
    return out


def elements(text, gold=None, lang=""):
    """(tag, text) of the page's elements in order; no paragraph of the gold is joined
    to the line before it."""
    starts = GoldStarts(gold, lang)
    out = []
    for block in blocks(text):
        if block[0].startswith("#"):
            starts.opens(block[0])
            out.append(("h2", block[0].lstrip("# ")))
            block = block[1:]
        for p in paragraphs(block, starts):
            out.append(("hr", "") if RULE.match(p) else ("p", p))
    return out


def title_of(text):
    return next((ln.strip(" #>") for ln in text.splitlines() if ln.strip()), "")[:90]


def write_page(text, lang, path, gold=None):
    body = "\n".join(f"<{t}>{html.escape(s)}</{t}>" if t != "hr" else "<hr>"
                     for t, s in elements(text, gold, lang))
    with open(path, "w", encoding="utf-8") as f:
        f.write(f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
                f"<title>{html.escape(title_of(text))}</title></head>\n<body>\n{body}\n"
                "</body></html>\n")


def check(text, lang, gold):
    """The gold's paragraph starts of lang that open no paragraph of the page, and the
    page's paragraphs that open none of the gold's (but an elision's)."""
    paras = [s for t, s in elements(text, gold, lang) if t != "hr"]
    starts = GoldStarts(gold, lang).starts
    bad = [" ".join(w) for w in starts if w and not any(matches(p, w) for p in paras)]
    return bad + [p[:60] for p in paras
                  if not ELISION.match(p) and not any(matches(p, w) for w in starts)]


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 4
    text = open(argv[0], encoding="utf-8").read()
    gold = None
    if "--gold" in argv:
        gold = json.load(open(argv[argv.index("--gold") + 1], encoding="utf-8"))
    write_page(text, argv[1], argv[2], gold)
    if gold:
        bad = check(text, argv[1], gold)
        for b in bad:
            print(f"page.py: {argv[0]}: the page and the gold part at {b!r}", file=sys.stderr)
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
