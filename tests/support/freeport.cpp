// SPDX-License-Identifier: GPL-3.0-or-later
#include "freeport.h"

#include <QTcpServer>

namespace meshgate::test {

quint16 FreePort::pick()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

QList<quint16> FreePort::pickMany(int count, const QList<quint16> &avoid)
{
    // Keep every server open until all are chosen so the kernel cannot hand out one port twice.
    QList<QTcpServer *> servers;
    QList<quint16> ports;
    for (int attempts = 0; ports.size() < count && attempts < count * 10; ++attempts) {
        auto *server = new QTcpServer;
        if (!server->listen(QHostAddress::LocalHost, 0)) {
            delete server;
            continue;
        }
        servers.append(server);
        if (!avoid.contains(server->serverPort()))
            ports.append(server->serverPort());
    }
    qDeleteAll(servers);
    return ports;
}

bool FreePort::isFree(quint16 port)
{
    QTcpServer server;
    return port != 0 && server.listen(QHostAddress::LocalHost, port);
}

std::optional<int> FreePort::offsetFor(const QList<int> &gatewayPorts, const QList<quint16> &avoid)
{
    if (gatewayPorts.isEmpty())
        return std::nullopt;
    const int base = gatewayPorts.first();
    for (int attempt = 0; attempt < 50; ++attempt) {
        const quint16 anchor = pick();
        const int offset = int(anchor) - base;
        if (anchor == 0 || offset < 0)
            continue;
        bool allFree = true;
        for (int p : gatewayPorts) {
            const int listen = p + offset;
            if (listen > 65535 || avoid.contains(quint16(listen)) || !isFree(quint16(listen))) {
                allFree = false;
                break;
            }
        }
        if (allFree)
            return offset;
    }
    return std::nullopt;
}

} // namespace meshgate::test
