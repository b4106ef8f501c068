// SPDX-License-Identifier: GPL-3.0-or-later
#include "testupstream.h"

namespace meshgate::test {

namespace {

constexpr const char *kScript = R"PY(
import hashlib, json, os, socket, struct, sys, threading, time
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler

RATE = float(sys.argv[1])
PRINT_LOCK = threading.Lock() # hundreds of handler threads announce at once: one whole line each

class Handler(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, fmt, *args):
        pass

    def announce(self):
        with PRINT_LOCK:
            sys.stdout.write('REQ %s %s\n' % (self.command, self.path))
            sys.stdout.flush()

    def read_exact(self, n):
        data = self.rfile.read(n)
        if len(data) != n:
            raise ConnectionError('body ended early')
        return data

    def body_chunks(self):
        if 'chunked' in self.headers.get('Transfer-Encoding', '').lower():
            while True:
                size = int(self.rfile.readline().split(b';')[0].strip(), 16)
                if size == 0:
                    while self.rfile.readline() not in (b'\r\n', b'\n', b''):
                        pass
                    return
                while size:
                    chunk = self.read_exact(min(size, 65536))
                    size -= len(chunk)
                    yield chunk
                self.rfile.readline()
        else:
            left = int(self.headers.get('Content-Length', '0'))
            while left:
                chunk = self.read_exact(min(left, 65536))
                left -= len(chunk)
                yield chunk

    def reply(self, code, body, ctype='text/plain'):
        self.send_response(code)
        self.send_header('Content-Type', ctype)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def sink(self):
        self.announce()
        digest = hashlib.sha256()
        total = 0
        start = time.monotonic()
        for chunk in self.body_chunks():
            digest.update(chunk)
            total += len(chunk)
            if RATE > 0:
                ahead = total / RATE - (time.monotonic() - start)
                if ahead > 0:
                    time.sleep(ahead)
        self.reply(200, json.dumps({'bytes': total, 'sha256': digest.hexdigest()}).encode(), 'application/json')

    do_POST = sink
    do_PUT = sink

    def reset(self):
        # SO_LINGER 0 makes close() send RST instead of FIN. The handler's file objects share the
        # socket, so the descriptor is detached and closed here, once, for certain.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
        os.close(self.connection.detach())
        self.close_connection = True

    def fault(self, kind):
        if kind == 'rst-before-headers':
            self.reset()
        elif kind == 'fin-before-headers':
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
        elif kind == 'rst-mid-body':
            self.send_response(200)
            self.send_header('Content-Type', 'application/octet-stream')
            self.send_header('Content-Length', str(1024 * 1024))
            self.end_headers()
            self.wfile.write(b'x' * 65536)
            self.wfile.flush()
            time.sleep(0.3)
            self.reset()
        elif kind == 'garbage':
            self.wfile.write(b'THIS IS NOT HTTP\r\n\r\n')
            self.wfile.flush()
            self.close_connection = True
        else:
            self.reply(404, b'unknown fault')

    def do_GET(self):
        self.announce()
        target = self.path.split('?')[0]
        if target.startswith('/slow/'):
            time.sleep(int(target[6:]) / 1000.0)
            self.reply(200, b'slow done')
        elif target.startswith('/status/'):
            code = int(target[8:])
            self.reply(code, b'status %d' % code)
        elif target.startswith('/fault/'):
            self.fault(target[7:])
        else:
            self.reply(200, b'test upstream')

class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024 # a proxy opening hundreds of connections at once must not see SYN drops

server = Server(('127.0.0.1', 0), Handler)
print('READY', server.server_address[1], flush=True)
server.serve_forever()
)PY";

QByteArray requestLine(const QByteArray &method, const QByteArray &target)
{
    return "REQ " + method + ' ' + target;
}

} // namespace

bool TestUpstream::start(double readBytesPerSecond, std::chrono::milliseconds timeout)
{
    if (!m_process.start(QStringLiteral("/usr/bin/python3"),
                         {QStringLiteral("-c"), QString::fromUtf8(kScript), QString::number(readBytesPerSecond)}))
        return false;
    const int index = m_process.waitForLine(
        ManagedProcess::Channel::Stdout, [](const QByteArray &line) { return line.startsWith("READY "); }, timeout);
    if (index < 0)
        return false;
    m_port = quint16(m_process.lines(ManagedProcess::Channel::Stdout).at(index).mid(6).toUInt());
    return m_port != 0;
}

int TestUpstream::countRequests(const QByteArray &method, const QByteArray &target) const
{
    return int(m_process.lines(ManagedProcess::Channel::Stdout).count(requestLine(method, target)));
}

bool TestUpstream::waitForRequest(const QByteArray &method, const QByteArray &target,
                                  std::chrono::milliseconds timeout)
{
    const QByteArray wanted = requestLine(method, target);
    return m_process.waitForLine(
               ManagedProcess::Channel::Stdout, [&](const QByteArray &line) { return line == wanted; }, timeout)
        >= 0;
}

bool TestUpstream::waitForRequests(const QByteArray &method, const QByteArray &target, int count,
                                   std::chrono::milliseconds timeout)
{
    const QByteArray wanted = requestLine(method, target);
    int seen = 0;
    return m_process.waitForLine(
               ManagedProcess::Channel::Stdout, [&](const QByteArray &line) { return line == wanted && ++seen >= count; },
               timeout)
        >= 0;
}

int TestUpstream::totalRequests() const
{
    int n = 0;
    for (const QByteArray &line : m_process.lines(ManagedProcess::Channel::Stdout))
        n += line.startsWith("REQ ") ? 1 : 0;
    return n;
}

QByteArray TestUpstream::diagnostics() const
{
    return m_process.text(ManagedProcess::Channel::Stderr).right(4000);
}

} // namespace meshgate::test
