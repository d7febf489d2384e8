#!/usr/bin/env bash
# bible.sh: one joint sv/lv/en run on the Bible corpus (23,599 verses each),
# with and without its `Gen 1:1` verse labels: F1 >= 0.99 for every language
# pair (bench/bible_strip.sh).  Runs only where ../shared/corpora/bible exists
# (never copied into the project); reuses the Release build of
# scripts/test-all.sh (or PARALIGN).
set -u
cd "$(dirname "$0")/../.."
corpus=${BIBLE_DIR:-../shared/corpora/bible}
paralign=${PARALIGN:-build/tools/paralign}
[ -r "$corpus/gold.json" ] || { echo "bible: no corpus at $corpus: skipped"; exit 77; }
command -v python3 > /dev/null || { echo "bible: python3 missing: skipped"; exit 77; }
[ -x "$paralign" ] || { echo "bible: $paralign not built: skipped"; exit 77; }
MIN_F1=0.99 bash bench/bible_strip.sh "$paralign" "$corpus"
rc=$?
[ "$rc" -eq 0 ] && echo "bible: ok" || echo "bible: FAILED"
exit "$rc"
