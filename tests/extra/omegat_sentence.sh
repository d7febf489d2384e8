#!/usr/bin/env bash
# omegat_sentence.sh: how many segments OmegaT pre-fills from paralign's translation
# memory, paragraph units against sentence units (`--units sentence`).
#
# For a document as the source of an OmegaT project (omegat.project, the file in
# source/, the TMX in tm/auto/ so that exact matches are inserted), OmegaT's console
# mode translates the project once with the paragraph TMX of the pair and once with
# the sentence TMX (and the sentence TMX with whole paragraph units, --with-paragraphs),
# under OmegaT's default sentence segmentation and under paragraph
# segmentation; the segments it translated are read from its
# omegat/project_stats.txt (Total - Remaining).  The projects: the two seed pairs,
# and three documents of tests/corpus (a declaration, sv -> lv and en -> sv; news of
# two kinds, sv -> lv and en -> sv).  Prints the table quoted in README.md and checks,
# per project and segmentation, that the sentence TMX with paragraphs fills at least as
# many segments as the paragraph TMX (a translator loses nothing by taking it), and each figure
# against the floor measured when it was written (a drop is a regression for
# translators).  Console mode gives no fuzzy matches.  Skips (exit 77) when omegat is
# not installed.
# Env: PARALIGN (the binary; default build/tools/paralign, built when missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v omegat > /dev/null 2>&1; then
  echo "SKIP: omegat_sentence.sh: omegat not installed (apt-get install omegat)"
  exit 77
fi
paralign=${PARALIGN:-}
if [ -z "$paralign" ]; then
  if [ ! -x build/tools/paralign ]; then
    cmake -S . -B build -DCMAKE_BUILD_TYPE=Release > /dev/null
    cmake --build build -j"$(nproc 2> /dev/null || echo 2)" --target paralign-cli > /dev/null
  fi
  paralign=build/tools/paralign
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seeds=data/seeds
corpus=tests/corpus
failures=0

# prefill SOURCE SL TL TMX SEG: "filled total" of an OmegaT project translating SOURCE.
prefill() {
  local p=$work/project
  rm -rf "$p"
  mkdir -p "$p/source" "$p/target" "$p/tm/auto" "$p/glossary" "$p/dictionary" "$p/omegat"
  cp "$1" "$p/source/"
  cp "$4" "$p/tm/auto/memory.tmx"
  cat > "$p/omegat.project" << EOF
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat><project version="1.0">
<source_dir>__DEFAULT__</source_dir><target_dir>__DEFAULT__</target_dir><tm_dir>__DEFAULT__</tm_dir>
<glossary_dir>__DEFAULT__</glossary_dir><glossary_file>__DEFAULT__</glossary_file><dictionary_dir>__DEFAULT__</dictionary_dir>
<source_lang>$2</source_lang><target_lang>$3</target_lang>
<source_tok>org.omegat.tokenizer.DefaultTokenizer</source_tok><target_tok>org.omegat.tokenizer.DefaultTokenizer</target_tok>
<sentence_seg>$5</sentence_seg><support_default_translations>true</support_default_translations><remove_tags>false</remove_tags>
</project></omegat>
EOF
  # console mode needs no display; headless so that a stray dialog cannot hang it
  JAVA_TOOL_OPTIONS=-Djava.awt.headless=true timeout 300 omegat --mode=console-translate \
    --config-dir="$work/config" --disable-project-locking --no-team --quiet "$p" \
    > "$work/omegat.log" 2>&1 || { echo "FAIL: omegat exited $? ($(tail -3 "$work/omegat.log"))" >&2; return 1; }
  [ -s "$p/target/$(basename "$1")" ] || { echo "FAIL: omegat wrote no target file" >&2; return 1; }
  awk -F'\t' '/^Total:/ { t = $2 } /^Remaining:/ { r = $2 }
    END { if (t == "") exit 1; print t - r, t + 0 }' "$p/omegat/project_stats.txt" ||
    { echo "FAIL: no statistics in omegat/project_stats.txt" >&2; return 1; }
}

# measure NAME SOURCE SL TL A B LANGS FLOOR...: six floors, for each segmentation
# (OmegaT's sentence rules, then paragraphs) the paragraph TMX, the sentence TMX and
# the sentence TMX with whole paragraph units (--with-paragraphs).
measure() {
  local name=$1 src=$2 sl=$3 tl=$4 a=$5 b=$6 langs=$7
  "$paralign" align -q --langs "$langs" -o "$work/paragraph.tmx" "$a" "$b"
  "$paralign" align -q --units sentence --langs "$langs" -o "$work/sentence.tmx" "$a" "$b"
  "$paralign" align -q --units sentence --with-paragraphs --langs "$langs" \
    -o "$work/both.tmx" "$a" "$b"
  local project="$name, $sl → $tl" i=8 filled total paragraph_filled
  local row="| $project |"
  for seg in true false; do
    for units in paragraph sentence both; do
      read -r filled total < <(prefill "$src" "$sl" "$tl" "$work/$units.tmx" "$seg") ||
        { failures=$((failures + 1)); return; }
      row="$row $filled of $total |"
      if [ "$filled" -lt "${!i}" ]; then
        echo "FAIL: $project, $units TMX, sentence_seg=$seg: $filled segments pre-filled, floor ${!i}" >&2
        failures=$((failures + 1))
      fi
      if [ "$units" = paragraph ]; then
        paragraph_filled=$filled
      elif [ "$units" = both ] && [ "$filled" -lt "$paragraph_filled" ]; then
        echo "FAIL: $project, sentence_seg=$seg: the sentence TMX with paragraphs fills" \
          "$filled segments, the paragraph TMX $paragraph_filled" >&2
        failures=$((failures + 1))
      fi
      i=$((i + 1))
    done
  done
  echo "$row"
}

echo "| OmegaT project (source → target) | OmegaT sentence segmentation: paragraph TMX | sentence TMX | sentence TMX --with-paragraphs | paragraph segmentation: paragraph TMX | sentence TMX | sentence TMX --with-paragraphs |"
echo "|---|---:|---:|---:|---:|---:|---:|"
measure "seed 001 (2025)" "$seeds/001_131cc33483b97d95.txt" sv lv \
  "$seeds/001_131cc33483b97d95.txt" "$seeds/004_d6c2b8bb3e30ce40.txt" sv,lv 19 18 21 5 5 5
measure "seed 002 (2023)" "$seeds/002_a07fe2476f6a6bb4.txt" en sv \
  "$seeds/000_99d952fa1365f389.txt" "$seeds/002_a07fe2476f6a6bb4.txt" sv,en 25 25 25 1 0 1
measure "udhr" "$corpus/udhr/sv.txt" sv lv \
  "$corpus/udhr/sv.txt" "$corpus/udhr/lv.txt" sv,lv 91 95 95 58 55 58
measure "udhr" "$corpus/udhr/en.txt" en sv \
  "$corpus/udhr/sv.txt" "$corpus/udhr/en.txt" sv,en 98 102 102 60 57 60
# 39, not 41, since the unit of "Nell Scovell ..." holds "Hon har en annan teori." too,
# as the translators' segment does: OmegaT's two sentences match no unit exactly.
measure "news-ntrex-a" "$corpus/news-ntrex-a/sv.txt" sv lv \
  "$corpus/news-ntrex-a/sv.txt" "$corpus/news-ntrex-a/lv.txt" sv,lv 4 37 39 8 4 8
measure "news-debconf17" "$corpus/news-debconf17/en.txt" en sv \
  "$corpus/news-debconf17/sv.txt" "$corpus/news-debconf17/en.txt" sv,en 8 9 9 7 7 7

if [ "$failures" -ne 0 ]; then
  echo "omegat_sentence.sh: $failures failure(s)" >&2
  exit 1
fi
echo "omegat_sentence.sh: ok"
