// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpheaders.h"
#include "http/httpresponsehead.h"

#include <QTest>

using namespace meshgate;

namespace {

QByteArray serialized(const HttpHeaders &h)
{
    QByteArray out;
    h.appendTo(out);
    return out;
}

} // namespace

class TestHttpHeaders : public QObject
{
    Q_OBJECT

private slots:
    void lookupIgnoresCaseAndKeepsReceivedCase()
    {
        HttpHeaders h;
        h.add("Content-Type", "text/html");
        h.add("X-Request-ID", "abc");
        QCOMPARE(h.value("content-type"), QByteArrayView("text/html"));
        QCOMPARE(h.value("X-REQUEST-id"), QByteArrayView("abc"));
        QVERIFY(h.contains("x-request-id"));
        QVERIFY(!h.contains("x-request"));
        QCOMPARE(h.at(1).name, QByteArrayView("X-Request-ID"));
    }

    void absentAndEmptyValuesDiffer()
    {
        HttpHeaders h;
        h.add("X-Empty", "");
        QVERIFY(h.value("x-missing").isNull());
        QVERIFY(!h.value("x-empty").isNull());
        QVERIFY(h.value("x-empty").isEmpty());
    }

    void preservesOrderOfRepeatedFields()
    {
        HttpHeaders h;
        h.add("Set-Cookie", "a=1");
        h.add("Vary", "Accept");
        h.add("set-cookie", "b=2");
        QCOMPARE(h.count("SET-COOKIE"), 2);
        QCOMPARE(h.indexOf("set-cookie", 1), 2);
        QCOMPARE(h.combinedValue("set-cookie"), QByteArray("a=1, b=2"));
        QVERIFY(h.combinedValue("absent").isNull());
        QCOMPARE(serialized(h), QByteArray("Set-Cookie: a=1\r\nVary: Accept\r\nset-cookie: b=2\r\n"));
    }

    void setReplacesFirstInPlaceAndDropsTheRest()
    {
        HttpHeaders h;
        h.add("Via", "1.1 a");
        h.add("Host", "old");
        h.add("via", "1.1 b");
        h.add("Accept", "*/*");
        h.set("VIA", "1.1 meshgate");
        QCOMPARE(serialized(h), QByteArray("Via: 1.1 meshgate\r\nHost: old\r\nAccept: */*\r\n"));
        h.set("X-New", "1");
        QCOMPARE(h.at(h.size() - 1).name, QByteArrayView("X-New"));
    }

    void setAcceptsViewsIntoItself()
    {
        // The arena may grow while a view into it is being copied.
        HttpHeaders h;
        h.add("A", QByteArray(100, 'a'));
        for (int i = 0; i < 20; ++i)
            h.set("B" + QByteArray::number(i), h.value("a"));
        h.set("A", h.value("b3"));
        QCOMPARE(h.value("a"), QByteArrayView(QByteArray(100, 'a')));
        QCOMPARE(h.value("b19"), QByteArrayView(QByteArray(100, 'a')));
    }

    void removeDropsEveryMatch()
    {
        HttpHeaders h;
        h.add("Connection", "keep-alive");
        h.add("Keep-Alive", "timeout=5");
        h.add("connection", "upgrade");
        QCOMPARE(h.remove("CONNECTION"), 2);
        QCOMPARE(h.remove("connection"), 0);
        QCOMPARE(serialized(h), QByteArray("Keep-Alive: timeout=5\r\n"));
        h.removeAt(0);
        QVERIFY(h.isEmpty());
    }

    void clearKeepsCapacity()
    {
        HttpHeaders h;
        for (int i = 0; i < 30; ++i)
            h.add("X-Field-" + QByteArray::number(i), "some value");
        const char *arena = h.at(0).name.data();
        h.clear();
        QVERIFY(h.isEmpty());
        h.add("Y", "z");
        QCOMPARE(h.at(0).name.data(), arena);
    }

    void iteratesInOrder()
    {
        HttpHeaders h;
        h.add("A", "1");
        h.add("B", "2");
        QByteArray seen;
        for (const auto &field : h)
            seen += field.name.toByteArray() + field.value.toByteArray();
        QCOMPARE(seen, QByteArray("A1B2"));
    }

    void equalityComparesNamesAndValuesInOrder()
    {
        HttpHeaders a;
        a.add("A", "1");
        HttpHeaders b;
        b.add("A", "1");
        QVERIFY(a == b);
        b.add("B", "2");
        QVERIFY(a != b);
    }

    void responseHeadSerializes()
    {
        HttpResponseHead head;
        head.setStatus(503);
        head.headers().add("Content-Length", "19");
        head.headers().add("Server", "meshgate");
        QByteArray out;
        head.appendTo(out);
        QCOMPARE(out, QByteArray("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 19\r\nServer: meshgate\r\n\r\n"));
        QCOMPARE(head.serializedSize(), out.size());
    }
};

QTEST_GUILESS_MAIN(TestHttpHeaders)
#include "tst_httpheaders.moc"
