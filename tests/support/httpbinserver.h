// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "managedprocess.h"

#include <QByteArray>
#include <QString>

#include <chrono>

namespace meshgate::test {

// Debian's python3-httpbin under werkzeug's threaded development server on 127.0.0.1. Werkzeug
// logs one line per request on stderr (`127.0.0.1 - - [date] "GET /status/418 HTTP/1.1" 418 -`),
// which is how a test tells which upstream received a request.
class HttpbinServer final
{
public:
    HttpbinServer() = default;
    Q_DISABLE_COPY_MOVE(HttpbinServer)

    // Starts without waiting, so several servers can boot in parallel. Port 0 lets the server
    // pick a free port itself (no race with other tests); port() is known once ready.
    bool start(quint16 port = 0);
    // Waits until werkzeug announces its listening socket ("Running on http://127.0.0.1:PORT").
    bool waitUntilReady(std::chrono::milliseconds timeout = std::chrono::seconds(20));
    bool startAndWait(quint16 port = 0) { return start(port) && waitUntilReady(); }

    quint16 port() const { return m_port; }
    QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    QString baseUrl() const { return QStringLiteral("http://") + hostPort(); }

    // Request targets ("/status/418?x=1") werkzeug logged, in order.
    QList<QByteArray> requestTargets() const;
    int countRequests(const QByteArray &target) const;
    int totalRequests() const { return int(requestTargets().size()); }
    // Waits until at least `count` requests for `target` (empty = any target) were logged.
    bool waitForRequests(const QByteArray &target, int count, std::chrono::milliseconds timeout);
    // Waits until the servers together logged at least `count` requests for `target`.
    static bool waitForCombined(const QList<HttpbinServer *> &servers, const QByteArray &target, int count,
                                std::chrono::milliseconds timeout);

    QByteArray diagnostics() const { return m_process.text(ManagedProcess::Channel::Stderr).right(4000); }

private:
    ManagedProcess m_process;
    quint16 m_port = 0;
};

} // namespace meshgate::test
