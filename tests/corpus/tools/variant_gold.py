#!/usr/bin/env python3
"""Derive the gold of a PDF-extracted variant from a document's gold.json.

The variant is the same document printed by Chromium and extracted by pdftotext, so
its paragraphs are the same; only page furniture (the print date, the page title, the
file URL, the page counter n/N) is added, and page breaks may fall inside a paragraph's
first words.  Each gold snippet is located in the variant's text with the furniture
left out and then rewritten as the variant's own word run from the paragraph start, so
a snippet cut by a page break still matches the text as it is.  Each furniture line
becomes a one-sided noise bead, placed after the bead whose paragraph it interrupts.
The result is checked: every snippet must land where it was found here.

usage: variant_gold.py DOC_DIR VARIANT      (writes DOC_DIR/VARIANT/gold*.json)
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "eval"))
import score  # noqa: E402  (tests/eval/score.py)

DATE = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}(\s?[AP]M)?\b")


def is_header(line, title):
    s = line.strip()
    return bool(DATE.match(s)) or (bool(title) and s == title)


def is_footer(line):
    s = line.strip()
    return s.startswith("file://") or bool(re.fullmatch(r"\d+/\d+", s))


def furniture_lines(text, title):
    """Indexes of the lines Chromium adds to each page: at most two header lines (date,
    title) at the top of a page and two footer lines (URL, n/N) at its bottom."""
    lines = text.split("\n")
    marks, page = set(), []
    for i, line in enumerate(lines + ["\f"]):
        if "\f" in line or i == len(lines):
            body = [j for j in page if lines[j].strip()]
            # without -layout the header title may come out below the page's first lines
            titled = [j for j in body[2:] if title and lines[j].strip() == title][:1]
            if titled and not any(lines[j].strip() == title for j in body[:2]):
                marks.add(titled[0])
            for j in body[:2]:
                if not is_header(lines[j], title):
                    break
                marks.add(j)
                m = DATE.match(lines[j].strip())
                if m and lines[j].strip()[m.end():].strip():
                    break  # -layout: the title shares the date's line
            for j in reversed(body[-2:]):
                if is_footer(lines[j]):
                    marks.add(j)
                else:
                    break
            page = []
            rest = line.split("\f")[-1] if i < len(lines) else ""
            if i < len(lines) and rest.strip():
                page = [i]  # the first line of the next page shares the form feed
            continue
        page.append(i)
    return marks


def page_title(text):
    """The page title Chromium prints in the header of page 1."""
    for line in text.splitlines()[:6]:
        s = line.strip()
        m = DATE.match(s)
        if m and s[m.end():].strip():
            return s[m.end():].strip()  # -layout: date and title on one line
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return lines[1] if len(lines) > 1 and DATE.match(lines[0]) else ""


class Text:
    def __init__(self, path):
        text = open(path, encoding="utf-8").read()
        marks = furniture_lines(text, page_title(text))
        self.words, self.furn, self.lines = [], [], []  # lines: (first word index, text)
        for i, line in enumerate(text.split("\n")):
            line = line.split("\f")[-1]
            w = score.words(line)
            f = i in marks
            if f and w:
                self.lines.append((len(self.words), line.strip()))
            self.words += w
            self.furn += [f] * len(w)
        self.body = [i for i, f in enumerate(self.furn) if not f]  # raw index of body words
        self.body_words = [self.words[i] for i in self.body]

    def locate(self, snippet_words, cursor):
        """(body position, words matched) of the snippet at or after the body cursor.  Where
        extraction put other words inside the snippet (pdftotext without -layout may write a
        page's list numbers or its title out of order), its longest first part of three words
        or more is taken."""
        for n in range(len(snippet_words), min(3, len(snippet_words)) - 1, -1):
            p = score.find(self.body_words, snippet_words[:n], cursor)
            if p >= 0:
                return p, n
        # pdftotext without -layout joins a word hyphenated at a line end and drops the
        # hyphen ("multi-" / "architecture" -> "multiarchitecture"): two words as one
        for k in range(len(snippet_words) - 1):
            joined = snippet_words[:k] + [snippet_words[k] + snippet_words[k + 1]]
            if len(joined) >= 3:
                p = score.find(self.body_words, joined, cursor)
                if p >= 0:
                    return p, len(joined)
        # a page break right after a sentence's first word, and pdftotext writing the next
        # page's labels or heading out of order there ("... verkställbar. Om" / page furniture /
        # "c. d. Om licensen ..." / "bestämmelsen inte kan ..."): the rest is found, and the
        # first word looked for just before it; the run covers what came between
        for k in (1, 2):
            rest = snippet_words[k:]
            if len(rest) < 3:
                break
            p = score.find(self.body_words, rest, cursor)
            if p < 0:
                continue
            for q in range(p - k, max(cursor, p - 40) - 1, -1):
                if self.body_words[q:q + k] == snippet_words[:k]:
                    return q, p - q + len(rest)
        return -1, 0

    def run_from(self, body_pos, n):
        """The raw word run from a body position that covers n body words."""
        start = self.body[body_pos]
        end = self.body[min(body_pos + n, len(self.body)) - 1]
        return " ".join(self.words[start:end + 1])


def rewrite(text, snippets, cursor, where):
    """A sentence-gold bead's list of sentence starts, rewritten as the variant's word runs
    (a page break may fall inside one) from the bead's start on."""
    out = []
    for snip in snippets:
        p, n = text.locate(score.words(snip), cursor)
        if p < 0:
            raise SystemExit(f"{where}: sentence not found: {snip!r}")
        cursor = p + 1
        out.append(text.run_from(p, n))
    return out


def derive(gold, doc_dir, variant):
    langs = gold["langs"]
    texts = {lang: Text(os.path.join(doc_dir, variant, gold["files"][lang])) for lang in langs}
    beads, first_pos = [], []  # first_pos[i][lang]: raw position of bead i's first paragraph
    cursor = {lang: 0 for lang in langs}
    for bead in gold["beads"]:
        nb = {k: v for k, v in bead.items() if k not in langs}
        pos = {}
        for lang in langs:
            if lang not in bead:
                continue
            out, first = [], cursor[lang]
            for snip in bead[lang]:
                q = "?" if snip.startswith("?") else ""
                w = score.words(snip.lstrip("?"))
                p, n = texts[lang].locate(w, cursor[lang])
                if p < 0:
                    raise SystemExit(f"{doc_dir} {variant} {lang}: not found: {snip!r}")
                cursor[lang] = p + 1
                out.append(q + texts[lang].run_from(p, n))
                pos.setdefault(lang, texts[lang].body[p])
            nb[lang] = out
            if "sentences" in bead and lang in bead["sentences"]:
                nb["sentences"] = dict(nb["sentences"])
                nb["sentences"][lang] = rewrite(texts[lang], bead["sentences"][lang], first,
                                                f"{doc_dir} {variant} {lang}")
        beads.append(nb)
        first_pos.append(pos)
    # furniture lines as noise beads, after the last bead that starts before them
    noise_after = {}
    for lang in langs:
        for k, (wpos, line) in enumerate(texts[lang].lines):
            after = -1
            for i, pos in enumerate(first_pos):
                if lang in pos and pos[lang] < wpos:
                    after = i
            noise_after.setdefault(after, []).append(
                {"id": f"furniture-{lang}-{k + 1}", "noise": True, lang: [line]})
    out = list(noise_after.get(-1, []))
    for i, b in enumerate(beads):
        out.append(b)
        out += noise_after.get(i, [])
    g = dict(gold)
    g["name"] = gold["name"] + "-" + variant
    g["notes"] = (gold.get("notes", "") + " Derived for the " + variant + " variant by "
                  "tools/variant_gold.py: snippets rewritten as the variant's word runs, page "
                  "furniture as noise beads.").strip()
    g["beads"] = out
    return g, texts, first_pos


def check(g, doc_dir, variant, texts):
    """Every paragraph snippet must be located by the scorer where it was found here."""
    for lang in g["langs"]:
        side = score.Side(g, lang, os.path.join(doc_dir, variant))
        got = sorted(p for (p, bi, _) in side.paras if not g["beads"][bi].get("noise"))
        want = []
        cur = 0
        for b in g["beads"]:
            if b.get("noise") or lang not in b:
                continue
            for snip in b[lang]:
                p = score.find(texts[lang].words, score.words(snip.lstrip("?")), cur)
                want.append(p)
                cur = p + 1
        if got != sorted(want):
            raise SystemExit(f"{doc_dir} {variant} {lang}: snippets land elsewhere in the check")


def main(argv):
    doc_dir, variant = argv
    for name in ("gold.json", "gold.sentence.json"):
        path = os.path.join(doc_dir, name)
        if not os.path.isfile(path):
            continue
        gold = json.load(open(path, encoding="utf-8"))
        g, texts, _ = derive(gold, doc_dir, variant)
        with open(os.path.join(doc_dir, variant, name), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
        check(g, doc_dir, variant, texts)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
