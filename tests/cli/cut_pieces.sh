#!/bin/bash
# cut_pieces.sh: where one version's reader joined two paragraphs at an uncertain end of a
# PDF's text and the other version keeps them apart, `align` cuts the joined paragraph (the
# Debian Constitution and the CC BY 4.0 legal code, printed and read by pdftotext, sv-en).
# Every cut row's JSONL "piece" names bytes of the paragraph's text as `paragraphs` prints
# it, the row's text is those bytes, the pieces of a paragraph follow one another and cover
# it whole, and the TMX with the cut rows is valid TMX 1.4.
. "$(dirname "$0")/lib/common.sh"
command -v python3 >/dev/null || { echo "SKIP: python3 missing" >&2; exit 77; }

for doc in debian-constitution cc-by-4.0; do
  dir=$TESTS/corpus/$doc/pdf
  run align -q --langs sv,en --format jsonl -o "$WORK/$doc.jsonl" "$dir/sv.txt" "$dir/en.txt"
  expect_exit "$doc: align --format jsonl" 0
  for lang in sv en; do
    run paragraphs --lang "$lang" --format jsonl -o "$WORK/$doc.$lang.jsonl" "$dir/$lang.txt"
    expect_exit "$doc: paragraphs $lang" 0
  done
  python3 - "$WORK/$doc.jsonl" "$WORK/$doc.sv.jsonl" "$WORK/$doc.en.jsonl" <<'EOF' ||
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
paras = {lang: [json.loads(l)["text"].encode() for l in open(p, encoding="utf-8")]
         for lang, p in (("sv", sys.argv[2]), ("en", sys.argv[3]))}
squash = lambda b: b" ".join(b.split())
pieces = {}
for r in rows:
    for d in r["docs"]:
        if "piece" not in d:
            continue
        assert len(d["paragraphs"]) == 1, (r["unit"], d)
        p = d["paragraphs"][0]
        a, b = d["piece"]
        text = paras[d["lang"]][p - 1]
        assert 0 <= a < b <= len(text), (r["unit"], d["piece"], len(text))
        assert squash(text[a:b]) == squash(d["text"].encode()), (r["unit"], text[a:b][:60], d["text"][:60])
        pieces.setdefault((d["lang"], p), []).append((a, b, len(text)))
assert pieces, "no paragraph was cut"
for key, ps in pieces.items():
    assert len(ps) >= 2, (key, ps)
    assert ps[0][0] == 0 and ps[-1][1] == ps[-1][2], (key, ps)
    for (a0, b0, _), (a1, b1, _) in zip(ps, ps[1:]):
        assert b0 <= a1 and not paras[key[0]][key[1] - 1][b0:a1].strip(), (key, ps)
EOF
    fail "$doc: the cut rows' pieces do not make up their paragraphs"
  run align -q --langs sv,en -o "$WORK/$doc.tmx" "$dir/sv.txt" "$dir/en.txt"
  expect_exit "$doc: align" 0
  if command -v xmllint >/dev/null; then
    xmllint --noout --nonet --dtdvalid "$DATA/tmx/tmx14.dtd" "$WORK/$doc.tmx" 2>"$WORK/xmllint.err" ||
      fail "$doc: not valid TMX 1.4: $(head -c 300 "$WORK/xmllint.err")"
  else
    skip "$doc: xmllint missing, TMX not validated"
  fi
done

finish cut_pieces.sh
