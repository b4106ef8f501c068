// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/streamsocket.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace meshgate {

// Reads the server name a TLS client asks for without consuming a byte (MSG_PEEK), so that an
// HTTPS listener can choose the server, and so the certificate, by SNI and then hand the untouched
// socket to QSslSocket, which must read the ClientHello itself. Like Envoy's tls_inspector it gives
// up waiting after kTimeoutMs and lets the connection continue without a name.
class SniPeeker final : public QObject, private Transport::Handler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SniPeeker)
public:
    enum class Outcome {
        Hello,    // a whole ClientHello; sni() is its server name (empty when it sent none)
        NoHello,  // the bytes are no ClientHello (plain HTTP, garbage, too large) or never completed
        Closed,   // the client went away first
    };
    using Done = std::function<void(SniPeeker *peeker, Outcome outcome)>;

    static constexpr int kTimeoutMs = 5000;
    static constexpr qsizetype kFirstPeekBytes = 4096;

    SniPeeker(std::unique_ptr<StreamSocket> socket, Done done, QObject *parent = nullptr);
    ~SniPeeker() override;

    void start();
    // The engine is draining: ends the wait at once, as Closed.
    void abandon() { finish(Outcome::Closed); }
    const QByteArray &sni() const { return m_sni; }
    qint64 startTimeMs() const { return m_startTimeMs; } // when the connection was accepted
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    qint64 peekedBytes() const { return m_peeked; } // what the client had sent when it ended
    // The socket, every byte still unread, for whoever continues the connection.
    std::unique_ptr<StreamSocket> takeSocket();

private:
    void transportReadable(Transport *transport) override;
    void transportWritable(Transport *) override {}
    void transportConnected(Transport *, const QByteArray &) override {}
    void peek();
    void finish(Outcome outcome);

    std::unique_ptr<StreamSocket> m_socket;
    Done m_done;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    qint64 m_startTimeMs = 0;
    QByteArray m_buffer; // what MSG_PEEK copied; the kernel keeps the bytes
    QByteArray m_sni;
    qint64 m_peeked = 0;
    bool m_finished = false;
};

} // namespace meshgate
