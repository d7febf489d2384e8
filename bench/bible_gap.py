#!/usr/bin/env python3
"""Make the Bible gap benchmark's inputs: Swedish and English without their
verse labels, the English once whole and once with a block of verses removed
(a gap of thousands of paragraphs in unlabelled text), with the gold of each.

usage: bible_gap.py CORPUS_DIR OUT_DIR [--missing N] [--at FIRST]
Writes OUT_DIR/sv.txt, en_full.txt, en_gap.txt, gold_full.json, gold_gap.json.
The corpus is read from CORPUS_DIR (../shared/corpora/bible) and never copied
into the project.
"""
import json
import os
import re
import sys

LABEL = re.compile(r"^[1-3]?[A-Z][a-z]+ [0-9]+:[0-9]+ ")


def verses(path):
    text = open(path, encoding="utf-8").read()
    return [LABEL.sub("", v.strip("\n")) for v in text.split("\n\n") if v.strip()]


def write(path, paragraphs):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(paragraphs) + "\n")


def main(argv):
    missing, first, args = 5000, None, []
    it = iter(argv)
    for a in it:
        if a == "--missing":
            missing = int(next(it))
        elif a == "--at":
            first = int(next(it))
        else:
            args.append(a)
    if len(args) != 2:
        sys.exit(__doc__)
    corpus, out = args
    os.makedirs(out, exist_ok=True)
    gold = json.load(open(os.path.join(corpus, "gold.json"), encoding="utf-8"))
    sv, en = verses(os.path.join(corpus, "sv.txt")), verses(os.path.join(corpus, "en.txt"))
    if len(sv) != len(gold["beads"]) or len(en) != len(gold["beads"]):
        sys.exit("bible_gap: the corpus has not one verse per gold bead")
    if first is None:
        first = (len(en) - missing) // 2  # the middle of the book
    last = first + missing
    write(os.path.join(out, "sv.txt"), sv)
    write(os.path.join(out, "en_full.txt"), en)
    write(os.path.join(out, "en_gap.txt"), en[:first] + en[last:])
    for name, gap in (("gold_full.json", False), ("gold_gap.json", True)):
        beads = []
        for i, b in enumerate(gold["beads"]):
            bead = {"id": b["id"], "sv": b["sv"]}
            if not (gap and first <= i < last):
                bead["en"] = b["en"]
            beads.append(bead)
        files = {"sv": "sv.txt", "en": "en_gap.txt" if gap else "en_full.txt"}
        json.dump({"name": "bible-gap" if gap else "bible-no-gap", "langs": ["sv", "en"],
                   "files": files, "beads": beads},
                  open(os.path.join(out, name), "w", encoding="utf-8"), ensure_ascii=False)
    print("bible_gap: %d verses, English verses %d to %d removed" % (len(sv), first, last - 1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
