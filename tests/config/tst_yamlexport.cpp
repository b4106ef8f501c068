// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/configexporter.h"
#include "config/configloader.h"
#include "config/yamlwriter.h"
#include "testpaths.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace meshgate;

class TestYamlExport : public QObject
{
    Q_OBJECT

    static QString referencePath() { return test::sourceDir() + QStringLiteral("/resources/examples/reference-scenario.yaml"); }

    static QStringList corpusFiles()
    {
        QStringList out;
        const QDir dir(test::dataPath(QStringLiteral("corpus")));
        for (const QString &f : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
            out.append(dir.filePath(f));
        return out;
    }

    // Runs ../shared/istio/validate.py with Debian's python (it has python3-yaml and jsonschema).
    static QString runIstioValidator(const QString &file, int *exitCode)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("/usr/bin/python3"), {test::sharedDir() + QStringLiteral("/istio/validate.py"), file});
        p.waitForFinished(60000);
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromUtf8(p.readAll());
    }

private slots:
    void exportIsStableAndCanonical()
    {
        const LoadResult first = ConfigLoader::loadFiles({referencePath()});
        QVERIFY(first.ok());
        const QByteArray once = ConfigExporter::toYaml(first.config);
        const LoadResult second = ConfigLoader::loadText(once, QStringLiteral("export.yaml"));
        QVERIFY(second.ok());
        QCOMPARE(ConfigExporter::toYaml(second.config), once);
        // Canonical names and the proto's key order (hosts before gateways before http/tls).
        QVERIFY(!once.contains("sni_hosts"));
        QVERIFY(once.contains("    - sniHosts:\n      - edition.cnn.com\n"));
        const qsizetype vs = once.indexOf("kind: VirtualService\nmetadata:\n  name: cnn\n");
        const qsizetype hosts = once.indexOf("\n  hosts:\n  - edition.cnn.com", vs);
        const qsizetype gateways = once.indexOf("\n  gateways:", hosts);
        const qsizetype tls = once.indexOf("\n  tls:", hosts);
        QVERIFY(vs > 0 && hosts > vs && gateways > hosts && tls > gateways);
        // The exported form carries no warnings any more.
        QCOMPARE(countSeverity(second.diagnostics, Diagnostic::Severity::Warning), 0);
    }

    void apiVersionCanBeChosen()
    {
        const LoadResult r = ConfigLoader::loadFiles({referencePath()});
        const QByteArray v1 = ConfigExporter::toYaml(r.config, ApiVersion::V1);
        QCOMPARE(v1.count("apiVersion: networking.istio.io/v1\n"), 7);
        const QByteArray keep = ConfigExporter::toYaml(r.config, ApiVersion::Keep);
        QCOMPARE(keep.count("apiVersion: networking.istio.io/v1alpha3\n"), 7);
    }

    void unmodelledPlainValuesStayPlainOnlyWhenTheyReadBack()
    {
        // A NUL in a plain scalar reads as a blank, so the value ends in blanks; written plain it
        // lost them and the export of the export differed (fuzz_yaml, 2026-11-27 22:00).
        static const char kText[] = "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n"
                                    "  name: x\nspec:\n  hosts: [a.example.com]\n"
                                    "  ports: [{number: 80, name: http, protocol: HTTP}]\n  resolution: DNS\n"
                                    "  extra:\n  - h \0  \n  - -1\n  - ?x\n  - plain text\n";
        const QByteArray text(kText, sizeof(kText) - 1);
        QCOMPARE(text.count('\0'), 1);
        const LoadResult r = ConfigLoader::parseText(text, QStringLiteral("x.yaml"));
        QVERIFY(!hasErrors(r.diagnostics));
        const QByteArray once = ConfigExporter::toYaml(r.config);
        const LoadResult back = ConfigLoader::parseText(once, QStringLiteral("once.yaml"));
        QVERIFY2(!hasErrors(back.diagnostics), once.constData());
        QCOMPARE(ConfigExporter::toYaml(back.config), once);
        QVERIFY2(once.contains("  - \"h   \"\n"), once.constData()); // quoted: the blanks are part of it
        QVERIFY2(once.contains("  - -1\n"), once.constData());        // still a number
        QVERIFY2(once.contains("  - ?x\n"), once.constData());
        QVERIFY2(once.contains("  - plain text\n"), once.constData());
    }

    void stringsThatLookLikeOtherTypesAreQuoted()
    {
        QVERIFY(YamlWriter::needsQuotes(QStringLiteral("true")));
        QVERIFY(YamlWriter::needsQuotes(QStringLiteral("80")));
        QVERIFY(YamlWriter::needsQuotes(QStringLiteral("1e3")));
        QVERIFY(YamlWriter::needsQuotes(QStringLiteral("*.example.com")));
        QVERIFY(YamlWriter::needsQuotes(QStringLiteral("a: b")));
        QVERIFY(YamlWriter::needsQuotes(QString()));
        QVERIFY(!YamlWriter::needsQuotes(QStringLiteral("httpbin.org")));
        QVERIFY(!YamlWriter::needsQuotes(QStringLiteral("/status")));

        // Round trip of awkward values through export and import.
        const QByteArray text = "apiVersion: networking.istio.io/v1\n"
                                "kind: VirtualService\n"
                                "metadata: {name: q, annotations: {note: \"yes\", multi: \"a\\nb: c\"}}\n"
                                "spec:\n"
                                "  hosts: ['*.example.com']\n"
                                "  gateways: [gw]\n"
                                "  http:\n"
                                "  - match: [{headers: {x-flag: {exact: \"true\"}}}]\n"
                                "    directResponse: {status: 200, body: {string: \"# not a comment\\n\"}}\n";
        const LoadResult r = ConfigLoader::parseText(text, QStringLiteral("q.yaml"));
        QVERIFY(!hasErrors(r.diagnostics));
        const QByteArray out = ConfigExporter::toYaml(r.config);
        const LoadResult back = ConfigLoader::parseText(out, QStringLiteral("out.yaml"));
        QVERIFY(!hasErrors(back.diagnostics));
        const Resource &res = back.config.resources.front();
        QCOMPARE(res.metadata.annotations.value(QStringLiteral("note")), QStringLiteral("yes"));
        QCOMPARE(res.metadata.annotations.value(QStringLiteral("multi")), QStringLiteral("a\nb: c"));
        const auto *vs = res.as<VirtualServiceSpec>();
        QCOMPARE(vs->hosts.first(), QStringLiteral("*.example.com"));
        QCOMPARE(vs->http[0].match[0].headers.value(QStringLiteral("x-flag")).value, QStringLiteral("true"));
        QCOMPARE(*vs->http[0].directResponse->body->string, QStringLiteral("# not a comment\n"));
        QCOMPARE(ConfigExporter::toYaml(back.config), out);
    }

    void corpusRoundTripsByteForByte()
    {
        const QStringList files = corpusFiles();
        QVERIFY(files.size() >= 6);
        const LoadResult r = ConfigLoader::loadFiles(files);
        QVERIFY2(r.ok(), qPrintable(r.diagnostics.isEmpty() ? QString() : r.diagnostics.first().toString()));
        QVERIFY(r.config.resources.size() >= 15);
        QCOMPARE(countSeverity(r.diagnostics, Diagnostic::Severity::Warning), 0);
        const QByteArray once = ConfigExporter::toYaml(r.config);
        const LoadResult again = ConfigLoader::loadText(once, QStringLiteral("corpus-export.yaml"));
        QVERIFY(again.ok());
        QCOMPARE(again.config.resources.size(), r.config.resources.size());
        QCOMPARE(ConfigExporter::toYaml(again.config), once);
    }

    void exportPassesTheIstioSchemas_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("apiVersion");
        QTest::newRow("reference scenario") << QStringList{referencePath()} << int(ApiVersion::Keep);
        QTest::newRow("reference scenario as v1") << QStringList{referencePath()} << int(ApiVersion::V1);
        QTest::newRow("corpus") << corpusFiles() << int(ApiVersion::Keep);
        QTest::newRow("corpus as v1alpha3") << corpusFiles() << int(ApiVersion::V1alpha3);
    }

    void exportPassesTheIstioSchemas()
    {
        if (!test::haveShared())
            QSKIP(test::kNoShared);
        QFETCH(QStringList, files);
        QFETCH(int, apiVersion);
        const LoadResult r = ConfigLoader::loadFiles(files);
        QVERIFY(r.ok());
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("export.yaml"));
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ConfigExporter::toYaml(r.config, ApiVersion(apiVersion)));
        f.close();
        int code = -1;
        const QString report = runIstioValidator(out, &code);
        QVERIFY2(code == 0, qPrintable(report));
        QVERIFY(report.contains(QStringLiteral("%1 resources checked, 0 invalid").arg(r.config.resources.size())));
    }

    void theSeedFixtureItselfFailsStrictValidation()
    {
        // Proves the validator is strict: the fixture's sni_hosts is rejected by the schema,
        // and only our export makes it cluster-ready.
        if (!test::haveShared())
            QSKIP(test::kNoShared);
        int code = -1;
        const QString report = runIstioValidator(test::sharedDir() + QStringLiteral("/fixtures/seed-proxy-external-services.yaml"), &code);
        QCOMPARE(code, 1);
        QVERIFY(report.contains(QLatin1String("sni_hosts")));
    }
};

QTEST_GUILESS_MAIN(TestYamlExport)
#include "tst_yamlexport.moc"
