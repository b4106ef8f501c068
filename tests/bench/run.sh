#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Meshgate against nginx and HAProxy on loopback, same wrk workloads, same run: prints one table
# (req/s, MiB/s, mean/p99 latency, errors, CPU seconds per 100k requests, peak RSS at 5,000
# connections, ratio Meshgate / best peer) and saves it to tests/bench/results-<date>.txt.
#
# Usage: tests/bench/run.sh [seconds-per-run]          (default 10)
# Environment:
#   MESHGATE_BINARY   meshgate to measure (default build/app/meshgate, built if missing)
#   BENCH_WORKLOADS   subset to run, e.g. "a f" (default "a b c d e f")
#   BENCH_ROUNDS      runs per workload and proxy, interleaved; the best one is kept (default 1).
#                     On a shared machine other processes only ever slow a run down, so best-of-N
#                     filters their noise without favouring anyone.
#   BENCH_PERF        workloads during which `perf record -g` samples Meshgate, e.g. "a f"
#                     (data in $BENCH_DIR/perf-<w>.data; implies BENCH_KEEP=1)
#   BENCH_PERF_OPTS   perf record options instead of -g, e.g. "--call-graph dwarf,16384 -F 1000"
#                     (Debian's Qt has no frame pointers: -g loses the user-space callers)
#   BENCH_KEEP=1      keep the scratch directory (configs, logs, wrk output)
#   BENCH_WRK_THREADS wrk threads (default 1: the machine may have only 2 cores)
#   BENCH_TARGETS     subset of "direct nginx haproxy meshgate meshgate+log" (default all)
set -euo pipefail

SECS=${1:-10}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
MESHGATE=${MESHGATE_BINARY:-$ROOT/build/app/meshgate}
WORKLOADS=${BENCH_WORKLOADS:-"a b c d e f"}
ROUNDS=${BENCH_ROUNDS:-1}
PERF_WORKLOADS=${BENCH_PERF:-}
WRK_THREADS=${BENCH_WRK_THREADS:-1}
[ -n "$PERF_WORKLOADS" ] && BENCH_KEEP=1
read -r -a TARGETS <<<"${BENCH_TARGETS:-direct nginx haproxy meshgate meshgate+log}"
wants() { [[ " ${TARGETS[*]} " == *" $1 "* ]]; }
PEERS=(nginx haproxy)

# ------------------------------------------------------------------ tools and binary
if [ -x "$ROOT/.ci/setup.sh" ] || [ -f "$ROOT/.ci/setup.sh" ]; then
    bash "$ROOT/.ci/setup.sh" bench
fi
if { wants meshgate || wants meshgate+log; } && [ ! -x "$MESHGATE" ]; then
    echo "building meshgate..."
    (cd "$ROOT" && cmake --preset default >/dev/null && cmake --build build -j2 --target meshgate >/dev/null)
fi
NGINX_STREAM_MODULE=/usr/lib/nginx/modules/ngx_stream_module.so
[ -f "$NGINX_STREAM_MODULE" ] || { echo "missing $NGINX_STREAM_MODULE (libnginx-mod-stream)" >&2; exit 1; }

# 5,000 clients: wrk holds 5,000 descriptors, each proxy 10,000 (both sides).
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt 12000 ]; then
    echo "note: ulimit -n is $(ulimit -n); workload f needs about 12000" >&2
fi

# HAProxy's maxconn counts client connections and needs two descriptors each.
NOFILE=$(ulimit -n)
[ "$NOFILE" = unlimited ] && NOFILE=65536
HAPROXY_MAXCONN=$(((NOFILE - 100) / 2))
[ "$HAPROXY_MAXCONN" -gt 20000 ] && HAPROXY_MAXCONN=20000

DIR=$(mktemp -d /tmp/meshgate-bench.XXXXXX)
BENCH_DIR=$DIR
chmod 755 "$DIR" # nginx workers run as nobody
PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
    if [ "${BENCH_KEEP:-0}" = 1 ]; then echo "scratch directory kept: $DIR"; else rm -rf "$DIR"; fi
}
trap cleanup EXIT

# Free loopback ports: bind them all at once, so that they differ, then release them.
read -r -a PORTS <<<"$(/usr/bin/python3 -c '
import socket
s = [socket.socket() for _ in range(12)]
for x in s: x.bind(("127.0.0.1", 0))
print(" ".join(str(x.getsockname()[1]) for x in s))')"
UP_HTTP=${PORTS[0]} UP_TLS=${PORTS[1]}
NGX_HTTP=${PORTS[2]} NGX_TLS=${PORTS[3]}
HAP_HTTP=${PORTS[4]} HAP_TLS=${PORTS[5]}
MG_HTTP=${PORTS[6]} MG_TLS=${PORTS[7]}
MGL_HTTP=${PORTS[8]} MGL_TLS=${PORTS[9]}

# ------------------------------------------------------------------ upstream content and certificate
# The certificate names `localhost`: wrk sends the URL's host as SNI (for https://127.0.0.1 it
# sends "127.0.0.1"), so the TLS rows use https://localhost:PORT and the proxies route SNI localhost.
mkdir -p "$DIR/www"
head -c 1048576 /dev/urandom >"$DIR/www/1m"
chmod -R a+rX "$DIR/www"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost -addext subjectAltName=DNS:localhost \
    -keyout "$DIR/key.pem" -out "$DIR/cert.pem" 2>/dev/null

nginx_common() { # $1 = name
    cat <<EOF
daemon off;
master_process on;
worker_processes 1;
worker_rlimit_nofile 65536;
pid $DIR/$1.pid;
error_log $DIR/$1-error.log warn;
events { worker_connections 20000; multi_accept on; }
EOF
}
nginx_http_common() {
    cat <<EOF
    access_log off;
    client_body_temp_path $DIR/tmp-body; proxy_temp_path $DIR/tmp-proxy;
    fastcgi_temp_path $DIR/tmp-fcgi; uwsgi_temp_path $DIR/tmp-uwsgi; scgi_temp_path $DIR/tmp-scgi;
    keepalive_requests 1000000;
    keepalive_timeout 300s;
EOF
}

# Upstream: small answers, a 1 MiB file, over HTTP and HTTPS.
{
    nginx_common upstream
    cat <<EOF
http {
$(nginx_http_common)
    sendfile on;
    tcp_nopush on;
    default_type application/octet-stream;
    server {
        listen 127.0.0.1:$UP_HTTP backlog=8192;
        listen 127.0.0.1:$UP_TLS ssl backlog=8192;
        ssl_certificate $DIR/cert.pem;
        ssl_certificate_key $DIR/key.pem;
        root $DIR/www;
        location = /small { return 200 "hello from the upstream\n"; }
        location = /teapot { return 418 "I'm a teapot\n"; }
        location = /1m { }
    }
}
EOF
} >"$DIR/upstream.conf"

# nginx as the peer: reverse proxy with upstream keep-alive, and SNI passthrough.
{
    echo "load_module $NGINX_STREAM_MODULE;"
    nginx_common nginx
    cat <<EOF
http {
$(nginx_http_common)
    upstream backend {
        server 127.0.0.1:$UP_HTTP;
        keepalive 10000;
        keepalive_requests 1000000;
        keepalive_timeout 300s;
    }
    server {
        listen 127.0.0.1:$NGX_HTTP backlog=8192;
        location / {
            proxy_pass http://backend;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            # Stream like the other two (no temp files for 1 MiB bodies).
            proxy_buffering off;
            proxy_buffer_size 64k;
            proxy_buffers 4 64k;
            proxy_busy_buffers_size 128k;
        }
    }
}
stream {
    map \$ssl_preread_server_name \$tls_backend {
        localhost 127.0.0.1:$UP_TLS;
        default 127.0.0.1:9;
    }
    server {
        listen 127.0.0.1:$NGX_TLS backlog=8192;
        ssl_preread on;
        proxy_pass \$tls_backend;
    }
}
EOF
} >"$DIR/nginx.conf"

cat >"$DIR/haproxy.cfg" <<EOF
global
    nbthread 1
    maxconn $HAPROXY_MAXCONN
    # no log lines: like nginx (access_log off) and the first Meshgate row
defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server 60s
    timeout http-keep-alive 300s
    maxconn $HAPROXY_MAXCONN
frontend fe_http
    bind 127.0.0.1:$HAP_HTTP
    default_backend be_http
backend be_http
    http-reuse always
    server up 127.0.0.1:$UP_HTTP
frontend fe_tls
    mode tcp
    bind 127.0.0.1:$HAP_TLS
    tcp-request inspect-delay 5s
    tcp-request content accept if { req_ssl_hello_type 1 }
    use_backend be_tls if { req_ssl_sni -i localhost }
backend be_tls
    mode tcp
    server up 127.0.0.1:$UP_TLS
EOF

meshgate_yaml() { # $1 = http port, $2 = tls port
    cat <<EOF
apiVersion: networking.istio.io/v1beta1
kind: Gateway
metadata:
  name: gw
spec:
  selector:
    istio: ingressgateway
  servers:
  - port:
      number: $1
      name: http
      protocol: HTTP
    hosts:
    - "*"
  - port:
      number: $2
      name: tls
      protocol: TLS
    tls:
      mode: PASSTHROUGH
    hosts:
    - "*"
---
apiVersion: networking.istio.io/v1beta1
kind: ServiceEntry
metadata:
  name: upstream-http
spec:
  hosts:
  - upstream.bench
  ports:
  - number: $UP_HTTP
    name: http
    protocol: HTTP
  resolution: STATIC
  location: MESH_EXTERNAL
  endpoints:
  - address: 127.0.0.1
---
apiVersion: networking.istio.io/v1beta1
kind: ServiceEntry
metadata:
  name: upstream-tls
spec:
  hosts:
  - upstream-tls.bench
  ports:
  - number: $UP_TLS
    name: tls
    protocol: TLS
  resolution: STATIC
  location: MESH_EXTERNAL
  endpoints:
  - address: 127.0.0.1
---
apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata:
  name: http
spec:
  hosts:
  - "*"
  gateways:
  - gw
  http:
  - route:
    - destination:
        host: upstream.bench
        port:
          number: $UP_HTTP
---
apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata:
  name: tls
spec:
  hosts:
  - "*"
  gateways:
  - gw
  tls:
  - match:
    - sniHosts:
      - localhost
    route:
    - destination:
        host: upstream-tls.bench
        port:
          number: $UP_TLS
EOF
}
meshgate_yaml "$MG_HTTP" "$MG_TLS" >"$DIR/meshgate.yaml"
meshgate_yaml "$MGL_HTTP" "$MGL_TLS" >"$DIR/meshgate-log.yaml"
if (wants meshgate || wants meshgate+log) && ! "$MESHGATE" --validate -c "$DIR/meshgate.yaml" >"$DIR/validate.txt" 2>&1; then
    cat "$DIR/validate.txt" >&2
    exit 1
fi

# ------------------------------------------------------------------ start everything
start() { # name, command...
    local name=$1
    shift
    "$@" >"$DIR/$name.out" 2>"$DIR/$name.err" &
    PIDS+=($!)
    eval "PID_${name//[^a-z]/_}=$!"
}
start upstream nginx -p "$DIR" -c "$DIR/upstream.conf"
wants nginx && start nginx nginx -p "$DIR" -c "$DIR/nginx.conf"
wants haproxy && start haproxy haproxy -db -f "$DIR/haproxy.cfg"
wants meshgate && start meshgate "$MESHGATE" --headless -c "$DIR/meshgate.yaml" --workers 1 --mesh-port 0 --admin-port 0 \
    --port-offset 0 --access-log ''
wants meshgate+log && start meshgate_log "$MESHGATE" --headless -c "$DIR/meshgate-log.yaml" --workers 1 --mesh-port 0 --admin-port 0 \
    --port-offset 0 --access-log "$DIR/access.log"

# All processes of a server (nginx: master + worker).
pids_of() { # target
    local p
    case $1 in
    direct) p=$PID_upstream ;;
    nginx) p=$PID_nginx ;;
    haproxy) p=$PID_haproxy ;;
    meshgate) p=$PID_meshgate ;;
    meshgate+log) p=$PID_meshgate_log ;;
    esac
    echo "$p $(pgrep -P "$p" | tr '\n' ' ')"
}
url_of() { # target kind(http|tls) path
    local port
    case $1:$2 in
    direct:http) port=$UP_HTTP ;; direct:tls) port=$UP_TLS ;;
    nginx:http) port=$NGX_HTTP ;; nginx:tls) port=$NGX_TLS ;;
    haproxy:http) port=$HAP_HTTP ;; haproxy:tls) port=$HAP_TLS ;;
    meshgate:http) port=$MG_HTTP ;; meshgate:tls) port=$MG_TLS ;;
    meshgate+log:http) port=$MGL_HTTP ;; meshgate+log:tls) port=$MGL_TLS ;;
    esac
    if [ "$2" = tls ]; then echo "https://localhost:$port$3"; else echo "http://127.0.0.1:$port$3"; fi
}

# Every target must answer correctly before anything is measured.
for t in "${TARGETS[@]}"; do
    for kind in http tls; do
        for path in /small /1m; do
            ok=0
            for _ in $(seq 50); do
                size=$(curl -sk -o /dev/null -w '%{http_code} %{size_download}' "$(url_of "$t" $kind $path)" || true)
                want="200 24"
                [ $path = /1m ] && want="200 1048576"
                if [ "$size" = "$want" ]; then ok=1; break; fi
                sleep 0.2
            done
            if [ $ok = 0 ]; then
                echo "$t ($kind $path) does not answer correctly (got '$size'); logs in $DIR" >&2
                BENCH_KEEP=1
                tail -n 5 "$DIR"/*.err >&2 || true
                exit 1
            fi
        done
    done
done

# ------------------------------------------------------------------ measuring
CLK_TCK=$(getconf CLK_TCK)
cpu_ticks() { # pids...: utime + stime of all their threads
    local total=0 p f
    for p in "$@"; do
        [ -r "/proc/$p/stat" ] || continue
        # Fields after the ")" that ends the command name: utime and stime are 12th and 13th.
        f=$(sed 's/.*) //' "/proc/$p/stat")
        total=$((total + $(echo "$f" | awk '{print $12 + $13}')))
    done
    echo $total
}
ctx_switches() { # pids...: "voluntary involuntary" summed over all their threads
    local p
    for p in "$@"; do cat /proc/"$p"/task/*/status 2>/dev/null; done |
        awk '/^voluntary_ctxt_switches/ {v += $2} /^nonvoluntary_ctxt_switches/ {n += $2} END {print v + 0, n + 0}'
}
system_ctx() { awk '/^ctxt/ {print $2}' /proc/stat; }
peak_rss_kib() { # pids...
    local total=0 p v
    for p in "$@"; do
        v=$(awk '/^VmHWM:/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0)
        total=$((total + ${v:-0}))
    done
    echo $total
}
reset_peak_rss() { # pids...
    local p
    for p in "$@"; do echo 5 >"/proc/$p/clear_refs" 2>/dev/null || true; done
}

# workload: kind path connections extra-args description
declare -A W_KIND W_PATH W_CONN W_EXTRA W_DESC W_TARGET
W_KIND[a]=http W_PATH[a]=/small W_CONN[a]=50 W_EXTRA[a]="" W_DESC[a]="(a) HTTP small, keep-alive, 50 conns" W_TARGET[a]=0.8
W_KIND[b]=http W_PATH[b]=/1m W_CONN[b]=8 W_EXTRA[b]="" W_DESC[b]="(b) HTTP 1 MiB bodies, 8 conns" W_TARGET[b]=0.8
W_KIND[c]=tls W_PATH[c]=/1m W_CONN[c]=8 W_EXTRA[c]="" W_DESC[c]="(c) TLS passthrough 1 MiB, 8 conns" W_TARGET[c]=1.0
W_KIND[d]=tls W_PATH[d]=/small W_CONN[d]=50 W_EXTRA[d]="" W_DESC[d]="(d) TLS passthrough small, 50 conns" W_TARGET[d]=1.0
W_KIND[e]=http W_PATH[e]=/small W_CONN[e]=50 W_EXTRA[e]="close" W_DESC[e]="(e) HTTP small, new connection per request, 50" W_TARGET[e]=0.8
W_KIND[f]=http W_PATH[f]=/small W_CONN[f]=5000 W_EXTRA[f]="" W_DESC[f]="(f) HTTP small, 5,000 keep-alive conns" W_TARGET[f]=1.0

declare -A R_RPS R_MIBS R_MEAN R_P99 R_ERR R_CPU R_RSS R_LOAD R_CTX
run_wrk() { # url connections extra seconds outfile
    local args=(-t"$WRK_THREADS" -c"$2" -d"$4"s --timeout 5s --latency -s "$HERE/wrk-report.lua")
    [ "$3" = close ] && args+=(-H "Connection: close")
    wrk "${args[@]}" "$1" >"$5" 2>&1 || true
}

machine() {
    echo "machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), kernel $(uname -r), $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "peers: $(nginx -v 2>&1 | sed 's/.*: //'), $(haproxy -v | head -1 | awk '{print "HAProxy " $3}'), $(wrk -v 2>&1 | head -1 | awk '{print "wrk " $2}'); meshgate $("$MESHGATE" --version 2>/dev/null | awk '{print $2}') ($MESHGATE)"
    echo "settings: ${SECS}s per run, best of $ROUNDS, wrk -t$WRK_THREADS; every proxy 1 worker, access logs off (except 'meshgate+log': classic format to a file)"
}
machine
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

for w in $WORKLOADS; do
    [ -n "${W_KIND[$w]:-}" ] || { echo "unknown workload $w" >&2; exit 2; }
    echo "running ${W_DESC[$w]} ..." >&2
    for round in $(seq "$ROUNDS"); do
        for t in "${TARGETS[@]}"; do
            url=$(url_of "$t" "${W_KIND[$w]}" "${W_PATH[$w]}")
            read -r -a pids <<<"$(pids_of "$t")"
            run_wrk "$url" "${W_CONN[$w]}" "${W_EXTRA[$w]}" 1 "$DIR/warmup.txt" # connections, pools, caches
            sleep 0.5
            reset_peak_rss "${pids[@]}"
            out="$DIR/wrk-$w-$t-$round.txt"
            load=$(cut -d' ' -f1 /proc/loadavg)
            before=$(cpu_ticks "${pids[@]}")
            read -r vol0 invol0 <<<"$(ctx_switches "${pids[@]}")"
            sys0=$(system_ctx)
            perf_pid=
            if [[ " $PERF_WORKLOADS " == *" $w "* ]] && [ "$t" = meshgate ]; then
                perf record ${BENCH_PERF_OPTS:--g} -o "$DIR/perf-$w.data" -p "${pids[0]}" -- sleep "$SECS" >/dev/null 2>&1 &
                perf_pid=$!
            fi
            run_wrk "$url" "${W_CONN[$w]}" "${W_EXTRA[$w]}" "$SECS" "$out"
            after=$(cpu_ticks "${pids[@]}")
            read -r vol1 invol1 <<<"$(ctx_switches "${pids[@]}")"
            sys1=$(system_ctx)
            [ -n "$perf_pid" ] && wait "$perf_pid" || true
            rss=$(peak_rss_kib "${pids[@]}")
            line=$(grep '^RESULT' "$out" || echo "RESULT 0 0 1 0 0 0 0 0 0 0")
            read -r _ req bytes dur mean p99 ec er ew es et <<<"$line"
            rps=$(awk -v r="$req" -v d="$dur" 'BEGIN {printf "%.0f", r / (d / 1e6)}')
            key="$w|$t"
            if [ -z "${R_RPS[$key]:-}" ] || [ "$rps" -gt "${R_RPS[$key]}" ]; then
                R_RPS[$key]=$rps
                R_MIBS[$key]=$(awk -v b="$bytes" -v d="$dur" 'BEGIN {printf "%.1f", b / 1048576 / (d / 1e6)}')
                R_MEAN[$key]=$(awk -v v="$mean" 'BEGIN {printf "%.2f", v / 1000}')
                R_P99[$key]=$(awk -v v="$p99" 'BEGIN {printf "%.2f", v / 1000}')
                R_ERR[$key]=$((ec + er + ew + es + et))
                R_CPU[$key]=$(awk -v c="$((after - before))" -v hz="$CLK_TCK" -v r="$req" \
                    'BEGIN {if (r > 0) printf "%.2f", c / hz / r * 100000; else print "-"}')
                R_RSS[$key]=$(awk -v k="$rss" 'BEGIN {printf "%.1f", k / 1024}')
                R_LOAD[$key]=$load
                R_CTX[$key]=$(awk -v v="$((vol1 - vol0))" -v n="$((invol1 - invol0))" -v s="$((sys1 - sys0))" -v r="$req" \
                    'BEGIN {if (r > 0) printf "%6.0f %6.0f %6.0f", v / r * 1000, n / r * 1000, s / r * 1000; else print "-"}')
            fi
        done
    done
done

# ------------------------------------------------------------------ the table
STAMP=$(date -u +%Y-%m-%d_%H%M)
RESULTS="$HERE/results-$STAMP.txt"
{
    machine
    echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min; the 'load' column is the 1-min value when each kept run started)"
    echo
    printf '%-8s %-13s %9s %8s %8s %9s %7s %9s %8s %5s %s\n' workload proxy req/s MiB/s mean-ms p99-ms errors "CPU/100k" RSS-MiB load "vs best peer"
    for w in $WORKLOADS; do
        echo "${W_DESC[$w]}"
        best=0
        for p in "${PEERS[@]}"; do
            v=${R_RPS[$w|$p]:-0}
            [ "$v" -gt "$best" ] && best=$v
        done
        for t in "${TARGETS[@]}"; do
            key="$w|$t"
            ratio=""
            if [[ $t == meshgate* ]] && [ "$best" -gt 0 ]; then
                ratio=$(awk -v m="${R_RPS[$key]}" -v b="$best" 'BEGIN {printf "%.2fx", m / b}')
            fi
            rss="-"
            [ "$w" = f ] && rss=${R_RSS[$key]}
            label=$t
            [ "$t" = direct ] && label="direct(upstr)"
            printf '%-8s %-13s %9s %8s %8s %9s %7s %9s %8s %5s %s\n' "  $w" "$label" "${R_RPS[$key]}" "${R_MIBS[$key]}" \
                "${R_MEAN[$key]}" "${R_P99[$key]}" "${R_ERR[$key]}" "${R_CPU[$key]}" "$rss" "${R_LOAD[$key]}" "$ratio"
        done
    done
    echo
    echo "CPU/100k: CPU seconds (user+system, all threads and processes of that server) per 100,000 requests;"
    echo "for 'direct' it is the upstream's own. RSS: peak resident set (VmHWM, reset before the run) during (f)."
    echo
    echo "Context switches per 1,000 requests (the kept runs): the server's own threads, voluntary (it"
    echo "slept) and involuntary (it was preempted), and the whole machine's (client and upstream too)."
    printf '%-8s %-13s %6s %6s %6s\n' workload proxy slept preemp system
    for w in $WORKLOADS; do
        for t in "${TARGETS[@]}"; do
            label=$t
            [ "$t" = direct ] && label="direct(upstr)"
            printf '%-8s %-13s %s\n' "  $w" "$label" "${R_CTX[$w|$t]:--}"
        done
    done
    echo
    echo "Targets (Meshgate, no access log, vs the better of nginx and HAProxy in req/s):"
    for w in $WORKLOADS; do
        best=0
        for p in "${PEERS[@]}"; do
            v=${R_RPS[$w|$p]:-0}
            [ "$v" -gt "$best" ] && best=$v
        done
        verdict=$(awk -v m="${R_RPS[$w|meshgate]:-0}" -v b="$best" -v t="${W_TARGET[$w]}" \
            'BEGIN {r = b > 0 ? m / b : 0; printf "%.2fx (target >= %.1fx): %s", r, t, (r >= t ? "met" : "NOT met")}')
        extra=""
        if [ "$w" = f ]; then
            extra=$(awk -v m="${R_RSS[f|meshgate]:-0}" -v h="${R_RSS[f|haproxy]:-0}" \
                'BEGIN {printf "; peak RSS %.1f MiB vs HAProxy %.1f MiB: %s", m, h, (m <= h ? "met" : "NOT met")}')
        fi
        echo "  $w: $verdict$extra"
    done
} | tee "$RESULTS"
echo "saved to $RESULTS"
