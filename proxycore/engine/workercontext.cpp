// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/workercontext.h"

#include "stats/workerstats.h"

#include <QDateTime>
#include <QLocale>

#include <ctime>

namespace meshgate {

void WorkerContext::log(AccessLogRecord &&record, const QByteArray &destinationService)
{
    if (stats)
        stats->recordRequest(record, destinationService);
    if (settings.recordAccessLog)
        pendingLogs.append(logPacker.pack(record));
    // Dropped here, on the worker: the parser buffers it shares become reusable at once, and
    // their memory goes back to this thread's allocator cache instead of another thread's.
    record = AccessLogRecord();
}

void WorkerContext::logTcp(AccessLogRecord &&record, const QByteArray &destinationService)
{
    if (stats)
        stats->recordTcpConnection(record, destinationService);
    if (settings.recordAccessLog)
        pendingLogs.append(logPacker.pack(record));
    record = AccessLogRecord();
}

void WorkerContext::logRefused(AccessLogRecord &&record)
{
    if (stats)
        stats->recordRefusedConnection(record);
    if (settings.recordAccessLog)
        pendingLogs.append(logPacker.pack(record));
    record = AccessLogRecord();
}

QByteArray WorkerContext::newRequestId()
{
    quint32 words[4];
    m_random.fillRange(words);
    uchar *b = reinterpret_cast<uchar *>(words);
    b[6] = uchar((b[6] & 0x0f) | 0x40); // version 4
    b[8] = uchar((b[8] & 0x3f) | 0x80); // RFC 4122 variant
    static const char hex[] = "0123456789abcdef";
    QByteArray out(36, Qt::Uninitialized);
    char *o = out.data();
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *o++ = '-';
        *o++ = hex[b[i] >> 4];
        *o++ = hex[b[i] & 15];
    }
    return out;
}

const QByteArray &WorkerContext::httpDate()
{
    const qint64 now = ::time(nullptr);
    if (now != m_dateSecond) {
        m_dateSecond = now;
        std::tm tm{};
        const time_t t = time_t(now);
        ::gmtime_r(&t, &tm);
        char buf[64];
        static const char *days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
        static const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        const int n = std::snprintf(buf, sizeof(buf), "%s, %02d %s %04d %02d:%02d:%02d GMT", days[tm.tm_wday],
                                    tm.tm_mday, months[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
        m_date = QByteArray(buf, n);
    }
    return m_date;
}

} // namespace meshgate
