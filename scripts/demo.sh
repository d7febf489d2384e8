#!/usr/bin/env bash
# Set-up command for a new user: install the dependencies, build, and align the
# bundled example documents (Swedish and English Council conclusions, 2023).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc 2>/dev/null || echo 2)" >/dev/null
mkdir -p out
./build/tools/paralign align --langs sv,en -o out/dd2023_sv_en.tmx \
  data/seeds/000_99d952fa1365f389.txt data/seeds/002_a07fe2476f6a6bb4.txt
./build/tools/paralign align --langs sv,lv -o out/ids2025_sv_lv.tmx \
  data/seeds/001_131cc33483b97d95.txt data/seeds/004_d6c2b8bb3e30ce40.txt
echo
echo "TMX written: $(pwd)/out/dd2023_sv_en.tmx and $(pwd)/out/ids2025_sv_lv.tmx"
