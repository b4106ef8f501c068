// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/enginesink.h"

namespace meshgate {

void EngineSink::pushLogs(std::vector<AccessLogRecord> &&records)
{
    QMutexLocker lock(&m_mutex);
    const size_t room = m_logs.size() < kMaxQueuedLogs ? kMaxQueuedLogs - m_logs.size() : 0;
    const size_t take = std::min(room, records.size());
    m_dropped += records.size() - take;
    if (m_logs.empty() && take == records.size()) {
        m_logs = std::move(records);
        return;
    }
    m_logs.insert(m_logs.end(), std::make_move_iterator(records.begin()),
                  std::make_move_iterator(records.begin() + qsizetype(take)));
}

void EngineSink::pushStats(StatsSnapshot &&delta)
{
    QMutexLocker lock(&m_mutex);
    m_stats.merge(delta);
}

std::vector<AccessLogRecord> EngineSink::takeLogs()
{
    QMutexLocker lock(&m_mutex);
    std::vector<AccessLogRecord> out;
    out.swap(m_logs);
    return out;
}

StatsSnapshot EngineSink::takeStats()
{
    QMutexLocker lock(&m_mutex);
    StatsSnapshot out = std::move(m_stats);
    m_stats = StatsSnapshot();
    return out;
}

quint64 EngineSink::droppedLogs() const
{
    QMutexLocker lock(&m_mutex);
    return m_dropped;
}

} // namespace meshgate
