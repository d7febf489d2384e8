#!/usr/bin/env bash
# make_fixtures.sh: make the PDF, DOCX and HTML versions of the seed documents
# that have a gold file (data/formats/), with the tools a user has:
#
#   seed.txt --paralign paragraphs--> paragraphs.jsonl
#            --paragraphs_to_markdown.py--> seed.md  (headings, ordered and bullet
#              lists, footnotes: the seed's paragraphs with their structure)
#            --pandoc--> seed.html (standalone page) and seed.docx
#   seed.html --headless Chromium, print to PDF--> seed.pdf (with Chromium's
#              date, title, URL and page-number headers and footers)
#
# the 2023 pair printed on two columns (cases/*-columns.pdf), and the small
# documents of data/formats/bad/ and cases/ (make_test_documents.py).
# The fixtures are committed; rerun this only to remake them.
#
# usage: tests/formats/make_fixtures.sh [PARALIGN]   (default: build/tools/paralign)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
paralign=${1:-$root/build/tools/paralign}
out=$root/data/formats
for tool in pandoc chromium python3; do
  command -v "$tool" >/dev/null || { echo "make_fixtures.sh: $tool is missing" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# print_pdf HTML PDF: print a page to PDF as a user would, headers and footers kept.
print_pdf() {
  local profile
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" \
    --print-to-pdf="$2" "$1" >/dev/null 2>&1
  rm -rf "$profile"
  [ -s "$2" ] || { echo "make_fixtures.sh: Chromium did not print $1" >&2; exit 1; }
}

# make_fixture NAME SEED LANG: data/formats/NAME.{html,docx,pdf} from data/seeds/SEED.
make_fixture() {
  local name=$1 seed=$root/data/seeds/$2 lang=$3 title
  "$paralign" paragraphs --format jsonl "$seed" >"$work/$name.jsonl"
  python3 "$here/paragraphs_to_markdown.py" "$work/$name.jsonl" "$seed" >"$work/$name.md"
  title=$(python3 -c 'import json,sys
for l in open(sys.argv[1], encoding="utf-8"):
    p = json.loads(l)
    if p["kind"] == "heading":
        print(p["text"][:80]); break' "$work/$name.jsonl")
  pandoc -f markdown -t html5 -s --metadata pagetitle="${title:-$name}" --metadata lang="$lang" \
    -o "$out/$name.html" "$work/$name.md"
  pandoc -f markdown -t docx --metadata lang="$lang" -o "$out/$name.docx" "$work/$name.md"
  cp "$out/$name.html" "$work/$name.html"
  print_pdf "$work/$name.html" "$out/$name.pdf"
  echo "made $name.html, $name.docx, $name.pdf from $2"
}

make_fixture dd2023_sv 000_99d952fa1365f389.txt sv
make_fixture dd2023_en 002_a07fe2476f6a6bb4.txt en
make_fixture ids2025_sv 001_131cc33483b97d95.txt sv
make_fixture ids2025_lv 004_d6c2b8bb3e30ce40.txt lv

# the 2023 pair once more, printed on two columns (the page's style asks for
# them): poppler reads such pages row by row, across the gutter
mkdir -p "$out/cases"
for name in dd2023_sv dd2023_en; do
  sed 's|</style>|body { max-width: none; column-count: 2; column-gap: 2em; }\n</style>|' \
    "$out/$name.html" >"$work/$name-columns.html"
  print_pdf "$work/$name-columns.html" "$out/cases/$name-columns.pdf"
  echo "made cases/$name-columns.pdf"
done

python3 "$here/make_test_documents.py" "$out"
