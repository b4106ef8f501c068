// SPDX-License-Identifier: GPL-3.0-or-later
// ThreadLauncher and ThreadPriority: the GUI thread steps back so that painting yields the CPU to
// proxying, and the engine's threads, which the GUI thread creates on every (re)start, must still
// run at the priority the process started with. On Linux a thread inherits its creator's nice
// value and cannot lower it again, so without the launcher they would inherit the GUI's.
#include "config/configloader.h"
#include "engine/engine.h"
#include "engine/threadlauncher.h"
#include "engine/threadpriority.h"
#include "freeport.h"
#include "threadlist.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace meshgate;

namespace {

// A thread that only records its own nice value.
class NiceProbe final : public QThread
{
public:
    std::atomic<int> seen{-100};

protected:
    void run() override { seen = ThreadPriority::niceness(); }
};

// The engine's threads (names are cut at 15 characters: "meshgate-worker", "meshgate-access").
QList<test::ThreadEntry> engineThreads()
{
    QList<test::ThreadEntry> threads = test::threadsOf(QCoreApplication::applicationPid());
    threads.removeIf([](const test::ThreadEntry &t) {
        return !t.name.startsWith(QLatin1String("meshgate-")) || t.name == QLatin1String("meshgate-launch");
    });
    return threads;
}

} // namespace

class TestThreadLauncher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
#ifndef Q_OS_LINUX
        QSKIP("per-thread priorities are a Linux feature");
#endif
        m_base = ThreadPriority::niceness();
        if (m_base > 19 - 5)
            QSKIP("the test process already runs at the lowest priority; nothing can step back");
        // Before stepping back, as the GUI does: the launcher keeps the priority it was born with.
        m_launcher = std::make_unique<ThreadLauncher>();
        QVERIFY(ThreadPriority::lowerBy(5));
        QCOMPARE(ThreadPriority::niceness(), m_base + 5);
    }

    // The reason for the launcher: a thread started directly inherits the lowered priority; one
    // started through the launcher does not.
    void launchedThreadsKeepThePriorityTheLauncherHad()
    {
        NiceProbe direct;
        direct.start();
        QVERIFY(direct.wait(5000));
        QCOMPARE(direct.seen.load(), m_base + 5);

        NiceProbe launched;
        m_launcher->start(&launched);
        QVERIFY(launched.wait(5000));
        QCOMPARE(launched.seen.load(), m_base);
    }

    // The engine's workers, access-log writer and admin endpoint run at the original priority,
    // also after a restart (a new Engine, as the GUI makes when settings change).
    void engineThreadsKeepTheirPriorityAcrossRestarts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QList<quint16> ports = test::FreePort::pickMany(2);
        QCOMPARE(ports.size(), 2);
        EngineSettings settings;
        settings.bindAddress = QHostAddress(QHostAddress::LocalHost);
        settings.portOffset = int(ports.at(0)) - 80;
        settings.meshPort = 0;
        settings.adminPort = ports.at(1);
        settings.workers = 2;
        settings.accessLogPath = dir.filePath(QStringLiteral("access.log"));
        const LoadResult loaded = ConfigLoader::loadText(R"(apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: proxy}
spec:
  servers:
  - port: {number: 80, name: http, protocol: HTTP}
    hosts: ["*"]
)", QStringLiteral("gateway.yaml"));
        QVERIFY(loaded.ok());

        for (int start = 0; start < 2; ++start) {
            Engine engine(settings);
            engine.setThreadLauncher(m_launcher.get());
            QVERIFY(engine.apply(loaded.config).applied);
            // A thread takes its name once it runs, a moment after start() returned.
            const QStringList expected{QStringLiteral("meshgate-access"), QStringLiteral("meshgate-admin"),
                                       QStringLiteral("meshgate-worker"), QStringLiteral("meshgate-worker")};
            QList<test::ThreadEntry> threads;
            const auto names = [&threads] {
                threads = engineThreads();
                QStringList list;
                for (const test::ThreadEntry &t : threads)
                    list.append(t.name);
                list.sort();
                return list;
            };
            QTRY_COMPARE(names(), expected);
            for (const test::ThreadEntry &t : threads)
                QVERIFY2(t.nice == m_base, qPrintable(QStringLiteral("%1 runs at nice %2, not %3")
                                                          .arg(t.name).arg(t.nice).arg(m_base)));
            engine.stopNow();
        }
    }

private:
    int m_base = 0;
    std::unique_ptr<ThreadLauncher> m_launcher;
};

QTEST_GUILESS_MAIN(TestThreadLauncher)
#include "tst_threadlauncher.moc"
