#!/usr/bin/env python3
# An upstream that accepts `Upgrade: websocket` with 101 and then echoes every byte back with an
# "echo:" prefix (the tunnel), for tst_engine_upgrade. Usage: upgrade_echo.py (prints its port).
import socket, sys, threading

s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('127.0.0.1', 0))
s.listen(16)
print(s.getsockname()[1], flush=True)

def handle(c):
    data = b''
    while b'\r\n\r\n' not in data:
        d = c.recv(4096)
        if not d:
            return
        data += d
    head, rest = data.split(b'\r\n\r\n', 1)
    if b'upgrade: websocket' in head.lower():
        c.sendall(b'HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n')
        if rest:
            c.sendall(b'echo:' + rest)
        while True:
            d = c.recv(4096)
            if not d:
                break
            c.sendall(b'echo:' + d)
    else:
        c.sendall(b'HTTP/1.1 426 Upgrade Required\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')
    c.close()

while True:
    c, _ = s.accept()
    threading.Thread(target=handle, args=(c,), daemon=True).start()
