// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/logrow.h"

#include <QList>

#include <vector>

namespace meshgate {

// Access-log rows on their way to a live view, put back in time order. Each worker hands over
// its rows every 100 ms, so two requests that ended a millisecond apart on two workers can
// arrive 100 ms apart, the later one first. Rows are held until they ended `holdMs` ago (by then
// every worker has handed over what ended before), then released oldest start first.
// A request that ran long still comes out when it ends, after shorter ones that started later:
// that is the order of Envoy's own log too.
class LogReorderBuffer final
{
public:
    static constexpr qint64 kDefaultHoldMs = 250;
    // Rows are compared with the wall clock (their start times are wall-clock times); if that
    // clock steps back, nothing would settle for as long as the step. A row leaves at the latest
    // this long after it arrived, by the monotonic clock.
    static constexpr qint64 kMaxHoldMs = 1000;

    explicit LogReorderBuffer(qint64 holdMs = kDefaultHoldMs) : m_holdMs(holdMs) {}

    // `arrivedMs` and `monotonicNowMs` below: a monotonic clock (e.g. QElapsedTimer) in ms.
    void add(const QList<LogRow> &rows, qint64 arrivedMs = 0);
    // The rows that ended at least holdMs before `nowMs` (wall clock) or arrived kMaxHoldMs
    // before `monotonicNowMs`, sorted by start time.
    QList<LogRow> takeSettled(qint64 nowMs, qint64 monotonicNowMs = 0);
    // Everything held, sorted by start time (the engine stops: nothing more will arrive).
    QList<LogRow> takeAll();
    qsizetype size() const { return qsizetype(m_rows.size()); }

private:
    struct Held
    {
        LogRow row;
        qint64 arrivedMs;
    };
    static QList<LogRow> sortedByStart(std::vector<Held>::iterator begin, std::vector<Held>::iterator end);

    qint64 m_holdMs;
    std::vector<Held> m_rows; // in arrival order
};

} // namespace meshgate
