#!/usr/bin/env bash
# The corpus documents as users get them, beside their text (DOC/LANG.txt):
#   DOC/html/LANG.html        the page a reader opens: for a markdown source a publisher's
#                             rendering (pandoc, GitHub-flavoured markdown, standalone page);
#                             for the others the text as the browser shows a plain-text file
#                             (wrapped preformatted text, the first line as the page title)
#   DOC/pdf-direct/LANG.pdf   the text as the browser shows it, printed to PDF by headless
#                             Chromium (its default header and footer: print date, page
#                             title, file URL, page n/N)
#   DOC/pdf/LANG.txt          that PDF extracted by pdftotext,
#   DOC/pdf-layout/LANG.txt   and by pdftotext -layout; their gold.json derived from
#                             DOC/gold.json by tools/variant_gold.py
#   DOC/page/LANG.html        (not for markdown sources) the page the document would be
#                             published as, by tools/page.py: a <p> to a paragraph, the
#                             browser's proportional type; printed to
#   DOC/page-pdf-direct/LANG.pdf, extracted to DOC/page-pdf/LANG.txt and
#   DOC/page-pdf-layout/LANG.txt (gold derived as for pdf/)
#   DOC/page-a4-pdf{,-layout}/LANG.txt, DOC/page-a5-pdf{,-layout}/LANG.txt: the same page
#                             printed on other paper in other type (A4, serif 12pt; A5,
#                             sans-serif 10pt), extracted the same ways: the lines break
#                             elsewhere, so a rule that holds for one print only shows
#                             (these PDFs are not kept)
# The PDFs and pages are committed; the scorecard reads them directly (pdf-direct, html).
# The print date is fixed with faketime (when installed) and the pages are printed from a
# fixed folder, so a second run prints the same header and footer.
# usage: tests/corpus/make_pdf_variants.sh [--extract-only] [DOC...]
#   --extract-only: only extract pdf/, pdf-layout/, page-pdf/ and page-pdf-layout/ again
#                   from the committed PDFs
# Needs chromium, pdftotext (poppler-utils), pandoc and python3; faketime is optional.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
extract_only=0
if [ "${1:-}" = "--extract-only" ]; then
  extract_only=1
  shift
fi
for tool in chromium pdftotext pandoc python3; do
  command -v "$tool" > /dev/null || { echo "make_pdf_variants.sh: $tool missing" >&2; exit 1; }
done
print_date="2026-01-15 12:00:00"
clock=()
if command -v faketime > /dev/null; then
  clock=(faketime "$print_date")
else
  echo "make_pdf_variants.sh: faketime missing, the PDFs carry today's date" >&2
fi
# A fixed folder, so that the URL in the page footers stays the same between runs.
print_dir=/tmp/paralign-corpus-print
docs=("$@")
if [ ${#docs[@]} -eq 0 ]; then
  for g in "$here"/*/gold.json; do docs+=("$(basename "$(dirname "$g")")"); done
fi

# text_page TXT HTML: the text as the browser shows a plain-text file.
text_page() {
  python3 - "$1" "$2" <<'PY'
import html, sys
text = open(sys.argv[1], encoding="utf-8").read()
title = next((ln.strip(" #>") for ln in text.splitlines() if ln.strip()), "")[:90]
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write(f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            '</head><body><pre style="word-wrap: break-word; white-space: pre-wrap;">'
            f'{html.escape(text)}</pre></body></html>\n')
PY
}

# The documents whose text is their markdown source, kept as it is (SOURCE.md says how
# each text was made): a publisher shows them rendered.
is_markdown() {
  grep -q 'render.py \(markdown\|eupl\)`' "$here/$1/SOURCE.md"
}

# publisher_page TXT HTML LANG: markdown rendered as a standalone page.
publisher_page() {
  local title
  title=$(python3 -c 'import sys
t = open(sys.argv[1], encoding="utf-8").read()
print(next((ln.strip(" #>") for ln in t.splitlines() if ln.strip()), "")[:90])' "$1")
  pandoc -f gfm -t html5 -s --metadata pagetitle="$title" --metadata lang="$3" -o "$2" "$1"
}

print_pdf() {
  local profile
  profile=$(mktemp -d)
  "${clock[@]}" chromium --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --print-to-pdf="$2" "file://$1" > /dev/null 2>&1
  rm -rf "$profile"
  [ -s "$2" ] || { echo "make_pdf_variants.sh: Chromium did not print $1" >&2; exit 1; }
}

# The page the document would be published as (tools/page.py: one paragraph
# to a <p>, proportional type), printed and extracted like the text: page/,
# page-pdf-direct/, page-pdf/, page-pdf-layout/.  Markdown sources have their
# publisher's page in html/ already.
web_page_variants() {
  local src=$1 lang=$2
  local pdf="$src/page-pdf-direct/$lang.pdf"
  mkdir -p "$src/page" "$src/page-pdf" "$src/page-pdf-layout" "$src/page-pdf-direct"
  if [ "$extract_only" -eq 0 ]; then
    python3 "$here/tools/page.py" "$src/$lang.txt" "$lang" "$src/page/$lang.html" \
      --gold "$src/gold.json"
    mkdir -p "$print_dir/$doc/page"
    cp "$src/page/$lang.html" "$print_dir/$doc/page/$lang.html"
    print_pdf "$print_dir/$doc/page/$lang.html" "$pdf"
  fi
  pdftotext "$pdf" "$src/page-pdf/$lang.txt"
  pdftotext -layout "$pdf" "$src/page-pdf-layout/$lang.txt"
  if [ "$extract_only" -eq 0 ]; then
    page_geometry "$src" "$lang" a4 '@page { size: A4; margin: 20mm } body { font-family: serif; font-size: 12pt }'
    page_geometry "$src" "$lang" a5 '@page { size: A5; margin: 12mm } body { font-family: sans-serif; font-size: 10pt }'
  fi
}

# page_geometry SRC LANG NAME CSS: the page printed with CSS added (paper, type),
# extracted to page-NAME-pdf/ and page-NAME-pdf-layout/.
page_geometry() {
  local src=$1 lang=$2 name=$3 css=$4
  local html="$print_dir/$doc/page-$name/$lang.html" pdf
  mkdir -p "$print_dir/$doc/page-$name" "$src/page-$name-pdf" "$src/page-$name-pdf-layout"
  python3 - "$src/page/$lang.html" "$html" "$css" <<'PY'
import sys
page = open(sys.argv[1], encoding="utf-8").read()
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write(page.replace("</head>", f"<style>{sys.argv[3]}</style></head>", 1))
PY
  pdf=$(mktemp --suffix=.pdf)
  print_pdf "$html" "$pdf"
  pdftotext "$pdf" "$src/page-$name-pdf/$lang.txt"
  pdftotext -layout "$pdf" "$src/page-$name-pdf-layout/$lang.txt"
  rm -f "$pdf"
}

for doc in "${docs[@]}"; do
  src="$here/$doc"
  mkdir -p "$print_dir/$doc" "$src/pdf" "$src/pdf-layout" "$src/pdf-direct" "$src/html"
  for txt in "$src"/*.txt; do
    lang=$(basename "$txt" .txt)
    pdf="$src/pdf-direct/$lang.pdf"
    if [ "$extract_only" -eq 0 ]; then
      page="$print_dir/$doc/$lang.html"
      text_page "$txt" "$page"
      if is_markdown "$doc"; then
        publisher_page "$txt" "$src/html/$lang.html" "$lang"
      else
        cp "$page" "$src/html/$lang.html"
      fi
      print_pdf "$page" "$pdf"
    fi
    pdftotext "$pdf" "$src/pdf/$lang.txt"
    pdftotext -layout "$pdf" "$src/pdf-layout/$lang.txt"
    is_markdown "$doc" || web_page_variants "$src" "$lang"
  done
  for variant in pdf pdf-layout; do
    python3 "$here/tools/variant_gold.py" "$src" "$variant"
  done
  if ! is_markdown "$doc"; then
    for variant in page-pdf page-pdf-layout page-a4-pdf page-a4-pdf-layout page-a5-pdf \
      page-a5-pdf-layout; do
      python3 "$here/tools/variant_gold.py" "$src" "$variant"
    done
  fi
done
