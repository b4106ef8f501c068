// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/accesslogwriter.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace meshgate;

namespace {

AccessLogRecord record(int code, const QByteArray &path)
{
    AccessLogRecord r;
    r.startTimeMs = 1548945618645;
    r.method = "GET";
    r.path = path;
    r.protocol = "HTTP/1.1";
    r.responseCode = code;
    return r;
}

// Packed, as the engine hands them to the writer.
QList<LogRow> rows(std::initializer_list<AccessLogRecord> records)
{
    QList<LogRow> list;
    for (const AccessLogRecord &r : records)
        list.append(LogRow::fromRecord(r));
    return list;
}

QList<LogRow> batch(const QByteArray &prefix, int count)
{
    QList<LogRow> list;
    for (int i = 0; i < count; ++i)
        list.append(LogRow::fromRecord(record(200, prefix + QByteArray::number(i))));
    return list;
}

AccessLogFormatter pathOnly()
{
    return std::get<AccessLogFormatter>(AccessLogFormatter::create(QStringLiteral("%REQ(:PATH)%")));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

AccessLogWriter::Options fastOptions()
{
    AccessLogWriter::Options o;
    o.rotationCheckIntervalMs = 20;
    o.retryIntervalMs = 20;
    return o;
}

} // namespace

class TestAccessLogWriter : public QObject
{
    Q_OBJECT
private slots:
    void writesFormattedLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("access.log"));
        {
            AccessLogWriter writer(path, AccessLogFormatter::classic());
            writer.start();
            writer.appendRecords(rows({record(200, "/a"), record(404, "/b")}));
            QCOMPARE(writer.writtenRecords(), 2u);
        }
        const AccessLogFormatter f = AccessLogFormatter::classic();
        QCOMPARE(readAll(path), f.format(record(200, "/a")) + f.format(record(404, "/b")));

        // Appends to an existing file instead of truncating it.
        AccessLogWriter again(path, pathOnly());
        again.appendRecords(rows({record(200, "/c")}));
        again.stop();
        QVERIFY(readAll(path).endsWith("\n/c\n"));
    }

    void reopensAfterRotationByRename()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("access.log"));
        const QString rotated = path + QStringLiteral(".1");
        AccessLogWriter writer(path, pathOnly(), fastOptions());
        writer.start();
        writer.appendRecords(batch("/before", 2));
        QVERIFY(QFile::rename(path, rotated));

        // The periodic check notices the rename and creates a fresh file.
        QTRY_VERIFY(QFile::exists(path));
        writer.appendRecords(batch("/after", 2));
        QCOMPARE(readAll(rotated), QByteArray("/before0\n/before1\n"));
        QCOMPARE(readAll(path), QByteArray("/after0\n/after1\n"));
    }

    void reopensAfterRemovalAndOnRequest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("access.log"));
        AccessLogWriter::Options o;
        o.rotationCheckIntervalMs = 60'000; // only the explicit reopen() may act here
        AccessLogWriter writer(path, pathOnly(), o);
        writer.start();
        writer.appendRecords(batch("/one", 1));
        QVERIFY(QFile::remove(path));
        writer.reopen(); // what SIGHUP triggers
        writer.appendRecords(batch("/two", 1));
        QCOMPARE(readAll(path), QByteArray("/two0\n"));
    }

    void writesToStdout()
    {
        QTemporaryDir dir;
        const QString capture = dir.filePath(QStringLiteral("stdout.txt"));
        std::fflush(stdout);
        const int saved = ::dup(STDOUT_FILENO);
        const int fd = ::open(QFile::encodeName(capture).constData(), O_WRONLY | O_CREAT, 0644);
        QVERIFY(saved >= 0 && fd >= 0);
        ::dup2(fd, STDOUT_FILENO);
        quint64 written = 0;
        {
            AccessLogWriter writer(QStringLiteral("-"), pathOnly());
            writer.start();
            writer.appendRecords(batch("/out", 3));
            written = writer.writtenRecords();
        }
        ::dup2(saved, STDOUT_FILENO);
        ::close(saved);
        ::close(fd);
        QCOMPARE(written, 3u);
        QCOMPARE(readAll(capture), QByteArray("/out0\n/out1\n/out2\n"));
        // The writer must not have closed the process's stdout.
        QVERIFY(::fcntl(STDOUT_FILENO, F_GETFD) != -1);
    }

    void fullDiskIsReportedOnceAndRetried()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("needs /dev/full");
        AccessLogWriter::Options o = fastOptions();
        o.maxPendingBytes = 64; // a few short lines
        AccessLogWriter writer(QStringLiteral("/dev/full"), pathOnly(), o);
        QSignalSpy errors(&writer, &AccessLogWriter::writeError);
        writer.start();
        for (int i = 0; i < 5; ++i)
            writer.appendRecords(batch("/x", 4));
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.first().first().toString().contains(QStringLiteral("/dev/full")),
                 qPrintable(errors.first().first().toString()));
        QCOMPARE(writer.failedWrites(), 5u); // every batch tried again
        QCOMPARE(writer.writtenRecords(), 0u);
        QVERIFY(writer.droppedRecords() > 0); // the pending buffer stayed bounded

        // The retry timer keeps trying too, still without a second report.
        QTRY_VERIFY(writer.failedWrites() >= 8);
        QCOMPARE(errors.count(), 1);
    }

    void recoversWhenTheTargetComesBack()
    {
        QTemporaryDir dir;
        const QString sub = dir.filePath(QStringLiteral("later"));
        const QString path = sub + QStringLiteral("/access.log");
        AccessLogWriter writer(path, pathOnly(), fastOptions());
        QSignalSpy errors(&writer, &AccessLogWriter::writeError);
        QSignalSpy recovered(&writer, &AccessLogWriter::writeRecovered);
        writer.start();
        writer.appendRecords(batch("/held", 2));
        writer.appendRecords(batch("/more", 1));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("cannot open")));
        QCOMPARE(writer.writtenRecords(), 0u);

        QVERIFY(QDir().mkpath(sub));
        QTRY_COMPARE(recovered.count(), 1);
        QCOMPARE(readAll(path), QByteArray("/held0\n/held1\n/more0\n"));
        QCOMPARE(writer.writtenRecords(), 3u);
        QCOMPARE(writer.droppedRecords(), 0u);
    }

    void boundedQueueOnItsOwnThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("access.log"));
        AccessLogWriter::Options o;
        o.maxQueuedRecords = 10;
        QThread thread;
        auto *writer = new AccessLogWriter(path, pathOnly(), o);
        writer->moveToThread(&thread);
        connect(&thread, &QThread::started, writer, &AccessLogWriter::start);
        connect(&thread, &QThread::finished, writer, &QObject::deleteLater);

        // The thread is not running yet, so nothing drains: the cap must hold.
        QVERIFY(writer->submit(batch("/a", 4)));
        QVERIFY(writer->submit(batch("/b", 6)));
        QVERIFY(!writer->submit(batch("/c", 1)));
        QVERIFY(!writer->submit(batch("/d", 5)));
        QCOMPARE(writer->droppedRecords(), 6u);

        thread.start();
        QTRY_COMPARE(writer->writtenRecords(), 10u);
        QVERIFY(writer->submit(batch("/e", 10))); // room again once drained
        QTRY_COMPARE(writer->writtenRecords(), 20u);
        QMetaObject::invokeMethod(writer, &AccessLogWriter::stop, Qt::BlockingQueuedConnection);
        thread.quit();
        QVERIFY(thread.wait(5000));

        const QByteArray text = readAll(path);
        QCOMPARE(text.count('\n'), 20);
        QVERIFY(text.startsWith("/a0\n"));
        QVERIFY(!text.contains("/c0") && !text.contains("/d0"));
    }
};

QTEST_GUILESS_MAIN(TestAccessLogWriter)
#include "tst_accesslogwriter.moc"
