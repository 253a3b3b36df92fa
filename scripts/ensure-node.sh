#!/usr/bin/env bash
# Prints a shell line that puts Node >= 22 first on PATH.
#
#   eval "$(bash scripts/ensure-node.sh)"
#
# When the machine's own node is already 22 or newer, it prints nothing and
# changes nothing. Otherwise it installs the `node@22` package from the npm
# registry (the registry ships the official Linux binary as a package) into a
# cache folder outside the repository, once, and prints the matching
# `export PATH=...`. npm itself is JavaScript and then runs on that Node too.
set -euo pipefail

want=22
cache="${NODE22_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/zh-reader-node22}"

major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if command -v node >/dev/null 2>&1 && [ "$(major node)" -ge "$want" ]; then
  exit 0
fi

bin="$cache/node_modules/node/bin"
if [ ! -x "$bin/node" ] || [ "$(major "$bin/node")" -lt "$want" ]; then
  echo "ensure-node: machine node is $(node --version 2>/dev/null || echo missing); installing node@$want into $cache" >&2
  mkdir -p "$cache"
  npm install --prefix "$cache" --no-save --no-audit --no-fund --loglevel=error "node@$want" >&2
fi
"$bin/node" --version >&2
echo "export PATH=\"$bin:\$PATH\""
