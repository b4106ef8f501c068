// SPDX-License-Identifier: GPL-3.0-or-later
#include "freeport.h"

#include <memory>

#include <QRandomGenerator>
#include <QTcpServer>

namespace meshgate::test {

namespace {

// Below Linux's ephemeral range (32768–60999). A port the kernel hands out for `listen(0)` comes
// from that range, and so does the local port of every outgoing connection: between our check
// and the proxy's bind, a curl or upstream connection of a test running in parallel could take
// it ("address in use" at launch, seen once in a `ctest -j2` run).
constexpr quint16 kFirst = 15000;
constexpr quint16 kLast = 32767;

// Bound on success; the caller closes it once every port it needs is chosen.
std::unique_ptr<QTcpServer> bindSomewhere()
{
    for (int attempt = 0; attempt < 200; ++attempt) {
        auto server = std::make_unique<QTcpServer>();
        const auto port = quint16(QRandomGenerator::global()->bounded(int(kFirst), int(kLast) + 1));
        if (server->listen(QHostAddress::LocalHost, port))
            return server;
    }
    return nullptr;
}

} // namespace

quint16 FreePort::pick()
{
    const std::unique_ptr<QTcpServer> server = bindSomewhere();
    return server ? server->serverPort() : 0;
}

QList<quint16> FreePort::pickMany(int count, const QList<quint16> &avoid)
{
    // Keep every server open until all are chosen so the kernel cannot hand out one port twice.
    QList<QTcpServer *> servers;
    QList<quint16> ports;
    for (int attempts = 0; ports.size() < count && attempts < count * 10; ++attempts) {
        QTcpServer *server = bindSomewhere().release();
        if (!server)
            continue;
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
