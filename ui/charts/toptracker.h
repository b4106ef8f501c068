// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/logrow.h"
#include "stats/topcounter.h"

#include <QList>
#include <QString>

#include <array>

namespace meshgate {

// Requests per host and per route over the last hour, counted from the access-log batches in
// 10-second buckets (an hour of them is 360 small, capped counters) so a 1 min / 5 min / 1 h
// ranking is a merge of a few buckets rather than a scan of the log.
class TopTracker final
{
public:
    static constexpr int BucketSeconds = 10;
    static constexpr int BucketCount = 360;
    static constexpr int MaxNamesPerBucket = 500;

    struct Entry
    {
        QString name;
        quint64 count = 0;
    };
    struct Ranking
    {
        QList<Entry> hosts;
        QList<Entry> routes;
        quint64 total = 0; // requests and connections in the window
    };

    TopTracker();

    void add(const QList<LogRow> &records, qint64 nowMs);
    // The `n` busiest hosts and routes of the last `seconds` (rounded up to whole buckets).
    Ranking top(int seconds, int n, qint64 nowMs) const;
    void clear();

private:
    struct Bucket
    {
        qint64 index = -1; // nowMs / (BucketSeconds * 1000) when it was filled
        TopCounter hosts{MaxNamesPerBucket};
        TopCounter routes{MaxNamesPerBucket};
        quint64 total = 0;
    };
    std::array<Bucket, BucketCount> m_buckets;
};

} // namespace meshgate
