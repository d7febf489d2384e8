# bench/lib/reference.sh: what bench/same_output.sh and bench/same_align.sh
# share, sourced by both: the reference and the new binary (built when not
# given) and the comparison of two runs.
# Expects: root (the checkout), work (a scratch folder), ref_rev, ref_bin,
# new_bin (as given on the command line, may be empty) and a say function.

build_cli() { # SOURCE BUILD
  cmake -S "$1" -B "$2" -DCMAKE_BUILD_TYPE=Release -DPARALIGN_BUILD_TESTS=OFF \
    -DPARALIGN_BUILD_BENCH=OFF -DBUILD_SHARED_LIBS=OFF >"$work/cmake.log" 2>&1 &&
    cmake --build "$2" -j2 --target paralign-cli >>"$work/cmake.log" 2>&1 ||
    { cat "$work/cmake.log" >&2; exit 2; }
}

# Set ref_bin and new_bin: the reference revision built from git when no
# reference binary is given, build/tools/paralign (built when missing) when
# no new one is.
resolve_binaries() {
  if [ -z "$ref_bin" ]; then
    say "building the reference ($ref_rev)"
    mkdir -p "$work/ref-src"
    git -C "$root" archive "$ref_rev" | tar -x -C "$work/ref-src"
    build_cli "$work/ref-src" "$work/ref-build"
    ref_bin=$work/ref-build/tools/paralign
  fi
  if [ -z "$new_bin" ]; then
    new_bin=$root/build/tools/paralign
    [ -x "$new_bin" ] || { say "building $root/build"; build_cli "$root" "$root/build"; }
  fi
}

# The first of output, standard error and exit code (the files
# $work/{ref,new}.{out,err,rc}) in which the two runs differ; nothing when
# they are the same.
differing_part() {
  local part
  for part in out err rc; do
    cmp -s "$work/ref.$part" "$work/new.$part" || { echo "$part"; return; }
  done
}
