#!/usr/bin/env python3
"""Align every corpus document and score it against its gold: a table of document x
variant x language pair with P, R and F1, then the mean and the minimum.

usage: scorecard.py ALIGNER [--verbose] [--min F] [--doc NAME]... [--hunalign]

ALIGNER is a paralign binary, or with --hunalign a hunalign binary run through the
naive pipeline of baseline_hunalign.sh (every non-empty line a paragraph, pairwise).
Each document folder under tests/corpus holds LANG.txt and gold.json; the variants
pdf/ and pdf-layout/ hold the same document printed to PDF and extracted, with their
own gold.json.  The variants read directly, pdf-direct/ (LANG.pdf: that PDF) and
html/ (LANG.html: the page it was printed from, or a publisher's rendering of a
markdown source), have no gold of their own: like the seeds' PDFs in
tests/cli/formats.sh, they are scored against the document's gold in the text
they were made from (LANG.txt).  So have page/ (LANG.html: the web page the
document would be published as, tools/page.py) and page-pdf-direct/ (that page printed;
page-pdf/ and page-pdf-layout/ hold its text with their own gold).  They are left out
(with a note) when ALIGNER does not read the format, and always with --hunalign.
A gold.sentence.json is scored as an extra row ("/sent") against the sentence
units (`--units sentence`) of the same files; it does not count towards the mean,
the minimum or --min, which are about paragraphs.
With --min F the exit status is 1 when any paragraph-level pair scores below F
(but the pairs of a variant with a KNOWN_BELOW, see below), or when a pair that
FLOORS.tsv holds below F (a reader's known weakness on that document and form,
with the reason: document, variant, pair, floor, reason) scores below its own floor.
With --direct-not-below the exit status is 1 when a pair read directly scores
below the same document given as text: pdf-direct below pdf or pdf-layout,
page-pdf-direct below page-pdf or page-pdf-layout, html or page below clean;
unless the variant's folder holds a file KNOWN_BELOW saying why the document itself
holds fewer paragraph boundaries in that form, or FLOORS.tsv holds the pair read directly
with the reason it falls below (shown, not failed).
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

VARIANTS = ("clean", "pdf", "pdf-layout", "pdf-direct", "html", "page", "page-pdf",
            "page-pdf-layout", "page-pdf-direct", "page-a4-pdf", "page-a4-pdf-layout",
            "page-a5-pdf", "page-a5-pdf-layout")
# variants read directly: their file extension, and the text variants they must not fall below
DIRECT = {"pdf-direct": ("pdf", ("pdf", "pdf-layout")), "html": ("html", ("clean",)),
          "page": ("html", ("clean",)), "page-pdf-direct": ("pdf", ("page-pdf", "page-pdf-layout"))}


def documents(wanted):
    for name in sorted(os.listdir(HERE)):
        d = os.path.join(HERE, name)
        if os.path.isfile(os.path.join(d, "gold.json")) and (not wanted or name in wanted):
            yield name, d


def variant_dirs(doc_dir, formats):
    """(variant, folder of the gold and of the text it is scored in, input files)."""
    for v in VARIANTS:
        d = doc_dir if v == "clean" else os.path.join(doc_dir, v)
        if v in DIRECT:
            ext = DIRECT[v][0]
            gold = json.load(open(os.path.join(doc_dir, "gold.json"), encoding="utf-8"))
            files = [os.path.join(d, f"{lang}.{ext}") for lang in gold["langs"]]
            if ext in formats and all(os.path.isfile(f) for f in files):
                yield v, doc_dir, files
        elif os.path.isfile(os.path.join(d, "gold.json")):
            gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
            yield v, d, [os.path.join(d, gold["files"][lang]) for lang in gold["langs"]]


def formats_read(binary, hun):
    """The document formats the aligner reads (paralign --version lists them)."""
    if hun:
        return set()
    r = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=60)
    for line in r.stdout.splitlines():
        if line.startswith("formats:"):
            return set(line.split(":", 1)[1].split())
    return set()


def align_paralign(binary, gold, files, out, units="paragraph"):
    r = subprocess.run([binary, "align", "-q", "--units", units, "--langs", ",".join(gold["langs"]),
                        "--creation-date", "20260101T000000Z", "-o", out] + files,
                       capture_output=True, text=True, timeout=300)
    return r.returncode, r.stderr.strip()


def nonempty_lines(path):
    with open(path, encoding="utf-8") as f:
        return [ln.strip() for ln in f if ln.strip()]


def align_hunalign(binary, gold, files, out, tmp):
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
                    f.write("\n".join(nonempty_lines(files[langs.index(lang)])) + "\n")
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
    formats = formats_read(binary, hun)
    for v, (ext, _) in DIRECT.items():
        if ext not in formats:
            print(f"note: variant {v} left out: {'hunalign reads text only' if hun else ext + ' not read by this build'}")
    rows, sentence_rows = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for name, doc_dir in documents(wanted):
            for variant, src, files in variant_dirs(doc_dir, formats):
                golds = [("paragraph", os.path.join(src, "gold.json"))]
                sg = os.path.join(src, "gold.sentence.json")
                if os.path.isfile(sg):
                    golds.append(("sentence", sg))
                gold = json.load(open(golds[0][1], encoding="utf-8"))
                for unit, gpath in golds:
                    out = os.path.join(tmp, f"{name}.{variant}.{unit}.tmx")
                    if hun:
                        rc, err = align_hunalign(binary, gold, files, out, tmp)
                    else:
                        rc, err = align_paralign(binary, gold, files, out, unit)
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
    if sentence_rows:
        sf = [r[6] for r in sentence_rows]
        sw = min(sentence_rows, key=lambda r: r[6])
        print(f"sentence units: mean F1 {sum(sf) / len(sf):.3f} over {len(sf)} pairs "
              f"(min {sw[6]:.3f}: {sw[0]} {sw[1]} {sw[3]})")
    below = direct_below(rows)
    status = 0
    if floor is not None:
        own = own_floors()
        held = [r for r in rows if r[6] < floor and (r[0], r[1], r[3]) in own]
        for r in held:
            f, why = own[(r[0], r[1], r[3])]
            print(f"below the floor, held at its own {f:.3f}: {r[0]} {r[1]} {r[3]} "
                  f"{r[6]:.3f} ({why})")
        low = [r for r in rows if r[6] < floor and not known_below(r[0], r[1]) and
               (r[0], r[1], r[3]) not in own]
        low += [r for r in held if r[6] < own[(r[0], r[1], r[3])][0]]
        known = sum(1 for r in rows if r[6] < floor and known_below(r[0], r[1]))
        if low:
            print(f"FAIL: {len(low)} pair(s) below the floor {floor:.3f} or their own")
            status = 1
        else:
            print(f"all {len(rows) - known - len(held)} pairs at or above the floor {floor:.3f}" +
                  (f" ({known} below it in a form that holds fewer paragraphs: KNOWN_BELOW)"
                   if known else "") +
                  (f"; {len(held)} held at their own floor (FLOORS.tsv)" if held else ""))
    if "--direct-not-below" in argv:
        if below:
            print(f"FAIL: {len(below)} pair(s) read directly below the same document as text")
            status = 1
        else:
            print("every pair read directly at or above the same document as text")
    return status


def own_floors():
    """FLOORS.tsv: pairs a reader is known to read below the common floor, each with a
    floor of its own and the reason: {(document, variant, pair): (floor, reason)}."""
    path = os.path.join(HERE, "FLOORS.tsv")
    out = {}
    if os.path.isfile(path):
        for line in open(path, encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                name, variant, pair, f, why = line.rstrip("\n").split("\t")
                out[(name, variant, pair)] = (float(f), why)
    return out


def known_below(name, variant):
    """Why a document read directly in this variant holds fewer paragraph boundaries
    than its text (the variant folder's KNOWN_BELOW), or None."""
    path = os.path.join(HERE, name, variant, "KNOWN_BELOW")
    if not os.path.isfile(path):
        return None
    return " ".join(open(path, encoding="utf-8").read().split())


def direct_below(rows):
    """Pairs read directly (pdf-direct, html) that score below the text variants of the
    same document and pair, less the known ones (KNOWN_BELOW, or the pair in FLOORS.tsv
    with its reason); each is printed."""
    f1 = {(r[0], r[1], r[3]): r[6] for r in rows}
    own = own_floors()
    below = []
    for (name, variant, pair), v in sorted(f1.items()):
        if variant not in DIRECT:
            continue
        texts = [(t, f1[(name, t, pair)]) for t in DIRECT[variant][1] if (name, t, pair) in f1]
        worse = [(t, x) for t, x in texts if v < x - 1e-9]
        if not worse:
            continue
        known = known_below(name, variant) or (name, variant, pair) in own
        print(f"below{' (known)' if known else ''}: {name} {variant} {pair} {v:.3f} < " +
              ", ".join(f"{t} {x:.3f}" for t, x in worse))
        if not known:
            below.append((name, variant, pair))
    return below


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
