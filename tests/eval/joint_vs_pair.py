#!/usr/bin/env python3
"""Joint alignment against pairwise alignment: a third language must never
make a pair's translation memory worse.

For every document set given (a folder whose gold.json names three or more
languages), align all its versions jointly and every pair alone, score each
pair with score.py, and print the two F1s side by side.  Exit 1 when some pair
scores lower in the joint run than alone, 0 otherwise; 2 on a usage error.

A pair the corpus holds at a floor of its own (tests/corpus/FLOORS.tsv, given with
--held: a document the reader is known to read badly in that form, with the reason)
is shown, marked, and not counted: where most of a document is misread, which of two
wrong alignments the joint and the pairwise run come to says little.  A held pair
that is not worse is marked "held, not worse".  F1s are compared as printed (three
decimals).

With --units sentence both runs write sentence units and are scored against the
folder's gold.sentence.json (a folder without one is left out): what a CAT tool
reads, the sentences inside the aligned paragraphs.

usage: joint_vs_pair.py PARALIGN DIR [DIR...] [--tolerance X] [--held FLOORS.tsv]
                        [--units paragraph|sentence]
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402  (score.py beside this file)

DATE = "20250101T000000Z"


def align(binary, langs, files, out, units):
    cmd = [binary, "align", "-q", "--force", "--units", units, "--langs", ",".join(langs),
           "--creation-date", DATE, "-o", out] + files
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    return r.returncode == 0 and os.path.exists(out)


def pair_f1(gold, folder, tmx, pair):
    res = score.score(gold, folder, tmx)
    return res[pair]["f1"]


def set_name(folder):
    parts = os.path.normpath(folder).split(os.sep)
    return "/".join(parts[-2:]) if "pdf" in parts[-1] else parts[-1]


GOLD = {"paragraph": "gold.json", "sentence": "gold.sentence.json"}


def compare(binary, folder, tmp, units):
    path = os.path.join(folder, GOLD[units])
    if not os.path.exists(path):
        return []
    gold = json.load(open(path, encoding="utf-8"))
    langs = gold["langs"]
    if len(langs) < 3:
        return []
    files = {l: os.path.join(folder, gold["files"][l]) for l in langs}
    joint = os.path.join(tmp, "joint.tmx")
    if not align(binary, langs, [files[l] for l in langs], joint, units):
        return [(set_name(folder), "all", None, None)]
    joint_scores = score.score(gold, folder, joint)
    rows = []
    for i, a in enumerate(langs):
        for b in langs[i + 1:]:
            alone = os.path.join(tmp, f"{a}-{b}.tmx")
            sub = dict(gold, langs=[a, b])
            f_alone = pair_f1(sub, folder, alone, f"{a}-{b}") \
                if align(binary, [a, b], [files[a], files[b]], alone, units) else 0.0
            rows.append((set_name(folder), f"{a}-{b}",
                         joint_scores[f"{a}-{b}"]["f1"], f_alone))
    return rows


def held_pairs(path):
    """(set name, pair) of the pairs FLOORS.tsv holds at their own floor."""
    held = set()
    for line in open(path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            doc, variant, pair = line.split("\t")[:3]
            held.add((doc if variant == "clean" else f"{doc}/{variant}", pair))
    return held


def option(argv, name):
    """(value of --name, argv without it), or (None, argv)."""
    if name not in argv:
        return None, argv
    k = argv.index(name)
    return argv[k + 1], argv[:k] + argv[k + 2:]


def main(argv):
    tol, argv = option(argv, "--tolerance")
    tol = float(tol) if tol else 0.0
    held, argv = option(argv, "--held")
    held = held_pairs(held) if held else set()
    units, argv = option(argv, "--units")
    units = units or "paragraph"
    if len(argv) < 2 or units not in GOLD:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    binary, folders = os.path.abspath(argv[0]), argv[1:]
    worse = 0
    print(f"{'set':28} {'pair':6} {'joint':>6} {'alone':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for folder in folders:
            for name, pair, joint, alone in compare(binary, folder, tmp, units):
                if joint is None:
                    print(f"{name:28} {pair:6}  joint alignment failed")
                    worse += 1
                    continue
                bad = round(joint, 3) < round(alone, 3) - tol  # as printed
                known = bad and (name, pair) in held
                worse += bad and not known
                note = "  worse, held" if known else "  WORSE" if bad else \
                    "  held, not worse" if (name, pair) in held else ""
                print(f"{name:28} {pair:6} {joint:6.3f} {alone:6.3f}{note}")
    print(f"joint_vs_pair: {worse} pair(s) worse in the joint run")
    return 1 if worse else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
