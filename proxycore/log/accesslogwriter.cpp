// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/accesslogwriter.h"

#include <QFile>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace meshgate {

namespace {

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

quint64 countLines(const char *data, qsizetype size)
{
    quint64 lines = 0;
    const char *end = data + size;
    while (data < end) {
        const void *nl = std::memchr(data, '\n', size_t(end - data));
        if (!nl)
            break;
        ++lines;
        data = static_cast<const char *>(nl) + 1;
    }
    return lines;
}

} // namespace

AccessLogWriter::AccessLogWriter(const QString &path, const AccessLogFormatter &formatter,
                                 QObject *parent)
    : AccessLogWriter(path, formatter, Options(), parent)
{
}

AccessLogWriter::AccessLogWriter(const QString &path, const AccessLogFormatter &formatter,
                                 const Options &options, QObject *parent)
    : QObject(parent), m_path(path), m_formatter(formatter), m_options(options)
{
}

AccessLogWriter::~AccessLogWriter()
{
    stop();
}

bool AccessLogWriter::submit(QList<LogRow> batch)
{
    const qint64 n = batch.size();
    if (n == 0)
        return true;
    // Reserve first, then check: concurrent producers can never overshoot the cap together.
    const qint64 before = m_queued.fetch_add(n, std::memory_order_relaxed);
    if (before + n > m_options.maxQueuedRecords) {
        m_queued.fetch_sub(n, std::memory_order_relaxed);
        m_dropped.fetch_add(quint64(n), std::memory_order_relaxed);
        return false;
    }
    QMetaObject::invokeMethod(
        this, [this, batch = std::move(batch)] { handleQueuedBatch(batch); },
        Qt::QueuedConnection);
    return true;
}

void AccessLogWriter::handleQueuedBatch(const QList<LogRow> &batch)
{
    m_queued.fetch_sub(batch.size(), std::memory_order_relaxed);
    appendRecords(batch);
}

void AccessLogWriter::start()
{
    ensureStarted();
}

void AccessLogWriter::ensureStarted()
{
    if (m_started)
        return;
    m_started = true;
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(m_options.retryIntervalMs);
    connect(m_retryTimer, &QTimer::timeout, this, &AccessLogWriter::handleRetry);
    if (!isStdout()) {
        m_rotationTimer = new QTimer(this);
        m_rotationTimer->setInterval(m_options.rotationCheckIntervalMs);
        connect(m_rotationTimer, &QTimer::timeout, this, &AccessLogWriter::handleRotationCheck);
        m_rotationTimer->start();
    }
    if (!openFile())
        m_retryTimer->start();
}

bool AccessLogWriter::openFile()
{
    if (m_fd >= 0)
        return true;
    if (isStdout()) {
        m_fd = STDOUT_FILENO;
        return true;
    }
    const QByteArray native = QFile::encodeName(m_path);
    int fd;
    do {
        fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        reportFailure(tr("cannot open access log %1: %2").arg(m_path, errnoText(errno)));
        return false;
    }
    struct stat st = {};
    if (::fstat(fd, &st) == 0) {
        m_device = quint64(st.st_dev);
        m_inode = quint64(st.st_ino);
    }
    m_fd = fd;
    return true;
}

void AccessLogWriter::closeFile()
{
    if (m_fd >= 0 && m_fd != STDOUT_FILENO)
        ::close(m_fd);
    m_fd = -1;
}

void AccessLogWriter::reopen()
{
    ensureStarted();
    if (isStdout())
        return;
    closeFile();
    if (openFile())
        flushPending();
    else
        m_retryTimer->start();
}

void AccessLogWriter::stop()
{
    if (m_fd >= 0 || pendingSize() > 0) {
        if (openFile())
            flushPending();
    }
    closeFile();
    if (m_rotationTimer)
        m_rotationTimer->stop();
    if (m_retryTimer)
        m_retryTimer->stop();
}

void AccessLogWriter::appendRecords(const QList<LogRow> &batch)
{
    ensureStarted();
    qsizetype accepted = 0;
    for (const LogRow &record : batch) {
        if (pendingSize() >= m_options.maxPendingBytes)
            break;
        m_formatter.appendTo(m_pending, record);
        ++accepted;
    }
    if (accepted < batch.size())
        m_dropped.fetch_add(quint64(batch.size() - accepted), std::memory_order_relaxed);
    if (openFile())
        flushPending();
}

bool AccessLogWriter::flushPending()
{
    while (pendingSize() > 0) {
        const char *data = m_pending.constData() + m_pendingOffset;
        const ssize_t n = ::write(m_fd, data, size_t(pendingSize()));
        if (n > 0) {
            m_written.fetch_add(countLines(data, n), std::memory_order_relaxed);
            m_pendingOffset += n;
            continue;
        }
        const int error = n < 0 ? errno : ENOSPC;
        if (error == EINTR)
            continue;
        if (error == EAGAIN || error == EWOULDBLOCK) {
            // A non-blocking stdout pipe that is full: not an error, just try again later.
            m_retryTimer->start();
            return false;
        }
        m_failedWrites.fetch_add(1, std::memory_order_relaxed);
        reportFailure(tr("cannot write access log %1: %2").arg(m_path, errnoText(error)));
        m_retryTimer->start();
        break;
    }
    // Drop what was written; keep the unwritten tail for the next attempt.
    if (m_pendingOffset > 0) {
        if (m_pendingOffset == m_pending.size())
            m_pending.truncate(0); // keeps the capacity for the next batch
        else
            m_pending.remove(0, m_pendingOffset);
        m_pendingOffset = 0;
    }
    if (pendingSize() > 0)
        return false;
    if (m_failing) {
        m_failing = false;
        emit writeRecovered();
    }
    return true;
}

void AccessLogWriter::reportFailure(const QString &message)
{
    if (m_failing)
        return;
    m_failing = true;
    emit writeError(message);
}

void AccessLogWriter::handleRetry()
{
    if (openFile())
        flushPending();
    else
        m_retryTimer->start();
}

void AccessLogWriter::handleRotationCheck()
{
    if (m_fd < 0)
        return; // the retry timer owns reopening a file that failed to open
    const QByteArray native = QFile::encodeName(m_path);
    struct stat st = {};
    const bool exists = ::stat(native.constData(), &st) == 0;
    if (exists && quint64(st.st_dev) == m_device && quint64(st.st_ino) == m_inode)
        return;
    reopen();
}

} // namespace meshgate
