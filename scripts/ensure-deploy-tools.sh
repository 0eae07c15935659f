#!/usr/bin/env bash
# Installs the tools `make deploy-check` runs and prints their directory: helm, built from its
# Go module with the machine's Go, and promtool (Debian's prometheus package, or its Go module).
# Both are cached under ~/.cache/onecase/tools (ONECASE_CACHE_DIR), like scripts/ensure-tools.sh.
set -euo pipefail

cache="${ONECASE_CACHE_DIR:-$HOME/.cache/onecase}"
bin="$cache/tools/bin"
helm_version="v3.21.4"
promtool_module_version="v0.316.0"  # github.com/prometheus/prometheus; Go module versions
mkdir -p "$bin"

if ! "$bin/helm" version --short 2>/dev/null | grep -q "^${helm_version%.*}"; then
  command -v go >/dev/null 2>&1 || { echo "helm needs Go (go install); install Go 1.24+" >&2; exit 1; }
  echo "building helm $helm_version into $bin (go install, a few minutes the first time)" >&2
  GOBIN="$bin" GOFLAGS=-mod=mod go install "helm.sh/helm/v3/cmd/helm@$helm_version" >&2
fi

if [ ! -x "$bin/promtool" ]; then
  if command -v promtool >/dev/null 2>&1; then
    ln -sf "$(command -v promtool)" "$bin/promtool"
  elif command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "installing promtool with apt-get (Debian's prometheus package)" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >&2
    ln -sf "$(command -v promtool)" "$bin/promtool"
  elif command -v go >/dev/null 2>&1; then
    echo "building promtool $promtool_module_version into $bin (go install)" >&2
    GOBIN="$bin" GOFLAGS=-mod=mod go install \
      "github.com/prometheus/prometheus/cmd/promtool@$promtool_module_version" >&2
  else
    echo "promtool missing: install the prometheus package, or Go" >&2
    exit 1
  fi
fi
echo "$bin"
