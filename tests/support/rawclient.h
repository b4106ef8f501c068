// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QTcpSocket>

#include <chrono>
#include <functional>
#include <optional>

namespace meshgate::test {

// One HTTP/1.x response cut out of raw bytes.
struct RawHttpResponse
{
    QByteArray version; // "HTTP/1.1"
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    qsizetype consumed = 0; // bytes of the input this response used

    QByteArray header(QByteArrayView name) const;
    // A complete response at the start of `data` (Content-Length or chunked body, or no body for
    // 1xx/204/304 or `headOnly`); nullopt while incomplete or malformed. A response delimited by
    // connection close counts as complete when `peerClosed`.
    static std::optional<RawHttpResponse> parse(QByteArrayView data, bool peerClosed = false, bool headOnly = false);
};

// A plain TCP client for hand-crafted bytes (malformed requests, slow clients, keep-alive). Test
// code only: it waits in a local event loop with a deadline on every call.
class RawClient final
{
public:
    RawClient();
    Q_DISABLE_COPY_MOVE(RawClient)

    bool connectTo(quint16 port, std::chrono::milliseconds timeout = std::chrono::seconds(5));
    // To another local address (e.g. this host's own non-loopback one).
    bool connectTo(const QHostAddress &address, quint16 port, std::chrono::milliseconds timeout = std::chrono::seconds(5));
    bool send(QByteArrayView bytes, std::chrono::milliseconds timeout = std::chrono::seconds(5));

    // Waits until `done(received)` holds, the peer closes, or the timeout; true only if `done` held.
    bool readUntil(const std::function<bool(const QByteArray &received)> &done, std::chrono::milliseconds timeout);
    // Waits for one complete response after the bytes already consumed; it is removed from received().
    std::optional<RawHttpResponse> readResponse(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // True when the peer closed (or reset) the connection before the timeout.
    bool waitForClose(std::chrono::milliseconds timeout);

    bool peerClosed() const { return m_closed; }
    const QByteArray &received() const { return m_received; }
    // Still known after the connection closed (QTcpSocket forgets it then).
    quint16 localPort() const { return m_localPort; }

private:
    void drain();

    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_closed = false;
    quint16 m_localPort = 0;
};

} // namespace meshgate::test
