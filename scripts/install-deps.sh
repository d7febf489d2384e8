#!/usr/bin/env bash
# Install what paralign needs to build and test on Debian 12 (run as root, or
# with sudo available).  Installs only what is missing.
set -euo pipefail
# libjansson-dev: the JSON manifests of `paralign batch` (the tool only, not the library)
pkgs=(build-essential cmake pkg-config libicu-dev libutf8proc-dev check python3 libxml2-utils
  libjansson-dev)
if [ "${1:-}" = "--test" ]; then
  # tests also use: clang/libFuzzer, valgrind, headless Chromium for the HTML report,
  # GNU parallel (the batch recipe of the README), libxml2-dev (the TMX fuzz
  # harness validates its output against the DTD)
  pkgs+=(clang valgrind chromium parallel libxml2-dev)
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
