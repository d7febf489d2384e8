#!/usr/bin/env bash
# Every #include "folder/x.h" in lib/ must follow the "may include" column of
# lib/README.md: a stage uses only the stages above it.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
readme="$top/lib/README.md"
declare -A allowed
while IFS='|' read -r _ folder _ _ _ may _; do
  folder=$(echo "$folder" | tr -d ' `/')
  [ -n "$folder" ] && [ -d "$top/lib/$folder" ] || continue
  allowed[$folder]=" $folder $(echo "$may" | tr -d ',—' | xargs) "
done < <(grep '^| `' "$readme")
[ ${#allowed[@]} -ge 5 ] || { echo "FAIL: could not read the stage table of $readme"; exit 1; }
bad=0
for dir in "$top"/lib/*/; do
  folder=$(basename "$dir")
  [ -n "${allowed[$folder]:-}" ] || { echo "FAIL: lib/$folder is not in lib/README.md"; bad=1; continue; }
  while IFS=: read -r file _ target; do
    to=${target%%/*}
    case "${allowed[$folder]}" in *" $to "*) ;; *)
      echo "FAIL: ${file#$top/} includes $target ($folder may include:${allowed[$folder]})"; bad=1 ;;
    esac
  done < <(grep -Hno '#include "[a-z_]*/[a-z_]*\.h"' "$dir"*.[ch] | sed 's/#include "//; s/"$//')
done
[ $bad -eq 0 ] && echo "layering: every include follows lib/README.md"
exit $bad
