// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace meshgate {

class Engine;

// Envoy-style admin endpoint on its own thread: /ready, /stats/prometheus, /config_dump,
// /clusters. Loopback by default; on any other address it demands `Authorization: Bearer
// <--admin-token>` and refuses to start without a token.
class AdminServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminServer)
public:
    explicit AdminServer(const Engine *engine);
    ~AdminServer() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_port; }

    // The response for one request path (used by the socket handler and by tests).
    struct Response
    {
        int status = 200;
        QByteArray contentType = "text/plain; charset=utf-8";
        QByteArray body;
    };
    Response handle(const QByteArray &method, const QByteArray &path) const;

private:
    void handleConnection();
    void handleReadable(QTcpSocket *socket);

    const Engine *m_engine;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    QByteArray m_token;
    bool m_requireToken = false;
};

} // namespace meshgate
