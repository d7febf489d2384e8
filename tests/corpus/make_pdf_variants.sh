#!/usr/bin/env bash
# Print every corpus text to PDF as a user would, with headless Chromium (its default
# header and footer: date, title, URL, page n/N), and extract the PDF with pdftotext,
# without and with -layout: DOC/pdf/LANG.txt and DOC/pdf-layout/LANG.txt.  Then derive
# each variant's gold from DOC/gold.json (tools/variant_gold.py).  Re-runnable; the print
# date in the page headers changes from run to run.
# usage: tests/corpus/make_pdf_variants.sh [DOC...]
# Needs chromium, pdftotext (poppler-utils) and python3.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
for tool in chromium pdftotext python3; do
  command -v "$tool" > /dev/null || { echo "make_pdf_variants.sh: $tool missing" >&2; exit 1; }
done
# A fixed folder, so that the URL in the page footers stays the same between runs.
print_dir=/tmp/paralign-corpus-print
docs=("$@")
if [ ${#docs[@]} -eq 0 ]; then
  for g in "$here"/*/gold.json; do docs+=("$(basename "$(dirname "$g")")"); done
fi
for doc in "${docs[@]}"; do
  src="$here/$doc"
  mkdir -p "$print_dir/$doc" "$src/pdf" "$src/pdf-layout"
  for txt in "$src"/*.txt; do
    lang=$(basename "$txt" .txt)
    html="$print_dir/$doc/$lang.html"
    pdf="$print_dir/$doc/$lang.pdf"
    # The text as the browser shows a plain-text file (wrapped preformatted text), with the
    # document's first line as the page title.
    python3 - "$txt" "$html" <<'PY'
import html, sys
text = open(sys.argv[1], encoding="utf-8").read()
title = next((ln.strip(" #>") for ln in text.splitlines() if ln.strip()), "")[:90]
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write(f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            '</head><body><pre style="word-wrap: break-word; white-space: pre-wrap;">'
            f'{html.escape(text)}</pre></body></html>\n')
PY
    profile=$(mktemp -d)
    chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
      --disable-component-update --disable-sync --user-data-dir="$profile" \
      --print-to-pdf="$pdf" "file://$html" > /dev/null 2>&1
    rm -rf "$profile"
    pdftotext "$pdf" "$src/pdf/$lang.txt"
    pdftotext -layout "$pdf" "$src/pdf-layout/$lang.txt"
  done
  for variant in pdf pdf-layout; do
    python3 "$here/tools/variant_gold.py" "$src" "$variant"
  done
done
