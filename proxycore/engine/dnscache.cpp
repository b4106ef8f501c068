// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/dnscache.h"

#include <QDateTime>
#include <QDnsLookup>
#include <QHostInfo>

namespace meshgate {

void DnsCache::store(const QString &host, const QList<QHostAddress> &addresses, const QString &error)
{
    QMutexLocker lock(&m_mutex);
    Entry &e = m_entries[host];
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // A failed refresh keeps serving the last good answer until it is itself stale twice over.
    if (!error.isEmpty() && !e.addresses.isEmpty() && now < e.expiresAtMs + kTtlMs) {
        e.refreshing = false;
        return;
    }
    e.addresses = addresses;
    e.error = error;
    e.expiresAtMs = now + (error.isEmpty() ? e.ttlMs : kNegativeTtlMs);
    e.refreshing = false;
}

void DnsCache::storeTtl(const QString &host, qint64 ttlMs)
{
    QMutexLocker lock(&m_mutex);
    Entry &e = m_entries[host];
    const qint64 clamped = std::clamp(ttlMs, kMinTtlMs, kMaxTtlMs);
    if (e.error.isEmpty() && e.expiresAtMs > 0)
        e.expiresAtMs += clamped - e.ttlMs; // the addresses may have arrived first
    e.ttlMs = clamped;
}

void DnsCache::lookupTtl(const QString &host, QObject *context)
{
    auto *lookup = new QDnsLookup(QDnsLookup::A, host);
    lookup->moveToThread(context->thread());
    QObject::connect(lookup, &QDnsLookup::finished, context, [this, host, lookup] {
        if (lookup->error() == QDnsLookup::NoError && !lookup->hostAddressRecords().isEmpty()) {
            quint32 ttl = std::numeric_limits<quint32>::max();
            for (const QDnsHostAddressRecord &r : lookup->hostAddressRecords())
                ttl = std::min(ttl, r.timeToLive());
            storeTtl(host, qint64(ttl) * 1000);
        }
        lookup->deleteLater();
    });
    lookup->lookup();
}

void DnsCache::resolve(const QString &host, QObject *context, Callback callback)
{
    QHostAddress literal;
    if (literal.setAddress(host)) {
        callback({literal}, {});
        return;
    }
    const QString key = host.toLower();
    bool needLookup = true;
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_entries.find(key);
        if (it != m_entries.end() && (!it->addresses.isEmpty() || !it->error.isEmpty())) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const bool fresh = now < it->expiresAtMs;
            if (fresh || !it->addresses.isEmpty()) {
                const QList<QHostAddress> addresses = it->addresses;
                const QString error = it->error;
                const bool refresh = !fresh && !it->refreshing;
                if (refresh)
                    it->refreshing = true;
                lock.unlock();
                callback(addresses, error);
                if (!refresh)
                    return;
                // Stale but usable: answer now, refresh in the background.
                callback = nullptr;
                needLookup = true;
            }
        }
    }
    if (!needLookup)
        return;
    lookupTtl(key, context);
    QHostInfo::lookupHost(key, context, [this, key, callback](const QHostInfo &info) {
        QList<QHostAddress> addresses;
        for (const QHostAddress &a : info.addresses())
            if (a.protocol() == QAbstractSocket::IPv4Protocol || a.protocol() == QAbstractSocket::IPv6Protocol)
                addresses.append(a);
        // IPv4 first: loopback test servers and most upstreams listen there.
        std::stable_partition(addresses.begin(), addresses.end(),
                              [](const QHostAddress &a) { return a.protocol() == QAbstractSocket::IPv4Protocol; });
        const QString error = addresses.isEmpty()
            ? (info.errorString().isEmpty() ? QStringLiteral("no addresses") : info.errorString())
            : QString();
        store(key, addresses, error);
        if (callback)
            callback(addresses, error);
    });
}

} // namespace meshgate
