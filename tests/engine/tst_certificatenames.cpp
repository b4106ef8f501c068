// SPDX-License-Identifier: GPL-3.0-or-later
// subjectAltNames are matched against a certificate's names as Envoy matches them: a
// DestinationRule naming api.example.com accepts a *.example.com certificate, a mesh identity
// is a URI, and an address is an address however it is spelled.
#include "tls/certificatenames.h"

#include "testcertificate.h"

#include <QTemporaryDir>
#include <QTest>

using namespace meshgate;
using namespace meshgate::test;

class TestCertificateNames : public QObject
{
    Q_OBJECT
private slots:
    void namesOfEveryKindAreRead()
    {
        QTemporaryDir dir;
        QString error;
        const auto cert = TestCertificate::generate(dir.path(), QStringLiteral("mixed"),
                                                    {QStringLiteral("*.example.com"), QStringLiteral("URI:spiffe://cluster.local/ns/a/sa/b"),
                                                     QStringLiteral("IP:2001:db8::1"), QStringLiteral("IP:127.0.0.9"),
                                                     QStringLiteral("email:ops@example.com")},
                                                    &error);
        QVERIFY2(cert, qPrintable(error));
        const QStringList names = CertificateNames::subjectAltNames(cert->certificate());
        QCOMPARE(names, (QStringList{QStringLiteral("*.example.com"), QStringLiteral("spiffe://cluster.local/ns/a/sa/b"),
                                     QStringLiteral("2001:db8::1"), QStringLiteral("127.0.0.9"),
                                     QStringLiteral("ops@example.com")}));

        const auto matches = [&](const char *wanted) {
            return CertificateNames::matchesAny(cert->certificate(), {QString::fromLatin1(wanted)});
        };
        QVERIFY(matches("api.example.com"));      // one label under the wildcard
        QVERIFY(matches("API.Example.com"));      // DNS names have no case
        QVERIFY(!matches("a.b.example.com"));     // a wildcard covers one label only
        QVERIFY(!matches("example.com"));
        QVERIFY(matches("spiffe://cluster.local/ns/a/sa/b"));
        QVERIFY(!matches("spiffe://cluster.local/ns/a/sa/B")); // URIs are exact
        QVERIFY(matches("2001:DB8:0::1"));        // the same address spelled otherwise
        QVERIFY(matches("127.0.0.9"));
        QVERIFY(!matches("127.0.0.1"));
        QVERIFY(matches("ops@example.com"));
        QVERIFY(CertificateNames::matchesAny(cert->certificate(), {QStringLiteral("nope"), QStringLiteral("127.0.0.9")}));
    }
};

QTEST_GUILESS_MAIN(TestCertificateNames)
#include "tst_certificatenames.moc"
