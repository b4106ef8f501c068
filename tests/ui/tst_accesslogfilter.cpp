// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/accesslogfilter.h"
#include "logs/accesslogmodel.h"
#include "logs/accesslogquery.h"
#include "tst_accesslogfixtures.h"

#include <QSignalSpy>
#include <QTest>

using namespace meshgate;
using meshgate::test::makeBatch;
using meshgate::test::makeRecord;
using meshgate::test::recordIndex;

// The filter language on the fixture's ten kinds of entry (see tst_accesslogfixtures.h):
// 0-4 GET httpbin.org /status/418 418, 5 NR 404 unknown.example.com /headers,
// 6 POST api.example.com:8080 /post 503 UF, 7 GET httpbin.org /headers 200,
// 8 TLS edition.cnn.com, 9 GET httpbin.org /redirect/1 302 from 10.0.0.9.
class TestAccessLogFilter : public QObject
{
    Q_OBJECT

private:
    static QList<int> matching(const QString &text)
    {
        const auto parsed = AccessLogQuery::parse(text);
        if (!parsed.query)
            return {-1};
        QList<int> out;
        for (int i = 0; i < 10; ++i)
            if (parsed.query->matches(LogRow::fromRecord(makeRecord(i))))
                out.append(i);
        return out;
    }

private Q_SLOTS:
    void syntax_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QList<int>>("expected");
        const QList<int> all{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        QTest::newRow("empty") << QString() << all;
        QTest::newRow("blank") << QStringLiteral("   ") << all;
        QTest::newRow("status class") << QStringLiteral("status:5xx") << QList<int>{6};
        QTest::newRow("status class upper-case") << QStringLiteral("STATUS:4XX") << QList<int>{0, 1, 2, 3, 4, 5};
        QTest::newRow("status code") << QStringLiteral("status:404") << QList<int>{5};
        QTest::newRow("status none") << QStringLiteral("status:0") << QList<int>{8};
        QTest::newRow("status dash") << QStringLiteral("status:-") << QList<int>{8};
        QTest::newRow("status list") << QStringLiteral("status:404,5xx") << QList<int>{5, 6};
        QTest::newRow("status repeated means either") << QStringLiteral("status:404 status:5xx") << QList<int>{5, 6};
        QTest::newRow("status excluded") << QStringLiteral("-status:4xx") << QList<int>{6, 7, 8, 9};
        QTest::newRow("status excluded with !") << QStringLiteral("!status:4xx !status:0") << QList<int>{6, 7, 9};
        QTest::newRow("host contains") << QStringLiteral("host:httpbin.org") << QList<int>{0, 1, 2, 3, 4, 7, 9};
        QTest::newRow("host part") << QStringLiteral("host:example") << QList<int>{5, 6};
        QTest::newRow("host matches SNI") << QStringLiteral("host:cnn") << QList<int>{8};
        QTest::newRow("host suffix wildcard ignores port") << QStringLiteral("host:*.example.com") << QList<int>{5, 6};
        QTest::newRow("host case-insensitive") << QStringLiteral("host:HTTPBIN") << QList<int>{0, 1, 2, 3, 4, 7, 9};
        QTest::newRow("sni alias") << QStringLiteral("sni:edition.cnn.com") << QList<int>{8};
        QTest::newRow("flag") << QStringLiteral("flag:NR") << QList<int>{5};
        QTest::newRow("flag lower-case") << QStringLiteral("flag:uf") << QList<int>{6};
        QTest::newRow("flag either") << QStringLiteral("flag:NR,UF") << QList<int>{5, 6};
        QTest::newRow("flag any") << QStringLiteral("flag:any") << QList<int>{5, 6};
        QTest::newRow("flag none") << QStringLiteral("flag:none") << QList<int>{0, 1, 2, 3, 4, 7, 8, 9};
        QTest::newRow("method") << QStringLiteral("method:POST") << QList<int>{6};
        QTest::newRow("method case-insensitive") << QStringLiteral("method:post") << QList<int>{6};
        QTest::newRow("method of a connection") << QStringLiteral("method:TLS") << QList<int>{8};
        QTest::newRow("path prefix") << QStringLiteral("path:/status") << QList<int>{0, 1, 2, 3, 4};
        QTest::newRow("path is a prefix, not a substring") << QStringLiteral("path:status") << QList<int>{};
        QTest::newRow("path prefix is case-sensitive") << QStringLiteral("path:/Status") << QList<int>{};
        QTest::newRow("cluster") << QStringLiteral("cluster:8080") << QList<int>{6};
        QTest::newRow("route") << QStringLiteral("route:api") << QList<int>{6};
        QTest::newRow("client") << QStringLiteral("client:10.0.0") << QList<int>{9};
        QTest::newRow("upstream") << QStringLiteral("upstream:151.101") << QList<int>{8};
        QTest::newRow("keys combine with and") << QStringLiteral("host:httpbin.org path:/headers") << QList<int>{7};
        QTest::newRow("free word") << QStringLiteral("redirect") << QList<int>{9};
        QTest::newRow("free word case-insensitive") << QStringLiteral("HEADERS") << QList<int>{5, 7};
        QTest::newRow("free words all required") << QStringLiteral("headers unknown") << QList<int>{5};
        QTest::newRow("free word in status") << QStringLiteral("418") << QList<int>{0, 1, 2, 3, 4};
        QTest::newRow("free word in flags") << QStringLiteral("UF") << QList<int>{6};
        QTest::newRow("free word in response details") << QStringLiteral("route_not_found") << QList<int>{5};
        QTest::newRow("free word excluded") << QStringLiteral("-httpbin") << QList<int>{5, 6, 8};
        QTest::newRow("quoted phrase") << QStringLiteral("\"connection_failure\"") << QList<int>{6};
        QTest::newRow("unknown key is free text") << QStringLiteral("outbound|443") << QList<int>{8};
        QTest::newRow("url-like word is free text") << QStringLiteral("http://x") << QList<int>{};
        // Not an exclusion of nothing: "-" is searched for (every request id has one; the TLS row has none).
        QTest::newRow("lone dash is a word") << QStringLiteral("-") << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 9};
        QTest::newRow("mixed") << QStringLiteral("status:4xx -flag:NR host:httpbin") << QList<int>{0, 1, 2, 3, 4};
    }

    void syntax()
    {
        QFETCH(QString, filter);
        QFETCH(QList<int>, expected);
        QCOMPARE(matching(filter), expected);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("bad status") << QStringLiteral("status:abc") << QStringLiteral("status:abc");
        QTest::newRow("status out of range") << QStringLiteral("status:7xx") << QStringLiteral("7xx");
        QTest::newRow("status too big") << QStringLiteral("status:1000") << QStringLiteral("1000");
        QTest::newRow("unknown flag") << QStringLiteral("flag:XX") << QStringLiteral("XX");
        QTest::newRow("missing value") << QStringLiteral("host:") << QStringLiteral("value");
        QTest::newRow("error after good terms") << QStringLiteral("host:a status:") << QStringLiteral("value");
    }

    void errors()
    {
        QFETCH(QString, filter);
        QFETCH(QString, mentions);
        const auto parsed = AccessLogQuery::parse(filter);
        QVERIFY(!parsed.query);
        QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
    }

    void invalidFilterKeepsThePreviousOne()
    {
        AccessLogModel model;
        AccessLogFilter filter;
        filter.setSourceModel(&model);
        model.appendRecords(makeBatch(0, 100));
        QSignalSpy errors(&filter, &AccessLogFilter::errorChanged);
        filter.applyFilterText(QStringLiteral("status:5xx"));
        QCOMPARE(filter.rowCount(), 10);
        filter.applyFilterText(QStringLiteral("status:5x"));
        QCOMPARE(errors.size(), 1);
        QVERIFY(!filter.errorString().isEmpty());
        QCOMPARE(filter.rowCount(), 10);
        QCOMPARE(filter.filterText(), QStringLiteral("status:5xx"));
        filter.applyFilterText(QStringLiteral("status:5xx,404"));
        QVERIFY(filter.errorString().isEmpty());
        QCOMPARE(errors.size(), 2);
        QCOMPARE(filter.rowCount(), 20);
    }

    void aWordThatIsNoKeyIsSaidToBeText()
    {
        // "subset:v2" matches no row as text; the user is told why instead of seeing an empty log.
        AccessLogModel model;
        AccessLogFilter filter;
        filter.setSourceModel(&model);
        model.appendRecords(makeBatch(0, 10));
        QSignalSpy notes(&filter, &AccessLogFilter::noteChanged);
        filter.applyFilterText(QStringLiteral("subset:v2 status:4xx"));
        QCOMPARE(filter.rowCount(), 0);
        QCOMPARE(notes.size(), 1);
        QVERIFY2(filter.note().startsWith(QStringLiteral("subset: searched as text")), qPrintable(filter.note()));
        // Text with a colon that is plainly text says nothing: a host:port, a URL.
        filter.applyFilterText(QStringLiteral("api.example.com:8080"));
        QVERIFY(filter.note().isEmpty());
        QCOMPARE(filter.rowCount(), 1);
        filter.applyFilterText(QStringLiteral("localhost:8080 http://x"));
        QVERIFY(filter.note().isEmpty());
        filter.applyFilterText(QStringLiteral("host:httpbin.org"));
        QVERIFY(filter.note().isEmpty());
        QCOMPARE(notes.size(), 2);
    }

    void typingIsDebounced()
    {
        AccessLogModel model;
        AccessLogFilter filter;
        filter.setSourceModel(&model);
        model.appendRecords(makeBatch(0, 100));
        QSignalSpy applied(&filter, &AccessLogFilter::filterApplied);
        // Keystrokes in quick succession: nothing is applied until the typing pauses.
        for (const QString &partial : {QStringLiteral("s"), QStringLiteral("st"), QStringLiteral("status:"),
                                        QStringLiteral("status:4"), QStringLiteral("status:404")}) {
            filter.setFilterText(partial);
            QCOMPARE(filter.rowCount(), 100);
        }
        QVERIFY(applied.wait(5000));
        QCOMPARE(applied.size(), 1);
        QCOMPARE(filter.filterText(), QStringLiteral("status:404"));
        QCOMPARE(filter.rowCount(), 10);
        // The intermediate "status:" (an error) was never applied or reported.
        QVERIFY(filter.errorString().isEmpty());
    }

    void largeLogRefiltersAndKeepsUp()
    {
        // 100,000 rows: a filter change rescans them all, then each batch costs only its own rows.
        AccessLogModel model;
        AccessLogFilter filter;
        filter.setSourceModel(&model);
        for (int b = 0; b < 50; ++b)
            model.appendRecords(makeBatch(b * 2000, 2000));
        QCOMPARE(model.rowCount(), 100000);
        filter.applyFilterText(QStringLiteral("host:example -status:5xx"));
        QCOMPARE(filter.rowCount(), 10000);
        model.appendRecords(makeBatch(100000, 2000));
        QCOMPARE(model.rowCount(), 100000);
        QCOMPARE(filter.rowCount(), 10000);
        const int first = recordIndex(model.logRow(filter.sourceRow(0)).startTimeMs());
        QCOMPARE(first, 2005);
    }
};

QTEST_MAIN(TestAccessLogFilter)
#include "tst_accesslogfilter.moc"
