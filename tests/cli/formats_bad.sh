#!/usr/bin/env bash
# formats_bad.sh: damaged, encrypted and hostile documents are refused with
# exit 2 and a message that names the file and says what is wrong, and never
# make the library print; legacy-charset HTML is read right.  The documents
# are data/formats/bad/ and cases/ (tests/formats/make_test_documents.py).
# Skips (77) the formats this build does not read.
# Env: PARALIGN (the binary), DATA (data/), WORK (scratch dir).
. "$(dirname "$0")/lib/common.sh"
BAD=$DATA/formats/bad
CASES=$DATA/formats/cases
formats=$("$PARALIGN" --version | sed -n 's/^formats: //p')
has() { case " $formats " in *" $1 "*) return 0 ;; esac; return 1; }

# refused FILE CODE TEXT [OPTIONS...]: exit CODE, one error line naming FILE and saying TEXT.
refused() {
  local file=$1 code=$2 text=$3
  shift 3
  run paragraphs "$@" "$file"
  expect_exit "$(basename "$file")" "$code"
  [ "$(wc -l <"$WORK/stderr")" -eq 1 ] ||
    fail "$(basename "$file"): expected one error line, got: $(head -c 600 "$WORK/stderr")"
  grep -qF "paralign: error: $file: " "$WORK/stderr" ||
    fail "$(basename "$file"): the message does not name the file: $(cat "$WORK/stderr")"
  grep -qiE "$text" "$WORK/stderr" ||
    fail "$(basename "$file"): the message does not say '$text': $(cat "$WORK/stderr")"
  [ -s "$WORK/stdout" ] && fail "$(basename "$file"): output despite the error"
}

if has pdf; then
  refused "$BAD/truncated.pdf" 2 'not a readable PDF \(damaged or truncated\?\)'
  refused "$BAD/encrypted.pdf" 2 'encrypted with a password'
  refused "$BAD/scanned.pdf" 2 'no text layer \(scanned pages\?\): run OCR'
  # the same refusals in align, for one file of the set
  run align --langs sv,en "$BAD/encrypted.pdf" "$EN23"
  expect_exit align-encrypted 2
  grep -qF "$BAD/encrypted.pdf" "$WORK/stderr" || fail "align-encrypted: file not named"
else
  refused "$DATA/formats/dd2023_sv.pdf" 2 \
    'PDF support was not built in: install libpoppler-glib-dev and rebuild'
fi

if has docx; then
  refused "$BAD/not-a-docx.docx" 2 'a zip archive without word/document.xml: not a Word \(DOCX\)'
  # a zip bomb: the inflated bytes are counted, whatever the zip's headers claim
  refused "$BAD/bomb.docx" 2 'word/document.xml inflates past the size limit of 4194304 bytes' \
    --max-size 4M
  refused "$BAD/bomb-lying.docx" 2 'inflates past the size limit' --max-size 4M
  # without a limit that low it is read, and libxml2's own limits hold quietly
  run paragraphs "$BAD/bomb.docx"
  [ "$rc" -eq 0 ] || [ "$rc" -eq 2 ] || fail "bomb, default limit: exit $rc"
  [ "$(wc -l <"$WORK/stderr")" -le 1 ] || fail "bomb: more than one line on stderr (libxml2 printing?)"
  run paragraphs "$CASES/word-features.docx"
  expect_exit word-features 0
  grep -qP '\tArticle 4\tThe Council adopts' "$WORK/stdout" || fail "docx: no 'Article 4' label"
  grep -qP '\t\(b\)\tSupport capacity' "$WORK/stdout" || fail "docx: no '(b)' label"
  grep -q 'always promote' "$WORK/stdout" || fail "docx: tracked insertion not read"
  grep -q 'never\|HIDDEN' "$WORK/stdout" && fail "docx: deleted or hidden text read"
  grep -qP '\tfootnote\t0\t1\tSee the Action Plan' "$WORK/stdout" || fail "docx: footnote not read"
  grep -q 'DATE' "$WORK/stdout" && fail "docx: a field code read as text"
else
  refused "$DATA/formats/dd2023_sv.docx" 2 'DOCX support was not built in'
fi

if has html; then
  for page in legacy-1257 legacy-meta; do
    run paragraphs "$CASES/$page.html"
    expect_exit "$page" 0
    grep -q 'Padomes secinājumi par Eiropas Savienības digitālo stratēģiju' "$WORK/stdout" ||
      fail "$page: windows-1257 not decoded: $(head -c 300 "$WORK/stdout")"
    grep -qP '\t2\.\tUZSVER, ka ir jāuzlabo' "$WORK/stdout" || fail "$page: list item 2 not read"
  done
  # the caller's encoding comes before the page's
  run paragraphs --encoding ISO-8859-4 "$CASES/legacy-meta.html"
  grep -q 'Padomes secinājumi' "$WORK/stdout" && fail "--encoding did not override <meta charset>"
else
  refused "$DATA/formats/dd2023_sv.html" 2 'HTML support was not built in'
fi

finish formats_bad.sh
