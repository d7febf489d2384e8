#!/usr/bin/env python3
"""Joint alignment against pairwise alignment: a third language must never
make a pair's translation memory worse.

For every document set given (a folder whose gold.json names three or more
languages), align all its versions jointly and every pair alone, score each
pair with score.py, and print the two F1s side by side.  Exit 1 when some pair
scores lower in the joint run than alone, 0 otherwise; 2 on a usage error.

usage: joint_vs_pair.py PARALIGN DIR [DIR...] [--tolerance X]
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402  (score.py beside this file)

DATE = "20250101T000000Z"


def align(binary, langs, files, out):
    cmd = [binary, "align", "-q", "--force", "--langs", ",".join(langs),
           "--creation-date", DATE, "-o", out] + files
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    return r.returncode == 0 and os.path.exists(out)


def pair_f1(gold, folder, tmx, pair):
    res = score.score(gold, folder, tmx)
    return res[pair]["f1"]


def set_name(folder):
    parts = os.path.normpath(folder).split(os.sep)
    return "/".join(parts[-2:]) if parts[-1].startswith("pdf") else parts[-1]


def compare(binary, folder, tmp):
    path = os.path.join(folder, "gold.json")
    if not os.path.exists(path):
        return []
    gold = json.load(open(path, encoding="utf-8"))
    langs = gold["langs"]
    if len(langs) < 3:
        return []
    files = {l: os.path.join(folder, gold["files"][l]) for l in langs}
    joint = os.path.join(tmp, "joint.tmx")
    if not align(binary, langs, [files[l] for l in langs], joint):
        return [(set_name(folder), "all", None, None)]
    joint_scores = score.score(gold, folder, joint)
    rows = []
    for i, a in enumerate(langs):
        for b in langs[i + 1:]:
            alone = os.path.join(tmp, f"{a}-{b}.tmx")
            sub = dict(gold, langs=[a, b])
            f_alone = pair_f1(sub, folder, alone, f"{a}-{b}") \
                if align(binary, [a, b], [files[a], files[b]], alone) else 0.0
            rows.append((set_name(folder), f"{a}-{b}",
                         joint_scores[f"{a}-{b}"]["f1"], f_alone))
    return rows


def main(argv):
    tol = 0.0
    if "--tolerance" in argv:
        k = argv.index("--tolerance")
        tol = float(argv[k + 1])
        argv = argv[:k] + argv[k + 2:]
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    binary, folders = os.path.abspath(argv[0]), argv[1:]
    worse = 0
    print(f"{'set':28} {'pair':6} {'joint':>6} {'alone':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for folder in folders:
            for name, pair, joint, alone in compare(binary, folder, tmp):
                if joint is None:
                    print(f"{name:28} {pair:6}  joint alignment failed")
                    worse += 1
                    continue
                bad = joint < alone - tol
                worse += bad
                print(f"{name:28} {pair:6} {joint:6.3f} {alone:6.3f}" + ("  WORSE" if bad else ""))
    print(f"joint_vs_pair: {worse} pair(s) worse in the joint run")
    return 1 if worse else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
