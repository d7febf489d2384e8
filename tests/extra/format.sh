#!/usr/bin/env bash
# format.sh: every C source and header the project tracks is laid out as
# .clang-format says.  The layout of clang-format changes between major
# versions, so the check runs with the version the project is formatted with
# (that of Debian 12, which CI installs) and is skipped with any other.
# Reformat with: git ls-files '*.c' '*.h' | xargs clang-format -i
set -u
cd "$(dirname "$0")/../.."
want=14
fmt=$(command -v "clang-format-$want" || command -v clang-format || true)
if [ -z "$fmt" ]; then
  echo "SKIP: clang-format missing" >&2
  exit 77
fi
major=$("$fmt" --version | sed -n 's/.*version \([0-9]*\)\..*/\1/p')
if [ "$major" != "$want" ]; then
  echo "SKIP: clang-format $major here, the layout is that of clang-format $want" >&2
  exit 77
fi
# the tracked files; in a copy without git, the source folders
sources() {
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files '*.c' '*.h'
  else
    find include lib tools tests fuzz bench -name '*.[ch]' | sort
  fi
}
bad=0
while IFS= read -r f; do
  if ! "$fmt" --dry-run -Werror "$f" >/dev/null 2>&1; then
    echo "not formatted: $f (clang-format -i $f)" >&2
    bad=$((bad + 1))
  fi
done < <(sources)
if [ "$bad" -ne 0 ]; then
  echo "format.sh: $bad file(s) not laid out as .clang-format says" >&2
  exit 1
fi
echo "format.sh: every tracked C file formatted (clang-format $major)"
