#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Steady, mixed, rate-limited load for tests/soak/soak.sh: HTTP through a gateway port (keep-alive
and fresh connections) and TLS passthrough handshakes. Every request has one expected outcome;
anything else counts as a failure. Prints one JSON object with the counts at the end."""
import argparse, http.client, json, random, socket, ssl, threading, time

p = argparse.ArgumentParser()
p.add_argument('--http-port', type=int, required=True)
p.add_argument('--tls-port', type=int, required=True)
p.add_argument('--ca', required=True)
p.add_argument('--seconds', type=float, required=True)
p.add_argument('--http-workers', type=int, default=4)
p.add_argument('--http-rate', type=float, default=50.0, help='requests per second per HTTP worker')
p.add_argument('--tls-workers', type=int, default=2)
p.add_argument('--tls-rate', type=float, default=10.0, help='handshakes per second per TLS worker')
args = p.parse_args()

lock = threading.Lock()
stats = {'ok': 0, 'failed': 0, 'by_kind': {}, 'failures': {}, 'latencies_ms': []}
deadline = time.monotonic() + args.seconds


def record(kind, ok, ms, why=None):
    with lock:
        k = stats['by_kind'].setdefault(kind, [0, 0])
        if ok:
            stats['ok'] += 1
            k[0] += 1
        else:
            stats['failed'] += 1
            k[1] += 1
            key = '%s: %s' % (kind, why)
            stats['failures'][key] = stats['failures'].get(key, 0) + 1
        if len(stats['latencies_ms']) < 400000:
            stats['latencies_ms'].append(ms)


def paced(rate, body):
    interval = 1.0 / rate
    next_at = time.monotonic()
    while time.monotonic() < deadline:
        body()
        next_at += interval
        pause = next_at - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        else:
            next_at = time.monotonic()  # behind: do not burst to catch up


def http_worker(seed):
    rnd = random.Random(seed)
    conn = [None]

    def connection(fresh):
        if fresh or conn[0] is None:
            if conn[0] is not None:
                conn[0].close()
            conn[0] = http.client.HTTPConnection('127.0.0.1', args.http_port, timeout=10)
        return conn[0]

    def one():
        x = rnd.random()
        if x < 0.70:
            kind, path, fresh, want = 'get-keepalive', '/ok', False, (200, b'ok\n')
        elif x < 0.80:
            kind, path, fresh, want = 'get-64k', '/64k', False, (200, 65536)
        elif x < 0.90:
            kind, path, fresh, want = 'get-new-connection', '/ok', True, (200, b'ok\n')
        elif x < 0.95:
            kind, path, fresh, want = 'get-version', '/version', False, (200, b'v')
        else:
            kind, path, fresh, want = 'get-404', '/missing', False, (404, None)
        start = time.monotonic()
        try:
            c = connection(fresh)
            headers = {'Host': 'soak.test'}
            if fresh:
                headers['Connection'] = 'close'
            c.request('GET', path, headers=headers)
            r = c.getresponse()
            body = r.read()
            ms = (time.monotonic() - start) * 1000
            ok = r.status == want[0]
            if ok and isinstance(want[1], int):
                ok = len(body) == want[1]
            elif ok and want[1] is not None:
                ok = body.startswith(want[1]) if kind == 'get-version' else body == want[1]
            record(kind, ok, ms, None if ok else 'status %d, %d bytes' % (r.status, len(body)))
            if fresh or r.getheader('connection', '').lower() == 'close':
                c.close()
                conn[0] = None
        except Exception as e:  # noqa: BLE001 - every failure is a finding
            record(kind, False, (time.monotonic() - start) * 1000, type(e).__name__ + ' ' + str(e)[:80])
            if conn[0] is not None:
                conn[0].close()
            conn[0] = None

    paced(args.http_rate, one)


def tls_worker():
    ctx = ssl.create_default_context(cafile=args.ca)

    def one():
        start = time.monotonic()
        try:
            with socket.create_connection(('127.0.0.1', args.tls_port), timeout=10) as raw:
                with ctx.wrap_socket(raw, server_hostname='secure.example') as s:
                    s.sendall(b'GET /ok HTTP/1.1\r\nHost: secure.example\r\nConnection: close\r\n\r\n')
                    data = b''
                    while True:
                        chunk = s.recv(65536)
                        if not chunk:
                            break
                        data += chunk
            ok = data.startswith(b'HTTP/1.1 200') and data.endswith(b'ok\n')
            record('tls-passthrough', ok, (time.monotonic() - start) * 1000, None if ok else repr(data[:60]))
        except Exception as e:  # noqa: BLE001
            record('tls-passthrough', False, (time.monotonic() - start) * 1000, type(e).__name__ + ' ' + str(e)[:80])

    paced(args.tls_rate, one)


threads = [threading.Thread(target=http_worker, args=(i,)) for i in range(args.http_workers)]
threads += [threading.Thread(target=tls_worker) for _ in range(args.tls_workers)]
for t in threads:
    t.start()
for t in threads:
    t.join()

lat = sorted(stats.pop('latencies_ms'))
if lat:
    stats['latency_ms'] = {'p50': round(lat[len(lat) // 2], 2), 'p99': round(lat[int(len(lat) * 0.99)], 2),
                           'max': round(lat[-1], 2)}
print(json.dumps(stats, sort_keys=True))
