#!/usr/bin/env bash
# Installs what `make` needs on a fresh machine and prints the path of uv to use.
# Java 17+ and Maven run the local Kafka broker; Chromium runs the browser tests; uv installs
# the Python workspace.
set -euo pipefail

cache="${ONECASE_CACHE_DIR:-$HOME/.cache/onecase}"
uv_version="0.13.9"

need_apt=()
command -v java >/dev/null 2>&1 || need_apt+=(openjdk-17-jre-headless)
command -v mvn >/dev/null 2>&1 || need_apt+=(maven)
# The browser desk's tests drive Debian's Chromium through Playwright (never its own download).
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
if [ ${#need_apt[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "installing ${need_apt[*]} with apt-get" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >&2
  else
    echo "missing ${need_apt[*]}: install Java 17+, Maven and Chromium, or export ONECASE_KAFKA_BOOTSTRAP" >&2
  fi
fi

if command -v uv >/dev/null 2>&1; then
  command -v uv
  exit 0
fi
if [ ! -x "$cache/tools/bin/uv" ]; then
  echo "installing uv $uv_version into $cache/tools" >&2
  python3 -m venv "$cache/tools" >&2
  "$cache/tools/bin/pip" install -q "uv==$uv_version" >&2
fi
echo "$cache/tools/bin/uv"
