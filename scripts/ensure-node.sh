#!/usr/bin/env bash
# Prints a shell line that puts Node >= 22.18 first on PATH (22.18 is the first 22 that
# runs TypeScript files without a flag, as `npm run demo`, `screenshots` and `bench` do).
#
#   eval "$(bash scripts/ensure-node.sh)"
#
# When the machine's own node is already 22.18 or newer, it prints nothing and
# changes nothing. Otherwise it installs the `node@22` package from the npm
# registry (the registry ships the official Linux binary as a package) into a
# cache folder outside the repository, once, and prints the matching
# `export PATH=...`. npm itself is JavaScript and then runs on that Node too.
set -euo pipefail

want=22
want_minor=18
cache="${NODE22_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/zh-reader-node22}"

# Whether the node at $1 is at least $want.$want_minor (exit status).
recent() {
  "$1" -e "const [a, b] = process.versions.node.split('.').map(Number);
    process.exit(a > $want || (a === $want && b >= $want_minor) ? 0 : 1)" 2>/dev/null
}

if command -v node >/dev/null 2>&1 && recent node; then
  exit 0
fi

bin="$cache/node_modules/node/bin"
if [ ! -x "$bin/node" ] || ! recent "$bin/node"; then
  echo "ensure-node: machine node is $(node --version 2>/dev/null || echo missing); installing node@$want into $cache" >&2
  mkdir -p "$cache"
  npm install --prefix "$cache" --no-save --no-audit --no-fund --loglevel=error "node@$want" >&2
fi
"$bin/node" --version >&2
echo "export PATH=\"$bin:\$PATH\""
