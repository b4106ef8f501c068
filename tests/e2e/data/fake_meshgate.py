#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# A stand-in for `meshgate --headless` used only by tst_harness to prove MeshgateProcess: it
# accepts meshgate's arguments (and ignores them), listens on --fake-listen, relays each HTTP/1.1
# request to --fake-upstream with Connection: close, and prints one classic access-log line per
# request on stdout. SIGTERM ends it with exit code 0.
import argparse, datetime, signal, socket, sys, threading, time, uuid

parser = argparse.ArgumentParser()
parser.add_argument('--fake-listen', type=int, required=True)
parser.add_argument('--fake-upstream', required=True)
args, _ = parser.parse_known_args()
up_host, up_port = args.fake_upstream.rsplit(':', 1)

signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
log_lock = threading.Lock()


def read_head(sock):
    data = b''
    while b'\r\n\r\n' not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
    return data


def serve(client, peer):
    with client:
        while True:
            head = read_head(client)
            if head is None:
                return
            start = time.time()
            lines = head.split(b'\r\n')
            method, path, proto = lines[0].decode().split(' ')
            headers = {}
            for line in lines[1:]:
                if b':' in line:
                    k, v = line.split(b':', 1)
                    headers[k.strip().lower().decode()] = v.strip().decode()
            upstream = socket.create_connection((up_host, int(up_port)))
            upstream.sendall(lines[0] + b'\r\n' + b'\r\n'.join(l for l in lines[1:] if l and not l.lower().startswith(b'connection:')) + b'\r\nConnection: close\r\n\r\n')
            response = b''
            while True:
                chunk = upstream.recv(65536)
                if not chunk:
                    break
                response += chunk
            upstream_local = '%s:%d' % upstream.getsockname()
            upstream.close()
            status = int(response.split(b' ', 2)[1])
            body = response.split(b'\r\n\r\n', 1)[1]
            response = response.replace(b'Connection: close', b'Connection: keep-alive')
            client.sendall(response)
            stamp = datetime.datetime.utcnow().strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (datetime.datetime.utcnow().microsecond // 1000)
            ms = int((time.time() - start) * 1000)
            line = '[%s] "%s %s %s" %d - 0 %d %d %d "%s" "%s" "%s" "%s" "%s" outbound|80||fake.upstream %s %s %s:%d -' % (
                stamp, method, path, proto, status, len(body), ms, ms, peer[0], headers.get('user-agent', '-'),
                uuid.uuid4(), headers.get('host', '-'), args.fake_upstream, upstream_local,
                '127.0.0.1:%d' % args.fake_listen, peer[0], peer[1])
            with log_lock:
                print(line, flush=True)


listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(('127.0.0.1', args.fake_listen))
listener.listen(64)
print('fake meshgate listening on', args.fake_listen, file=sys.stderr, flush=True)
while True:
    conn, peer = listener.accept()
    threading.Thread(target=serve, args=(conn, peer), daemon=True).start()
