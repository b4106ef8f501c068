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

void LogReorderBuffer::add(const QList<LogRow> &rows, qint64 arrivedMs)
{
    m_rows.reserve(m_rows.size() + size_t(rows.size()));
    for (const LogRow &r : rows)
        m_rows.push_back({r, arrivedMs});
}

QList<LogRow> LogReorderBuffer::takeSettled(qint64 nowMs, qint64 monotonicNowMs)
{
    const qint64 cutoff = nowMs - m_holdMs;
    const qint64 arrivedCutoff = monotonicNowMs - kMaxHoldMs;
    // Settled rows to the front, each part keeping arrival order; only the settled part is
    // sorted, so a busy view sorts one tick's rows, not everything held.
    const auto firstHeld = std::stable_partition(m_rows.begin(), m_rows.end(), [&](const Held &h) {
        return endMs(h.row) <= cutoff || h.arrivedMs <= arrivedCutoff;
    });
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

QList<LogRow> LogReorderBuffer::sortedByStart(std::vector<Held>::iterator begin, std::vector<Held>::iterator end)
{
    std::stable_sort(begin, end, [](const Held &a, const Held &b) { return a.row.startTimeMs() < b.row.startTimeMs(); });
    QList<LogRow> out;
    out.reserve(qsizetype(std::distance(begin, end)));
    for (auto it = begin; it != end; ++it)
        out.append(std::move(it->row));
    return out;
}

} // namespace meshgate
