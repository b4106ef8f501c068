// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/accesslogrecord.h"
#include "log/accesslogview.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>

#include <array>
#include <memory>

namespace meshgate {

// One access-log entry as it crosses threads and as the GUI keeps it: the numbers inline and
// every string packed back to back in one block of bytes. A worker packs each finished request's
// AccessLogRecord into one of these (LogRowPacker), so the strings the record shared with the
// worker's parser buffers are let go on the worker (those buffers are reused at once) and what
// travels to the engine, the log writer and the GUI holds no per-string allocation. An
// AccessLogRecord holds ~17 separately allocated strings (~1.4 KB per row with allocator
// overhead); at the log panel's 100,000 rows this form needs about a third of that, a copy
// shares the bytes, and filtering scans contiguous bytes.
class LogRow final
{
public:
    enum class Text : quint8 {
        Method,
        Path,
        Protocol,
        ResponseCodeDetails,
        ConnectionTerminationDetails,
        XForwardedFor,
        UserAgent,
        RequestId,
        Authority,
        UpstreamHost,
        UpstreamCluster,
        UpstreamLocalAddress,
        DownstreamLocalAddress,
        DownstreamRemoteAddress,
        RequestedServerName,
        UpstreamTransportFailureReason,
        RouteName,
        Count
    };
    static constexpr int TextCount = int(Text::Count);

    LogRow() = default;
    LogRow(LogRow &&) noexcept = default;
    LogRow &operator=(LogRow &&) noexcept = default;
    LogRow(const LogRow &other);
    LogRow &operator=(const LogRow &other);
    ~LogRow() = default;

    // A row with its own block of bytes (tests, the GUI's paused queue); workers use a
    // LogRowPacker, which cuts rows from shared chunks.
    static LogRow fromRecord(const AccessLogRecord &record);
    // Bytes the texts of `record` take packed.
    static qsizetype packedSize(const AccessLogRecord &record);
    // The record again (strings copied out), for the details pane and tests.
    AccessLogRecord toRecord() const;
    // Every field without a copy, for the formatter and the GUI's tallies.
    AccessLogView view() const;

    QByteArrayView text(Text t) const
    {
        const auto i = std::size_t(t);
        return QByteArrayView(m_bytes.get() + m_ends[i] - length(i), length(i));
    }

    qint64 startTimeMs() const { return m_startTimeMs; }
    qint64 durationMs() const { return m_durationMs; }
    int responseCode() const { return m_responseCode; }
    ResponseFlags responseFlags() const { return ResponseFlags::fromBits(m_flags); }
    quint64 bytesReceived() const { return m_bytesReceived; }
    quint64 bytesSent() const { return m_bytesSent; }
    bool isTcp() const { return text(Text::Protocol).isEmpty(); }
    // Authority (without port), else the SNI: the name a user thinks of as "the host".
    QByteArrayView host() const;

    // Heap bytes this row's texts take beyond sizeof(LogRow) (its share of a shared chunk).
    qsizetype heapBytes() const;

private:
    friend class LogRowPacker;
    // Fills in the numbers and copies the texts to `dest` (packedSize() bytes), which `owner`
    // keeps alive.
    static LogRow pack(const AccessLogRecord &record, char *dest, std::shared_ptr<const char> owner);

    int length(std::size_t i) const { return int(m_ends[i] - (i == 0 ? 0 : m_ends[i - 1])); }

    struct Captured
    {
        QList<CapturedHeader> request;
        QList<CapturedHeader> response;
    };

    qint64 m_startTimeMs = 0;
    qint64 m_durationMs = 0;
    qint64 m_upstreamServiceTimeMs = -1; // -1: absent
    quint64 m_bytesReceived = 0;
    quint64 m_bytesSent = 0;
    int m_responseCode = 0;
    quint32 m_flags = 0;
    std::shared_ptr<const char> m_bytes; // every text back to back; may point into a shared chunk
    std::array<quint32, TextCount> m_ends{}; // end offset of each text from m_bytes
    // Only custom formats capture headers; most rows carry none, so keep them off the row.
    std::unique_ptr<Captured> m_captured;
};

// "httpbin.org:80" -> "httpbin.org", "[::1]:8080" -> "[::1]".
QByteArrayView hostWithoutPort(QByteArrayView authority);

} // namespace meshgate

Q_DECLARE_METATYPE(meshgate::LogRow)
