#!/usr/bin/env bash
# formats_off.sh: paralign built without its document readers, as on a
# machine without poppler, libzip and libxml2 (PARALIGN_WITH_PDF, _DOCX and
# _HTML set to OFF): text still reads and aligns exactly as before; PDF, DOCX
# and HTML files are refused with exit 2 and a message saying what to install;
# --version lists text only; paralign.pc asks for none of the readers'
# libraries.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${FORMATS_OFF_BUILD:-build-formats-off}
jobs=$(nproc 2>/dev/null || echo 2)
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

mkdir -p "$build"
log=$build/configure.log
cmake -S . -B "$build" -DPARALIGN_WITH_PDF=OFF -DPARALIGN_WITH_DOCX=OFF -DPARALIGN_WITH_HTML=OFF \
  -DPARALIGN_BUILD_TESTS=OFF -DPARALIGN_BUILD_BENCH=OFF -DPARALIGN_WERROR=ON \
  -DCMAKE_BUILD_TYPE=Release >"$log" 2>&1 || { cat "$log"; exit 1; }
grep -q 'paralign reads: text$' "$log" || fail "configure does not say it reads text only"
grep -q 'modules, loaded when first needed' "$log" && fail "configure speaks of reader modules"
ls "$build"/lib/libparalign-*.so.* >/dev/null 2>&1 && fail "reader modules built without readers"
cmake --build "$build" -j"$jobs" >/dev/null
cli=$build/tools/paralign
export LD_LIBRARY_PATH="$PWD/$build/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"

[ "$("$cli" --version | sed -n 's/^formats: //p')" = "text" ] || fail "--version: $("$cli" --version)"
requires=$(grep '^Requires.private:' "$build/paralign.pc")
grep -q 'icu-uc icu-i18n libutf8proc' <<<"$requires" && ! grep -qE 'poppler|libzip|libxml' <<<"$requires" ||
  fail "paralign.pc: $requires"

# refused DOCUMENT FORMAT PACKAGES
refused() {
  local rc=0
  "$cli" paragraphs "data/formats/$1" >/dev/null 2>"$build/stderr" || rc=$?
  [ "$rc" -eq 2 ] || fail "$1: exit $rc, expected 2"
  grep -qF "paralign: error: data/formats/$1: $2 support was not built in: install $3 and rebuild" \
    "$build/stderr" || fail "$1: message: $(cat "$build/stderr")"
}
refused dd2023_sv.pdf PDF libpoppler-glib-dev
refused dd2023_sv.docx DOCX "libzip-dev and libxml2-dev"
refused dd2023_sv.html HTML libxml2-dev

# text is untouched: the seeds align as in the full build
tmx=$build/seeds.tmx
"$cli" align -q --langs sv,en --creation-date 20251120T120000Z -o "$tmx" \
  data/seeds/000_99d952fa1365f389.txt data/seeds/002_a07fe2476f6a6bb4.txt ||
  fail "align of the text seeds: exit $?"
if command -v python3 >/dev/null; then
  score=$(python3 tests/eval/score.py data/gold/seed_dd2023_sv_en.json "$tmx")
  grep -q 'F1=1.000' <<<"$score" || fail "text seeds without the readers: $score"
fi
# an HTML file forced to text is text (its markup kept), as before the readers
"$cli" paragraphs --input-format text data/formats/dd2023_sv.html >"$build/page.txt" ||
  fail "an HTML file read as text: exit $?"
grep -q '<h1' "$build/page.txt" || fail "an HTML file read as text lost its markup"

[ "$failures" -eq 0 ] || { echo "formats_off.sh: $failures failure(s)" >&2; exit 1; }
echo "formats_off.sh: without the readers, text works and the formats are refused clearly"
