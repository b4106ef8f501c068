// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/hostmatch.h"

#include <QTest>

using namespace meshgate;

// Cases from istio/istio pkg/config/host (Name.Matches / Name.SubsetOf) and the "Host matching"
// section of the semantics doc.
class TestHostMatch : public QObject
{
    Q_OBJECT
private slots:
    void overlaps_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("expected");
        QTest::newRow("both empty") << "" << "" << true;
        QTest::newRow("first empty") << "" << "foo.com" << false;
        QTest::newRow("second empty") << "foo.com" << "" << false;
        QTest::newRow("same name") << "foo.com" << "foo.com" << true;
        QTest::newRow("case-insensitive") << "Foo.COM" << "foo.com" << true;
        QTest::newRow("different names") << "bar.com" << "foo.com" << false;
        QTest::newRow("domain vs subdomain") << "bar.foo.com" << "foo.com" << false;
        QTest::newRow("subdomain vs domain") << "foo.com" << "bar.foo.com" << false;
        QTest::newRow("wildcard covers subdomain") << "*.com" << "foo.com" << true;
        QTest::newRow("order does not matter") << "foo.com" << "*.com" << true;
        QTest::newRow("wildcard one level") << "*.foo.com" << "bar.foo.com" << true;
        QTest::newRow("wildcard any depth") << "*.foo.com" << "a.b.foo.com" << true;
        QTest::newRow("star covers name") << "*" << "foo.com" << true;
        QTest::newRow("star covers wildcard") << "*" << "*.com" << true;
        QTest::newRow("star covers short name") << "*" << "com" << true;
        QTest::newRow("star covers star") << "*" << "*" << true;
        QTest::newRow("star covers empty") << "*" << "" << true;
        QTest::newRow("wildcard covers longer wildcard") << "*.com" << "*.foo.com" << true;
        QTest::newRow("wildcard not its own apex") << "foo.com" << "*.foo.com" << false;
        QTest::newRow("wildcard not its own apex, reversed") << "*.foo.com" << "foo.com" << false;
        QTest::newRow("long wildcard vs short host") << "*.foo.bar.baz" << "baz" << false;
        QTest::newRow("long wildcard vs short wildcard") << "*.foo.bar.baz" << "*.baz" << true;
        QTest::newRow("long name vs short wildcard") << "foo.bar.baz" << "*.baz" << true;
        QTest::newRow("suffix is label-aligned") << "*.foo.com" << "barfoo.com" << false;
        QTest::newRow("unrelated wildcards") << "*.foo.com" << "*.bar.com" << false;
    }
    void overlaps()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, expected);
        QCOMPARE(hostmatch::overlaps(a, b), expected);
        QCOMPARE(hostmatch::overlaps(b, a), expected); // symmetric
    }

    void subsetOf_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("expected");
        QTest::newRow("both empty") << "" << "" << true;
        QTest::newRow("first empty") << "" << "foo.com" << false;
        QTest::newRow("second empty") << "foo.com" << "" << false;
        QTest::newRow("same name") << "foo.com" << "foo.com" << true;
        QTest::newRow("different names") << "bar.com" << "foo.com" << false;
        QTest::newRow("domain vs subdomain") << "bar.foo.com" << "foo.com" << false;
        QTest::newRow("subdomain vs domain") << "foo.com" << "bar.foo.com" << false;
        QTest::newRow("name in wildcard") << "foo.com" << "*.com" << true;
        QTest::newRow("deeper name in wildcard") << "bar.foo.com" << "*.foo.com" << true;
        QTest::newRow("name in star") << "foo.com" << "*" << true;
        QTest::newRow("wildcard in star") << "*.com" << "*" << true;
        QTest::newRow("star in star") << "*" << "*" << true;
        QTest::newRow("empty in star") << "" << "*" << true;
        QTest::newRow("narrow wildcard in wide one") << "*.foo.com" << "*.com" << true;
        QTest::newRow("wide wildcard not in narrow one") << "*.com" << "*.foo.com" << false;
        QTest::newRow("wildcard not in its apex") << "*.foo.com" << "foo.com" << false;
        QTest::newRow("wildcard not in a name") << "*.foo.com" << "a.foo.com" << false;
        QTest::newRow("star not in wildcard") << "*" << "*.com" << false;
        QTest::newRow("long wildcard vs short host") << "*.foo.bar.baz" << "baz" << false;
        QTest::newRow("long name in short wildcard") << "foo.bar.baz" << "*.baz" << true;
    }
    void subsetOf()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, expected);
        QCOMPARE(hostmatch::subsetOf(a, b), expected);
    }

    void intersect_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wildcard and name keep the name") << "*.foo.com" << "a.foo.com" << "a.foo.com";
        QTest::newRow("name and wildcard keep the name") << "a.foo.com" << "*.foo.com" << "a.foo.com";
        QTest::newRow("star and name") << "*" << "httpbin.org" << "httpbin.org";
        QTest::newRow("two wildcards keep the narrow one") << "*.com" << "*.foo.com" << "*.foo.com";
        QTest::newRow("equal names, lower-cased") << "HttpBin.org" << "httpbin.ORG" << "httpbin.org";
        QTest::newRow("star and star") << "*" << "*" << "*";
        QTest::newRow("disjoint") << "a.com" << "b.com" << "";
        QTest::newRow("apex is not covered") << "*.foo.com" << "foo.com" << "";
    }
    void intersect()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, expected);
        QCOMPARE(hostmatch::intersect(a, b), expected);
    }

    void matchesConcreteHost_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("expected");
        QTest::newRow("exact") << "edition.cnn.com" << "edition.cnn.com" << true;
        QTest::newRow("exact ignores case") << "edition.cnn.com" << "EDITION.cnn.com" << true;
        QTest::newRow("wildcard") << "*.example.net" << "app.example.net" << true;
        QTest::newRow("wildcard deep") << "*.example.net" << "a.b.example.net" << true;
        QTest::newRow("wildcard not apex") << "*.example.net" << "example.net" << false;
        QTest::newRow("wildcard label boundary") << "*.example.net" << "myexample.net" << false;
        QTest::newRow("star") << "*" << "anything.at.all" << true;
        QTest::newRow("different") << "a.example.net" << "b.example.net" << false;
    }
    void matchesConcreteHost()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, host);
        QFETCH(bool, expected);
        QCOMPARE(hostmatch::matches(pattern, host), expected);
    }

    void stripPort_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name") << "httpbin.org" << "httpbin.org";
        QTest::newRow("name:port") << "httpbin.org:8080" << "httpbin.org";
        QTest::newRow("ipv4:port") << "127.0.0.1:80" << "127.0.0.1";
        QTest::newRow("[ipv6]:port") << "[::1]:8080" << "[::1]";
        QTest::newRow("[ipv6]") << "[::1]" << "[::1]";
        QTest::newRow("bare ipv6") << "::1" << "::1";
    }
    void stripPort()
    {
        QFETCH(QString, header);
        QFETCH(QString, expected);
        QCOMPARE(hostmatch::stripPort(header).toString(), expected);
    }

    void syntax_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("shortNamesAllowed");
        QTest::addColumn<int>("expected");
        using E = hostmatch::SyntaxError;
        QTest::newRow("fqdn") << "httpbin.org" << false << int(E::None);
        QTest::newRow("wildcard") << "*.example.com" << false << int(E::None);
        QTest::newRow("star") << "*" << false << int(E::None);
        QTest::newRow("ip") << "10.0.0.1" << false << int(E::None);
        QTest::newRow("empty") << "" << false << int(E::Empty);
        QTest::newRow("partial wildcard in label") << "foo*.example.com" << false << int(E::PartialWildcard);
        QTest::newRow("wildcard in the middle") << "a.*.example.com" << false << int(E::PartialWildcard);
        QTest::newRow("wildcard without dot") << "*example.com" << false << int(E::PartialWildcard);
        QTest::newRow("short name on a gateway") << "reviews" << false << int(E::ShortName);
        QTest::newRow("short name in a VirtualService") << "reviews" << true << int(E::None);
        QTest::newRow("bad characters") << "ex ample.com" << false << int(E::InvalidCharacters);
        QTest::newRow("label starts with dash") << "-a.example.com" << false << int(E::InvalidCharacters);
        QTest::newRow("empty label") << "a..example.com" << false << int(E::InvalidCharacters);
        QTest::newRow("too long") << QString(250, QLatin1Char('a')) + QStringLiteral(".com") << false << int(E::TooLong);
    }
    void syntax()
    {
        QFETCH(QString, host);
        QFETCH(bool, shortNamesAllowed);
        QFETCH(int, expected);
        const hostmatch::SyntaxError e = hostmatch::checkSyntax(host, shortNamesAllowed);
        QCOMPARE(int(e), expected);
        QCOMPARE(hostmatch::describe(e).isEmpty(), e == hostmatch::SyntaxError::None);
    }
};

QTEST_GUILESS_MAIN(TestHostMatch)
#include "tst_hostmatch.moc"
