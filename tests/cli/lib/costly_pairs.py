#!/usr/bin/env python3
"""Write document pairs that once cost the aligner far more than their size,
each beside an ordinary pair of the same size and shape to compare with.

  moved N DIR   N numbered paragraphs per language (sv, en); in en.txt one
                paragraph in 25 is swapped with one far away, so the
                numbering anchors are not monotone; en-inorder.txt is the
                same text in order (the ordinary pair).
  dense N DIR   N paragraphs of 250 five-digit numbers each (a statistical
                annex flattened to one paragraph per row) in sv, en and lv;
                sv-words.txt, en-words.txt, lv-words.txt are the same rows
                with a five-letter word for every number (the ordinary
                documents: same paragraphs, same lengths, no number cues).

Deterministic: the same N gives the same bytes.
usage: costly_pairs.py moved|dense N DIR
"""
import os
import random
import sys

PER_ROW = 250
# Five ASCII letters each: a word takes the bytes of the number it stands for.
WORDS = ["vatna", "skogs", "broar", "stads", "hamns", "dalen", "sjoar", "bergs", "falts", "angar"]


def write(path, paragraphs):
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(p + "\n\n" for p in paragraphs))


def moved(n, out):
    rng = random.Random(1)
    sv = ["%d. Rådet understryker behovet nummer %d av åtgärder." % (i + 1, i) for i in range(n)]
    en = ["%d. The Council underlines need number %d of action." % (i + 1, i) for i in range(n)]
    order = list(range(n))
    for _ in range(n // 25):
        a, b = rng.randrange(n), rng.randrange(n)
        order[a], order[b] = order[b], order[a]
    write(os.path.join(out, "sv.txt"), sv)
    write(os.path.join(out, "en.txt"), [en[i] for i in order])
    write(os.path.join(out, "en-inorder.txt"), en)


def dense(n, out):
    rng = random.Random(5)
    rows = [rng.sample(range(10000, 99999), PER_ROW) for _ in range(n)]
    for lang, head in (("sv", "Rad:"), ("en", "Row:"), ("lv", "Rinda:")):
        write(os.path.join(out, lang + ".txt"),
              ["%s %s." % (head, " ".join(map(str, r))) for r in rows])
        write(os.path.join(out, lang + "-words.txt"),
              ["%s %s." % (head, " ".join(WORDS[x % len(WORDS)] for x in r)) for r in rows])


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("moved", "dense"):
        sys.exit(__doc__)
    kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    os.makedirs(out, exist_ok=True)
    (moved if kind == "moved" else dense)(n, out)


if __name__ == "__main__":
    main()
