#!/usr/bin/env bash
# Every dynamic symbol the library defines must carry the paralign_ prefix.
set -euo pipefail
lib=$1
bad=$(nm -D --defined-only "$lib" | awk '$2 ~ /^[TDBRVW]$/ {print $3}' | grep -v '^paralign_' || true)
count=$(nm -D --defined-only "$lib" | awk '$2 ~ /^[TDBRVW]$/' | grep -c '^.* paralign_' || true)
if [ -n "$bad" ]; then
  echo "symbols without the paralign_ prefix exported from $lib:"; echo "$bad"; exit 1
fi
[ "$count" -gt 10 ] || { echo "too few exported symbols ($count): is the export macro applied?"; exit 1; }
echo "ok: $count exported symbols, all paralign_*"
