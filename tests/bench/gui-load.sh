#!/usr/bin/env bash
# Measures what the GUI costs while the engine is busy: the GUI thread's CPU with wrk pushing as
# many requests as it can through the engine (the access log in front; then the access log with
# the traffic charts beside it, View > Traffic Beside Access Log, pressed with xdotool), the whole
# app's CPU when idle, and engine throughput in the GUI vs headless. The GUI steps back for the
# engine (nice +10); the last set-up runs it at normal priority (MESHGATE_GUI_NICE=0) to show
# what that buys.
# Usage: tests/bench/gui-load.sh [seconds] [rounds]   (needs Xvfb, xdotool, wrk, nginx; see
# .ci/setup.sh bench). The five set-ups run in turn, `rounds` times (default 3); on a shared 2-core
# machine single runs move by ±30 %, so the best and the median of each are printed.
set -euo pipefail
cd "$(dirname "$0")/../.."
secs="${1:-10}"
rounds="${2:-3}"
bin=build/app/meshgate
work=$(mktemp -d)
chmod 755 "$work"
trap 'kill $(jobs -p) 2>/dev/null || true; [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null; [ -f "$work/up.pid" ] && kill "$(cat "$work/up.pid")" 2>/dev/null; rm -rf "$work"' EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
up=$(free_port); gw=$(free_port); mesh=$(free_port); admin=$(free_port)
cat >"$work/up.conf" <<CONF
daemon on; pid $work/up.pid; error_log $work/up.err; worker_processes 1;
events { worker_connections 4096; }
http { access_log off; keepalive_requests 1000000;
  server { listen 127.0.0.1:$up; location / { return 200 "hello small world\n"; } } }
CONF
nginx -c "$work/up.conf" -p "$work"
cat >"$work/mg.yaml" <<YAML
apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: gw}
spec:
  servers:
  - port: {number: $gw, name: http, protocol: HTTP}
    hosts: ["*"]
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: up}
spec:
  hosts: [up.local]
  ports: [{number: $up, name: http, protocol: HTTP}]
  resolution: STATIC
  endpoints: [{address: 127.0.0.1}]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: up}
spec:
  hosts: ["*"]
  gateways: [gw]
  http:
  - route: [{destination: {host: up.local, port: {number: $up}}}]
YAML
args=(-c "$work/mg.yaml" --workers 1 --port-offset 0 --mesh-port "$mesh" --admin-port "$admin")

cpu_ticks() { awk '{print $14+$15}' "/proc/$1/task/$2/stat"; } # utime + stime of one thread
hz=$(getconf CLK_TCK)
wait_port() { for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$1) 2>/dev/null && return 0; sleep 0.1; done; return 1; }
rps() { wrk -t1 -c50 -d"${secs}s" "http://127.0.0.1:$gw/" | awk '/Requests\/sec/ {print $2}'; }

measure_headless() { # $1 = access-log argument ('' for none)
    "$bin" --headless "${args[@]}" --access-log "$1" >/dev/null 2>&1 &
    local pid=$!
    wait_port "$gw"
    rps
    kill "$pid"; wait "$pid" 2>/dev/null || true
}

# One X server for both GUI runs; xdotool talks to it too.
Xvfb -displayfd 3 -screen 0 1600x1000x24 3>"$work/display" 2>/dev/null &
xvfb=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$work/display")"

measure_gui() { # $1 = log | beside | normal (log in front, GUI at normal priority)
    export HOME="$work/home-$1"
    mkdir -p "$HOME"
    if [ "$1" = normal ]; then
        MESHGATE_GUI_NICE=0 "$bin" "${args[@]}" >/dev/null 2>&1 &
    else
        "$bin" "${args[@]}" >/dev/null 2>&1 &
    fi
    local pid=$!
    wait_port "$gw"
    sleep 2
    if [ "$1" = beside ]; then
        local win; win=$(xdotool search --sync --onlyvisible --name '^Meshgate' | head -1)
        xdotool windowfocus --sync "$win" key ctrl+shift+b
        sleep 2
    fi
    local t0; t0=$(cpu_ticks "$pid" "$pid"); local a0; a0=$(awk '{print $14+$15}' "/proc/$pid/stat")
    sleep "$secs"
    local idle=$(( $(awk '{print $14+$15}' "/proc/$pid/stat") - a0 ))
    t0=$(cpu_ticks "$pid" "$pid")
    local r; r=$(rps)
    local busy=$(( $(cpu_ticks "$pid" "$pid") - t0 ))
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    echo "$r $busy $idle"
}
declare -a headless_runs headless_log_runs log_runs beside_runs normal_runs log_busy_runs beside_busy_runs
app_idle=""
for round in $(seq "$rounds"); do
    headless_runs+=("$(measure_headless '')")
    headless_log_runs+=("$(measure_headless /dev/null)")
    read -r r busy idle < <(measure_gui log)
    log_runs+=("$r"); log_busy_runs+=("$busy"); [ -z "$app_idle" ] && app_idle=$idle
    read -r r busy _ < <(measure_gui beside)
    beside_runs+=("$r"); beside_busy_runs+=("$busy")
    read -r r _ _ < <(measure_gui normal)
    normal_runs+=("$r")
done

best() { printf '%s\n' "$@" | sort -g | tail -1; }
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
pct() { awk -v t="$1" -v hz="$hz" -v s="$secs" 'BEGIN {printf "%.1f%%", 100 * t / hz / s}'; }
headless=$(best "${headless_runs[@]}")
headless_median=$(median "${headless_runs[@]}")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
row() { # label runs...
    local label=$1; shift
    printf '%-42s best %8.0f  median %8.0f   ratio best/best %s  median/median %s   runs: %s\n' "$label" \
        "$(best "$@")" "$(median "$@")" "$(ratio "$(best "$@")" "$headless")" \
        "$(ratio "$(median "$@")" "$headless_median")" "$*"
}
echo "date: $(date -u +%Y-%m-%d) cores: $(nproc) load: $(cut -d' ' -f1-3 /proc/loadavg) rounds: $rounds x ${secs}s"
echo "engine req/s (wrk -c50, --workers 1)"
row "headless, no access log" "${headless_runs[@]}"
row "headless, access log to /dev/null" "${headless_log_runs[@]}"
row "GUI, access log in front" "${log_runs[@]}"
row "GUI, log and charts side by side" "${beside_runs[@]}"
row "GUI at normal priority, log in front" "${normal_runs[@]}"
echo "GUI thread CPU under load, access log in front:         $(pct "$(median "${log_busy_runs[@]}")") of a core (median)"
echo "GUI thread CPU under load, log and charts side by side: $(pct "$(median "${beside_busy_runs[@]}")") of a core (median)"
echo "whole app CPU with no traffic:                          $(pct "$app_idle") of a core"
