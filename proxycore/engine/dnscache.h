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
// Addresses come from QHostInfo (getaddrinfo), so /etc/hosts names such as `localhost` resolve
// the way the user's other tools resolve them. getaddrinfo does not report TTLs, so a DNS query
// for the A records (QDnsLookup) runs beside it: its smallest TTL (clamped to 1 s .. 1 h) decides
// how long the answer is cached; without one (a hosts-file name, no DNS server) kTtlMs applies.
// An expired entry keeps serving while it is re-resolved in the background; a failed lookup is
// cached briefly so a dead name does not cost a lookup per request.
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
    static constexpr qint64 kMinTtlMs = 1000;
    static constexpr qint64 kMaxTtlMs = 3600000;

private:
    struct Entry
    {
        QList<QHostAddress> addresses;
        QString error;
        qint64 expiresAtMs = 0;
        qint64 ttlMs = kTtlMs; // from the last DNS answer, when there was one
        bool refreshing = false;
    };
    void store(const QString &host, const QList<QHostAddress> &addresses, const QString &error);
    void storeTtl(const QString &host, qint64 ttlMs);
    void lookupTtl(const QString &host, QObject *context);

    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace meshgate
