#!/usr/bin/env bash
# Install what paralign needs to build and test on Debian 12 (run as root, or
# with sudo available).  Installs only what is missing.
set -euo pipefail
# libpoppler-glib-dev (PDF), libzip-dev + libxml2-dev (DOCX), libxml2-dev (HTML): the
# document readers; without them paralign builds and reads text only.
# libexttextcat-dev + libexttextcat-data: detection of the 24 official EU languages.
# libjansson-dev: the JSON manifests of `paralign batch` (the tool only, not the library).
pkgs=(build-essential cmake pkg-config libicu-dev libutf8proc-dev check python3 libxml2-utils
  libpoppler-glib-dev libzip-dev libxml2-dev libexttextcat-dev libexttextcat-data libjansson-dev)
if [ "${1:-}" = "--test" ]; then
  # tests also use: clang/libFuzzer, valgrind, headless Chromium for the HTML report,
  # GNU parallel (the batch recipe of the README), libxml2-dev (the TMX fuzz
  # harness validates its output against the DTD; also a base package now: the
  # DOCX and HTML readers), OmegaT (a real CAT tool pre-filling segments from our
  # TMX: tests/extra/omegat_sentence.sh), pandoc (tests/formats/make_fixtures.sh and
  # the 100-page PDF of bench/run.sh), faketime (a fixed print date in the corpus PDFs
  # of tests/corpus/make_pdf_variants.sh), clang-format (the layout of every C file:
  # tests/extra/format.sh)
  pkgs+=(clang clang-format valgrind chromium parallel libxml2-dev omegat pandoc faketime)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
