#!/usr/bin/env bash
# check_html_chromium.sh: open the HTML report of `paralign check` in headless
# Chromium and check, in the DOM the browser built, that every finding of a
# damaged seed pair has its flagged row (with the right kind) and that the
# "only flagged rows" switch works.  With --screenshot FILE, also save a
# 1280x900 screenshot of the report (the one in README.md:
# `bash tests/extra/check_html_chromium.sh --screenshot doc/check-report.png`).
# Uses the tool of an existing build (build/, or PARALIGN=path), else builds
# one.  Skips (exit 77) when /usr/bin/chromium is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  echo "check_html_chromium.sh: $chromium not found (scripts/install-deps.sh --test): skipped"
  exit 77
fi
screenshot=""
[ "${1:-}" = "--screenshot" ] && screenshot=${2:?--screenshot needs a file}
paralign=${PARALIGN:-}
if [ -z "$paralign" ]; then
  if [ -x build/tools/paralign ]; then
    paralign=build/tools/paralign
  else
    cmake -S . -B build-chromium -DCMAKE_BUILD_TYPE=Release -DPARALIGN_BUILD_TESTS=OFF >/dev/null
    cmake --build build-chromium -j"$(nproc 2>/dev/null || echo 2)" >/dev/null
    paralign=build-chromium/tools/paralign
  fi
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Damage the Latvian 2025 conclusions four ways: a paragraph deleted, a year
# changed, two paragraphs swapped, one left in Swedish.
cp data/seeds/001_131cc33483b97d95.txt "$work/sv.txt"
sv=sv.txt
lv=data/seeds/004_d6c2b8bb3e30ce40.txt
paralign=$(cd "$(dirname "$paralign")" && pwd)/$(basename "$paralign")
sv5=$(grep '^5\. KONSTATERAR' "$work/$sv")
awk -v sv5="$sv5" '
  /^8\. ATBALSTA/ { next }
  /^5\. ATZĪST/ { print sv5; next }
  /^23\. Padome AICINA/ { held = $0; next }
  /^24\. Padome AICINA/ { print; print held; next }
  { gsub(/līdz 2026\. gada novembrim/, "līdz 2027. gada novembrim"); print }
' "$lv" >"$work/lv-damaged.txt"
rc=0
(cd "$work" && "$paralign" check --langs sv,lv --format html -o report.html sv.txt lv-damaged.txt) ||
  rc=$?
[ "$rc" -eq 1 ] || { echo "FAIL: check exited $rc, expected 1 (errors found)"; exit 1; }
(cd "$work" && "$paralign" check --langs sv,lv --format json sv.txt lv-damaged.txt >report.json) ||
  true

browse() { # URL OPTIONS...: run headless Chromium on URL
  local url=$1
  shift
  "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile" \
    "$@" "$url" 2>"$work/chromium.log"
}

browse "file://$work/report.html" --dump-dom >"$work/dom.html"
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
grep -q '<table class="units">' "$work/dom.html" || fail "no table in the DOM: $(head -c 300 "$work/chromium.log")"
# Every error finding of the JSON report has a flagged error row of its kind.
expected=$(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
for f in r["findings"]:
    if f["severity"] == "error":
        print(f["kind"])' "$work/report.json" | sort)
[ "$(echo "$expected" | sort -u | tr '\n' ' ')" = "length-outlier missing number-mismatch order " ] ||
  fail "unexpected findings: $(echo "$expected" | tr '\n' ' ')"
for kind in $expected; do
  grep -qE "<tr class=\"unit flagged error\" data-kinds=\"[^\"]*$kind" "$work/dom.html" ||
    fail "no flagged row for $kind"
done
grep -q '<mark>2027\. gada novembrim</mark>' "$work/dom.html" || fail "the changed date is not marked"
rows=$(grep -c '<tr class="unit' "$work/dom.html")
units=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["units"])' "$work/report.json")
[ "$rows" -eq "$units" ] || fail "$rows rows for $units units"
# The switch, turned on by the address: unflagged rows are hidden.
browse "file://$work/report.html#only-flagged" --dump-dom >"$work/dom-flagged.html"
grep -qE '<body class="only-flagged"' "$work/dom-flagged.html" || fail "#only-flagged did not switch"

if [ -n "$screenshot" ]; then
  browse "file://$work/report.html#only-flagged" --screenshot="$work/shot.png" --window-size=1280,900
  cp "$work/shot.png" "$screenshot"
  echo "screenshot: $screenshot"
fi
[ "$failures" -eq 0 ] || exit 1
echo "check_html_chromium.sh: ok ($(echo "$expected" | wc -l) flagged error rows found in the DOM)"
