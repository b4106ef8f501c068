// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing lost: a config file that is broken, replaced by garbage, half written or emptied never
// replaces the running routes (the reason goes to stderr); the access log survives being renamed
// away (SIGHUP and the writer's own check) and a full disk (said once, proxying goes on); and
// SIGTERM under load drains: every answered request is logged with its real status, the last
// line is complete, the exit code is 0.
#include "curl.h"
#include "eventwait.h"
#include "gatewayharness.h"
#include "testpaths.h"
#include "testupstream.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace meshgate::test;
using namespace std::chrono_literals;

namespace {

// /version answers from the route table itself; everything else goes to the upstream.
QByteArray versionedYaml(int version)
{
    return GatewayHarness::gatewayYaml() + ConfigFile::fill(R"(---
apiVersion: networking.istio.io/v1beta1
kind: ServiceEntry
metadata:
  name: echo
spec:
  hosts:
  - echo.internal
  ports:
  - number: 80
    name: http
    protocol: HTTP
  resolution: STATIC
  endpoints:
  - address: 127.0.0.1
    ports:
      http: {{UP_PORT}}
---
apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata:
  name: versioned
spec:
  hosts:
  - echo.test
  gateways:
  - gw
  http:
  - match:
    - uri:
        exact: /version
    directResponse:
      status: 200
      body:
        string: "v{{VERSION}}"
  - route:
    - destination:
        host: echo.internal
)",
                           {{"VERSION", QByteArray::number(version)}});
}

bool waitForVersion(const GatewayHarness &gw, int expected, QByteArray *last)
{
    const QByteArray wanted = "v" + QByteArray::number(expected);
    const QDeadlineTimer deadline(10s);
    while (!deadline.hasExpired()) {
        *last = gw.get(QStringLiteral("echo.test"), QStringLiteral("/version")).body;
        if (*last == wanted)
            return true;
        EventWait::pause(100ms);
    }
    return false;
}

int countContaining(const QByteArray &text, const QByteArray &needle)
{
    int n = 0;
    for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
        ++n;
    return n;
}

} // namespace

class TestNothingLost : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_upstream.start(), m_upstream.diagnostics().constData());
    }

    void brokenConfigFilesNeverReplaceTheRunningOne()
    {
        GatewayHarness gw;
        gw.define("UP_PORT", m_upstream.port());
        const QString problem = gw.launch(versionedYaml(1));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QByteArray last;
        QVERIFY2(waitForVersion(gw, 1, &last), last.constData());
        const QByteArray fileName = QFileInfo(gw.configPath()).fileName().toUtf8();
        const QByteArray good = gw.fill(versionedYaml(2));

        struct Case
        {
            const char *what;
            QByteArray content;
            ConfigFile::WriteMode mode;
        };
        QByteArray garbage(4096, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
        const Case cases[] = {
            {"broken YAML", "apiVersion: networking.istio.io/v1beta1\nkind: VirtualService\nspec: [unclosed\n",
             ConfigFile::WriteMode::InPlace},
            {"replaced by garbage", garbage, ConfigFile::WriteMode::Replace},
            {"cut off in the middle of a resource", good.left(good.indexOf("directResponse") + 20),
             ConfigFile::WriteMode::InPlace},
            {"emptied", QByteArray(), ConfigFile::WriteMode::InPlace},
            {"only comments left", "# being rewritten\n", ConfigFile::WriteMode::Replace},
        };
        for (const Case &c : cases) {
            const int from = int(gw.meshgate().stderrLines().size());
            QVERIFY(ConfigFile(gw.configPath()).write(c.content, c.mode));
            // The rejection names the file and says why; the old routes keep answering.
            QVERIFY2(gw.meshgate().waitForStderrLine([&](const QByteArray &l) { return l.contains("rejected"); }, 10s, from)
                         >= 0,
                     qPrintable(QStringLiteral("%1: no rejection on stderr:\n%2")
                                    .arg(QLatin1String(c.what), QString::fromUtf8(gw.meshgate().stderrText().right(2000)))));
            EventWait::pause(300ms); // the reason lines follow the headline
            const QByteArray said = gw.meshgate().stderrLines().mid(from).join('\n');
            QVERIFY2(said.contains(fileName), qPrintable(QLatin1String(c.what) + QLatin1String(": ") + QString::fromUtf8(said)));
            const CurlResult version = gw.get(QStringLiteral("echo.test"), QStringLiteral("/version"));
            QVERIFY2(version.status == 200 && version.body == "v1", qPrintable(QLatin1String(c.what) + version.describe()));
            QCOMPARE(gw.get(QStringLiteral("echo.test"), QStringLiteral("/normal")).body, QByteArray("test upstream"));
        }

        // A writer that needs several writes, each of which alone would parse (the first one
        // is only the Gateway, with no route at all), is applied once, when it is done.
        const int from = int(gw.meshgate().stderrLines().size());
        QFile slow(gw.configPath());
        QVERIFY(slow.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const qsizetype firstDocument = good.indexOf("\n---\n") + 1;
        for (const QByteArray &piece : {good.left(firstDocument), good.mid(firstDocument, 200), good.mid(firstDocument + 200)}) {
            slow.write(piece);
            slow.flush();
            EventWait::pause(80ms); // within the reload debounce
        }
        slow.close();
        QVERIFY2(waitForVersion(gw, 2, &last), last.constData());
        EventWait::pause(1s);
        const QByteArray said = gw.meshgate().stderrLines().mid(from).join('\n');
        QCOMPARE(countContaining(said, "configuration reloaded"), 1);
        QVERIFY2(!said.contains("rejected"), said.constData());
        QVERIFY(gw.meshgate().isRunning());
    }

    void renamedAccessLogIsReopened()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("access.log"));
        GatewayHarness gw;
        gw.define("UP_PORT", m_upstream.port());
        const QString problem = gw.launch(versionedYaml(1), {}, {QStringLiteral("--access-log"), log});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const auto logged = [&](const QByteArray &path) {
            // Every file the log has been written to, old and new.
            QByteArray all;
            for (const QString &f : QDir(dir.path()).entryList({QStringLiteral("access.log*")}, QDir::Files))
                all += readFile(dir.filePath(f));
            return countContaining(all, " " + path + " HTTP/1.1\"");
        };
        const auto request = [&](const char *path) {
            return gw.get(QStringLiteral("echo.test"), QString::fromLatin1(path)).status == 200;
        };
        const auto waitLogged = [&](const QByteArray &path) {
            EventWait wait;
            return wait.pollEvery(50ms).until([&] { return logged(path) >= 1; }, 10s);
        };

        QVERIFY(request("/rot/a"));
        QVERIFY(waitLogged("/rot/a"));
        QVERIFY(readFile(log).contains("/rot/a"));

        // logrotate's move, then SIGHUP: the next lines go to a new file at the old path.
        QVERIFY(QFile::rename(log, log + QStringLiteral(".1")));
        QVERIFY(request("/rot/b"));
        QVERIFY(waitLogged("/rot/b"));
        QCOMPARE(::kill(pid_t(gw.meshgate().pid()), SIGHUP), 0);
        EventWait wait;
        QVERIFY2(wait.pollEvery(50ms).until([&] { return QFile::exists(log); }, 5s), "no new file after SIGHUP");
        QVERIFY(request("/rot/c"));
        QVERIFY(waitLogged("/rot/c"));
        QVERIFY(readFile(log).contains("/rot/c"));

        // Moved away without a signal: the writer notices by itself (it checks every second).
        QVERIFY(QFile::rename(log, log + QStringLiteral(".2")));
        QVERIFY2(wait.pollEvery(50ms).until([&] { return QFile::exists(log); }, 5s), "the writer did not reopen by itself");
        QVERIFY(request("/rot/d"));
        QVERIFY(waitLogged("/rot/d"));
        QVERIFY(readFile(log).contains("/rot/d"));

        // Each line exactly once, across the files.
        for (const QByteArray &path : {QByteArray("/rot/a"), QByteArray("/rot/b"), QByteArray("/rot/c"), QByteArray("/rot/d")})
            QVERIFY2(logged(path) == 1, path.constData());
        QVERIFY(gw.meshgate().isRunning());
    }

    void fullDiskIsReportedOnceAndProxyingContinues()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full");
        GatewayHarness gw;
        gw.define("UP_PORT", m_upstream.port());
        const QString problem =
            gw.launch(versionedYaml(1), {}, {QStringLiteral("--access-log"), QStringLiteral("/dev/full")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Requests spread over three seconds: several batches and several write retries.
        for (int i = 0; i < 15; ++i) {
            const CurlResult r = gw.get(QStringLiteral("echo.test"), QStringLiteral("/full/%1").arg(i));
            QVERIFY2(r.status == 200 && r.body == "test upstream", qPrintable(r.describe()));
            EventWait::pause(200ms);
        }
        EventWait::pause(1500ms);
        int reports = 0;
        for (const QByteArray &line : gw.meshgate().stderrLines())
            reports += line.contains("access log") ? 1 : 0;
        QVERIFY2(reports == 1, gw.meshgate().stderrText().constData());
        QVERIFY2(gw.meshgate().stderrText().contains("/dev/full"), gw.meshgate().stderrText().constData());
        QVERIFY(gw.meshgate().isRunning());
    }

    void sigtermDrainsInFlightRequests()
    {
        constexpr int kInFlight = 200;
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("access.log"));
        GatewayHarness gw;
        gw.define("UP_PORT", m_upstream.port());
        const QString problem = gw.launch(versionedYaml(1), {}, {QStringLiteral("--access-log"), log});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        CurlRequest common = gw.request(QStringLiteral("echo.test"), {});
        common.extraArguments << QStringLiteral("--parallel-immediate"); // a connection per transfer at once
        const int before = m_upstream.countRequests("GET", "/slow/1500");
        Curl::BatchJob load(QStringList(kInFlight, gw.url(QStringLiteral("/slow/1500"))), common, kInFlight);
        QVERIFY2(m_upstream.waitForRequests("GET", "/slow/1500", before + kInFlight, 20s),
                 qPrintable(QStringLiteral("only %1 requests reached the upstream")
                                .arg(m_upstream.countRequests("GET", "/slow/1500") - before)));
        gw.meshgate().terminate();

        const Curl::Batch batch = load.wait();
        QVERIFY2(gw.meshgate().waitForExit(15s), "meshgate still runs after SIGTERM");
        QCOMPARE(gw.meshgate().exitCode(), std::optional<int>(0));
        QCOMPARE(batch.statuses.size(), kInFlight);
        QCOMPARE(batch.count(200), kInFlight);

        const QByteArray text = readFile(log);
        QVERIFY(text.endsWith('\n')); // the last line is complete
        const QList<QByteArray> lines = text.trimmed().split('\n');
        int ok = 0;
        for (const QByteArray &raw : lines) {
            const auto l = AccessLogLine::parse(raw);
            QVERIFY2(l, raw.constData());
            QVERIFY2(l->code == 200 && l->flagsText == u"-", raw.constData()); // no failed or cut lines
            ok += l->path == u"/slow/1500" ? 1 : 0;
        }
        QCOMPARE(ok, kInFlight);
    }

private:
    TestUpstream m_upstream;
};

QTEST_GUILESS_MAIN(TestNothingLost)
#include "tst_nothinglost.moc"
