// SPDX-License-Identifier: GPL-3.0-or-later
// The access-log file is written by the workers' batches directly, not through the engine's
// thread: in the GUI that thread is the window's (running at a lower priority, and sometimes busy),
// and a file log that waits for it lags or, past its cap, loses lines. The live view gets the
// rows of all workers through the engine, back in the order the requests were made.
#include "config/configloader.h"
#include "engine/engine.h"
#include "freeport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <thread>

using namespace meshgate;

namespace {

// One blocking HTTP/1.1 request on its own connection; true when a status line came back.
bool blockingGet(quint16 port, const QByteArray &path)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    timeval timeout{5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bool ok = ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    const QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: log.test\r\nConnection: close\r\n\r\n";
    ok = ok && ::send(fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL) == ssize_t(request.size());
    QByteArray response;
    char buffer[4096];
    for (ssize_t n = 0; ok && (n = ::recv(fd, buffer, sizeof(buffer), 0)) > 0;)
        response.append(buffer, n);
    ::close(fd);
    return response.startsWith("HTTP/1.1 ");
}

int lineCount(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? int(file.readAll().count('\n')) : 0;
}

} // namespace

class TestEngineLogFile : public QObject
{
    Q_OBJECT
private slots:
    void fileKeepsUpWhileTheEngineThreadIsBusy()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const quint16 port = test::FreePort::pick();
        QVERIFY(port > 0);
        Engine engine(settingsFor(port, dir.filePath(QStringLiteral("access.log"))));
        QVERIFY(engine.apply(directResponseConfig()).applied);
        QTRY_VERIFY(engine.anyListening());
        const QString logPath = dir.filePath(QStringLiteral("access.log"));

        // From here on this thread (the engine's) handles no events: it only watches the file.
        constexpr int kRequests = 20;
        int answered = 0;
        std::thread client([&] {
            for (int i = 0; i < kRequests; ++i)
                answered += blockingGet(port, "/request-" + QByteArray::number(i)) ? 1 : 0;
        });
        const QDeadlineTimer deadline(10000);
        while (lineCount(logPath) < kRequests && !deadline.hasExpired())
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        client.join();
        QCOMPARE(answered, kRequests);
        QCOMPARE(lineCount(logPath), kRequests);
        engine.stopNow();
    }

    void liveRowsOfTwoWorkersComeInRequestOrder()
    {
        // One request after another, on new connections that the kernel spreads over the two
        // workers. Each worker hands over its rows every 100 ms, so one hand-over to the view
        // used to hold worker A's rows, then worker B's: /1 /3 /5 /2 /4.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const quint16 port = test::FreePort::pick();
        QVERIFY(port > 0);
        Engine engine(settingsFor(port, dir.filePath(QStringLiteral("access.log"))));
        QList<qint64> starts;
        QByteArrayList paths;
        connect(&engine, &Engine::accessLogBatch, this, [&](const QList<LogRow> &rows) {
            for (const LogRow &r : rows) {
                starts.append(r.startTimeMs());
                paths.append(r.text(LogRow::Text::Path).toByteArray());
            }
        });
        QVERIFY(engine.apply(directResponseConfig()).applied);
        QTRY_VERIFY(engine.anyListening());

        constexpr int kRequests = 40;
        std::atomic<int> answered = 0;
        std::thread client([&] {
            for (int i = 0; i < kRequests; ++i) {
                answered += blockingGet(port, "/ordered-" + QByteArray::number(i)) ? 1 : 0;
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(starts.size() >= kRequests, 10000);
        client.join();
        QCOMPARE(answered.load(), kRequests);
        QCOMPARE(starts.size(), kRequests);
        QVERIFY2(std::is_sorted(starts.begin(), starts.end()), paths.join(' ').constData());
        for (int i = 0; i < kRequests; ++i) // sequential requests: distinct milliseconds apart
            QCOMPARE(paths.at(i), "/ordered-" + QByteArray::number(i));
        engine.stopNow();
    }

private:
    static EngineSettings settingsFor(quint16 port, const QString &logPath)
    {
        EngineSettings settings;
        settings.bindAddress = QHostAddress(QHostAddress::LocalHost);
        settings.portOffset = int(port) - 80;
        settings.meshPort = 0;
        settings.adminPort = 0;
        settings.workers = 2;
        settings.accessLogPath = logPath;
        return settings;
    }

    static ConfigSet directResponseConfig()
    {
        const LoadResult loaded = ConfigLoader::loadText(R"(apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: gw}
spec:
  servers:
  - port: {number: 80, name: http, protocol: HTTP}
    hosts: ["*"]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: direct}
spec:
  hosts: ["*"]
  gateways: [gw]
  http:
  - directResponse: {status: 204}
)", QStringLiteral("direct.yaml"));
        return loaded.config;
    }
};

QTEST_GUILESS_MAIN(TestEngineLogFile)
#include "tst_enginelogfile.moc"
