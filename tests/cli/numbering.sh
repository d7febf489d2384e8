#!/bin/bash
# numbering.sh: units and paragraphs are numbered from 1, and the same numbers name the same
# things everywhere a person or a file sees them: the TMX tuid, the TSV and JSONL unit, the
# TSV and JSONL paragraph numbers (those of `paralign paragraphs`), and the unit and
# paragraph of `check` in JSON, text and HTML.
. "$(dirname "$0")/lib/common.sh"
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 is not installed"; exit 77; }
UDHR=$TESTS/corpus/udhr
DATE=20250101T000000Z

numbering() { # NAME LANGS FINDINGS FILE...: FINDINGS, whether check finds something there
  local name=$1 all=$2 langs=$2 findings=$3 f
  shift 3
  for f in tmx tsv jsonl; do
    "$PARALIGN" align -q --keep-unaligned --langs "$langs" --creation-date "$DATE" --format "$f" \
      -o "$WORK/$name.$f" "$@" || { fail "$name: align --format $f: exit $?"; return; }
  done
  local i=0
  for f in "$@"; do
    "$PARALIGN" paragraphs --format jsonl --lang "${langs%%,*}" -o "$WORK/$name.p$i.jsonl" "$f" ||
      { fail "$name: paragraphs $f: exit $?"; return; }
    "$PARALIGN" paragraphs --lang "${langs%%,*}" -o "$WORK/$name.p$i.txt" "$f" ||
      { fail "$name: paragraphs $f: exit $?"; return; }
    langs=${langs#*,}
    i=$((i + 1))
  done
  for f in json text html; do
    "$PARALIGN" check --format "$f" --langs "$all" -o "$WORK/$name.check.$f" "$@"
    [ $? -le 1 ] || { fail "$name: check --format $f failed"; return; }
  done
  python3 - "$WORK" "$name" "$#" "$findings" <<'EOF' || fail "$name: numbers differ between outputs"
import json, re, sys, xml.etree.ElementTree as ET
w, name, ndocs, findings = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "yes"
base = f"{w}/{name}"
norm = lambda s: " ".join(s.split())

tuids = [tu.get("tuid") for tu in ET.parse(base + ".tmx").getroot().iter("tu")]
rows = [l.rstrip("\n").split("\t") for l in open(base + ".tsv", encoding="utf-8")]
head, rows = rows[0], rows[1:]
jsonl = [json.loads(l) for l in open(base + ".jsonl", encoding="utf-8")]
ids = [r["unit"] if "part" not in r else "%d.%d" % (r["unit"], r["part"]) for r in jsonl]
assert tuids == [r[0] for r in rows] == [str(i) for i in ids], "unit ids differ"
assert tuids[0] == "1" and all(int(t.split(".")[0]) >= 1 for t in tuids), tuids[:3]

# paragraph numbers: those of `paralign paragraphs`, whose text starts the unit's text
paras = [[json.loads(l) for l in open(f"{base}.p{d}.jsonl", encoding="utf-8")] for d in range(ndocs)]
for d in range(ndocs):
    assert [p["index"] for p in paras[d]] == list(range(1, len(paras[d]) + 1))
    first = open(f"{base}.p{d}.txt", encoding="utf-8").readline()
    assert first.startswith("1\t"), first[:20]
def span(s):
    if not s:
        return []
    a, _, b = s.partition("-")
    return list(range(int(a), int(b or a) + 1))
for row, j in zip(rows, jsonl):
    for d in range(ndocs):
        got = span(row[2 + d])
        assert got == j["docs"][d]["paragraphs"], (row[0], d)
        if got:
            text, first = norm(row[2 + ndocs + d]), norm(paras[d][got[0] - 1]["text"])
            assert text.startswith(first[:40]), (row[0], d, text[:40], first[:40])

# check: JSON, text and HTML name the same units; a finding's paragraph lies in its unit
report = json.load(open(base + ".check.json", encoding="utf-8"))
units = [f["unit"] for f in report["findings"] if f["unit"] is not None]
assert bool(units) == findings, ("findings", units)
text = open(base + ".check.text", encoding="utf-8").read()
shown = [int(m) for m in re.findall(r"^== units? (\d+)", text, re.M)]
assert sorted(set(units)) == sorted(set(shown)), (units, shown)
html = open(base + ".check.html", encoding="utf-8").read()
assert set(units) <= {int(m) for m in re.findall(r'<a href="#u(\d+)">', html)}
assert f'id="u1"><td class="num">1</td>' in html
langs = [c[:-len("_paragraphs")] for c in head[2:2 + ndocs]]
for f in report["findings"]:
    for lang, where in f["where"].items():
        if f["unit"] is None or where["paragraph"] is None:
            continue
        d = langs.index(lang)
        mine = [r for r in rows if r[0].split(".")[0] == str(f["unit"])]
        assert any(where["paragraph"] in span(r[2 + d]) for r in mine), (f["unit"], lang, where)
        assert norm(paras[d][where["paragraph"] - 1]["text"]).startswith(norm(where["excerpt"])[:20].rstrip(".… ")), (f["unit"], lang)
print(f"{name}: {len(tuids)} units, {len(units)} findings named alike")
EOF
}

numbering dd2023 sv,en yes "$SEEDS/000_99d952fa1365f389.txt" "$SEEDS/002_a07fe2476f6a6bb4.txt"
numbering ids2025 sv,lv no "$SV25" "$LV25"
numbering udhr sv,lv,en yes "$UDHR/sv.txt" "$UDHR/lv.txt" "$UDHR/en.txt"

finish numbering.sh
