// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real meshgate binary the way a user or a script would.
#include "testpaths.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runMeshgate(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(MESHGATE_BINARY), args);
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString writeFile(QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void validateReferenceScenario()
    {
        const QString ref = meshgate::test::sourceDir() + QStringLiteral("/resources/examples/reference-scenario.yaml");
        const Run r = runMeshgate({QStringLiteral("--validate"), QStringLiteral("-c"), ref});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(ref.toUtf8() + ":129:7: warning: \"sni_hosts\" is the proto field name"));
        QVERIFY(lines[0].endsWith("[VirtualService/cnn spec.tls[0].match[0].sniHosts]"));
    }

    void validateReportsErrorsAndExitsOne()
    {
        QTemporaryDir dir;
        const QString f = writeFile(dir, QStringLiteral("gw.yaml"),
                                    "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata:\n  name: gw\nspec:\n"
                                    "  servers:\n  - port:\n      number: 99999\n      name: http\n      protocol: HTTP\n"
                                    "    hosts:\n    - example.com\n");
        const Run r = runMeshgate({QStringLiteral("--validate"), QStringLiteral("-c"), f});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(f.toUtf8() + ":8:15: error: port 99999 is out of range (1-65535) [Gateway/gw "
                                             "spec.servers[0].port.number]"),
                 r.out.constData());
    }

    void validateRefusesAKindIstioDoesNotHave()
    {
        QTemporaryDir dir;
        const QString f = writeFile(dir, QStringLiteral("vs.yaml"),
                                    "apiVersion: networking.istio.io/v1\nkind: VirtualServce\nmetadata:\n  name: web\nspec:\n"
                                    "  hosts: [web.example.com]\n");
        const Run r = runMeshgate({QStringLiteral("--validate"), QStringLiteral("-c"), f});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(f.toUtf8() + ":2:7: error: networking.istio.io has no kind \"VirtualServce\"; did you mean "
                                             "\"VirtualService\"?"),
                 r.out.constData());
        const Run exported = runMeshgate({QStringLiteral("--export"), QStringLiteral("-"), QStringLiteral("-c"), f});
        QCOMPARE(exported.exitCode, 1); // not an empty file that looks like success
        QVERIFY(exported.out.isEmpty());
    }

    void validatePointsAtPortsTheEngineWouldSkip()
    {
        // HTTP on 80 and TLS on 8080: with the automatic offset (8000 below 1024) both are local
        // port 8080, and the engine serves only the first.
        QTemporaryDir dir;
        const QString f = writeFile(dir, QStringLiteral("gw.yaml"),
                                    "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata:\n  name: gw\nspec:\n"
                                    "  servers:\n  - port:\n      number: 80\n      name: http\n      protocol: HTTP\n"
                                    "    hosts:\n    - '*'\n"
                                    "  - port:\n      number: 8080\n      name: tls\n      protocol: TLS\n"
                                    "    tls:\n      mode: PASSTHROUGH\n    hosts:\n    - '*'\n");
        const Run r = runMeshgate({QStringLiteral("--validate"), QStringLiteral("-c"), f});
        QCOMPARE(r.exitCode, 0); // a warning: the rest runs
        QVERIFY2(r.out.contains(f.toUtf8() + ":14:15: warning: port 8080 maps to local port 8080, which port 80 of Gateway "
                                             "default/gw already uses"),
                 r.out.constData());
        QVERIFY2(r.err.contains("1 warning") || r.err.contains("3 warnings"), r.err.constData());

        // The command line's offset is the one checked: with it the two ports stay apart.
        const Run apart = runMeshgate({QStringLiteral("--validate"), QStringLiteral("--port-offset"), QStringLiteral("10000"),
                                       QStringLiteral("-c"), f});
        QCOMPARE(apart.exitCode, 0);
        QVERIFY2(!apart.out.contains("local port"), apart.out.constData());
    }

    void exportToStdoutAndFile()
    {
        const Run r = runMeshgate({QStringLiteral("--export"), QStringLiteral("-"), QStringLiteral("--api-version"),
                                QStringLiteral("v1")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count("apiVersion: networking.istio.io/v1\n"), 7); // built-in example
        QVERIFY(r.out.contains("sniHosts:"));

        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("out.yaml"));
        const Run w = runMeshgate({QStringLiteral("--export"), target});
        QCOMPARE(w.exitCode, 0);
        const Run again = runMeshgate({QStringLiteral("-c"), target, QStringLiteral("--export"), QStringLiteral("-")});
        QCOMPARE(again.out, meshgate::test::readFile(target));
    }

    void exportWarnsAboutUnknownFields()
    {
        QTemporaryDir dir;
        const QString f = writeFile(dir, QStringLiteral("typo.yaml"),
                                    "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: vs\nspec:\n"
                                    "  hosts:\n  - a.example.com\n  http:\n  - redirect:\n      uri: /gone\n"
                                    "      redirectCod: 308\n");
        const QString target = dir.filePath(QStringLiteral("out.yaml"));
        const Run r = runMeshgate({QStringLiteral("-c"), f, QStringLiteral("--export"), target});
        QCOMPARE(r.exitCode, 0); // written, as it is the user's file, but not silently
        QVERIFY(meshgate::test::readFile(target).contains("redirectCod: 308"));
        QVERIFY2(r.err.contains(f.toUtf8() + ":11:7: warning: unknown field \"redirectCod\" in redirect; did you mean "
                                             "\"redirectCode\"?"),
                 r.err.constData());
        QVERIFY2(r.err.contains("exported with 1 unknown field(s); kubectl apply"), r.err.constData());

        const Run clean = runMeshgate({QStringLiteral("--export"), QStringLiteral("-")}); // the built-in example
        QVERIFY2(!clean.err.contains("unknown field"), clean.err.constData());
    }

    void exportKeepsReferencesToResourcesElsewhere()
    {
        // A VirtualService bound to a shared gateway defined in the cluster, not in this file:
        // an error to run it here, but valid YAML for kubectl apply.
        QTemporaryDir dir;
        const QString f = writeFile(dir, QStringLiteral("vs.yaml"),
                                    "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: web\n"
                                    "  namespace: prod\nspec:\n  hosts: [web.example.com]\n  gateways: [istio-system/edge]\n"
                                    "  http:\n  - route:\n    - destination: {host: web.prod.svc.cluster.local}\n");
        const Run validate = runMeshgate({QStringLiteral("--validate"), QStringLiteral("-c"), f});
        QCOMPARE(validate.exitCode, 1);
        const Run r = runMeshgate({QStringLiteral("--export"), QStringLiteral("-"), QStringLiteral("-c"), f});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("- istio-system/edge"), r.out.constData());
        QVERIFY2(r.err.contains("gateway \"istio-system/edge\" not found"), r.err.constData());
        QVERIFY2(r.err.contains("exporting despite the errors below"), r.err.constData());

        // A field an API server refuses still stops the export.
        const QString bad = writeFile(dir, QStringLiteral("gw.yaml"),
                                      "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata:\n  name: gw\nspec:\n"
                                      "  servers:\n  - port: {number: 99999, name: http, protocol: HTTP}\n    hosts: ['*']\n");
        const Run refused = runMeshgate({QStringLiteral("--export"), QStringLiteral("-"), QStringLiteral("-c"), bad});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.out.isEmpty());
        QVERIFY2(refused.err.contains("not exporting"), refused.err.constData());
    }

    void exportRefusesAnInvalidConfig()
    {
        QTemporaryDir dir;
        const QString f = writeFile(dir, QStringLiteral("bad.yaml"), "kind: Gateway\nmetadata: {name: x}\nspec: [\n");
        const QString target = dir.filePath(QStringLiteral("out.yaml"));
        const Run r = runMeshgate({QStringLiteral("-c"), f, QStringLiteral("--export"), target});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("bad.yaml:"));
        QVERIFY(!QFile::exists(target));
    }

    // Help is read on servers and in CI, where there is no display: it must not need one.
    void helpNeedsNoDisplay_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::newRow("--help") << QStringLiteral("--help");
        QTest::newRow("--help-all") << QStringLiteral("--help-all");
        QTest::newRow("-h") << QStringLiteral("-h");
    }

    void helpNeedsNoDisplay()
    {
        QFETCH(QString, flag);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MESHGATE_BINARY), {flag});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(out.contains("--headless") && out.contains("--validate"), out.constData());
    }

    void usageErrorsExitTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown flag") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("unreadable file") << QStringList{QStringLiteral("--validate"), QStringLiteral("-c"),
                                                        QStringLiteral("/nonexistent/x.yaml")};
        QTest::newRow("bad api version") << QStringList{QStringLiteral("--export"), QStringLiteral("-"),
                                                        QStringLiteral("--api-version"), QStringLiteral("v2")};
        QTest::newRow("bad connect-to") << QStringList{QStringLiteral("--validate"), QStringLiteral("--connect-to"),
                                                       QStringLiteral("nonsense")};
        QTest::newRow("bad tcp-relay") << QStringList{QStringLiteral("--validate"), QStringLiteral("--tcp-relay"),
                                                      QStringLiteral("zerocopy")};
    }

    void connectToErrorNamesTheBadPart()
    {
        const Run r = runMeshgate({QStringLiteral("--validate"), QStringLiteral("--connect-to"),
                                   QStringLiteral("httpbin.org:80:127.0.0.1:99999")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("port \"99999\" is not a number from 1 to 65535"), r.err.constData());
        QVERIFY2(r.err.contains("\"httpbin.org:80:127.0.0.1:99999\""), r.err.constData());
    }

    void usageErrorsExitTwoWithOneLine()
    {
        QFETCH(QStringList, args);
        const Run r = runMeshgate(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith("meshgate: "));
        QCOMPARE(r.err.trimmed().count('\n'), 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
