// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace meshgate {

// curl's --connect-to HOST:PORT:CONNECT-TO-HOST:CONNECT-TO-PORT. An empty host or a port of 0
// on the left matches any; on the right it keeps the original.
struct ConnectToRule
{
    QString host;
    quint16 port = 0;
    QString targetHost;
    quint16 targetPort = 0;

    static std::optional<ConnectToRule> parse(const QString &text, QString *error = nullptr);
    bool matches(const QString &h, quint16 p) const;
    bool operator==(const ConnectToRule &other) const = default;
};

enum class OutboundPolicy { AllowAny, RegistryOnly };

// Everything the command line (and the GUI's settings) can say about how the engine runs.
struct EngineSettings
{
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    std::optional<int> portOffset; // unset: +8000 for ports below 1024, 0 otherwise
    quint16 meshPort = 15001;      // 0 = off
    quint16 adminPort = 15000;     // 0 = off
    QString adminToken;            // required when admin listens on a non-loopback address
    QList<ConnectToRule> connectTo;
    QString accessLogPath;                           // "-" = stdout, empty = none
    QString accessLogFormat = QStringLiteral("classic");
    // False when nothing reads access-log records (headless with --access-log ''): workers then
    // skip the strings only a log line shows and hand no records over. Stats are kept either way.
    bool recordAccessLog = true;
    int workers = 0; // 0 = number of cores
    OutboundPolicy outboundPolicy = OutboundPolicy::AllowAny;
    int maxConnections = 10000;
    std::chrono::milliseconds requestHeadersTimeout{10000};
    std::chrono::milliseconds drainTimeout{5000};
    bool meshAllowRemote = false;
    // TCP relays (TLS passthrough, TCP routes, CONNECT) copy through user space by default:
    // measured on loopback, splice(2) cost more CPU per byte than the copy, small messages and
    // 1 MiB bodies alike (tests/bench, 2026-11-26). Through a real NIC it may win; hence a choice.
    bool spliceRelay = false;

    // The local port a Gateway server port P listens on.
    int listenPort(int gatewayPort) const
    {
        const int offset = portOffset ? *portOffset : (gatewayPort < 1024 ? 8000 : 0);
        return gatewayPort + offset;
    }
    int effectiveWorkers() const;
};

} // namespace meshgate
