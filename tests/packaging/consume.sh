#!/usr/bin/env bash
# Install the library into a scratch prefix, then build examples/ against it
# twice: with CMake's find_package(paralign) and with pkg-config.
set -euo pipefail
src=$1 build=$2
work=$build/consume
rm -rf "$work"; mkdir -p "$work"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
# The installed tool runs from the prefix as it is: no LD_LIBRARY_PATH, no ldconfig.
if [ -x "$work/prefix/bin/paralign" ]; then
  env -u LD_LIBRARY_PATH "$work/prefix/bin/paralign" --version >"$work/version.out" 2>&1 ||
    { echo "FAIL: the installed $work/prefix/bin/paralign does not start:"; cat "$work/version.out"; exit 1; }
  env -u LD_LIBRARY_PATH "$work/prefix/bin/paralign" align -q --langs sv,en -o "$work/installed.tmx" \
    "$src/data/seeds/000_99d952fa1365f389.txt" "$src/data/seeds/002_a07fe2476f6a6bb4.txt" ||
    { echo "FAIL: the installed paralign could not align the seed pair"; exit 1; }
  grep -q '<tu ' "$work/installed.tmx" || { echo "FAIL: the installed paralign wrote no unit"; exit 1; }
  # sentence units need ICU: the tool of a shared build loads its ICU module
  # (paralign-icu.so) installed beside the library
  env -u LD_LIBRARY_PATH "$work/prefix/bin/paralign" align -q --units sentence --langs sv,en \
    -o "$work/installed-sentences.tmx" "$src/data/seeds/000_99d952fa1365f389.txt" \
    "$src/data/seeds/002_a07fe2476f6a6bb4.txt" >"$work/sentences.out" 2>&1 ||
    { echo "FAIL: the installed paralign could not align the seed pair by sentence:"; cat "$work/sentences.out"; exit 1; }
  # each document format it lists, read by the installed tool (a shared build
  # loads the reader modules installed beside the library)
  for format in $(sed -n 's/^formats: text *//p' "$work/version.out"); do
    env -u LD_LIBRARY_PATH "$work/prefix/bin/paralign" paragraphs --format jsonl \
      "$src/data/formats/dd2023_sv.$format" >"$work/installed.$format.jsonl" 2>&1 ||
      { echo "FAIL: the installed paralign could not read $format:"; cat "$work/installed.$format.jsonl"; exit 1; }
    [ "$(wc -l <"$work/installed.$format.jsonl")" -gt 10 ] ||
      { echo "FAIL: the installed paralign read few paragraphs from $format"; exit 1; }
  done
fi
cmake -S "$src/examples" -B "$work/cmake-build" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/cmake-build" >/dev/null
LD_LIBRARY_PATH="$work/prefix/lib:$work/prefix/lib64" "$work/cmake-build/paralign-example" \
  "$src/data/seeds/000_99d952fa1365f389.txt" "$src/data/seeds/002_a07fe2476f6a6bb4.txt" >"$work/cmake.out"
grep -q '^units: [1-9]' "$work/cmake.out" || { echo "find_package example printed:"; cat "$work/cmake.out"; exit 1; }
pcdir=$(dirname "$(find "$work/prefix" -name paralign.pc | head -n 1)")
# A static library needs its private dependencies on the link line too.
static=
[ -e "$pcdir/../libparalign.a" ] && [ ! -e "$pcdir/../libparalign.so" ] && static=--static
flags=$(PKG_CONFIG_PATH="$pcdir" pkg-config $static --cflags --libs paralign)
cc -std=c11 -Wall -Wextra -pedantic -Werror "$src/examples/example.c" $flags -o "$work/pc-example"
LD_LIBRARY_PATH="$pcdir/.." "$work/pc-example" \
  "$src/data/seeds/001_131cc33483b97d95.txt" "$src/data/seeds/004_d6c2b8bb3e30ce40.txt" >"$work/pc.out"
grep -q '^units: [1-9]' "$work/pc.out" || { echo "pkg-config example printed:"; cat "$work/pc.out"; exit 1; }
# A program of one's own reads PDF through the installed shared library, which
# loads its reader module from beside itself (the tool carries its own copy
# of the library, so this is the library's own way of finding the module).
if [ -e "$pcdir/../libparalign.so" ] && [ -e "$pcdir/../libparalign-pdf.so.0" ]; then
  env -u LD_LIBRARY_PATH LD_LIBRARY_PATH="$pcdir/.." "$work/pc-example" \
    "$src/data/formats/dd2023_sv.pdf" "$src/data/formats/dd2023_en.pdf" >"$work/pc-pdf.out" 2>&1 ||
    { echo "FAIL: a program linked to the installed library could not read PDF:"; cat "$work/pc-pdf.out"; exit 1; }
  grep -q '^units: [1-9]' "$work/pc-pdf.out" || { echo "pkg-config example on PDF printed:"; cat "$work/pc-pdf.out"; exit 1; }
fi
echo "ok: the installed tool runs; find_package and pkg-config consumers built and ran"
