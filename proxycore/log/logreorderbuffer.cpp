// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/logreorderbuffer.h"

#include <algorithm>
#include <iterator>

namespace meshgate {

namespace {
qint64 endMs(const LogRow &row)
{
    return row.startTimeMs() + std::max<qint64>(0, row.durationMs());
}
} // namespace

void LogReorderBuffer::add(const QList<LogRow> &rows)
{
    m_rows.insert(m_rows.end(), rows.begin(), rows.end());
}

QList<LogRow> LogReorderBuffer::takeSettled(qint64 nowMs)
{
    const qint64 cutoff = nowMs - m_holdMs;
    // Settled rows to the front, each part keeping arrival order; only the settled part is
    // sorted, so a busy view sorts one tick's rows, not everything held.
    const auto firstHeld =
        std::stable_partition(m_rows.begin(), m_rows.end(), [cutoff](const LogRow &r) { return endMs(r) <= cutoff; });
    QList<LogRow> out = sortedByStart(m_rows.begin(), firstHeld);
    m_rows.erase(m_rows.begin(), firstHeld);
    return out;
}

QList<LogRow> LogReorderBuffer::takeAll()
{
    QList<LogRow> out = sortedByStart(m_rows.begin(), m_rows.end());
    m_rows.clear();
    return out;
}

QList<LogRow> LogReorderBuffer::sortedByStart(std::vector<LogRow>::iterator begin, std::vector<LogRow>::iterator end)
{
    std::stable_sort(begin, end, [](const LogRow &a, const LogRow &b) { return a.startTimeMs() < b.startTimeMs(); });
    QList<LogRow> out;
    out.reserve(qsizetype(std::distance(begin, end)));
    std::move(begin, end, std::back_inserter(out));
    return out;
}

} // namespace meshgate
