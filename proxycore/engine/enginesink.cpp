// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/enginesink.h"

#include "log/accesslogwriter.h"

namespace meshgate {

void EngineSink::pushLogs(QList<LogRow> &&records)
{
    if (m_fileWriter)
        m_fileWriter->submit(records); // shares the rows; the writer only reads them
    QMutexLocker lock(&m_mutex);
    const size_t queued = size_t(m_logs.size());
    const size_t room = queued < kMaxQueuedLogs ? kMaxQueuedLogs - queued : 0;
    const size_t take = std::min(room, size_t(records.size()));
    m_dropped += size_t(records.size()) - take;
    if (m_logs.isEmpty() && take == size_t(records.size())) {
        m_logs = std::move(records);
        return;
    }
    m_logs.reserve(m_logs.size() + qsizetype(take));
    for (qsizetype i = 0; i < qsizetype(take); ++i)
        m_logs.append(records.at(i)); // copies share the packed bytes (the file writer may hold the list)
}

void EngineSink::pushStats(StatsSnapshot &&delta)
{
    QMutexLocker lock(&m_mutex);
    m_stats.merge(delta);
}

QList<LogRow> EngineSink::takeLogs()
{
    QMutexLocker lock(&m_mutex);
    QList<LogRow> out;
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
