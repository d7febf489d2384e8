#!/usr/bin/env bash
# The shared library exports exactly the functions include/paralign.h declares
# with PARALIGN_EXPORT: nothing internal leaks, nothing public is missing.
set -euo pipefail
lib=$1 header=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# A declaration may wrap: join the header into one line per statement first.
tr '\n' ' ' < "$header" | tr ';' '\n' |
  grep -o 'PARALIGN_EXPORT[^(]*(' | sed -E 's/.*[ *]([a-z_0-9]+)\($/\1/' | sort -u > "$work/declared"
# __bss_start, _edata and _end are the linker's own: GNU ld re-exports them
# when a library linked in exports them (libexttextcat does).
nm -D --defined-only "$lib" | awk '$2 ~ /^[TDBRVWi]$/ {print $3}' | sed 's/@.*//' |
  grep -vxE '__bss_start|_edata|_end' | sort -u > "$work/exported"
[ "$(wc -l < "$work/declared")" -gt 10 ] || { echo "FAIL: could not read the declarations of $header"; exit 1; }
extra=$(comm -13 "$work/declared" "$work/exported")
missing=$(comm -23 "$work/declared" "$work/exported")
[ -z "$extra" ] || echo "FAIL: exported from $lib but not declared public in $header:"$'\n'"$extra"
[ -z "$missing" ] || echo "FAIL: declared public in $header but not exported from $lib:"$'\n'"$missing"
[ -z "$extra$missing" ] || exit 1
echo "ok: $(wc -l < "$work/exported") exported symbols, exactly the public API"
