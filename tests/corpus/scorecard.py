#!/usr/bin/env python3
"""Align every corpus document and score it against its gold: a table of document x
variant x language pair with P, R and F1, then the mean and the minimum.

usage: scorecard.py ALIGNER [--verbose] [--min F] [--doc NAME]... [--hunalign]

ALIGNER is a paralign binary, or with --hunalign a hunalign binary run through the
naive pipeline of baseline_hunalign.sh (every non-empty line a paragraph, pairwise).
Each document folder under tests/corpus holds LANG.txt and gold.json; the variants
pdf/ and pdf-layout/ hold the same document printed to PDF and extracted, with their
own gold.json.  A gold.sentence.json is scored as an extra row ("sentence") that
does not count towards the mean, the minimum or --min: paralign aligns paragraphs.
With --min F the exit status is 1 when any paragraph-level pair scores below F.
"""
import json
import os
import subprocess
import sys
import tempfile
import xml.sax.saxutils as su

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "eval"))
import score  # noqa: E402  (tests/eval/score.py)

VARIANTS = ("clean", "pdf", "pdf-layout")


def documents(wanted):
    for name in sorted(os.listdir(HERE)):
        d = os.path.join(HERE, name)
        if os.path.isfile(os.path.join(d, "gold.json")) and (not wanted or name in wanted):
            yield name, d


def variant_dirs(doc_dir):
    for v in VARIANTS:
        d = doc_dir if v == "clean" else os.path.join(doc_dir, v)
        if os.path.isfile(os.path.join(d, "gold.json")):
            yield v, d


def align_paralign(binary, gold, src, out):
    files = [os.path.join(src, gold["files"][lang]) for lang in gold["langs"]]
    r = subprocess.run([binary, "align", "-q", "--langs", ",".join(gold["langs"]),
                        "--creation-date", "20260101T000000Z", "-o", out] + files,
                       capture_output=True, text=True, timeout=300)
    return r.returncode, r.stderr.strip()


def nonempty_lines(path):
    with open(path, encoding="utf-8") as f:
        return [ln.strip() for ln in f if ln.strip()]


def align_hunalign(binary, gold, src, out, tmp):
    """Naive baseline: every non-empty line is a paragraph; hunalign aligns each pair of
    languages on its own with an empty dictionary (length-based, then realigned with the
    dictionary it builds from the first pass); its -text output becomes one TMX."""
    empty = os.path.join(tmp, "empty.dic")
    open(empty, "w").close()
    langs = gold["langs"]
    tus = []
    for i, a in enumerate(langs):
        for b in langs[i + 1:]:
            fa = os.path.join(tmp, f"{a}.lines")
            fb = os.path.join(tmp, f"{b}.lines")
            for lang, path in ((a, fa), (b, fb)):
                with open(path, "w", encoding="utf-8") as f:
                    f.write("\n".join(nonempty_lines(os.path.join(src, gold["files"][lang]))) + "\n")
            # hunalign writes a translate.txt into its working directory: keep it in tmp
            r = subprocess.run([binary, "-text", "-realign", empty, fa, fb],
                               capture_output=True, text=True, timeout=300, cwd=tmp)
            if r.returncode != 0:
                return r.returncode, r.stderr.strip()[-200:]
            for row in r.stdout.splitlines():
                cols = row.split("\t")
                if len(cols) >= 2 and cols[0].strip() and cols[1].strip():
                    tus.append({a: cols[0].replace(" ~~~ ", " "), b: cols[1].replace(" ~~~ ", " ")})
    with open(out, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header '
                'creationtool="baseline" creationtoolversion="1" segtype="paragraph" '
                'o-tmf="none" adminlang="en" srclang="*all*" datatype="plaintext"/><body>\n')
        for tu in tus:
            f.write("<tu>" + "".join(f'<tuv xml:lang="{lang}"><seg>{su.escape(t)}</seg></tuv>'
                                     for lang, t in tu.items()) + "</tu>\n")
        f.write("</body></tmx>\n")
    return 0, ""


def run(argv):
    if not argv or argv[0].startswith("-"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 4
    binary = os.path.abspath(argv[0])
    verbose = "--verbose" in argv
    hun = "--hunalign" in argv
    floor = float(argv[argv.index("--min") + 1]) if "--min" in argv else None
    wanted = [argv[i + 1] for i, a in enumerate(argv) if a == "--doc"]
    rows, sentence_rows = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for name, doc_dir in documents(wanted):
            for variant, src in variant_dirs(doc_dir):
                golds = [("paragraph", os.path.join(src, "gold.json"))]
                sg = os.path.join(src, "gold.sentence.json")
                if os.path.isfile(sg):
                    golds.append(("sentence", sg))
                gold = json.load(open(golds[0][1], encoding="utf-8"))
                out = os.path.join(tmp, f"{name}.{variant}.tmx")
                if hun:
                    rc, err = align_hunalign(binary, gold, src, out, tmp)
                else:
                    rc, err = align_paralign(binary, gold, src, out)
                for unit, gpath in golds:
                    g = json.load(open(gpath, encoding="utf-8"))
                    pairs = [f"{a}-{b}" for i, a in enumerate(g["langs"]) for b in g["langs"][i + 1:]]
                    target = rows if unit == "paragraph" else sentence_rows
                    if rc != 0 or not os.path.exists(out):
                        for p in pairs:
                            target.append((name, variant, unit, p, None, None, 0.0, f"align failed ({rc}) {err[-80:]}"))
                        continue
                    res = score.score(g, src, out)
                    for p, v in res.items():
                        note = ""
                        if verbose and (v["missing"] or v["wrong"]):
                            note = "missing " + ",".join(v["missing"][:12])
                            for w in v["wrong"][:5]:
                                note += f"\n{'':44}wrong {w[0]} <> {w[1]}"
                        target.append((name, variant, unit, p, v["precision"], v["recall"], v["f1"], note))
    print(f"{'document':26} {'variant':10} {'pair':6} {'P':>6} {'R':>6} {'F1':>6}")
    for name, variant, unit, p, pr, rc, f1, note in rows + sentence_rows:
        label = variant if unit == "paragraph" else variant + "/sent"
        ps = f"{pr:6.3f}" if pr is not None else f"{'-':>6}"
        rs = f"{rc:6.3f}" if rc is not None else f"{'-':>6}"
        print(f"{name:26} {label:10} {p:6} {ps} {rs} {f1:6.3f}" + (f"  {note}" if note else ""))
    if not rows:
        print("no documents scored")
        return 1
    f1s = [r[6] for r in rows]
    worst = min(rows, key=lambda r: r[6])
    print(f"mean F1 {sum(f1s) / len(f1s):.3f} over {len(f1s)} pairs "
          f"(min {worst[6]:.3f}: {worst[0]} {worst[1]} {worst[3]})")
    for v in VARIANTS:
        vf = [r[6] for r in rows if r[1] == v]
        if vf:
            print(f"  {v:10} mean {sum(vf) / len(vf):.3f}  min {min(vf):.3f}  ({len(vf)} pairs)")
    if floor is not None:
        low = [r for r in rows if r[6] < floor]
        if low:
            print(f"FAIL: {len(low)} pair(s) below the floor {floor:.3f}")
            return 1
        print(f"all {len(rows)} pairs at or above the floor {floor:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
