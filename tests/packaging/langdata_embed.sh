#!/usr/bin/env bash
# langdata_embed.sh: adding a language is adding files under data/lang/<code>/.
# cmake/ParalignEmbedData.cmake turns a data folder with a new language into the
# table lib/text/langdata.c compiles, and the new lists answer through
# paralign_langdata_list: entries trimmed, comments and blank lines left out, quotes and
# backslashes kept, UTF-8 as written, a missing list empty.  An entry with a ';' (which
# CMake lists would cut) stops the build with the file's name.
# usage: langdata_embed.sh SOURCE_DIR C_COMPILER
set -euo pipefail
src=${1:?usage: langdata_embed.sh SOURCE_DIR C_COMPILER}
cc=${2:?usage: langdata_embed.sh SOURCE_DIR C_COMPILER}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir -p "$work/lang/xx" "$work/lang/yy" "$work/gen/text"
printf '# a comment; with a semicolon\n\n  a.b.  \nq"uote\nback\\slash\n\xc3\xa5r.\n# the end\n' \
  > "$work/lang/xx/abbreviations.txt"
printf 'x*\n' > "$work/lang/xx/ordinal_words.txt"
printf '# only comments\n' > "$work/lang/yy/abbreviations.txt"
cmake -DDATA_DIR="$work/lang" -DOUTPUT="$work/gen/text/langdata_tables.h" \
  -P "$src/cmake/ParalignEmbedData.cmake" || fail "the embedding script failed"

cat > "$work/probe.c" << 'EOF'
#include <stdio.h>
#include <string.h>
#include "text/langdata.h"
static int has(const char *lang, const char *list, const char *s) {
  return paralign_langlist_contains(paralign_langdata_list(lang, list), s, strlen(s));
}
int main(void) {
  paralign_langlist xx = paralign_langdata_list("xx", "abbreviations");
  int ok = xx.count == 4 && has("xx", "abbreviations", "a.b.") &&
           has("XX-ab", "abbreviations", "q\"uote") && has("xx", "abbreviations", "back\\slash") &&
           has("xx", "abbreviations", "\xc3\xa5r.") && has("xx", "ordinal_words", "x*") &&
           paralign_langdata_list("yy", "abbreviations").count == 0 &&
           paralign_langdata_list("xx", "no_list").count == 0 &&
           paralign_langdata_list("sv", "abbreviations").count == 0;
  printf("%s: %zu entries for xx\n", ok ? "ok" : "wrong", xx.count);
  return ok ? 0 : 1;
}
EOF
"$cc" -std=c11 -Wall -Wextra -Werror -I"$src/lib" -I"$work/gen" -o "$work/probe" \
  "$work/probe.c" "$src/lib/text/langdata.c" || fail "the generated table does not compile"
"$work/probe" || fail "the new language's lists are not as written"

printf 'bad;entry\n' > "$work/lang/xx/abbreviations.txt"
if cmake -DDATA_DIR="$work/lang" -DOUTPUT="$work/gen/text/bad.h" \
  -P "$src/cmake/ParalignEmbedData.cmake" > "$work/err.txt" 2>&1; then
  fail "an entry with ';' was accepted"
fi
grep -q "xx/abbreviations.txt" "$work/err.txt" || fail "the error does not name the file"
echo "langdata_embed.sh: a new language's files become its lists"
