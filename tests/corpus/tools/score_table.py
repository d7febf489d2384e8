#!/usr/bin/env python3
"""The corpus README's table of today's scores: F1 per document and pair in the clean,
pdf, pdf-layout, page-pdf and page-pdf-layout forms (the text forms; "–" where a
document has no such form), for paralign and for the naive hunalign baseline, from the
output of the two scorecards.

usage: score_table.py PARALIGN_SCORECARD.txt HUNALIGN_SCORECARD.txt [MORE_HUNALIGN.txt...]
  (tests/corpus/scorecard.sh build/tools/paralign > a.txt;
   tests/corpus/baseline_hunalign.sh HUNALIGN > b.txt)
"""
import re
import sys

FORMS = ["clean", "pdf", "pdf-layout", "page-pdf", "page-pdf-layout"]


def load(paths):
    """{(document, form, pair): F1} of the paragraph rows of scorecard outputs."""
    out = {}
    for path in paths:
        for line in open(path, encoding="utf-8"):
            f = line.split()
            if len(f) == 6 and re.fullmatch(r"[01]\.\d{3}", f[5]) and f[1] in FORMS:
                out[(f[0], f[1], f[2])] = float(f[5])
    return out


def cells(scores, doc, pair):
    return " / ".join(f"{scores[(doc, v, pair)]:.3f}" if (doc, v, pair) in scores else "–"
                      for v in FORMS)


def means(scores):
    per = [[x for (d, v, p), x in scores.items() if v == form] for form in FORMS]
    every = [x for xs in per for x in xs]
    return " / ".join(f"{sum(xs) / len(xs):.3f}" for xs in per if xs), every


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 4
    ours, base = load(argv[:1]), load(argv[1:])
    rows = sorted({(d, p) for (d, v, p) in ours})
    print("| document | pair | paralign | hunalign baseline |")
    print("|---|---|---|---|")
    for doc, pair in rows:
        print(f"| {doc} | {pair} | {cells(ours, doc, pair)} | {cells(base, doc, pair)} |")
    om, oall = means(ours)
    bm, ball = means(base)
    print(f"| **mean** | | **{om}** (all {sum(oall) / len(oall):.3f}, min {min(oall):.3f}) | "
          f"{bm} (all {sum(ball) / len(ball):.3f}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
