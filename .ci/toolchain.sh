#!/usr/bin/env bash
# Runs a command with what the project needs in place, installing only what is missing:
#   bash .ci/toolchain.sh [--browser] -- <command> [args...]
# - Node.js 22.19 or newer: the one on PATH if it is recent enough, else the copy in
#   ~/.cache/node22, else that copy installed from the npm registry (the system is never touched);
# - the project's packages (`npm ci`), when node_modules is missing or older than the lock file;
# - with --browser, Debian's Chromium and poppler-utils (pdftotext) for the browser tests.
# `npm start`, `npm test`, `npm run dev`, `npm run new` and `.ci/run` all come through here, so a
# fresh machine with only Node 20 and an empty home needs nothing typed but the README's commands.
# Quiet when nothing is missing, so a command's own output is all that is printed.
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=0
while [ "$#" -gt 0 ]; do
  case "$1" in
    --browser) want_browser=1 ;;
    --) shift; break ;;
    *) echo "toolchain: unknown option $1 (usage: bash .ci/toolchain.sh [--browser] -- <command>)" >&2; exit 2 ;;
  esac
  shift
done
[ "$#" -gt 0 ] || { echo "toolchain: no command given (usage: bash .ci/toolchain.sh [--browser] -- <command>)" >&2; exit 2; }

say() { echo "toolchain: $*" >&2; }

node_is_recent() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=19)?0:1)' 2>/dev/null
}

NODE_HOME="${HOME}/.cache/node22"
if ! node_is_recent && [ -x "${NODE_HOME}/node_modules/.bin/node" ]; then
  export PATH="${NODE_HOME}/node_modules/.bin:${PATH}"
fi
if ! node_is_recent; then
  say "Node.js 22.19 or newer is missing; installing it from the npm registry into ${NODE_HOME} (once, about 15 s)"
  mkdir -p "${NODE_HOME}"
  # allowScripts lets the node package fetch its platform binary without npm's notice.
  echo '{"private":true,"allowScripts":{"node":true}}' >"${NODE_HOME}/package.json"
  npm install --prefix "${NODE_HOME}" --no-save --no-audit --no-fund --loglevel=error node@22 >&2
  export PATH="${NODE_HOME}/node_modules/.bin:${PATH}"
  node_is_recent || { say "Node.js in ${NODE_HOME} is still older than 22.19; install Node.js 22.19+ yourself"; exit 1; }
fi

# npm records what it installed in node_modules/.package-lock.json; a newer lock file means a stale install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing the project's packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error >&2
fi

if [ "${want_browser}" -eq 1 ]; then
  missing=()
  if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
  if ! command -v pdftotext >/dev/null 2>&1 || ! command -v pdfinfo >/dev/null 2>&1; then missing+=(poppler-utils); fi
  if [ "${#missing[@]}" -gt 0 ]; then
    as_root=()
    if [ "$(id -u)" -ne 0 ]; then
      command -v sudo >/dev/null 2>&1 || { say "missing ${missing[*]}; install them (apt-get install -y ${missing[*]}) or set CHROMIUM_PATH"; exit 1; }
      as_root=(sudo)
    fi
    say "installing Debian packages: ${missing[*]} (once, about a minute)"
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update -qq >&2
    "${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

exec "$@"
