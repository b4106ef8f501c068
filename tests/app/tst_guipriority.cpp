// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI steps back for the engine. Started as a user starts it (`meshgate -c file`), the window's
// thread runs at a lower priority than the proxy's workers, so repainting the access log under
// heavy traffic does not preempt proxying; MESHGATE_GUI_NICE=0 keeps the GUI at normal priority.
#include "freeport.h"
#include "portprobe.h"
#include "threadlist.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace meshgate;
using namespace std::chrono_literals;

class TestGuiPriority : public QObject
{
    Q_OBJECT
private slots:
    void guiThreadYieldsToTheWorkers_data()
    {
        QTest::addColumn<QString>("setting"); // MESHGATE_GUI_NICE, or empty for unset
        QTest::addColumn<int>("steps");
        QTest::newRow("default") << QString() << 10;
        QTest::newRow("MESHGATE_GUI_NICE=3") << QStringLiteral("3") << 3;
        QTest::newRow("MESHGATE_GUI_NICE=0") << QStringLiteral("0") << 0;
    }

    void guiThreadYieldsToTheWorkers()
    {
#ifndef Q_OS_LINUX
        QSKIP("per-thread priorities are a Linux feature");
#endif
        QFETCH(QString, setting);
        QFETCH(int, steps);
        const int base = ::getpriority(PRIO_PROCESS, 0); // what the GUI inherits from this test
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const quint16 port = test::FreePort::pick();
        QVERIFY(port > 0);
        const QString config = home.filePath(QStringLiteral("gateway.yaml"));
        {
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"(apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: proxy}
spec:
  servers:
  - port: {number: 80, name: http, protocol: HTTP}
    hosts: ["*"]
)");
        }

        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // A home of its own: no settings, recent files or crash-recovery prompts of a real user.
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        if (setting.isEmpty())
            env.remove(QStringLiteral("MESHGATE_GUI_NICE"));
        else
            env.insert(QStringLiteral("MESHGATE_GUI_NICE"), setting);
        gui.setProcessEnvironment(env);
        gui.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        gui.start(QStringLiteral(MESHGATE_BINARY),
                  {QStringLiteral("-c"), config, QStringLiteral("--port-offset"), QString::number(int(port) - 80),
                   QStringLiteral("--mesh-port"), QStringLiteral("0"), QStringLiteral("--admin-port"),
                   QStringLiteral("0"), QStringLiteral("--workers"), QStringLiteral("2")});
        QVERIFY(gui.waitForStarted());
        const bool listening = test::PortProbe::waitUntilAccepting(
            port, 30s, [&gui] { return gui.state() == QProcess::NotRunning; });
        const qint64 pid = gui.processId();
        int guiNice = -100;
        QList<int> workerNices;
        // A thread takes its name once it runs, which can be a moment after the port opened.
        const auto lookedAt = [&] {
            guiNice = -100;
            workerNices.clear();
            for (const test::ThreadEntry &t : test::threadsOf(pid)) {
                if (t.tid == pid) // the main thread, which runs the GUI
                    guiNice = t.nice;
                else if (t.name.startsWith(QLatin1String("meshgate-worker")))
                    workerNices.append(t.nice);
            }
            return workerNices.size();
        };
        if (listening)
            QTRY_COMPARE_WITH_TIMEOUT(lookedAt(), 2, 10000);
        gui.terminate();
        if (!gui.waitForFinished(10000))
            gui.kill();
        QVERIFY2(listening, "the GUI's engine never opened the gateway port");
        QCOMPARE(guiNice, std::min(19, base + steps));
        QCOMPARE(workerNices, QList<int>({base, base}));
    }
};

QTEST_GUILESS_MAIN(TestGuiPriority)
#include "tst_guipriority.moc"
