#!/usr/bin/env bash
# Performs the Dockerfile's install and start steps without Docker, and checks that the production
# install starts, answers /healthz through the image's HEALTHCHECK command, and stops cleanly on SIGTERM.
#
#   bash scripts/check-production-install.sh          # exit 0 when everything held
#   KEEP_WORKDIR=1 bash scripts/check-production-install.sh   # leave the temp folders for a look
#
# 1. Build stage: the repository's files (tracked and new, not ignored) in a temp folder,
#    `npm ci --ignore-scripts`, `npm run build`.
# 2. Runtime stage: another temp folder with only package.json, package-lock.json, dist/ and intents/,
#    `npm ci --omit=dev --ignore-scripts`; no dev dependency may be installed.
# 3. `node dist/src/main.js` with TEAMS_LOCAL=1 on a free loopback port and a clean environment:
#    /healthz must answer 200 (checked with dist/src/server/healthcheck.js), /readyz too,
#    then SIGTERM must end the process with exit code 0.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORKDIR="$(mktemp -d "${TMPDIR:-/tmp}/microsense-install.XXXXXX")"
BUILD="$WORKDIR/build"
RUN="$WORKDIR/run"
SERVER_PID=""
START_TIMEOUT_SECONDS=30
STOP_TIMEOUT_SECONDS=20
NPM_FLAGS=(--no-audit --no-fund --prefer-offline --loglevel=error)

step() { printf '==> %s\n' "$*"; }
fail() {
  printf 'FAIL: %s\n' "$*" >&2
  if [[ -f "$RUN/server.log" ]]; then
    printf -- '--- server log (last 40 lines) ---\n' >&2
    tail -n 40 "$RUN/server.log" >&2
  fi
  exit 1
}

cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -KILL "$SERVER_PID" 2>/dev/null || true
  fi
  if [[ "${KEEP_WORKDIR:-}" == "1" ]]; then
    echo "Kept $WORKDIR"
  else
    rm -rf "$WORKDIR"
  fi
}
trap cleanup EXIT

step "Build stage in $BUILD"
mkdir -p "$BUILD" "$RUN"
# The files a fresh clone would have plus new files not yet committed; never node_modules, dist or .env.
(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard |
  tar --null --ignore-failed-read -T - -cf -) | tar -xf - -C "$BUILD"
[[ -f "$BUILD/package-lock.json" ]] || fail "package-lock.json was not copied: is $ROOT a git checkout?"
(cd "$BUILD" && npm ci --ignore-scripts "${NPM_FLAGS[@]}") || fail "npm ci failed in the build stage"
(cd "$BUILD" && npm run build --silent) || fail "npm run build failed"
[[ -f "$BUILD/dist/src/main.js" ]] || fail "the build did not produce dist/src/main.js"

step "Runtime stage in $RUN"
cp "$BUILD/package.json" "$BUILD/package-lock.json" "$RUN/"
cp -R "$BUILD/dist" "$BUILD/intents" "$RUN/"
(cd "$RUN" && npm ci --omit=dev --ignore-scripts "${NPM_FLAGS[@]}") || fail "npm ci --omit=dev failed"
for dev_only in typescript jest @biomejs/biome ts-jest; do
  [[ ! -e "$RUN/node_modules/$dev_only" ]] || fail "dev dependency $dev_only is in the production install"
done

PORT="$(node -e 'const s=require("node:net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
step "Starting node dist/src/main.js on 127.0.0.1:$PORT (TEAMS_LOCAL=1)"
# A clean environment: no credentials or REDIS_URL of the person running this may leak in.
(cd "$RUN" && exec env -i PATH="$PATH" HOME="$RUN" NODE_ENV=production TEAMS_LOCAL=1 PORT="$PORT" \
  HOST=127.0.0.1 LOG_LEVEL=info node dist/src/main.js >"$RUN/server.log" 2>&1) &
SERVER_PID=$!

healthy=""
for _ in $(seq 1 $((START_TIMEOUT_SECONDS * 4))); do
  kill -0 "$SERVER_PID" 2>/dev/null || fail "the server exited before answering /healthz"
  if (cd "$RUN" && env -i PATH="$PATH" PORT="$PORT" HOST=127.0.0.1 node dist/src/server/healthcheck.js); then
    healthy="yes"
    break
  fi
  sleep 0.25
done
[[ -n "$healthy" ]] || fail "/healthz did not answer 200 within ${START_TIMEOUT_SECONDS}s"
echo "healthz: 200"

ready_status="$(node -e 'fetch(process.argv[1]).then((r) => console.log(r.status), () => console.log("error"))' \
  "http://127.0.0.1:$PORT/readyz")"
[[ "$ready_status" == "200" ]] || fail "/readyz answered $ready_status, expected 200"
echo "readyz: 200"

step "Sending SIGTERM"
kill -TERM "$SERVER_PID"
stopped=""
for _ in $(seq 1 $((STOP_TIMEOUT_SECONDS * 10))); do
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    stopped="yes"
    break
  fi
  sleep 0.1
done
[[ -n "$stopped" ]] || fail "the server did not exit within ${STOP_TIMEOUT_SECONDS}s of SIGTERM"
set +e
wait "$SERVER_PID"
exit_code=$?
set -e
SERVER_PID=""
[[ "$exit_code" == "0" ]] || fail "the server exited with code $exit_code after SIGTERM, expected 0"
echo "exit code after SIGTERM: 0"
echo "production install OK"
