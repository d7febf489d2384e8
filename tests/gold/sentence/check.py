#!/usr/bin/env python3
"""Check a sentence-level gold against the paragraph gold it refines.

usage: check.py SENTENCE_GOLD.json PARAGRAPH_GOLD.json

Beyond `score.py --check` (every required snippet is found in order), this checks
what the scorer does not read:
- every sentence bead lies inside one paragraph bead, the same one in every
  language, and every paragraph starts a sentence bead (the sentence gold only
  cuts the paragraph alignment finer, it never disagrees with it);
- a bead's "sentences" (all sentence starts of a bead of more than one sentence)
  begin with the bead's own first snippet (after a '?' heading that rides with it), are found in order inside the bead, and
  agree with its "shape".
Exit status 0 when the gold holds, 1 with one line per problem otherwise.
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "eval"))
import score  # noqa: E402  (tests/eval/score.py: the scorer's own snippet location)


def load(path):
    gold = json.load(open(path, encoding="utf-8"))
    return gold, os.path.dirname(os.path.abspath(path))


def starts(gold, base, lang):
    """Word position of each real (not noise) snippet, with its bead index."""
    side = score.Side(gold, lang, base)
    return side, [(p, bi) for (p, bi, _) in side.paras if not gold["beads"][bi].get("noise")]


def enclosing(para_starts, pos):
    """Index of the paragraph bead whose start is the last one at or before pos."""
    best = None
    for p, bi in para_starts:
        if p <= pos:
            best = bi
    return best


def check_nesting(sgold, sbase, pgold, pbase, problems):
    owner = {}  # sentence bead index -> {lang: paragraph bead id}
    for lang in sgold["langs"]:
        _, pstarts = starts(pgold, pbase, lang)
        _, sstarts = starts(sgold, sbase, lang)
        spos = {p for p, _ in sstarts}
        for p, bi in pstarts:
            if p not in spos:
                problems.append(f"{lang}: paragraph of bead {pgold['beads'][bi]['id']} starts no sentence bead")
        for p, bi in sstarts:
            pb = enclosing(pstarts, p)
            if pb is not None:
                owner.setdefault(bi, {}).setdefault(lang, pgold["beads"][pb]["id"])
    for bi, by_lang in owner.items():
        if len(set(by_lang.values())) > 1:
            problems.append(f"bead {sgold['beads'][bi]['id']} straddles paragraph beads {by_lang}")


def check_sentences(sgold, sbase, problems):
    beads = sgold["beads"]
    for lang in sgold["langs"]:
        side, sstarts = starts(sgold, sbase, lang)
        first = {}
        for p, bi in sstarts:
            first.setdefault(bi, p)
        order = sorted(first.values())
        for bi, bead in enumerate(beads):
            listed = bead.get("sentences", {}).get(lang)
            if not listed:
                continue
            own = [x for x in bead[lang] if not x.startswith("?")]  # a heading rides before it
            if not own or listed[0] != own[0]:
                problems.append(f"{lang}: bead {bead['id']}: sentences do not begin with its snippet")
            start = first[bi]
            later = [q for q in order if q > start]
            end = later[0] if later else len(side.doc)
            cursor = start
            for snip in listed:
                p = score.find(side.doc, score.words(snip), cursor, end - 1)
                if p < 0:
                    problems.append(f"{lang}: bead {bead['id']}: sentence not found in order inside it: {snip!r}")
                    break
                cursor = p + 1
    for bead in beads:
        if "shape" in bead:
            counts = "-".join(str(len(bead["sentences"][lg])) for lg in sgold["langs"])
            if counts != bead["shape"]:
                problems.append(f"bead {bead['id']}: shape {bead['shape']} but sentences {counts}")


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    sgold, sbase = load(argv[0])
    pgold, pbase = load(argv[1])
    problems = []
    try:
        check_nesting(sgold, sbase, pgold, pbase, problems)
        check_sentences(sgold, sbase, problems)
    except ValueError as e:  # score.Side: a snippet not found in order
        problems.append(str(e))
    for p in dict.fromkeys(problems):
        print(f"{argv[0]}: {p}")
    if not problems:
        n = sum(1 for b in sgold["beads"] if not b.get("noise"))
        print(f"{sgold['name']}: {n} beads nest in the paragraph gold, sentences located")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
