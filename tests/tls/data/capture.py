#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Re-creates the ClientHello captures in this folder (see README.md).

Each real client connects to a throw-away socket on 127.0.0.1 that records the TLS records
carrying the ClientHello and then hangs up, so no TLS server is needed. The browser-shaped hello
is generated, because no browser is available on the build machine.

Usage: /usr/bin/python3 tests/tls/data/capture.py   (rewrites the .bin files next to it)
"""
import os
import socket
import struct
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

CLIENTS = {
    # OpenSSL 3.0 offers TLS 1.3 and 1.2, with ALPN h2,http/1.1.
    "openssl-tls13-alpn.bin": ["openssl", "s_client", "-connect", "127.0.0.1:{port}",
                               "-servername", "edition.cnn.com", "-alpn", "h2,http/1.1"],
    # A TLS 1.2-only client without ALPN: no supported_versions extension.
    "openssl-tls12.bin": ["openssl", "s_client", "-connect", "127.0.0.1:{port}", "-tls1_2",
                          "-servername", "legacy.example.org"],
    # A client that sends no SNI at all (as when connecting to an IP address).
    "openssl-nosni.bin": ["openssl", "s_client", "-connect", "127.0.0.1:{port}", "-noservername"],
    # curl with nghttp2 sends ALPN h2,http/1.1 and the SNI of the URL host.
    "curl.bin": ["curl", "-sk", "--max-time", "5", "--resolve", "www.example.com:{port}:127.0.0.1",
                 "https://www.example.com:{port}/"],
}


def read_hello(conn):
    """Reads whole handshake records until they hold the complete first handshake message."""
    data = b""
    handshake = b""
    while True:
        while len(data) < 5:
            chunk = conn.recv(65536)
            if not chunk:
                raise RuntimeError("client closed before sending a full hello")
            data += chunk
        # find the end of the records read so far
        pos, handshake = 0, b""
        while pos + 5 <= len(data):
            length = struct.unpack(">H", data[pos + 3:pos + 5])[0]
            if pos + 5 + length > len(data):
                break
            handshake += data[pos + 5:pos + 5 + length]
            pos += 5 + length
            if len(handshake) >= 4 and len(handshake) >= 4 + int.from_bytes(handshake[1:4], "big"):
                return data[:pos]
        data += conn.recv(65536)


def capture(name, argv):
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        port = server.getsockname()[1]
        client = subprocess.Popen([a.format(port=port) for a in argv], stdin=subprocess.DEVNULL,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            conn, _ = server.accept()
            with conn:
                hello = read_hello(conn)
        finally:
            client.kill()
            client.wait()
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(hello)
    print(f"{name}: {len(hello)} bytes")


def ext(type_, body):
    return struct.pack(">HH", type_, len(body)) + body


def vec(length_bytes, body):
    return len(body).to_bytes(length_bytes, "big") + body


def browser_hello():
    """A hello shaped like Chrome 110 (before post-quantum key shares): GREASE cipher, group,
    version and two GREASE extensions, 16 extensions, a padding extension that brings the
    handshake message to exactly 512 bytes (the F5 workaround of RFC 7685), SNI with an
    upper-case host that the parser must lower-case, and ALPN h2,http/1.1. Random and key
    shares are fixed bytes so the file is reproducible."""
    grease = [0x0A0A, 0x1A1A, 0x2A2A, 0x3A3A, 0x4A4A]
    ciphers = [grease[0], 0x1301, 0x1302, 0x1303, 0xC02B, 0xC02F, 0xC02C, 0xC030, 0xCCA9,
               0xCCA8, 0xC013, 0xC014, 0x009C, 0x009D, 0x002F, 0x0035]
    host = b"WWW.Example.COM"
    exts = [
        ext(grease[1], b""),
        ext(0, vec(2, b"\x00" + vec(2, host))),                        # server_name
        ext(23, b""),                                                  # extended_master_secret
        ext(65281, b"\x00"),                                           # renegotiation_info
        ext(10, vec(2, struct.pack(">HHHH", grease[2], 0x001D, 0x0017, 0x0018))),  # groups
        ext(11, vec(1, b"\x00")),                                      # ec_point_formats
        ext(35, b""),                                                  # session_ticket
        ext(16, vec(2, vec(1, b"h2") + vec(1, b"http/1.1"))),          # ALPN
        ext(5, b"\x01\x00\x00\x00\x00"),                               # status_request
        ext(13, vec(2, struct.pack(">8H", 0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501,
                                   0x0806, 0x0601))),                  # signature_algorithms
        ext(18, b""),                                                  # signed_certificate_timestamp
        ext(51, vec(2, struct.pack(">HH", grease[2], 1) + b"\x00"
                    + struct.pack(">HH", 0x001D, 32) + bytes(range(32)))),  # key_share
        ext(45, vec(1, b"\x01")),                                      # psk_key_exchange_modes
        ext(43, vec(1, struct.pack(">HHH", grease[3], 0x0304, 0x0303))),  # supported_versions
        ext(27, vec(1, b"\x00\x02")),                                  # compress_certificate
        ext(17513, vec(2, vec(1, b"h2"))),                             # application_settings
        ext(grease[4], b"\x00"),
    ]
    head = struct.pack(">H", 0x0303) + bytes(range(0x40, 0x60)) + vec(1, bytes(range(0x80, 0xA0))) \
        + vec(2, b"".join(struct.pack(">H", c) for c in ciphers)) + vec(1, b"\x00")
    # message = 4 (handshake header) + head + 2 (extensions length) + extensions + padding (4 + n)
    used = 4 + len(head) + 2 + sum(len(e) for e in exts) + 4
    exts.append(ext(21, bytes(512 - used)))                            # padding
    body = head + vec(2, b"".join(exts))
    message = b"\x01" + vec(3, body)
    assert len(message) == 512, len(message)
    return b"\x16\x03\x01" + vec(2, message)


def main():
    for name, argv in CLIENTS.items():
        capture(name, argv)
    with open(os.path.join(HERE, "browser-shaped.bin"), "wb") as f:
        f.write(browser_hello())
    print("browser-shaped.bin: generated")


if __name__ == "__main__":
    sys.exit(main())
