#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Soak test (not part of ctest): `tests/soak/soak.sh [minutes]` (default 10).
#
# Runs `meshgate --headless` between a steady, mixed, rate-limited load (tests/soak/soakload.py:
# HTTP keep-alive and fresh connections through a gateway port, TLS handshakes through a
# PASSTHROUGH port) and nginx upstreams, rewrites the config every 30 s (in place and by rename,
# alternately), and prints:
#   - requests that should have succeeded but did not (expect 0), by kind and reason
#   - reloads applied / missed
#   - meshgate's RSS after warm-up and at the end (growth %), and its peak
#   - meshgate's open descriptors before the load, after warm-up and after the load
#   - access-log lines by status and response flag; whether the last line is complete
#   - meshgate's exit code after SIGTERM
# Everything listens on 127.0.0.1 on free ports. Needs nginx-light, openssl, python3.
# MESHGATE_BIN overrides the binary (default: build/app/meshgate beside this checkout).
set -u

MINUTES=${1:-10}
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
BIN=${MESHGATE_BIN:-$REPO/build/app/meshgate}
PY=/usr/bin/python3
[ -x "$BIN" ] || { echo "soak: no meshgate binary at $BIN (build it, or set MESHGATE_BIN)" >&2; exit 2; }
command -v nginx >/dev/null || { echo "soak: nginx not found" >&2; exit 2; }

SECONDS_TOTAL=$(( MINUTES * 60 ))
WARMUP=$(( SECONDS_TOTAL / 5 < 60 ? SECONDS_TOTAL / 5 : 60 ))
RELOAD_EVERY=30

DIR=$(mktemp -d /tmp/meshgate-soak.XXXXXX)
chmod 755 "$DIR"
MESHGATE_PID=
LOAD_PID=
cleanup() {
    [ -n "$LOAD_PID" ] && kill "$LOAD_PID" 2>/dev/null
    [ -n "$MESHGATE_PID" ] && kill "$MESHGATE_PID" 2>/dev/null
    [ -f "$DIR/nginx/nginx.pid" ] && kill "$(cat "$DIR/nginx/nginx.pid")" 2>/dev/null
    sleep 0.5
    [ -n "${KEEP_SOAK_DIR:-}" ] || rm -rf "$DIR"
}
trap cleanup EXIT INT TERM

# Five ports that were free a moment ago.
read -r NGINX_HTTP NGINX_TLS GW_HTTP GW_TLS ADMIN < <($PY - <<'EOF'
import socket
socks = []
for _ in range(5):
    s = socket.socket(); s.bind(('127.0.0.1', 0)); socks.append(s)
print(' '.join(str(s.getsockname()[1]) for s in socks))
EOF
)

# --- upstreams: nginx with a self-signed certificate for secure.example -----------------------
mkdir -p "$DIR/nginx/www" "$DIR/nginx/tmp"
chmod 755 "$DIR/nginx" "$DIR/nginx/www"; chmod 777 "$DIR/nginx/tmp"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj /CN=secure.example \
    -addext subjectAltName=DNS:secure.example -keyout "$DIR/nginx/key.pem" -out "$DIR/nginx/cert.pem" 2>/dev/null
chmod 644 "$DIR/nginx/key.pem" "$DIR/nginx/cert.pem"
head -c 65536 /dev/urandom > "$DIR/nginx/www/64k"; chmod 644 "$DIR/nginx/www/64k"
cat > "$DIR/nginx/nginx.conf" <<EOF
daemon on;
worker_processes 1;
pid $DIR/nginx/nginx.pid;
error_log $DIR/nginx/error.log warn;
events { worker_connections 2048; }
http {
    access_log off;
    client_body_temp_path $DIR/nginx/tmp/body;
    proxy_temp_path $DIR/nginx/tmp/proxy;
    fastcgi_temp_path $DIR/nginx/tmp/fastcgi;
    uwsgi_temp_path $DIR/nginx/tmp/uwsgi;
    scgi_temp_path $DIR/nginx/tmp/scgi;
    default_type application/octet-stream;
    keepalive_timeout 30;
    keepalive_requests 100000;
    server {
        listen 127.0.0.1:$NGINX_TLS ssl;
        ssl_certificate $DIR/nginx/cert.pem;
        ssl_certificate_key $DIR/nginx/key.pem;
        location = /ok { return 200 "ok\n"; }
        location / { root $DIR/nginx/www; try_files \$uri =404; }
    }
    server {
        listen 127.0.0.1:$NGINX_HTTP;
        location = /ok { return 200 "ok\n"; }
        location / { root $DIR/nginx/www; try_files \$uri =404; }
    }
}
EOF
nginx -c "$DIR/nginx/nginx.conf" -p "$DIR/nginx" 2>"$DIR/nginx/start.err" || { cat "$DIR/nginx/start.err" >&2; exit 2; }

# --- meshgate ------------------------------------------------------------------------------------
CONFIG="$DIR/config/soak.yaml"
mkdir -p "$DIR/config"
write_config() { # $1 = version, $2 = inplace|rename
    local target=$CONFIG
    [ "$2" = rename ] && target="$DIR/config/.soak.yaml.tmp"
    cat > "$target" <<EOF
apiVersion: networking.istio.io/v1beta1
kind: Gateway
metadata:
  name: gw
spec:
  selector:
    istio: ingressgateway
  servers:
  - port:
      number: $GW_HTTP
      name: http
      protocol: HTTP
    hosts:
    - "*"
  - port:
      number: $GW_TLS
      name: tls
      protocol: TLS
    tls:
      mode: PASSTHROUGH
    hosts:
    - secure.example
---
apiVersion: networking.istio.io/v1beta1
kind: ServiceEntry
metadata:
  name: web
spec:
  hosts:
  - web.internal
  ports:
  - number: 80
    name: http
    protocol: HTTP
  resolution: STATIC
  endpoints:
  - address: 127.0.0.1
    ports:
      http: $NGINX_HTTP
---
apiVersion: networking.istio.io/v1beta1
kind: ServiceEntry
metadata:
  name: secure
spec:
  hosts:
  - secure.example
  ports:
  - number: 443
    name: tls
    protocol: TLS
  resolution: DNS
  location: MESH_EXTERNAL
---
apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata:
  name: soak
spec:
  hosts:
  - soak.test
  gateways:
  - gw
  http:
  - match:
    - uri:
        exact: /version
    directResponse:
      status: 200
      body:
        string: "v$1"
  - route:
    - destination:
        host: web.internal
---
apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata:
  name: secure
spec:
  hosts:
  - secure.example
  gateways:
  - gw
  tls:
  - match:
    - sniHosts:
      - secure.example
    route:
    - destination:
        host: secure.example
        port:
          number: 443
EOF
    [ "$2" = rename ] && mv -f "$target" "$CONFIG"
}
write_config 0 inplace
"$BIN" --validate -c "$CONFIG" >/dev/null 2>&1 || { "$BIN" --validate -c "$CONFIG"; exit 2; }

"$BIN" --headless -c "$CONFIG" --bind 127.0.0.1 --port-offset 0 --mesh-port 0 --admin-port "$ADMIN" \
    --connect-to "secure.example:443:127.0.0.1:$NGINX_TLS" --access-log "$DIR/access.log" \
    >"$DIR/meshgate.out" 2>"$DIR/meshgate.err" &
MESHGATE_PID=$!

wait_port() {
    for _ in $(seq 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}
for p in "$GW_HTTP" "$GW_TLS" "$ADMIN"; do
    wait_port "$p" || { echo "soak: meshgate does not listen on $p" >&2; cat "$DIR/meshgate.err" >&2; exit 2; }
done

rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$MESHGATE_PID/status"; }
hwm_kib() { awk '/^VmHWM:/ {print $2}' "/proc/$MESHGATE_PID/status"; }
fds() { ls "/proc/$MESHGATE_PID/fd" | wc -l; }
version() { curl -s -m 5 -H 'Host: soak.test' "http://127.0.0.1:$GW_HTTP/version"; }

FD_BEFORE=$(fds)
RSS_BEFORE=$(rss_kib)
echo "soak: ${MINUTES} min, meshgate pid $MESHGATE_PID, gateway HTTP :$GW_HTTP TLS :$GW_TLS, work dir $DIR"

$PY "$HERE/soakload.py" --http-port "$GW_HTTP" --tls-port "$GW_TLS" --ca "$DIR/nginx/cert.pem" \
    --seconds "$SECONDS_TOTAL" >"$DIR/load.json" 2>"$DIR/load.err" &
LOAD_PID=$!
START=$(date +%s)

RELOADS=0
RELOADS_MISSED=0
VERSION=0
WARM_DONE=0
while kill -0 "$LOAD_PID" 2>/dev/null; do
    sleep 1
    NOW=$(( $(date +%s) - START ))
    if [ "$WARM_DONE" = 0 ] && [ "$NOW" -ge "$WARMUP" ]; then
        WARM_DONE=1
        RSS_WARM=$(rss_kib)
        FD_WARM=$(fds)
        echo "soak: after ${WARMUP}s warm-up: RSS ${RSS_WARM} KiB, ${FD_WARM} descriptors"
    fi
    if [ $(( NOW % RELOAD_EVERY )) -eq 0 ] && [ "$NOW" -gt 0 ] && [ "$NOW" -lt "$SECONDS_TOTAL" ]; then
        VERSION=$(( VERSION + 1 ))
        MODE=$([ $(( VERSION % 2 )) -eq 0 ] && echo rename || echo inplace)
        write_config "$VERSION" "$MODE"
        APPLIED=0
        for _ in $(seq 100); do
            [ "$(version)" = "v$VERSION" ] && { APPLIED=1; break; }
            sleep 0.1
        done
        if [ "$APPLIED" = 1 ]; then RELOADS=$(( RELOADS + 1 )); else RELOADS_MISSED=$(( RELOADS_MISSED + 1 )); fi
        sleep 1 # never twice in one second
    fi
done
wait "$LOAD_PID"
LOAD_PID=
sleep 3 # let the last connections close
RSS_END=$(rss_kib)
HWM_END=$(hwm_kib)
FD_END=$(fds)
[ -z "${RSS_WARM:-}" ] && RSS_WARM=$RSS_BEFORE && FD_WARM=$FD_BEFORE

kill -TERM "$MESHGATE_PID"
wait "$MESHGATE_PID"
EXIT=$?
MESHGATE_PID=

echo
echo "=== soak results (${MINUTES} min) ==="
$PY - "$DIR/load.json" <<'EOF'
import json, sys
try:
    s = json.load(open(sys.argv[1]))
except Exception as e:
    print('load generator produced no result:', e); sys.exit(0)
print('requests: %d ok, %d failed that should have succeeded' % (s['ok'], s['failed']))
for kind, (ok, bad) in sorted(s['by_kind'].items()):
    print('  %-20s %8d ok %6d failed' % (kind, ok, bad))
for why, n in sorted(s['failures'].items(), key=lambda kv: -kv[1])[:20]:
    print('  failure x%d: %s' % (n, why))
if 'latency_ms' in s:
    l = s['latency_ms']
    print('latency ms: p50 %s, p99 %s, max %s' % (l['p50'], l['p99'], l['max']))
EOF
echo "reloads: $RELOADS applied, $RELOADS_MISSED not seen within 10 s (every ${RELOAD_EVERY}s)"
$PY - "$RSS_BEFORE" "$RSS_WARM" "$RSS_END" "$HWM_END" <<'EOF'
import sys
before, warm, end, peak = (int(x) for x in sys.argv[1:])
print('RSS: %d KiB at start, %d KiB after warm-up, %d KiB at the end (%+.1f%% since warm-up), peak %d KiB'
      % (before, warm, end, (end - warm) * 100.0 / warm, peak))
EOF
echo "descriptors: $FD_BEFORE before the load, $FD_WARM after warm-up, $FD_END after the load"
LINES=$(wc -l < "$DIR/access.log")
LAST_BYTE=$(tail -c 1 "$DIR/access.log" | od -An -c | tr -d ' ')
echo "access log: $LINES lines, last line complete: $([ "$LAST_BYTE" = '\n' ] && echo yes || echo NO)"
# Classic format: [START] "METHOD PATH PROTOCOL" CODE FLAGS ... (TCP: "- - -" 0 FLAGS ...)
echo "  by status and flags:"
awk '{ print $5, $6 }' "$DIR/access.log" | sort | uniq -c | sort -rn | sed 's/^/    /' | head -15
echo "meshgate exit code after SIGTERM: $EXIT"
echo "meshgate stderr (last lines):"
grep -v "configuration reloaded" "$DIR/meshgate.err" | tail -5 | sed 's/^/  /'

FAILED=$($PY -c "import json; print(json.load(open('$DIR/load.json'))['failed'])" 2>/dev/null || echo 1)
[ "$FAILED" = 0 ] && [ "$EXIT" = 0 ] && [ "$RELOADS_MISSED" = 0 ]
