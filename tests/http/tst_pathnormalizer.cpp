// SPDX-License-Identifier: GPL-3.0-or-later
// Istio's default path normalization (BASE): the examples of istio.io's "Authorization Policy
// Normalization" page and RFC 3986 §5.2.4, plus what must stay untouched.
#include "http/pathnormalizer.h"

#include <QTest>

using namespace meshgate;

class TestPathNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void normalizes_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("dot segments") << QByteArray("/public/./data/abc/../xyz") << QByteArray("/public/data/xyz");
        QTest::newRow("parent then match") << QByteArray("/x/../items/42") << QByteArray("/items/42");
        QTest::newRow("current dir") << QByteArray("/./items/42") << QByteArray("/items/42");
        QTest::newRow("never above root") << QByteArray("/api/../../etc/passwd") << QByteArray("/etc/passwd");
        QTest::newRow("trailing dot-dot") << QByteArray("/a/b/..") << QByteArray("/a/");
        QTest::newRow("trailing dot") << QByteArray("/a/.") << QByteArray("/a/");
        QTest::newRow("only dot-dot") << QByteArray("/..") << QByteArray("/");
        QTest::newRow("backslash") << QByteArray("/some\\data") << QByteArray("/some/data");
        QTest::newRow("backslash climbs") << QByteArray("/a\\..\\admin") << QByteArray("/admin");
        QTest::newRow("unreserved decoded") << QByteArray("/%61%62%63/%7Euser_%2D%5f") << QByteArray("/abc/~user_-_");
        QTest::newRow("encoded dots are dots") << QByteArray("/api/%2e%2e/admin") << QByteArray("/admin");
        QTest::newRow("query untouched") << QByteArray("/a/../b?x=/../%41&y=\\") << QByteArray("/b?x=/../%41&y=\\");
        QTest::newRow("empty path of absolute-form") << QByteArray("?q=1") << QByteArray("/?q=1");
        QTest::newRow("mixed-case encoded dots") << QByteArray("/a/%2E%2e/b") << QByteArray("/b");
        QTest::newRow("decoded once only") << QByteArray("/%%32E") << QByteArray("/%2E");
    }

    void normalizes()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, expected);
        QByteArray out;
        QCOMPARE(PathNormalizer::normalize(in, out), PathNormalizer::Outcome::Changed);
        QCOMPARE(out, expected);
    }

    void leavesAlone_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::newRow("root") << QByteArray("/");
        QTest::newRow("plain") << QByteArray("/status/418?a=b");
        QTest::newRow("slashes are not merged") << QByteArray("/a//b");
        QTest::newRow("encoded slash stays") << QByteArray("/a%2Fb/%5c");
        QTest::newRow("reserved stays encoded") << QByteArray("/a%20b%3F");
        QTest::newRow("dots inside names") << QByteArray("/a.b/..c/.d/e..");
        QTest::newRow("truncated escape") << QByteArray("/a%4");
        QTest::newRow("non-hex escape") << QByteArray("/a%zz");
        QTest::newRow("encoded space") << QByteArray("/files/a%20b");
        QTest::newRow("dot-led names") << QByteArray("/.well-known/acme-challenge/x");
        QTest::newRow("dots then encoded slash") << QByteArray("/..%2f");
        QTest::newRow("NUL in the query") << QByteArray("/a?x=%00");
    }

    void leavesAlone()
    {
        QFETCH(QByteArray, in);
        QByteArray out = "untouched";
        QCOMPARE(PathNormalizer::normalize(in, out), PathNormalizer::Outcome::Unchanged);
        QCOMPARE(out, QByteArray("untouched"));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::newRow("encoded NUL") << QByteArray("/a%00b");
        QTest::newRow("no leading slash") << QByteArray("a/b");
    }

    void rejects()
    {
        QFETCH(QByteArray, in);
        QByteArray out;
        QCOMPARE(PathNormalizer::normalize(in, out), PathNormalizer::Outcome::Rejected);
    }
};

QTEST_GUILESS_MAIN(TestPathNormalizer)
#include "tst_pathnormalizer.moc"
