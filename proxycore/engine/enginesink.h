// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/logrow.h"
#include "stats/statssnapshot.h"

#include <QList>
#include <QMutex>

namespace meshgate {

class AccessLogWriter;

// Where workers drop their batches (every 100 ms) and the engine picks them up on its own
// timer: one mutex hand-over per batch, never a signal per request. The log queue is capped;
// what does not fit is counted as dropped. Batches are QLists, the type the engine's signal
// carries, so a batch reaches the GUI without a move per record on the way.
class EngineSink final
{
    Q_DISABLE_COPY_MOVE(EngineSink)
public:
    EngineSink() = default;

    // The access-log file gets each batch straight from the worker that pushes it, not from the
    // engine's timer: the file keeps up however busy the engine's thread (the GUI's, which runs
    // at a lower priority) is. Set only while no worker runs.
    void setFileWriter(AccessLogWriter *writer) { m_fileWriter = writer; }

    void pushLogs(QList<LogRow> &&records);
    void pushStats(StatsSnapshot &&delta);
    QList<LogRow> takeLogs();
    StatsSnapshot takeStats();
    quint64 droppedLogs() const;

    static constexpr size_t kMaxQueuedLogs = 200000;

private:
    mutable QMutex m_mutex;
    QList<LogRow> m_logs;
    StatsSnapshot m_stats;
    quint64 m_dropped = 0;
    AccessLogWriter *m_fileWriter = nullptr;
};

} // namespace meshgate
