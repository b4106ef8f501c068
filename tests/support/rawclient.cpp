// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawclient.h"

#include "eventwait.h"

#include <QHostAddress>

namespace meshgate::test {

QByteArray RawHttpResponse::header(QByteArrayView name) const
{
    const QByteArray lower = name.toByteArray().toLower();
    for (const auto &h : headers)
        if (h.first == lower)
            return h.second;
    return {};
}

std::optional<RawHttpResponse> RawHttpResponse::parse(QByteArrayView data, bool peerClosed, bool headOnly)
{
    const qsizetype headEnd = data.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    RawHttpResponse r;
    const QList<QByteArray> lines = data.first(headEnd).toByteArray().split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2 || !statusLine[0].startsWith("HTTP/"))
        return std::nullopt;
    r.version = statusLine[0];
    bool ok = false;
    r.status = statusLine[1].toInt(&ok);
    if (!ok)
        return std::nullopt;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    qsizetype pos = headEnd + 4;
    if (headOnly || r.status / 100 == 1 || r.status == 204 || r.status == 304) {
        r.consumed = pos;
        return r;
    }
    if (r.header("transfer-encoding").toLower().contains("chunked")) {
        for (;;) {
            const qsizetype lineEnd = data.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return std::nullopt;
            const qsizetype size = data.sliced(pos, lineEnd - pos).toByteArray().split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok)
                return std::nullopt;
            pos = lineEnd + 2;
            if (size == 0) {
                const qsizetype trailerEnd = data.indexOf("\r\n", pos);
                if (trailerEnd < 0)
                    return std::nullopt;
                r.consumed = trailerEnd + 2; // no trailers expected in these tests
                return r;
            }
            if (data.size() < pos + size + 2)
                return std::nullopt;
            r.body += data.sliced(pos, size).toByteArray();
            pos += size + 2;
        }
    }
    if (!r.header("content-length").isEmpty()) {
        const qint64 length = r.header("content-length").toLongLong();
        if (data.size() < pos + length)
            return std::nullopt;
        r.body = data.sliced(pos, length).toByteArray();
        r.consumed = pos + length;
        return r;
    }
    if (!peerClosed)
        return std::nullopt;
    r.body = data.sliced(pos).toByteArray();
    r.consumed = data.size();
    return r;
}

RawClient::RawClient()
{
    QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { drain(); });
    QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket, [this] {
        drain();
        m_closed = true;
    });
    QObject::connect(&m_socket, &QTcpSocket::errorOccurred, &m_socket, [this](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError || e == QAbstractSocket::NetworkError)
            m_closed = true;
    });
}

bool RawClient::connectTo(quint16 port, std::chrono::milliseconds timeout)
{
    return connectTo(QHostAddress(QHostAddress::LocalHost), port, timeout);
}

bool RawClient::connectTo(const QHostAddress &address, quint16 port, std::chrono::milliseconds timeout)
{
    m_socket.connectToHost(address, port);
    EventWait wait;
    wait.wakeOn(&m_socket, &QTcpSocket::connected).wakeOn(&m_socket, &QTcpSocket::errorOccurred);
    const bool connected = wait.until([this] { return m_socket.state() == QAbstractSocket::ConnectedState
                                                   || m_socket.state() == QAbstractSocket::UnconnectedState; },
                                      timeout)
        && m_socket.state() == QAbstractSocket::ConnectedState;
    if (connected)
        m_localPort = m_socket.localPort();
    return connected;
}

bool RawClient::send(QByteArrayView bytes, std::chrono::milliseconds timeout)
{
    if (m_socket.write(bytes.constData(), bytes.size()) != bytes.size())
        return false;
    EventWait wait;
    wait.wakeOn(&m_socket, &QTcpSocket::bytesWritten).wakeOn(&m_socket, &QTcpSocket::disconnected);
    return wait.until([this] { return m_socket.bytesToWrite() == 0 || m_closed; }, timeout) && !m_closed;
}

bool RawClient::readUntil(const std::function<bool(const QByteArray &)> &done, std::chrono::milliseconds timeout)
{
    EventWait wait;
    wait.wakeOn(&m_socket, &QTcpSocket::readyRead)
        .wakeOn(&m_socket, &QTcpSocket::disconnected)
        .wakeOn(&m_socket, &QTcpSocket::errorOccurred);
    bool matched = false;
    wait.until([&] { return (matched = done(m_received)) || m_closed; }, timeout);
    return matched;
}

std::optional<RawHttpResponse> RawClient::readResponse(std::chrono::milliseconds timeout)
{
    std::optional<RawHttpResponse> response;
    readUntil([&](const QByteArray &received) { return (response = RawHttpResponse::parse(received, m_closed)).has_value(); },
              timeout);
    if (!response && m_closed)
        response = RawHttpResponse::parse(m_received, true);
    if (response)
        m_received.remove(0, response->consumed);
    return response;
}

bool RawClient::waitForClose(std::chrono::milliseconds timeout)
{
    EventWait wait;
    wait.wakeOn(&m_socket, &QTcpSocket::readyRead)
        .wakeOn(&m_socket, &QTcpSocket::disconnected)
        .wakeOn(&m_socket, &QTcpSocket::errorOccurred);
    return wait.until([this] { return m_closed; }, timeout);
}

void RawClient::drain()
{
    if (m_socket.isOpen())
        m_received += m_socket.readAll();
}

} // namespace meshgate::test
