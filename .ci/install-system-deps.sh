#!/usr/bin/env bash
# Installs the system packages the tests use as oracles and browser: Go 1.23 (bookworm-backports),
# a JDK, Debian's chromium and CJK fonts. Needs root and apt; otherwise says what is missing.
# `install-system-deps.sh build`: only what the build needs (chromium and CJK fonts render the Mermaid diagrams).
set -euo pipefail
mode=${1:-test}
need=()
go_ok() { command -v go >/dev/null 2>&1 && go version | grep -Eq 'go1\.(2[3-9]|[3-9][0-9])'; }
if [ "$mode" != build ]; then
  go_ok || [ -x /usr/lib/go-1.23/bin/go ] || need+=(go)
  command -v javac >/dev/null 2>&1 || need+=(jdk)
fi
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  if [ "$mode" = build ]; then
    echo "the build renders diagrams with chromium and needs: chromium, fonts-noto-cjk — install them (missing: ${need[*]}) or set CHROMIUM_PATH, and run again" >&2
  else
    echo "tests need: golang-go (>=1.23, bookworm-backports), default-jdk-headless, chromium, fonts-noto-cjk — install them (missing: ${need[*]}) and run again" >&2
  fi
  exit 1
fi
if ! grep -rqs bookworm-backports /etc/apt/sources.list /etc/apt/sources.list.d/; then
  printf 'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' > /etc/apt/sources.list.d/backports.sources
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
pkgs=()
for n in "${need[@]}"; do
  case $n in
    jdk) pkgs+=(default-jdk-headless) ;;
    chromium) pkgs+=(chromium) ;;
    fonts) pkgs+=(fonts-noto-cjk fontconfig) ;;
  esac
done
[ ${#pkgs[@]} -gt 0 ] && apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
if [[ " ${need[*]} " == *" go "* ]]; then
  apt-get install -y -qq --no-install-recommends -t bookworm-backports golang-go >/dev/null
fi
