// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/configexporter.h"
#include "config/configloader.h"
#include "testpaths.h"

#include <QTest>

using namespace meshgate;

namespace {

const Diagnostic *findCode(const Diagnostics &list, const QString &code)
{
    for (const Diagnostic &d : list)
        if (d.code == code)
            return &d;
    return nullptr;
}

} // namespace

class TestYamlImport : public QObject
{
    Q_OBJECT
private slots:
    void referenceScenarioImports()
    {
        const QString path = sourceDirExample();
        const LoadResult r = ConfigLoader::loadFiles({path});
        QVERIFY2(r.ok(), qPrintable(r.diagnostics.isEmpty() ? QString() : r.diagnostics.first().toString()));
        QCOMPARE(r.config.ofKind<GatewaySpec>().size(), size_t(1));
        QCOMPARE(r.config.ofKind<ServiceEntrySpec>().size(), size_t(3));
        QCOMPARE(r.config.ofKind<DestinationRuleSpec>().size(), size_t(1));
        QCOMPARE(r.config.ofKind<VirtualServiceSpec>().size(), size_t(2));

        // sni_hosts (the proto name) is read as sniHosts, with a warning pointing at it.
        const Resource *cnn = r.config.find(ResourceKind::VirtualService, QStringLiteral("cnn"));
        QVERIFY(cnn);
        const auto &tls = cnn->as<VirtualServiceSpec>()->tls;
        QCOMPARE(tls.size(), size_t(2));
        QCOMPARE(tls[0].match[0].sniHosts, QStringList{QStringLiteral("edition.cnn.com")});
        const Diagnostic *snake = findCode(r.diagnostics, QStringLiteral("proto-field-name"));
        QVERIFY(snake);
        QCOMPARE(snake->pos.line, 129);
        QCOMPARE(snake->pos.column, 7);
        QVERIFY(snake->message.contains(QLatin1String("sniHosts")));

        const Resource *gw = r.config.find(ResourceKind::Gateway, QStringLiteral("proxy"));
        QCOMPARE(gw->metadata.effectiveNamespace(), QStringLiteral("default"));
        QCOMPARE(gw->as<GatewaySpec>()->servers[1].tls->mode, QStringLiteral("PASSTHROUGH"));
        QCOMPARE(gw->as<GatewaySpec>()->selector.value(QStringLiteral("istio")), QStringLiteral("ingressgateway"));
    }

    void syntaxErrorHasLineAndColumn()
    {
        const QByteArray text = "apiVersion: networking.istio.io/v1\n"
                                "kind: Gateway\n"
                                "metadata:\n"
                                "  name: broken\n"
                                "spec:\n"
                                "  servers: [\n"
                                "    {port: {number: 80}\n"
                                "  hosts: x\n";
        const LoadResult r = ConfigLoader::loadText(text, QStringLiteral("broken.yaml"));
        QVERIFY(!r.ok());
        QVERIFY(r.config.resources.empty()); // never a silent, empty config
        const Diagnostic *d = findCode(r.diagnostics, QStringLiteral("yaml-syntax"));
        QVERIFY(d);
        QCOMPARE(d->file, QStringLiteral("broken.yaml"));
        QCOMPARE(d->pos.line, 8);
        QCOMPARE(d->pos.column, 3);
        QVERIFY(d->toString().startsWith(QLatin1String("broken.yaml:8:3: error: YAML syntax error: end of map flow not found")));
    }

    void leadingCommaIsASyntaxErrorNotAHang()
    {
        // Debian's yaml-cpp loops forever on these (found by fuzz_yaml); the reader must answer.
        // The third: a quote inside a plain scalar is a letter, not the start of a quoted string
        // that would hide the ',' (found by fuzz_yaml in a clean-clone run).
        // The fourth: a bracket inside a plain scalar is a letter too, not an open flow
        // collection that would hide the ',' (fuzz_yaml, clean-clone run of 2026-11-27 20:10).
        for (const QByteArray &text : {QByteArray("kind: Gateway\n---\n,piVersion: v1\n"), QByteArray("- a\n,\n"),
                                       QByteArray("hosts:\n- httpbi\"n.org\n- don't\n---\n,piVersion: v1\n"),
                                       QByteArray("selector:\n  istio: ingres[gateway # x\n---\n,piVersion: v1\n")}) {
            const LoadResult r = ConfigLoader::loadText(text, QStringLiteral("comma.yaml"));
            const Diagnostic *d = findCode(r.diagnostics, QStringLiteral("yaml-syntax"));
            QVERIFY2(d, text.constData());
            QCOMPARE(d->pos.line, text.count('\n'));
            QCOMPARE(d->pos.column, 1);
        }
        // A ',' that starts a line is fine inside [ ], a block scalar or a quoted string.
        const QByteArray valid = "kind: Gateway\nmetadata:\n  name: a\n  labels: {x: y\n    , z: w}\n"
                                 "  annotations:\n    note: |\n      ,first\n    other: \"a\n      ,b\"\n";
        const LoadResult r = ConfigLoader::loadText(valid, QStringLiteral("ok.yaml"));
        QVERIFY(!findCode(r.diagnostics, QStringLiteral("yaml-syntax")));
    }

    void strayTokenAfterADocumentIsASyntaxErrorNotAHang_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        // A ',' that does not start a line, after a complete top-level value: yaml-cpp 0.7's
        // LoadAll collected empty documents until memory ran out (CI's fuzz_yaml run of
        // 2026-11-27, 1.7 GB in 15 s).
        QTest::newRow("after a quoted scalar") << QByteArray("\"abc\",") << 1 << 6
                                               << QStringLiteral("',' can only separate items");
        QTest::newRow("second document") << QByteArray("kind: Gateway\n---\n\"x\", y\n") << 3 << 4
                                         << QStringLiteral("',' can only separate items");
        QTest::newRow("after a flow sequence") << QByteArray("[a, b],") << 1 << 7
                                               << QStringLiteral("',' can only separate items");
    }

    void strayTokenAfterADocumentIsASyntaxErrorNotAHang()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const LoadResult r = ConfigLoader::loadText(text, QStringLiteral("stray.yaml"));
        QVERIFY(!r.ok());
        QVERIFY(r.config.resources.empty()); // nothing half-read is applied
        const Diagnostic *d = findCode(r.diagnostics, QStringLiteral("yaml-syntax"));
        QVERIFY(d);
        QCOMPARE(d->pos.line, line);
        QCOMPARE(d->pos.column, column);
        QVERIFY2(d->message.contains(message), qPrintable(d->message));
    }

    void keyTooLongToExportIsAnError()
    {
        // Escaped for export, this key would pass YAML's 1024-character limit for keys and the
        // exported file would not read back.
        const QByteArray key = "\"" + QByteArray(300, 'k') + QByteArray(400, '\t') + "k\""; // tabs export as \\t
        const QByteArray text = "kind: Gateway\nmetadata:\n  name: a\n  labels:\n    " + key + ": v\n";
        const LoadResult r = ConfigLoader::loadText(text, QStringLiteral("long.yaml"));
        const Diagnostic *d = findCode(r.diagnostics, QStringLiteral("yaml-key-too-long"));
        QVERIFY(d);
        QCOMPARE(d->pos.line, 5);
        QVERIFY(!r.ok());
    }

    void badIndentationIsASyntaxError()
    {
        const QByteArray text = "kind: Gateway\nmetadata:\n  name: a\n   bad: indent\n";
        const LoadResult r = ConfigLoader::loadText(text, QStringLiteral("x.yaml"));
        const Diagnostic *d = findCode(r.diagnostics, QStringLiteral("yaml-syntax"));
        QVERIFY(d);
        QCOMPARE(d->pos.line, 4);
    }

    void portOutOfRangePointsAtTheValue()
    {
        const QByteArray text = "apiVersion: networking.istio.io/v1\n"
                                "kind: Gateway\n"
                                "metadata:\n"
                                "  name: gw\n"
                                "spec:\n"
                                "  servers:\n"
                                "  - port:\n"
                                "      number: 99999\n"
                                "      name: http\n"
                                "      protocol: HTTP\n"
                                "    hosts:\n"
                                "    - example.com\n";
        const LoadResult r = ConfigLoader::loadText(text, QStringLiteral("gw.yaml"));
        const Diagnostic *d = findCode(r.diagnostics, QStringLiteral("port-range"));
        QVERIFY(d);
        QCOMPARE(d->severity, Diagnostic::Severity::Error);
        QCOMPARE(d->pos.line, 8);
        QCOMPARE(d->pos.column, 15);
        QCOMPARE(d->fieldPath, QStringLiteral("spec.servers[0].port.number"));
        QCOMPARE(d->resource, QStringLiteral("Gateway/gw"));
        QVERIFY(d->message.contains(QLatin1String("99999")));
    }

    void misspelledFieldSuggestsTheRightOne()
    {
        const QByteArray text = "apiVersion: networking.istio.io/v1\n"
                                "kind: VirtualService\n"
                                "metadata:\n"
                                "  name: cnn\n"
                                "spec:\n"
                                "  hosts: [edition.cnn.com]\n"
                                "  tls:\n"
                                "  - match:\n"
                                "    - port: 443\n"
                                "      sniHost:\n"
                                "      - edition.cnn.com\n"
                                "    route:\n"
                                "    - destination: {host: edition.cnn.com}\n";
        const LoadResult r = ConfigLoader::loadText(text, QStringLiteral("vs.yaml"));
        const Diagnostic *d = findCode(r.diagnostics, QStringLiteral("unknown-field"));
        QVERIFY(d);
        QCOMPARE(d->pos.line, 10);
        QCOMPARE(d->pos.column, 7);
        QVERIFY(d->message.contains(QLatin1String("did you mean \"sniHosts\"")));
        QCOMPARE(d->fieldPath, QStringLiteral("spec.tls[0].match[0].sniHost"));
        QVERIFY2(d->message.contains(QLatin1String("may match every request")), qPrintable(d->message));

        // The same for a URI condition misspelt inside its StringMatch, and not for a field
        // outside a match.
        const LoadResult http = ConfigLoader::loadText("apiVersion: networking.istio.io/v1\n"
                                                       "kind: VirtualService\n"
                                                       "metadata: {name: h}\n"
                                                       "spec:\n"
                                                       "  hosts: [a.example.com]\n"
                                                       "  http:\n"
                                                       "  - match: [{uri: {prefx: /status}}]\n"
                                                       "    route: [{destination: {host: a.example.com}}]\n"
                                                       "    timeoutt: 5s\n"
                                                       "    corsPolicy: {allowOrigins: [{exactt: https://a.example.com}]}\n",
                                                       QStringLiteral("vs.yaml"));
        int inMatch = 0;
        int elsewhere = 0;
        for (const Diagnostic &x : http.diagnostics) {
            if (x.code != u"unknown-field")
                continue;
            const bool warned = x.message.contains(QLatin1String("may match every request"));
            if (x.fieldPath.endsWith(u".prefx"))
                inMatch += warned ? 1 : 100;
            else
                elsewhere += warned ? 100 : 1;
        }
        QCOMPARE(inMatch, 1);
        QCOMPARE(elsewhere, 2); // timeoutt, and allowOrigins' exactt: a StringMatch, but no request condition
        // The misspelling also leaves sniHosts empty, which is an error in its own right.
        QVERIFY(hasErrors(r.diagnostics));
        // Nothing is lost: the unknown field is exported back.
        QVERIFY(ConfigExporter::toYaml(r.config).contains("sniHost:\n"));
    }

    void acceptsAllApiVersionsAndRejectsOthers()
    {
        for (const char *v : {"v1", "v1beta1", "v1alpha3"}) {
            const QByteArray text = QByteArray("apiVersion: networking.istio.io/") + v
                + "\nkind: ServiceEntry\nmetadata: {name: a}\nspec: {hosts: [a.example.com], resolution: DNS, "
                  "ports: [{number: 80, name: http, protocol: HTTP}]}\n";
            const LoadResult r = ConfigLoader::loadText(text, QStringLiteral("a.yaml"));
            QVERIFY2(r.ok(), v);
            QCOMPARE(r.config.resources.front().apiVersion, QStringLiteral("networking.istio.io/") + QLatin1String(v));
        }
        const LoadResult bad = ConfigLoader::loadText(
            "apiVersion: networking.istio.io/v2\nkind: Gateway\nmetadata: {name: a}\n", QStringLiteral("b.yaml"));
        QVERIFY(findCode(bad.diagnostics, QStringLiteral("api-version")));
        QVERIFY(bad.config.resources.empty());
    }

    void multiDocumentListAndHeredoc()
    {
        const QByteArray text = "$ kubectl apply -f - <<EOF\n"
                                "apiVersion: v1\n"
                                "kind: List\n"
                                "items:\n"
                                "- apiVersion: networking.istio.io/v1\n"
                                "  kind: ServiceEntry\n"
                                "  metadata: {name: one}\n"
                                "  spec: {hosts: [one.example.com], resolution: DNS}\n"
                                "- apiVersion: networking.istio.io/v1\n"
                                "  kind: ServiceEntry\n"
                                "  metadata: {name: two}\n"
                                "  spec: {hosts: [two.example.com], resolution: DNS}\n"
                                "---\n"
                                "apiVersion: networking.istio.io/v1\n"
                                "kind: DestinationRule\n"
                                "metadata: {name: three}\n"
                                "spec: {host: one.example.com}\n"
                                "EOF\n";
        const LoadResult r = ConfigLoader::parseText(text, QStringLiteral("paste"));
        QVERIFY2(!hasErrors(r.diagnostics), qPrintable(r.diagnostics.isEmpty() ? QString() : r.diagnostics.first().toString()));
        QCOMPARE(r.config.resources.size(), size_t(3));
        QCOMPARE(r.config.resources[2].kind(), ResourceKind::DestinationRule);
        // Line numbers still count the wrapper line.
        QCOMPARE(r.config.resources[2].source.pos.line, 14);
    }

    void protoNamesAreAcceptedEverywhere()
    {
        const QByteArray text = "apiVersion: networking.istio.io/v1\n"
                                "kind: VirtualService\n"
                                "metadata: {name: t}\n"
                                "spec:\n"
                                "  hosts: [t.example.com]\n"
                                "  tcp:\n"
                                "  - match:\n"
                                "    - destination_subnets: [10.0.0.0/8]\n"
                                "    route:\n"
                                "    - destination: {host: t.example.com}\n"
                                "  http:\n"
                                "  - direct_response: {status: 204}\n";
        const LoadResult r = ConfigLoader::parseText(text, QStringLiteral("t.yaml"));
        const auto *vs = r.config.resources.front().as<VirtualServiceSpec>();
        QCOMPARE(vs->tcp[0].match[0].destinationSubnets, QStringList{QStringLiteral("10.0.0.0/8")});
        QCOMPARE(vs->http[0].directResponse->status, std::optional<int>(204));
        const QByteArray out = ConfigExporter::toYaml(r.config);
        QVERIFY(out.contains("destinationSubnets:"));
        QVERIFY(!out.contains("destination_subnets"));
    }

    void unmodelledFieldsAreKeptWithAWarning()
    {
        const QByteArray text = "apiVersion: networking.istio.io/v1\n"
                                "kind: DestinationRule\n"
                                "metadata:\n"
                                "  name: lb\n"
                                "  resourceVersion: \"12345\"\n"
                                "spec:\n"
                                "  host: a.example.com\n"
                                "  trafficPolicy:\n"
                                "    loadBalancer:\n"
                                "      consistentHash:\n"
                                "        httpHeaderName: x-user\n"
                                "    tunnel:\n"
                                "      protocol: CONNECT\n"
                                "      targetHost: proxy.example.com\n"
                                "      targetPort: 3128\n";
        const LoadResult r = ConfigLoader::parseText(text, QStringLiteral("lb.yaml"));
        const Diagnostic *d = findCode(r.diagnostics, QStringLiteral("not-enforced"));
        QVERIFY(d);
        QCOMPARE(d->pos.line, 10);
        const QByteArray out = ConfigExporter::toYaml(r.config);
        QVERIFY(out.contains("      consistentHash:\n        httpHeaderName: x-user\n"));
        QVERIFY(out.contains("    tunnel:\n      protocol: CONNECT\n"));
        QVERIFY(out.contains("targetPort: 3128\n")); // still a number
        QVERIFY(!out.contains("resourceVersion")); // server-managed: not kubectl-ready
    }

    void typeErrorsAreErrors()
    {
        const QByteArray text = "apiVersion: networking.istio.io/v1\n"
                                "kind: ServiceEntry\n"
                                "metadata: {name: t}\n"
                                "spec:\n"
                                "  hosts: a.example.com\n"
                                "  ports:\n"
                                "  - number: eighty\n";
        const LoadResult r = ConfigLoader::parseText(text, QStringLiteral("t.yaml"));
        int typeErrors = 0;
        for (const Diagnostic &d : r.diagnostics)
            if (d.code == u"type" && d.severity == Diagnostic::Severity::Error)
                ++typeErrors;
        QCOMPARE(typeErrors, 2);
        QVERIFY(findCode(r.diagnostics, QStringLiteral("type"))->message.contains(QLatin1String("list of strings")));
    }

    void aliasBombIsRefused()
    {
        QByteArray text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int i = 1; i < 8; ++i)
            text += QByteArray("a") + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [*a"
                + QByteArray::number(i - 1) + ", *a" + QByteArray::number(i - 1) + ", *a" + QByteArray::number(i - 1)
                + ", *a" + QByteArray::number(i - 1) + ", *a" + QByteArray::number(i - 1) + ", *a"
                + QByteArray::number(i - 1) + ", *a" + QByteArray::number(i - 1) + ", *a" + QByteArray::number(i - 1)
                + ", *a" + QByteArray::number(i - 1) + ", *a" + QByteArray::number(i - 1) + "]\n";
        const LoadResult r = ConfigLoader::parseText(text, QStringLiteral("bomb.yaml"));
        QVERIFY(findCode(r.diagnostics, QStringLiteral("yaml-too-large")));
    }

    void chainedAliasesCannotNestDeeperThanTheLimit()
    {
        // Each level is 150 deep in the text, but every alias nests the previous level inside the
        // next: 98 levels expand to ~15,000. Copying that recursed once per level and crashed on
        // the stack (found in review); the expanded depth now counts.
        QByteArray text;
        for (int i = 0; i < 98; ++i) {
            text += "k" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " " + QByteArray(150, '[');
            text += i == 0 ? QByteArray("x") : "*a" + QByteArray::number(i - 1);
            text += QByteArray(150, ']') + "\n";
        }
        const LoadResult r = ConfigLoader::parseText(text, QStringLiteral("deep.yaml"));
        const Diagnostic *d = findCode(r.diagnostics, QStringLiteral("yaml-too-large"));
        QVERIFY(d);
        QCOMPARE(d->pos.line, 1); // the document, where its root starts
    }

    void nestedAnchorsCountTheirCopies()
    {
        // A small alias bomb (~10^5 nodes, under the limit) referenced from inside 60 nested
        // anchored lists: each anchor keeps a copy of everything below it. Uncounted, that was
        // gigabytes from 600 bytes (found in review); counted, it is refused at once.
        QByteArray text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int i = 1; i < 5; ++i) {
            const QByteArray prev = "*a" + QByteArray::number(i - 1);
            text += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [" + prev;
            for (int k = 1; k < 10; ++k)
                text += ", " + prev;
            text += "]\n";
        }
        text += "w:";
        for (int i = 0; i < 60; ++i)
            text += " &w" + QByteArray::number(i) + " [";
        text += "*a4, *a4, *a4" + QByteArray(60, ']') + "\n";
        const LoadResult r = ConfigLoader::parseText(text, QStringLiteral("copies.yaml"));
        QVERIFY(findCode(r.diagnostics, QStringLiteral("yaml-too-large")));
    }

    void byteOrderMarkDoesNotShiftTheNamedCharacter()
    {
        const LoadResult r = ConfigLoader::loadText(QByteArray("\xEF\xBB\xBF\"abc\","), QStringLiteral("bom.yaml"));
        const Diagnostic *d = findCode(r.diagnostics, QStringLiteral("yaml-syntax"));
        QVERIFY(d);
        QVERIFY2(d->message.contains(QLatin1String("',' can only separate items")), qPrintable(d->message));
    }

private:
    static QString sourceDirExample()
    {
        return test::sourceDir() + QStringLiteral("/resources/examples/reference-scenario.yaml");
    }
};

QTEST_GUILESS_MAIN(TestYamlImport)
#include "tst_yamlimport.moc"
