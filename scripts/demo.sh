#!/usr/bin/env bash
# Set-up command for a new user: install the dependencies, build, and align the
# bundled example documents (Council conclusions: Swedish and English 2023,
# Swedish and Latvian 2025).  Ends with a one-screen summary and the paths of
# the TMX files written to out/.
set -euo pipefail
export LC_ALL=C.UTF-8 # character counts in the preview
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
echo "== building (Release) in build/"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc 2>/dev/null || echo 2)" >/dev/null
paralign=./build/tools/paralign
mkdir -p out

# cell TEXT: TEXT cut or padded to 36 characters (not bytes: ä is one).
cell() {
  local t=${1:0:36}
  printf '%s%*s' "$t" $((36 - ${#t})) ''
}

# preview LANGS FILE FILE: the first aligned units, one line each, cut to fit.
preview() {
  local unit score pa pb ta tb n=0
  while IFS=$'\t' read -r unit score pa pb ta tb && [ $n -lt 5 ]; do
    [ "$unit" = unit ] || [ -z "$pa" ] || [ -z "$pb" ] && continue
    printf '  %-4s %s | %s\n' "$unit" "$(cell "$ta")" "$(cell "$tb")"
    n=$((n + 1))
  done < <("$paralign" align -q --langs "$1" --format tsv "$2" "$3")
}

# demo NAME TITLE LANGS FILE FILE: align to out/NAME.tmx, preview, check.
demo() {
  local name=$1 title=$2 langs=$3 a=$4 b=$5
  echo
  echo "== $title"
  "$paralign" align --langs "$langs" -o "out/$name.tmx" "$a" "$b"
  echo "first units (unit, ${langs/,/ | }):"
  preview "$langs" "$a" "$b"
  printf 'check: '
  "$paralign" check --langs "$langs" "$a" "$b" | sed -n '3p'  || true
}

demo dd2023_sv_en "EU digital diplomacy, Council conclusions 2023 (sv PDF extraction, en markdown)" \
  sv,en data/seeds/000_99d952fa1365f389.txt data/seeds/002_a07fe2476f6a6bb4.txt
demo ids2025_sv_lv "Council conclusions 2025 (sv markdown, lv plain text)" \
  sv,lv data/seeds/001_131cc33483b97d95.txt data/seeds/004_d6c2b8bb3e30ce40.txt

echo
echo "TMX written:"
echo "  $(pwd)/out/dd2023_sv_en.tmx"
echo "  $(pwd)/out/ids2025_sv_lv.tmx"
