// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/accesslogformatter.h"
#include "log/logrow.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>

class QTimer;

namespace meshgate {

// Appends access-log lines to a file (or stdout for "-") on its own thread.
//
// Batches arrive as records, not preformatted text: the engine already hands the same record
// batches to the GUI, and formatting here keeps that work off the workers.
//
//   auto *writer = new AccessLogWriter(path, formatter);
//   writer->moveToThread(&logThread);
//   connect(&logThread, &QThread::started, writer, &AccessLogWriter::start);
//   connect(&logThread, &QThread::finished, writer, &QObject::deleteLater); // flushes
//   writer->submit(std::move(batch));                                       // any thread
//
// Nothing here ever blocks a producer: submit() refuses a batch once `maxQueuedRecords` are
// waiting (counted in droppedRecords()), and lines that cannot be written yet wait in a buffer
// capped at `maxPendingBytes`. A write error (disk full, directory gone) is signalled once;
// writing is retried on every batch and every retry interval, and writeRecovered() follows the
// first success. The file is reopened when it is renamed or removed (log rotation), checked
// every `rotationCheckIntervalMs`, and on reopen() (wire it to SIGHUP).
class AccessLogWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessLogWriter)

public:
    struct Options
    {
        qsizetype maxQueuedRecords = 100'000;
        qsizetype maxPendingBytes = 8 * 1024 * 1024;
        int rotationCheckIntervalMs = 1000;
        int retryIntervalMs = 1000;
    };

    AccessLogWriter(const QString &path, const AccessLogFormatter &formatter,
                    QObject *parent = nullptr);
    AccessLogWriter(const QString &path, const AccessLogFormatter &formatter,
                    const Options &options, QObject *parent = nullptr);
    ~AccessLogWriter() override;

    // Thread-safe and non-blocking. Returns false (and counts the records as dropped) when the
    // queue is full.
    bool submit(QList<LogRow> batch);

    // Thread-safe counters.
    quint64 droppedRecords() const { return m_dropped.load(std::memory_order_relaxed); }
    quint64 writtenRecords() const { return m_written.load(std::memory_order_relaxed); }
    quint64 failedWrites() const { return m_failedWrites.load(std::memory_order_relaxed); }

    const QString &path() const { return m_path; }
    bool isStdout() const { return m_path == u"-"; }

public slots:
    // Opens the file and starts the timers; run it in the writer's thread.
    void start();
    // Closes and reopens the path (after logrotate, on SIGHUP).
    void reopen();
    // Writes what is pending (one attempt) and closes the file.
    void stop();
    // Entry point for a direct or queued signal connection (not counted against
    // maxQueuedRecords; the pending-bytes cap still applies).
    void appendRecords(const QList<LogRow> &batch);

signals:
    void writeError(const QString &message);
    void writeRecovered();

private:
    void handleRotationCheck();
    void handleRetry();
    void handleQueuedBatch(const QList<LogRow> &batch);
    void ensureStarted();
    bool openFile();
    void closeFile();
    bool flushPending();
    void reportFailure(const QString &message);
    qsizetype pendingSize() const { return m_pending.size() - m_pendingOffset; }

    const QString m_path;
    const AccessLogFormatter m_formatter;
    const Options m_options;

    int m_fd = -1;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    bool m_started = false;
    bool m_failing = false;
    QByteArray m_pending;
    qsizetype m_pendingOffset = 0; // bytes of m_pending already written
    QTimer *m_rotationTimer = nullptr;
    QTimer *m_retryTimer = nullptr;

    std::atomic<qint64> m_queued{0};
    std::atomic<quint64> m_dropped{0};
    std::atomic<quint64> m_written{0};
    std::atomic<quint64> m_failedWrites{0};
};

} // namespace meshgate
