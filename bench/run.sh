#!/usr/bin/env bash
# bench/run.sh: build paralign (Release) and print the benchmark table.
#
#   bench/run.sh            the full benchmark (a few minutes)
#   bench/run.sh --quick    one run of each, small inputs (a smoke test)
#   bench/run.sh --gap      only the Bible gap rows (see below)
#   bench/run.sh --costly   only the costly pairs against ordinary ones (see below)
#
# Measures read+normalise throughput, the whole pipeline (read, normalise,
# align, write TMX) for the seed pairs, synthetic documents of 1k/10k/100k
# paragraphs (bench/make_synthetic.py) and the Bible corpus when
# ../shared/corpora/bible is present (paragraph units, then sentence units),
# and `paralign batch` with 1 and 2 jobs.
# Progress goes to standard error, the markdown table to standard output.
# Environment: PARALIGN_BENCH_BUILD (build dir, default build-bench),
# PARALIGN_BENCH_WORK (scratch dir, default BUILD/bench-work), PARALIGN_BIBLE.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
quick=0 gap_only=0
[ "${1:-}" = "--quick" ] && quick=1
[ "${1:-}" = "--gap" ] && gap_only=1
build=${PARALIGN_BENCH_BUILD:-$root/build-bench}
work=${PARALIGN_BENCH_WORK:-$build/bench-work}
bible=${PARALIGN_BIBLE:-$root/../shared/corpora/bible}
mkdir -p "$work"

say() { echo "bench: $*" >&2; }
runs() { if [ $quick = 1 ]; then echo 1; else echo "$1"; fi; }
seed() { echo "$root"/data/seeds/"$1"_*.txt; }

say "building (Release) in $build"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target paralign_bench paralign-cli >/dev/null
bench=$build/bench/paralign_bench
cli=$build/tools/paralign
results=$work/results.tsv
printf 'kind=info\tlabel=version\ttext=%s\n' "$("$cli" --version | awk 'NR == 1 {print $2}')" >"$results"

# A failed measurement is a row of the table, not the end of the run.
measure() { "$bench" "$@" >>"$results" || say "a measurement reported an error (see the table)"; }

# The Bible sv/en without verse labels, once whole and once with 5,000 English
# verses removed (bench/bible_gap.py): the gap must be found (F1 >= 0.99) at
# no more than 1.5 times the cost of the pair without it.
bible_gap() {
  if [ $quick = 1 ] || [ ! -s "$bible/gold.json" ]; then
    printf 'kind=skip\tlabel=pipeline, Bible sv+en without labels, 5,000 verses missing\treason=%s\n' \
      "$([ $quick = 1 ] && echo "--quick" || echo "no corpus at $bible")" >>"$results"
    return
  fi
  say "whole pipeline: Bible sv+en without labels, with and without a gap"
  python3 "$root/bench/bible_gap.py" "$bible" "$work/gap" >&2
  measure pipeline --runs 5 --langs sv,en --force --tmx "$work/gap/full.tmx" \
    --label "pipeline, Bible sv+en without labels" "$work/gap/sv.txt" "$work/gap/en_full.txt"
  measure pipeline --runs 5 --langs sv,en --force --tmx "$work/gap/gap.tmx" \
    --label "pipeline, Bible sv+en without labels, 5,000 verses missing in en" \
    "$work/gap/sv.txt" "$work/gap/en_gap.txt"
  for v in full gap; do
    [ -s "$work/gap/$v.tmx" ] || continue
    python3 "$root/tests/eval/score.py" "$work/gap/gold_$v.json" "$work/gap" "$work/gap/$v.tmx" \
      --json >"$work/gap/score_$v.json"
    printf 'kind=score\tlabel=bible-%s\tjson=%s\n' "$v" "$work/gap/score_$v.json" >>"$results"
  done
}

if [ $gap_only = 1 ]; then
  bible_gap
  python3 "$root/bench/table.py" "$results"
  exit 0
fi

# Pairs that once cost the aligner far more than their size, each against an
# ordinary pair of the same size and shape (tests/cli/lib/costly_pairs.py):
# numbered paragraphs moved far from their place (one in 25 swapped), and
# paragraphs of 250 numbers each (a statistical annex) against the same rows
# with words for the numbers, in two and in three versions.  CPU time of the
# whole align process, the two in turn; the table gives the ratio.
costly_pairs() {
  local n=20000 rows=500 round
  [ $quick = 1 ] && n=2000 rows=100
  local m=$work/costly-moved-$n d=$work/costly-dense-$rows
  [ -s "$m/en.txt" ] || python3 "$root/tests/cli/lib/costly_pairs.py" moved $n "$m"
  [ -s "$d/sv.txt" ] || python3 "$root/tests/cli/lib/costly_pairs.py" dense $rows "$d"
  say "costly pairs: numbered paragraphs moved far, numbers in every paragraph"
  # cost KEY ROLE LABEL LANGS FILES...: one run, tagged for the ratio row.
  cost() {
    local key=$1 role=$2 label=$3 langs=$4
    shift 4
    { "$bench" command --runs 1 --label "$label" -- \
      "$cli" align -q --force --langs "$langs" -o /dev/null "$@" ||
      true; } | sed "s/\$/\tcostly=$key\trole=$role/" >>"$results"
  }
  for round in $(seq 1 "$(runs 5)"); do
    cost moved case "align, $n numbered paragraphs, one in 25 moved far" sv,en \
      "$m/sv.txt" "$m/en.txt"
    cost moved ordinary "align, $n numbered paragraphs in order" sv,en \
      "$m/sv.txt" "$m/en-inorder.txt"
    cost dense2 case "align, $rows paragraphs of 250 numbers, 2 versions" sv,en \
      "$d/sv.txt" "$d/en.txt"
    cost dense2 ordinary "align, $rows paragraphs of 250 words, 2 versions" sv,en \
      "$d/sv-words.txt" "$d/en-words.txt"
    cost dense3 case "align, $rows paragraphs of 250 numbers, 3 versions" sv,en,lv \
      "$d/sv.txt" "$d/en.txt" "$d/lv.txt"
    cost dense3 ordinary "align, $rows paragraphs of 250 words, 3 versions" sv,en,lv \
      "$d/sv-words.txt" "$d/en-words.txt" "$d/lv-words.txt"
  done
}

if [ "${1:-}" = "--costly" ]; then
  costly_pairs
  python3 "$root/bench/table.py" "$results"
  exit 0
fi

say "reading and normalising"
mb=32
[ $quick = 1 ] && mb=2
measure read --runs "$(runs 5)" --mb $mb --lang sv \
  --label "read+normalise, PDF-style (seed 000 repeated)" "$(seed 000)"
measure read --runs "$(runs 5)" --mb $mb --lang en \
  --label "read+normalise, markdown-style (seed 002 repeated)" "$(seed 002)"
measure read --runs "$(runs 5)" --mb $mb --lang sv \
  --label "read+normalise, markdown-style (seed 001 repeated)" "$(seed 001)"

# The whole `paralign paragraphs` process on a large file (about 20 MB of a
# seed repeated, written to disk): CPU time per MB and peak memory, the
# median of 11 runs (a run is a fifth of a second, and this machine kind's
# runs spread by half).
big_input() { # SEED FILE MB
  python3 -c 'import sys
one = open(sys.argv[1], "rb").read()
limit = float(sys.argv[3]) * 1e6
with open(sys.argv[2], "wb") as out:
    n = 0
    while n < limit:
        out.write(one + b"\n\n")
        n += len(one) + 2' "$(seed "$1")" "$2" "$3"
}
say "paragraphs: whole process on large files"
pmb=20
[ $quick = 1 ] && pmb=2
for spec in 000:sv:PDF-style 002:en:markdown-style 001:sv:markdown-style; do
  IFS=: read -r s lang style <<<"$spec"
  big=$work/paragraphs-$s.txt
  [ -s "$big" ] || big_input "$s" "$big" $pmb
  measure command --runs "$(runs 11)" --bytes "$(wc -c <"$big")" \
    --label "paragraphs --format jsonl, whole process, $style (seed $s repeated)" -- \
    "$cli" paragraphs --format jsonl --lang "$lang" "$big"
done

# Start-up: short whole processes against /bin/true, in turn: the seed
# pair's align (the target), --version and one seed's paragraphs.  Each
# round runs each once, so the table pairs a round's runs (the median of
# their ratios) as well as comparing the medians.
say "start-up: align on the 2023 seed pair, --version and paragraphs against /bin/true"
for round in $(seq 1 "$(runs 41)"); do
  measure command --runs 1 --label "whole process, align, 2023 seed pair" -- \
    "$cli" align -q --langs sv,en --creation-date 20260101T000000Z "$(seed 000)" "$(seed 002)"
  measure command --runs 1 --label "whole process, --version" -- "$cli" --version
  measure command --runs 1 --label "whole process, paragraphs, seed 000" -- \
    "$cli" paragraphs --lang sv "$(seed 000)"
  measure command --runs 1 --label "whole process, /bin/true" -- /bin/true
done

# A long PDF as users get them: the seeds' text, concatenated until it runs
# past 100 pages, printed by headless Chromium (as tests/formats/make_fixtures.sh
# prints the fixtures), read as it is.
long_pdf() {
  local md=$work/long.md pdf=$work/long.pdf k=0 round
  command -v pandoc >/dev/null && command -v chromium >/dev/null || return 1
  [ -s "$pdf" ] && { echo "$pdf"; return 0; }
  : >"$md"
  for round in 1 2; do
    for s in 000 002 001 004 003; do
      k=$((k + 1))
      "$cli" paragraphs --format jsonl "$(seed $s)" >"$work/seed.jsonl"
      # footnote names made unique per copy
      python3 "$root/tests/formats/paragraphs_to_markdown.py" "$work/seed.jsonl" "$(seed $s)" |
        sed "s/\[\^\([0-9]*\)\]/[^c${k}n\1]/g" >>"$md"
      printf '\n\n' >>"$md"
    done
  done
  pandoc -f markdown -t html5 -s --metadata pagetitle="Council conclusions" -o "$work/long.html" "$md" &&
    chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
      --disable-component-update --disable-sync --user-data-dir="$work/chromium-profile" \
      --print-to-pdf="$pdf" "$work/long.html" >/dev/null 2>&1 && [ -s "$pdf" ] && echo "$pdf"
}
say "reading a long PDF"
if pdf=$(long_pdf); then
  measure document --runs "$(runs 5)" --label "read a PDF as it is (seeds printed by Chromium)" "$pdf"
else
  printf 'kind=skip\tlabel=read a 100-page PDF\treason=%s\n' \
    "pandoc or Chromium missing, or the PDF failed to print" >>"$results"
fi

say "whole pipeline: seed pairs"
measure pipeline --runs "$(runs 21)" --langs sv,en \
  --label "pipeline, 2023 seed pair (sv PDF + en markdown)" "$(seed 000)" "$(seed 002)"
measure pipeline --runs "$(runs 21)" --langs sv,lv \
  --label "pipeline, 2025 seed pair (sv markdown + lv plain)" "$(seed 001)" "$(seed 004)"

say "whole pipeline: a regulation in ten languages"
langs10=en,de,fr,es,fi,et,lt,pl,el,bg
files10=$(for l in ${langs10//,/ }; do printf '%s ' "$root/tests/fixtures/langs/gdpr/$l.txt"; done)
# shellcheck disable=SC2086 # one word per file
measure pipeline --runs "$(runs 7)" --langs $langs10 --tmx "$work/gdpr10.tmx" \
  --label "pipeline, regulation in 10 languages, --langs (GDPR Articles 1-59)" $files10
# shellcheck disable=SC2086
measure pipeline --runs "$(runs 7)" \
  --label "pipeline, regulation in 10 languages, detected (GDPR Articles 1-59)" $files10
if [ -s "$work/gdpr10.tmx" ]; then
  python3 "$root/tests/eval/score.py" "$root/tests/fixtures/langs/gdpr/gold.json" \
    "$work/gdpr10.tmx" --json >"$work/gdpr10_score.json"
  printf 'kind=score\tlabel=gdpr10\tjson=%s\n' "$work/gdpr10_score.json" >>"$results"
fi

sizes="1000:7:1k 10000:5:10k 100000:3:100k"
[ $quick = 1 ] && sizes="1000:1:1k 10000:1:10k"
for spec in $sizes; do
  IFS=: read -r n r name <<<"$spec"
  dir=$work/synthetic-$n
  if [ ! -s "$dir/b.txt" ]; then
    say "making synthetic documents of $n paragraphs"
    python3 "$root/bench/make_synthetic.py" --paragraphs "$n" --out "$dir" >/dev/null
  fi
  say "whole pipeline: synthetic $name"
  # Forced: these rows measure cost; the parallelism found is in the table.
  measure pipeline --runs "$(runs "$r")" --langs sv,lv --force \
    --label "pipeline, synthetic $name paragraphs (sv PDF-style + lv)" "$dir/a.txt" "$dir/b.txt"
done

if [ $quick = 0 ] && [ -s "$bible/sv.txt" ] && [ -s "$bible/gold.json" ]; then
  say "whole pipeline: Bible, three languages"
  measure pipeline --runs 3 --langs sv,lv,en --tmx "$work/bible.tmx" \
    --label "pipeline, Bible sv+lv+en (one joint alignment)" \
    "$bible/sv.txt" "$bible/lv.txt" "$bible/en.txt"
  # The same as a user runs it: the whole process, start-up and TMX file
  # included, in CPU time (target: 0.4 s).
  say "whole process: align the Bible's three languages"
  measure command --runs "$(runs 5)" --label "whole process, align, Bible sv+lv+en" -- \
    "$cli" align -q --langs sv,lv,en --creation-date 20260101T000000Z -o "$work/bible_whole.tmx" \
    "$bible/sv.txt" "$bible/lv.txt" "$bible/en.txt"
  say "whole pipeline: Bible, sentence units"
  measure pipeline --runs 3 --langs sv,lv,en --units sentence \
    --label "pipeline, Bible sv+lv+en, sentence units (--units sentence)" \
    "$bible/sv.txt" "$bible/lv.txt" "$bible/en.txt"
  if [ -s "$work/bible.tmx" ]; then
    python3 "$root/tests/eval/score.py" "$bible/gold.json" "$bible" "$work/bible.tmx" --json \
      >"$work/bible_score.json"
    printf 'kind=score\tlabel=bible\tjson=%s\n' "$work/bible_score.json" >>"$results"
  fi
  # Without verse labels nothing anchors the DP, and every pair is also
  # aligned alone (lib/align/pairs.c): the cost of holding pairs to that.
  say "whole pipeline: Bible, three languages without verse labels"
  mkdir -p "$work/strip"
  for l in sv lv en; do
    sed -E 's/^[1-3]?[A-Z][a-z]+ [0-9]+:[0-9]+ //' "$bible/$l.txt" >"$work/strip/$l.txt"
  done
  measure pipeline --runs 3 --langs sv,lv,en --tmx "$work/strip.tmx" \
    --label "pipeline, Bible sv+lv+en, verse labels stripped" \
    "$work/strip/sv.txt" "$work/strip/lv.txt" "$work/strip/en.txt"
  if [ -s "$work/strip.tmx" ]; then
    python3 "$root/tests/eval/score.py" "$bible/gold.json" "$work/strip" "$work/strip.tmx" \
      --json >"$work/strip_score.json"
    printf 'kind=score\tlabel=bible-strip\tjson=%s\n' "$work/strip_score.json" >>"$results"
  fi
else
  printf 'kind=skip\tlabel=pipeline, Bible sv+lv+en\treason=%s\n' \
    "$([ $quick = 1 ] && echo "--quick" || echo "no corpus at $bible")" >>"$results"
fi

bible_gap

costly_pairs

# batch: document sets made from the two seed pairs, alternately.
nsets=200
[ $quick = 1 ] && nsets=20
manifest=$work/batch.tsv
: >"$manifest"
for i in $(seq 1 $nsets); do
  if [ $((i % 2)) = 1 ]; then
    printf 'sv,en\t%s\t%s\tset%03d.tmx\n' "$(seed 000)" "$(seed 002)" "$i"
  else
    printf 'sv,lv\t%s\t%s\tset%03d.tmx\n' "$(seed 001)" "$(seed 004)" "$i"
  fi
done >"$manifest"
say "batch: $nsets sets, --jobs 1 and --jobs 2 in turn"
for round in $(seq 1 "$(runs 5)"); do
  for jobs in 1 2; do
    rm -rf "$work/batch-out"
    { "$bench" command --runs 1 --label "batch, $nsets sets, --jobs $jobs" -- \
      "$cli" batch -q --jobs $jobs -o "$work/batch-out" "$manifest" 2>>"$work/batch.log" ||
      true; } | sed "s/\$/\tsets=$nsets\twhat=$nsets sets from the seed pairs, TMX written/" \
      >>"$results"
  done
done

python3 "$root/bench/table.py" "$results"
