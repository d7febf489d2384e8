#!/bin/bash
# pair.sh: `align --pair` and `batch --pair` write two languages out of a joint alignment of
# three: the same units, numbers and texts as the trilingual output has for those two, the first
# named as srclang, and a bilingual reader (translate-toolkit) takes them as source and target.
. "$(dirname "$0")/lib/common.sh"
have() { command -v "$1" >/dev/null 2>&1; }
UDHR=$TESTS/corpus/udhr
DATE=20250101T000000Z
three() { # OUT ARGS...: align sv, lv, en jointly
  local out=$1
  shift
  run align -q --langs sv,lv,en --creation-date "$DATE" -o "$out" "$@" \
    "$UDHR/sv.txt" "$UDHR/lv.txt" "$UDHR/en.txt"
}

three "$WORK/all.tmx"
expect_exit "three languages" 0
three "$WORK/sv-en.tmx" --pair sv,en
expect_exit "--pair sv,en" 0
three "$WORK/en-lv.keep.tmx" --pair en,lv --keep-unaligned
expect_exit "--pair en,lv --keep-unaligned" 0
three "$WORK/all.keep.tmx" --keep-unaligned
expect_exit "three languages, --keep-unaligned" 0

if have xmllint; then
  for f in sv-en en-lv.keep; do
    xmllint --noout --nonet --dtdvalid "$DATA/tmx/tmx14.dtd" "$WORK/$f.tmx" 2>"$WORK/xmllint.err" ||
      fail "$f: not valid TMX 1.4: $(head -c 300 "$WORK/xmllint.err")"
  done
else
  skip "xmllint is not installed: DTD validation"
fi

# The pair's units are the trilingual units with text in both (with --keep-unaligned: in
# either), with the same tuid and the same texts; only their two tuvs; srclang the first named.
python3 - "$WORK" <<'EOF' || fail "the pair TMX is not the two languages of the joint alignment"
import sys, xml.etree.ElementTree as ET
LANG = "{http://www.w3.org/XML/1998/namespace}lang"
def read(path):
    root = ET.parse(path).getroot()
    units = []
    for tu in root.iter("tu"):
        langs = [t.get(LANG) for t in tu.findall("tuv")]
        texts = {t.get(LANG): t.find("seg").text for t in tu.findall("tuv")}
        units.append((tu.get("tuid"), langs, texts))
    return root.find("header").get("srclang"), units
def pair_of(units, a, b, keep):
    out = []
    for tuid, langs, texts in units:
        kept = [l for l in langs if l in (a, b)]
        if len(kept) == 2 or (keep and kept):
            out.append((tuid, [l for l in (a, b) if l in kept], {l: texts[l] for l in kept}))
    return out
w = sys.argv[1]
_, all_units = read(w + "/all.tmx")
src, sv_en = read(w + "/sv-en.tmx")
assert src == "sv", src
assert all(langs == ["sv", "en"] for _, langs, _ in sv_en), "a unit without sv and en, or lv"
want = pair_of(all_units, "sv", "en", False)
assert len(sv_en) == len(want) > 50, (len(sv_en), len(want))
assert sv_en == want, [u for u, v in zip(sv_en, want) if u != v][:2]
assert all(int(t.split(".")[0]) >= 1 for t, _, _ in sv_en)
_, all_keep = read(w + "/all.keep.tmx")
src, en_lv = read(w + "/en-lv.keep.tmx")
assert src == "en", src
assert en_lv == pair_of(all_keep, "en", "lv", True)
assert any(len(langs) == 1 for _, langs, _ in en_lv), "--keep-unaligned kept no unit of one language"
print("pair: %d sv-en units of %d, %d en-lv units kept" % (len(sv_en), len(all_units), len(en_lv)))
EOF

# translate-toolkit reads a bilingual TMX as source (the first tuv) and target: sv and en.
# (The toolkit ships no tmx2po command; tmx2po would read it through this same class.)
if have tmx2po; then
  tmx2po "$WORK/sv-en.tmx" "$WORK/sv-en.po" >/dev/null 2>&1 ||
    fail "tmx2po cannot read the pair TMX"
fi
if /usr/bin/python3 -c 'import translate.storage.tmx' 2>/dev/null; then
  /usr/bin/python3 - "$WORK/sv-en.tmx" "$WORK/all.tmx" <<'EOF' || fail "translate-toolkit: wrong source or target"
import sys, xml.etree.ElementTree as ET
from translate.storage import tmx
LANG = "{http://www.w3.org/XML/1998/namespace}lang"
store = tmx.tmxfile.parsefile(sys.argv[1])
by_id = {}
for tu in ET.parse(sys.argv[2]).getroot().iter("tu"):
    by_id[tu.get("tuid")] = {t.get(LANG): "".join(t.find("seg").itertext()) for t in tu.findall("tuv")}
units = [u for u in store.units if u.source]
assert len(units) > 50, len(units)
for u in units:
    texts = by_id[u.getid()]
    assert u.source == texts["sv"] and u.target == texts["en"], (u.getid(), u.source[:40], u.target[:40])
print("translate-toolkit: %d units, source sv, target en" % len(units))
EOF
else
  skip "translate-toolkit (python3 translate.storage.tmx) is not installed"
fi

# TSV and JSONL give the pair's columns and docs only, in the order named.
three "$WORK/en-sv.tsv" --pair en,sv --format tsv
expect_exit "--pair en,sv --format tsv" 0
head -1 "$WORK/en-sv.tsv" | grep -q $'^unit\tscore\ten_paragraphs\tsv_paragraphs\ten\tsv$' ||
  fail "tsv header: $(head -1 "$WORK/en-sv.tsv")"
three "$WORK/lv-sv.jsonl" --pair lv,sv --format jsonl
expect_exit "--pair lv,sv --format jsonl" 0
python3 - "$WORK/lv-sv.jsonl" <<'EOF' || fail "jsonl: docs are not lv then sv"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert rows and all([d["lang"] for d in r["docs"]] == ["lv", "sv"] for r in rows)
assert all(r["docs"][0]["text"] and r["docs"][1]["text"] for r in rows)
EOF

# Usage errors: exit 4, before writing, naming what is wrong.
for bad in sv,de sv,sv sv,SV sv sv,en,lv ,en; do
  three "$WORK/bad.tmx" --pair "$bad"
  expect_exit "--pair $bad" 4
  [ ! -e "$WORK/bad.tmx" ] || fail "--pair $bad: wrote an output"
done
three "$WORK/bad.tmx" --pair sv,de
grep -q "no document is de (the documents are sv, lv, en)" "$WORK/stderr" ||
  fail "--pair sv,de: message: $(cat "$WORK/stderr")"

# batch: --pair for the run, pair=/"pair" for a line; a pair not in the set fails that set (4).
printf 'sv,lv,en\t%s\t%s\t%s\tall.tmx\n' "$UDHR/sv.txt" "$UDHR/lv.txt" "$UDHR/en.txt" >"$WORK/m.tsv"
printf 'sv,lv,en\t%s\t%s\t%s\tlv-en.tmx\tpair=lv,en\n' "$UDHR/sv.txt" "$UDHR/lv.txt" "$UDHR/en.txt" >>"$WORK/m.tsv"
printf '{"langs":"sv,lv,en","files":["%s","%s","%s"],"output":"j.tmx","pair":["en","lv"]}\n' \
  "$UDHR/sv.txt" "$UDHR/lv.txt" "$UDHR/en.txt" >>"$WORK/m.tsv"
printf 'sv,lv,en\t%s\t%s\t%s\tde.tmx\tpair=sv,de\n' "$UDHR/sv.txt" "$UDHR/lv.txt" "$UDHR/en.txt" >>"$WORK/m.tsv"
run batch -q -j 1 --jsonl --pair sv,en --creation-date "$DATE" -o "$WORK/out" "$WORK/m.tsv"
expect_exit "batch --pair" 1
cmp -s "$WORK/out/all.tmx" "$WORK/sv-en.tmx" || fail "batch --pair sv,en differs from align --pair sv,en"
grep -c '<tuv xml:lang="sv"' "$WORK/out/lv-en.tmx" | grep -qx 0 || fail "batch pair=lv,en wrote sv"
grep -q 'srclang="lv"' "$WORK/out/lv-en.tmx" || fail "batch pair=lv,en: srclang is not lv"
grep -q 'srclang="en"' "$WORK/out/j.tmx" || fail "batch \"pair\":[\"en\",\"lv\"]: srclang is not en"
grep -q '"line":4,.*"exit":4,"error":"--pair sv,de: no document is de' "$WORK/stdout" ||
  fail "batch pair=sv,de: $(grep '"line":4' "$WORK/stdout")"
run batch -q --pair en,en "$WORK/m.tsv"
expect_exit "batch --pair en,en" 4

finish pair.sh
