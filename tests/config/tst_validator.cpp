// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/configloader.h"

#include <QTest>

using namespace meshgate;

namespace {

Diagnostics check(const QByteArray &yaml)
{
    return ConfigLoader::loadText(yaml, QStringLiteral("t.yaml")).diagnostics;
}

const Diagnostic *find(const Diagnostics &list, const QString &code, const QString &resource = QString())
{
    for (const Diagnostic &d : list)
        if (d.code == code && (resource.isEmpty() || d.resource == resource))
            return &d;
    return nullptr;
}

const QByteArray kBase = "apiVersion: networking.istio.io/v1\n"
                         "kind: Gateway\n"
                         "metadata: {name: gw}\n"
                         "spec:\n"
                         "  servers:\n"
                         "  - port: {number: 80, name: http, protocol: HTTP}\n"
                         "    hosts: [a.example.com]\n"
                         "  - port: {number: 443, name: tls, protocol: TLS}\n"
                         "    tls: {mode: PASSTHROUGH}\n"
                         "    hosts: [s.example.com]\n"
                         "---\n"
                         "apiVersion: networking.istio.io/v1\n"
                         "kind: ServiceEntry\n"
                         "metadata: {name: a}\n"
                         "spec:\n"
                         "  hosts: [a.example.com, s.example.com]\n"
                         "  ports: [{number: 80, name: http, protocol: HTTP}, {number: 443, name: tls, protocol: TLS}]\n"
                         "  resolution: DNS\n"
                         "---\n";

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT
private slots:
    void cleanConfigHasNoFindings()
    {
        const Diagnostics d = check(kBase
                                    + "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: v}\n"
                                      "spec:\n  hosts: [a.example.com, s.example.com]\n  gateways: [gw]\n"
                                      "  http:\n  - route: [{destination: {host: a.example.com, port: {number: 80}}}]\n"
                                      "  tls:\n  - match: [{port: 443, sniHosts: [s.example.com]}]\n"
                                      "    route: [{destination: {host: s.example.com, port: {number: 443}}}]\n");
        QVERIFY2(d.isEmpty(), qPrintable(d.isEmpty() ? QString() : d.first().toString()));
    }

    void missingGatewayAndFqdnHint()
    {
        const Diagnostics d = check(kBase
                                    + "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: v}\n"
                                      "spec:\n  hosts: [a.example.com]\n  gateways: [nope, gw.default.svc.cluster.local]\n"
                                      "  http:\n  - route: [{destination: {host: a.example.com, port: {number: 80}}}]\n");
        const Diagnostic *missing = find(d, QStringLiteral("IST0101"));
        QVERIFY(missing);
        QCOMPARE(missing->fieldPath, QStringLiteral("spec.gateways[0]"));
        QCOMPARE(missing->pos.line, 25);
        bool fqdnHint = false;
        for (const Diagnostic &x : d)
            fqdnHint |= x.message.contains(QLatin1String("default/gw"));
        QVERIFY(fqdnHint);
        // The gateway's hosts are now served by nobody.
        QVERIFY(find(d, QStringLiteral("unbound-host"), QStringLiteral("Gateway/gw")));
        // Each says what the client sees: an HTTP server answers 404, a passthrough one closes.
        for (const Diagnostic &x : d) {
            if (x.code != u"unbound-host")
                continue;
            if (x.fieldPath == u"spec.servers[0].hosts[0]")
                QVERIFY2(x.message.endsWith(QLatin1String("its requests get 404 NR")), qPrintable(x.message));
            else
                QVERIFY2(x.fieldPath == u"spec.servers[1].hosts[0]" && x.message.endsWith(QLatin1String("its connections are closed (NR)")),
                         qPrintable(x.toString()));
        }
    }

    void hostNotExposedByGateway()
    {
        const Diagnostics d = check(kBase
                                    + "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: v}\n"
                                      "spec:\n  hosts: [other.example.com]\n  gateways: [gw]\n"
                                      "  http:\n  - route: [{destination: {host: a.example.com, port: {number: 80}}}]\n");
        QVERIFY(find(d, QStringLiteral("IST0132"), QStringLiteral("VirtualService/v")));
    }

    void unknownDestinationAndSubset()
    {
        const Diagnostics d = check(kBase
                                    + "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: v}\n"
                                      "spec:\n  hosts: [a.example.com]\n  gateways: [gw]\n"
                                      "  http:\n  - route:\n    - destination: {host: ghost.example.com}\n"
                                      "      weight: 50\n"
                                      "    - destination: {host: a.example.com, subset: v9, port: {number: 80}}\n"
                                      "      weight: 50\n");
        const Diagnostic *nc = find(d, QStringLiteral("IST0101"));
        QVERIFY(nc);
        QCOMPARE(nc->severity, Diagnostic::Severity::Warning);
        QVERIFY(nc->message.contains(QLatin1String("503 NC")));
        bool subset = false;
        for (const Diagnostic &x : d)
            subset |= x.severity == Diagnostic::Severity::Error && x.fieldPath.endsWith(QLatin1String(".subset"));
        QVERIFY(subset);
    }

    void destinationPortNeededForMultiPortService()
    {
        const Diagnostics d = check(kBase
                                    + "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: v}\n"
                                      "spec:\n  hosts: [a.example.com]\n  gateways: [gw]\n"
                                      "  http:\n  - route: [{destination: {host: a.example.com}}]\n");
        QVERIFY(find(d, QStringLiteral("IST0112")));
    }

    void sniHostsMustBeCoveredAndOnPassthrough()
    {
        const Diagnostics d = check(kBase
                                    + "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: v}\n"
                                      "spec:\n  hosts: [s.example.com]\n  gateways: [gw]\n"
                                      "  tls:\n  - match: [{port: 80, sniHosts: [x.example.org]}]\n"
                                      "    route: [{destination: {host: s.example.com, port: {number: 443}}}]\n");
        QVERIFY(find(d, QStringLiteral("sni-host")));
        QVERIFY(find(d, QStringLiteral("tls-route-port")));
    }

    void conflictingPortProtocols()
    {
        const Diagnostics d = check(kBase
                                    + "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: gw2}\n"
                                      "spec:\n  servers:\n  - port: {number: 80, name: tls, protocol: TLS}\n"
                                      "    tls: {mode: PASSTHROUGH}\n    hosts: [b.example.com]\n");
        const Diagnostic *c = find(d, QStringLiteral("IST0145"), QStringLiteral("Gateway/gw2"));
        QVERIFY(c);
        QCOMPARE(c->severity, Diagnostic::Severity::Error);
    }

    void aMisspeltDestinationHostGetsASuggestion()
    {
        const Diagnostics d = check(kBase
                                    + "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: v}\n"
                                      "spec:\n  hosts: [a.example.com]\n  gateways: [gw]\n"
                                      "  http:\n  - route: [{destination: {host: a.exmple.com, port: {number: 80}}}]\n");
        const Diagnostic *c = find(d, QStringLiteral("IST0101"));
        QVERIFY(c);
        QVERIFY2(c->message.endsWith(QLatin1String("get 503 NC; did you mean \"a.example.com\"?")), qPrintable(c->message));
        // Nothing near: no guess.
        const Diagnostics far = check(kBase
                                      + "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: v}\n"
                                        "spec:\n  hosts: [a.example.com]\n  gateways: [gw]\n"
                                        "  http:\n  - route: [{destination: {host: other.test, port: {number: 80}}}]\n");
        QVERIFY(find(far, QStringLiteral("IST0101")));
        QVERIFY(!find(far, QStringLiteral("IST0101"))->message.contains(QLatin1String("did you mean")));
    }

    void gatewaysOfOneWorkloadServingOneHost()
    {
        // Same (empty) selector, port 80, and a host overlapping gw's a.example.com.
        const QByteArray second = "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: gw2}\n"
                                  "spec:\n  servers:\n  - port: {number: 80, name: http, protocol: HTTP}\n"
                                  "    hosts: [b.example.com, '*.example.com']\n";
        Diagnostics d = check(kBase + second);
        const Diagnostic *c = find(d, QStringLiteral("IST0145"), QStringLiteral("Gateway/gw2"));
        QVERIFY(c);
        QCOMPARE(c->severity, Diagnostic::Severity::Warning); // the engine serves both, merged
        QCOMPARE(c->fieldPath, QStringLiteral("spec.servers[0].hosts[1]"));
        QVERIFY2(c->message.contains(QStringLiteral("Gateway gw also serves \"a.example.com\" on port 80")), qPrintable(c->message));

        // Another workload (selector) is another gateway in a cluster: no conflict.
        QByteArray elsewhere = second;
        elsewhere.replace("spec:\n", "spec:\n  selector: {istio: egressgateway}\n");
        d = check(kBase + elsewhere);
        QVERIFY(!find(d, QStringLiteral("IST0145")));
    }

    void duplicateNames()
    {
        const Diagnostics d = check(kBase + "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: a}\n"
                                            "spec: {hosts: [z.example.com], resolution: DNS}\n");
        QVERIFY(find(d, QStringLiteral("duplicate-name")));
    }

    void resourceLevelRules_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("code");
        const QByteArray vs = "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: v}\nspec:\n"
                              "  hosts: [a.example.com]\n  gateways: [gw]\n";
        QTest::newRow("unreachable route")
            << vs + "  http:\n  - route: [{destination: {host: a.example.com, port: {number: 80}}}]\n"
                    "  - match: [{uri: {prefix: /x}}]\n    route: [{destination: {host: a.example.com, port: {number: 80}}}]\n"
            << QStringLiteral("IST0130");
        QTest::newRow("weights not 100")
            << vs + "  http:\n  - route:\n    - {destination: {host: a.example.com, port: {number: 80}}, weight: 50}\n"
                    "    - {destination: {host: a.example.com, port: {number: 80}}, weight: 40}\n"
            << QStringLiteral("weight-sum");
        QTest::newRow("bad regex")
            << vs + "  http:\n  - match: [{uri: {regex: \"([a-z\"}}]\n    route: [{destination: {host: a.example.com, port: {number: 80}}}]\n"
            << QStringLiteral("regex");
        QTest::newRow("header injection")
            << vs + "  http:\n  - route: [{destination: {host: a.example.com, port: {number: 80}}}]\n"
                    "    headers: {request: {set: {x-a: \"ok\\r\\nx-evil: 1\"}}}\n"
            << QStringLiteral("header-injection");
        QTest::newRow("route and redirect")
            << vs + "  http:\n  - route: [{destination: {host: a.example.com, port: {number: 80}}}]\n    redirect: {uri: /x}\n"
            << QStringLiteral("http-route");
        QTest::newRow("bad duration")
            << vs + "  http:\n  - route: [{destination: {host: a.example.com, port: {number: 80}}}]\n    timeout: 5 seconds\n"
            << QStringLiteral("duration");
        QTest::newRow("retryOn typo")
            << vs + "  http:\n  - route: [{destination: {host: a.example.com, port: {number: 80}}}]\n"
                    "    retries: {attempts: 2, retryOn: \"5xxx\"}\n"
            << QStringLiteral("retry-on");
        QTest::newRow("retries without attempts")
            << vs + "  http:\n  - route: [{destination: {host: a.example.com, port: {number: 80}}}]\n"
                    "    retries: {perTryTimeout: 2s}\n"
            << QStringLiteral("retry-attempts");
        QTest::newRow("uppercase header match")
            << vs + "  http:\n  - match: [{headers: {X-User: {exact: a}}}]\n    route: [{destination: {host: a.example.com, port: {number: 80}}}]\n"
            << QStringLiteral("header-name");
        QTest::newRow("gateway targetPort")
            << QByteArray("apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: g3}\nspec:\n  servers:\n"
                          "  - port: {number: 81, name: h, protocol: HTTP, targetPort: 8081}\n    hosts: [q.example.com]\n")
            << QStringLiteral("target-port");
        QTest::newRow("short gateway host")
            << QByteArray("apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: g3}\nspec:\n  servers:\n"
                          "  - port: {number: 81, name: h, protocol: HTTP}\n    hosts: [foo*.example.com]\n")
            << QStringLiteral("host");
        QTest::newRow("tls needs block")
            << QByteArray("apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: g3}\nspec:\n  servers:\n"
                          "  - port: {number: 9443, name: t, protocol: TLS}\n    hosts: [q.example.com]\n")
            << QStringLiteral("tls-required");
        QTest::newRow("resolution none")
            << QByteArray("apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: n}\n"
                          "spec: {hosts: [n.example.com], ports: [{number: 80, name: http, protocol: HTTP}]}\n")
            << QStringLiteral("resolution-none");
        QTest::newRow("static needs ips")
            << QByteArray("apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: n}\n"
                          "spec: {hosts: [n.example.com], resolution: STATIC, endpoints: [{address: host.example}]}\n")
            << QStringLiteral("resolution");
        QTest::newRow("bad name")
            << QByteArray("apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: Bad_Name}\n"
                          "spec: {hosts: [n.example.com], resolution: DNS}\n")
            << QStringLiteral("name");
    }

    void resourceLevelRules()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, code);
        const Diagnostics d = check(kBase + yaml);
        const Diagnostic *hit = find(d, code);
        QVERIFY2(hit, qPrintable(code));
        QVERIFY(hit->pos.line > 19); // positioned inside the document under test, not at the top
    }

    // Istio's webhook takes Envoy's retry conditions and named HTTP status codes, split on commas
    // only: what it would refuse is an error here too, with the offending item named.
    void retryOnIsCheckedAsIstioDoes()
    {
        const QByteArray vs = "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: v}\nspec:\n"
                              "  hosts: [a.example.com]\n  gateways: [gw]\n  http:\n"
                              "  - route: [{destination: {host: a.example.com, port: {number: 80}}}]\n"
                              "    retries: {attempts: 3, retryOn: \"";
        auto retryOnErrors = [&](const QByteArray &retryOn) {
            QStringList out;
            for (const Diagnostic &d : check(kBase + vs + retryOn + "\"}\n"))
                if (d.code == u"retry-on") {
                    if (d.severity != Diagnostic::Severity::Error)
                        return QStringList{QStringLiteral("not an error: ") + d.message};
                    out.append(d.message);
                }
            return out;
        };
        QCOMPARE(retryOnErrors("5xx,gateway-error,reset,reset-before-request,connect-failure,retriable-4xx,"
                               "refused-stream,retriable-status-codes,unavailable,cancelled,503,429"),
                 QStringList());
        const QStringList typo = retryOnErrors("5xx,conect-failure,599");
        QCOMPARE(typo.size(), 2); // 599 has no name in net/http, so Istio refuses it too
        QVERIFY2(typo[0].contains(QStringLiteral("\"conect-failure\" is not a valid retryOn policy")), qPrintable(typo[0]));
        QVERIFY2(typo[1].contains(QStringLiteral("\"599\"")), qPrintable(typo[1]));
        const QStringList spaced = retryOnErrors("5xx, reset");
        QCOMPARE(spaced.size(), 1);
        QVERIFY2(spaced[0].contains(QStringLiteral("no spaces around the commas")), qPrintable(spaced[0]));
        // A status code is read as Go's strconv.Atoi reads it: a sign and leading zeros are
        // fine, whitespace is not.
        QCOMPARE(retryOnErrors("+503,0429"), QStringList());
        const QStringList padded = retryOnErrors("503 ,\t502,-503,5xx,504\\n");
        QCOMPARE(padded.size(), 4);
        QVERIFY2(padded[0].contains(QStringLiteral("no spaces around the commas")), qPrintable(padded[0]));
        QVERIFY2(padded[1].contains(QStringLiteral("no spaces around the commas")), qPrintable(padded[1]));
        QVERIFY2(padded[2].contains(QStringLiteral("\"-503\" is not a valid")), qPrintable(padded[2]));
        QVERIFY2(padded[3].contains(QStringLiteral("no spaces around the commas")), qPrintable(padded[3])); // "504\\n"
    }

    // The classic mistake: a VirtualService for a host the Gateway exposes, without gateways:
    // it binds only to the mesh and the gateway answers 404. Not said when another
    // VirtualService routes that host at the gateway (mesh-only on purpose).
    void meshOnlyVirtualServiceForAnExposedHostIsNamed()
    {
        const QByteArray meshOnly = "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: m}\nspec:\n"
                                    "  hosts: [a.example.com]\n"
                                    "  http:\n  - route: [{destination: {host: a.example.com, port: {number: 80}}}]\n";
        const Diagnostics d = check(kBase + meshOnly);
        const Diagnostic *hit = find(d, QStringLiteral("mesh-only-exposed"));
        QVERIFY(hit);
        QVERIFY2(hit->severity == Diagnostic::Severity::Warning, qPrintable(hit->toString()));
        QCOMPARE(hit->pos.line, 24); // the host entry
        QVERIFY2(hit->message.contains(u"gateways: [gw]"), qPrintable(hit->message));

        const QByteArray atGateway = "---\napiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: g}\nspec:\n"
                                     "  hosts: [a.example.com]\n  gateways: [gw]\n"
                                     "  http:\n  - route: [{destination: {host: a.example.com, port: {number: 80}}}]\n";
        QVERIFY(!find(check(kBase + meshOnly + atGateway), QStringLiteral("mesh-only-exposed")));
        // A host no gateway exposes is a plain mesh VirtualService.
        QByteArray elsewhere = meshOnly;
        elsewhere.replace("hosts: [a.example.com]", "hosts: [z.example.com]");
        QVERIFY(!find(check(kBase + elsewhere), QStringLiteral("mesh-only-exposed")));
        // Nor when only a TLS passthrough server has the host (no 404 there), or when the
        // gateway takes "*", which exposes every internal service without meaning to.
        QByteArray passthrough = meshOnly;
        passthrough.replace("hosts: [a.example.com]", "hosts: [s.example.com]");
        QVERIFY(!find(check(kBase + passthrough), QStringLiteral("mesh-only-exposed")));
        QByteArray anyHost = kBase;
        anyHost.replace("    hosts: [a.example.com]\n", "    hosts: [\"*\"]\n");
        elsewhere.replace("hosts: [z.example.com]", "hosts: [reviews.internal]");
        QVERIFY(!find(check(anyHost + elsewhere), QStringLiteral("mesh-only-exposed")));
    }

    // Each dropped cipher suite is named on its own line, so the editor marks the entry itself;
    // a list that names only real TLS 1.2 suites says nothing.
    void cipherSuitesTheGatewayWouldDropAreNamed()
    {
        const QByteArray gateway = "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: g3}\nspec:\n"
                                   "  servers:\n  - port: {number: 9443, name: https, protocol: HTTPS}\n"
                                   "    hosts: [q.example.com]\n"
                                   "    tls:\n      mode: SIMPLE\n      serverCertificate: /c.pem\n      privateKey: /k.pem\n"
                                   "      cipherSuites:\n";
        const Diagnostics clean = check(kBase + gateway + "      - ECDHE-ECDSA-AES128-GCM-SHA256\n      - ECDHE-RSA-AES256-GCM-SHA384\n");
        QVERIFY2(!find(clean, QStringLiteral("cipher-suites")), qPrintable(find(clean, QStringLiteral("cipher-suites"))
                                                                               ? find(clean, QStringLiteral("cipher-suites"))->toString()
                                                                               : QString()));
        const Diagnostics d = check(kBase + gateway
                                    + "      - ECDHE-ECDSA-AES128-GCM-SHA256\n" // line 32
                                      "      - ECDHE-ECDSA-AES128-SHA999\n"     // 33: no such suite
                                      "      - TLS_AES_128_GCM_SHA256\n"        // 34: TLS 1.3
                                      "      - ECDHE-ECDSA-AES128-GCM-SHA256\n"); // 35: again
        QList<int> lines;
        for (const Diagnostic &x : d) {
            if (x.code == u"cipher-suites") {
                QCOMPARE(x.severity, Diagnostic::Severity::Warning);
                lines.append(x.pos.line);
            }
        }
        QCOMPARE(lines, (QList<int>{33, 34, 35}));
        QVERIFY(!hasErrors(d)); // Istio applies the rest; so does the engine

        const Diagnostics none = check(kBase + gateway + "      - BOGUS\n");
        QVERIFY2(std::any_of(none.begin(), none.end(), [](const Diagnostic &x) { return x.message.contains(u"default list"); }),
                 "a list with nothing usable says the default applies");
    }

    void aWronglyTypedRequiredFieldIsOneMistake()
    {
        const QByteArray vs = "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: v}\n"
                              "spec:\n  hosts: [a.example.com]\n  gateways: [gw]\n"
                              "  http:\n  - directResponse:\n      status: %1\n";
        const Diagnostics typed = check(kBase + QByteArray(vs).replace("%1", "abc"));
        QVERIFY(find(typed, QStringLiteral("type")));
        QVERIFY2(!find(typed, QStringLiteral("required")), qPrintable(find(typed, QStringLiteral("required"))
                                                                           ? find(typed, QStringLiteral("required"))->toString()
                                                                           : QString()));
        // Still said when the status is really missing.
        const Diagnostics missing = check(kBase + QByteArray(vs).replace("      status: %1\n", "      body: {string: x}\n"));
        QVERIFY(find(missing, QStringLiteral("required")));
        QVERIFY(!find(missing, QStringLiteral("type")));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
