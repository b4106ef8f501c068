// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/toptracker.h"

#include <QCoreApplication>

namespace meshgate {

namespace {

} // namespace

TopTracker::TopTracker() = default;

void TopTracker::add(const QList<LogRow> &records, qint64 nowMs)
{
    if (records.isEmpty())
        return;
    const qint64 index = nowMs / (BucketSeconds * 1000);
    Bucket &b = m_buckets[std::size_t(index % BucketCount)];
    if (b.index != index)
        b = Bucket{index, TopCounter(MaxNamesPerBucket), TopCounter(MaxNamesPerBucket), 0};
    // Route names are optional in Istio; unnamed routes are told apart from "no route at all".
    static const QByteArray unnamed = QByteArrayLiteral("\x01unnamed");
    static const QByteArray noRoute = QByteArrayLiteral("\x01none");
    for (const LogRow &r : records) {
        const QByteArrayView host = r.host(); // like the engine's traffic window
        b.hosts.add(host.isEmpty() ? QByteArrayView("-") : host);
        if (const QByteArrayView route = r.text(LogRow::Text::RouteName); !route.isEmpty())
            b.routes.add(route);
        else
            b.routes.add(r.text(LogRow::Text::UpstreamCluster).isEmpty() ? noRoute : unnamed);
        ++b.total;
    }
}

TopTracker::Ranking TopTracker::top(int seconds, int n, qint64 nowMs) const
{
    const qint64 newest = nowMs / (BucketSeconds * 1000);
    const qint64 buckets = std::clamp<qint64>((seconds + BucketSeconds - 1) / BucketSeconds, 1, BucketCount);
    TopCounter hosts(MaxNamesPerBucket * 4);
    TopCounter routes(MaxNamesPerBucket * 4);
    Ranking out;
    for (const Bucket &b : m_buckets) {
        if (b.index < 0 || b.index > newest || b.index <= newest - buckets)
            continue;
        hosts.merge(b.hosts);
        routes.merge(b.routes);
        out.total += b.total;
    }
    auto convert = [](const QList<std::pair<QByteArray, quint64>> &list) {
        QList<Entry> entries;
        for (const auto &[name, count] : list) {
            QString text;
            if (name == "\x01unnamed")
                text = QCoreApplication::translate("TopTracker", "(unnamed route)");
            else if (name == "\x01none")
                text = QCoreApplication::translate("TopTracker", "(no route)");
            else
                text = QString::fromUtf8(name);
            entries.append(Entry{text, count});
        }
        return entries;
    };
    out.hosts = convert(hosts.top(n));
    out.routes = convert(routes.top(n));
    return out;
}

void TopTracker::clear()
{
    for (Bucket &b : m_buckets)
        b = Bucket{};
}

} // namespace meshgate
