// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

#include <functional>

namespace meshgate {

// Name resolution for DNS and DNS_ROUND_ROBIN ServiceEntries, shared by all workers.
//
// Lookups go through QHostInfo (getaddrinfo), so /etc/hosts names such as `localhost` resolve
// the way the user's other tools resolve them. getaddrinfo does not report record TTLs, so a
// result is cached for kTtlMs and re-resolved in the background when used after that; a failed
// lookup is cached briefly so a dead name does not cost a lookup per request.
class DnsCache final
{
    Q_DISABLE_COPY_MOVE(DnsCache)
public:
    using Callback = std::function<void(const QList<QHostAddress> &addresses, const QString &error)>;

    DnsCache() = default;

    // Calls `callback` at once when the cache can answer, else later on `context`'s thread.
    void resolve(const QString &host, QObject *context, Callback callback);

    static constexpr qint64 kTtlMs = 30000;
    static constexpr qint64 kNegativeTtlMs = 5000;

private:
    struct Entry
    {
        QList<QHostAddress> addresses;
        QString error;
        qint64 expiresAtMs = 0;
        bool refreshing = false;
    };
    void store(const QString &host, const QList<QHostAddress> &addresses, const QString &error);

    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace meshgate
