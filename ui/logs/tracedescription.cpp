// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/tracedescription.h"

#include "log/logrow.h"

namespace meshgate {

namespace {

// RequestDescription splits on whitespace and groups with quotes.
QString quoted(const QString &token)
{
    if (!token.contains(QLatin1Char(' ')) && !token.contains(QLatin1Char('\t')) && !token.contains(QLatin1Char('"'))
        && !token.contains(QLatin1Char('\'')))
        return token;
    const QChar quote = token.contains(QLatin1Char('"')) ? QLatin1Char('\'') : QLatin1Char('"');
    return quote + token + quote;
}

std::optional<quint16> portOfAddress(QByteArrayView address)
{
    const qsizetype colon = address.lastIndexOf(':');
    if (colon < 0 || (address.startsWith('[') && address.lastIndexOf(']') > colon))
        return std::nullopt;
    bool ok = false;
    const uint port = address.sliced(colon + 1).toUInt(&ok);
    return ok && port > 0 && port <= 65535 ? std::optional<quint16>(quint16(port)) : std::nullopt;
}

} // namespace

const ListenerState *TraceDescription::findListener(const AccessLogRecord &record, const QList<ListenerState> &listeners)
{
    const QByteArray &local = record.downstreamLocalAddress;
    if (local.isEmpty())
        return nullptr;
    const QString key = QString::fromUtf8(local);
    for (const ListenerState &l : listeners)
        if (l.key == key && l.role != ListenerState::Role::Admin)
            return &l;
    // A wildcard bind (0.0.0.0:8080) is logged with the address the client reached.
    const auto port = portOfAddress(local);
    for (const ListenerState &l : listeners)
        if (port && l.listenPort == *port && l.role != ListenerState::Role::Admin)
            return &l;
    return nullptr;
}

QString TraceDescription::hostOf(const AccessLogRecord &record)
{
    if (!record.authority.isEmpty())
        return QString::fromUtf8(hostWithoutPort(record.authority)).toLower();
    return QString::fromUtf8(record.requestedServerName).toLower();
}

quint16 TraceDescription::portOf(const AccessLogRecord &record, const QList<ListenerState> &listeners)
{
    const ListenerState *l = findListener(record, listeners);
    if (l && l->role == ListenerState::Role::Gateway && l->gatewayPort > 0)
        return l->gatewayPort;
    if (const auto port = portOfAddress(record.authority))
        return *port;
    return record.isTcp() ? 443 : 80;
}

QString TraceDescription::fromRecord(const AccessLogRecord &record, const QList<ListenerState> &listeners)
{
    QStringList parts;
    if (record.isTcp()) {
        parts << QStringLiteral("TLS") << quoted(QString::fromUtf8(record.requestedServerName));
    } else {
        parts << QString::fromLatin1(record.method.isEmpty() ? QByteArray("GET") : record.method);
        const QString path = QString::fromUtf8(record.path.isEmpty() ? QByteArray("/") : record.path);
        // A path keeps its bytes as they were; a URL would be re-encoded by QUrl.
        parts << quoted(path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path);
        if (!record.authority.isEmpty())
            parts << QStringLiteral("host=") + quoted(QString::fromUtf8(record.authority));
    }
    const ListenerState *l = findListener(record, listeners);
    if (l && l->role == ListenerState::Role::Mesh) {
        parts << QStringLiteral("gateway=mesh") << QStringLiteral("port=%1").arg(portOf(record, listeners));
    } else if (l && !l->gateways.isEmpty()) {
        parts << QStringLiteral("gateway=") + quoted(l->gateways.first())
              << QStringLiteral("port=%1").arg(l->gatewayPort);
        if (!record.isTcp() && l->protocol.compare(u"HTTPS", Qt::CaseInsensitive) == 0)
            parts << QStringLiteral("scheme=https");
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace meshgate
