// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpresponseparser.h"
#include "httpparsetranscript.h"

#include <QTest>

using namespace meshgate;
using meshgate::testing::transcript;
using Status = HttpParseStatus;

namespace {

const QByteArray kOk = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello";

// Feeds `input` whole and returns the body bytes and the number of completed messages.
struct Outcome
{
    QByteArray body;
    int messages = 0;
    qsizetype consumed = 0;
    HttpParseStatus last = Status::NeedMore;
};

Outcome drive(HttpResponseParser &parser, QByteArrayView input)
{
    Outcome o;
    for (int guard = 0; guard < 1000; ++guard) {
        const HttpParseResult r = parser.feed(input.data() + o.consumed, input.size() - o.consumed);
        o.consumed += r.consumed;
        o.last = r.status;
        if (r.status == Status::Body)
            o.body += r.bytes().toByteArray();
        else if (r.status == Status::MessageComplete)
            ++o.messages;
        else if (r.status == Status::NeedMore || r.status == Status::Error || r.status == Status::Tunnel)
            break;
    }
    return o;
}

} // namespace

class TestHttpResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesContentLengthResponse()
    {
        HttpResponseParser parser;
        const HttpParseResult r = parser.feed(kOk);
        QCOMPARE(r.status, Status::HeadComplete);
        QCOMPARE(parser.head().statusCode(), 200);
        QCOMPARE(parser.head().reason(), QByteArrayView("OK"));
        QCOMPARE(parser.head().bodyFraming(), HttpBodyFraming::ContentLength);
        QCOMPARE(parser.head().contentLength(), 5);
        QVERIFY(parser.head().keepAlive());
        const Outcome rest = drive(parser, QByteArrayView(kOk).sliced(r.consumed));
        QCOMPARE(rest.body, QByteArray("hello"));
        QCOMPARE(rest.messages, 1);
    }

    void chunkedResponseWithTrailers()
    {
        HttpResponseParser parser;
        const QByteArray msg = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: Grpc-Status\r\n\r\n"
                               "a\r\n0123456789\r\n1;ext\r\n!\r\n0\r\nGrpc-Status: 0\r\n\r\n";
        const Outcome o = drive(parser, msg);
        QCOMPARE(o.body, QByteArray("0123456789!"));
        QCOMPARE(o.messages, 1);
        QCOMPARE(parser.trailers().value("grpc-status"), QByteArrayView("0"));
        QCOMPARE(o.consumed, msg.size());
    }

    void headResponseHasNoBody()
    {
        // The Content-Length describes the GET equivalent; the bytes after the head are the next
        // response on the connection.
        const QByteArray buffer = "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + kOk;
        HttpResponseParser parser;
        parser.setRequest(HttpMethod::Head);
        HttpParseResult r = parser.feed(buffer);
        QCOMPARE(r.status, Status::HeadComplete);
        QCOMPARE(parser.head().bodyFraming(), HttpBodyFraming::None);
        QCOMPARE(parser.head().contentLength(), 1000);
        qsizetype pos = r.consumed;
        QCOMPARE(parser.feed(buffer.constData() + pos, buffer.size() - pos).status, Status::MessageComplete);
        parser.setRequest(HttpMethod::Get);
        const Outcome next = drive(parser, QByteArrayView(buffer).sliced(pos));
        QCOMPARE(next.body, QByteArray("hello"));
        QCOMPARE(next.messages, 1);
    }

    void noBodyStatuses_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::newRow("204") << QByteArray("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
        QTest::newRow("304") << QByteArray("HTTP/1.1 304 Not Modified\r\nContent-Length: 1234\r\nETag: \"x\"\r\n\r\n");
        QTest::newRow("304-chunked") << QByteArray("HTTP/1.1 304 Not Modified\r\nTransfer-Encoding: chunked\r\n\r\n");
    }

    void noBodyStatuses()
    {
        QFETCH(QByteArray, head);
        const QByteArray buffer = head + kOk;
        HttpResponseParser parser;
        HttpParseResult r = parser.feed(buffer);
        QCOMPARE(r.status, Status::HeadComplete);
        QCOMPARE(r.consumed, head.size());
        QCOMPARE(parser.head().bodyFraming(), HttpBodyFraming::None);
        r = parser.feed(buffer.constData() + head.size(), kOk.size());
        QCOMPARE(r.status, Status::MessageComplete);
        QCOMPARE(r.consumed, 0); // the next response is left alone
        const Outcome next = drive(parser, kOk);
        QCOMPARE(next.body, QByteArray("hello"));
        QCOMPARE(next.messages, 1);
    }

    void interimResponsesPrecedeTheFinalOne()
    {
        const QByteArray buffer = "HTTP/1.1 100 Continue\r\n\r\n"
                                  "HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n"
                                  + kOk;
        HttpResponseParser parser;
        QList<int> statuses;
        QList<bool> interim;
        qsizetype pos = 0;
        QByteArray body;
        for (int guard = 0; guard < 20; ++guard) {
            const HttpParseResult r = parser.feed(buffer.constData() + pos, buffer.size() - pos);
            pos += r.consumed;
            if (r.status == Status::HeadComplete) {
                statuses << parser.head().statusCode();
                interim << parser.head().isInterim();
            } else if (r.status == Status::Body) {
                body += r.bytes().toByteArray();
            } else if (r.status == Status::NeedMore || r.status == Status::Error) {
                break;
            }
        }
        QCOMPARE(statuses, (QList<int>{100, 103, 200}));
        QCOMPARE(interim, (QList<bool>{true, true, false}));
        QCOMPARE(body, QByteArray("hello"));
    }

    void switchingProtocolsStartsTunnel()
    {
        const QByteArray buffer = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                  "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n\x81\x02hi";
        HttpResponseParser parser;
        parser.setRequest(HttpMethod::Get, true);
        HttpParseResult r = parser.feed(buffer);
        QCOMPARE(r.status, Status::HeadComplete);
        QVERIFY(parser.head().startsTunnel());
        qsizetype pos = r.consumed;
        QCOMPARE(parser.feed(buffer.constData() + pos, buffer.size() - pos).status, Status::MessageComplete);
        r = parser.feed(buffer.constData() + pos, buffer.size() - pos);
        QCOMPARE(r.status, Status::Tunnel);
        QCOMPARE(r.bytes(), QByteArrayView("\x81\x02hi"));

        HttpResponseParser unsolicited;
        QCOMPARE(unsolicited.feed(buffer).status, Status::Error);
        QCOMPARE(unsolicited.error().status, 502);
        QCOMPARE(unsolicited.error().details(), QLatin1StringView("http1.unexpected_upgrade"));
    }

    void connectSuccessStartsTunnel()
    {
        const QByteArray buffer = "HTTP/1.1 200 Connection established\r\n\r\n\x16\x03\x03";
        HttpResponseParser parser;
        parser.setRequest(HttpMethod::Connect);
        const Outcome o = drive(parser, buffer);
        QCOMPARE(o.messages, 1);
        QCOMPARE(o.last, Status::Tunnel);
        QVERIFY(parser.inTunnel());

        // A refused CONNECT is an ordinary response with a body.
        HttpResponseParser refused;
        refused.setRequest(HttpMethod::Connect);
        const Outcome no = drive(refused, "HTTP/1.1 403 Forbidden\r\nContent-Length: 2\r\n\r\nno");
        QCOMPARE(no.body, QByteArray("no"));
        QVERIFY(!refused.inTunnel());
    }

    void closeDelimitedBodyEndsAtFinish()
    {
        HttpResponseParser parser;
        const QByteArray msg = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>streamed until close";
        const Outcome o = drive(parser, msg);
        QCOMPARE(parser.head().bodyFraming(), HttpBodyFraming::UntilClose);
        QVERIFY(!parser.head().keepAlive());
        QCOMPARE(o.body, QByteArray("<html>streamed until close"));
        QCOMPARE(o.messages, 0);
        QCOMPARE(parser.finish().status, Status::MessageComplete);
        QVERIFY(parser.isIdle());
    }

    void truncatedBodyIsAnError()
    {
        HttpResponseParser parser;
        drive(parser, "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc");
        QCOMPARE(parser.finish().status, Status::Error);
        QCOMPARE(parser.error().status, 502);
        QCOMPARE(parser.error().details(), QLatin1StringView("http1.premature_eof"));

        HttpResponseParser clean;
        drive(clean, kOk);
        QCOMPARE(clean.finish().status, Status::NeedMore);
    }

    void http10Responses()
    {
        HttpResponseParser parser;
        drive(parser, "HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok");
        QCOMPARE(parser.head().version(), HttpVersion::Http10);
        QVERIFY(!parser.head().keepAlive());

        HttpResponseParser keepAlive;
        drive(keepAlive, "HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok");
        QVERIFY(keepAlive.head().keepAlive());
    }

    void statusLineVariants()
    {
        HttpResponseParser noReason;
        QCOMPARE(noReason.feed("HTTP/1.1 404\r\nContent-Length: 0\r\n\r\n").status, Status::HeadComplete);
        QCOMPARE(noReason.head().statusCode(), 404);
        QVERIFY(noReason.head().reason().isEmpty());

        HttpResponseParser emptyReason;
        QCOMPARE(emptyReason.feed("HTTP/1.1 404 \r\nContent-Length: 0\r\n\r\n").status, Status::HeadComplete);

        HttpResponseParser spacesInReason;
        spacesInReason.feed("HTTP/1.1 418 I'm a teapot\r\nContent-Length: 0\r\n\r\n");
        QCOMPARE(spacesInReason.head().reason(), QByteArrayView("I'm a teapot"));
    }

    void feedingInPiecesEqualsFeedingWhole_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("method");
        QTest::newRow("length") << kOk + kOk << int(HttpMethod::Get);
        QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                               "5\r\nhello\r\n0\r\nX: y\r\n\r\n") + kOk << int(HttpMethod::Get);
        QTest::newRow("interim") << "HTTP/1.1 100 Continue\r\n\r\n" + kOk << int(HttpMethod::Post);
        QTest::newRow("close") << QByteArray("HTTP/1.1 200 OK\r\n\r\nuntil close") << int(HttpMethod::Get);
        QTest::newRow("head") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n") << int(HttpMethod::Head);
        QTest::newRow("connect") << QByteArray("HTTP/1.1 200 OK\r\n\r\ntunnel bytes") << int(HttpMethod::Connect);
        QTest::newRow("error") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n")
                               << int(HttpMethod::Get);
    }

    void feedingInPiecesEqualsFeedingWhole()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, method);
        const std::function<void(HttpResponseParser &)> setMethod = [method](HttpResponseParser &p) {
            p.setRequest(HttpMethod(method));
        };
        HttpResponseParser whole;
        const QByteArray expected = transcript(whole, input, {}, setMethod);
        QVERIFY(expected.contains("HEAD") || expected.contains("ERROR"));
        for (qsizetype chunk : {1, 2, 5, 13}) {
            HttpResponseParser pieces;
            QCOMPARE(transcript(pieces, input, {chunk}, setMethod), expected);
        }
    }

    void invalidUpstreamResponsesAre502_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("details");
        const QByteArray ok = "HTTP/1.1 200 OK\r\n";
        QTest::newRow("cl+te") << ok + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
                               << "http1.content_length_and_chunked_not_allowed";
        QTest::newRow("two-cl") << ok + "Content-Length: 3\r\nContent-Length: 4\r\n\r\nabcd" << "http1.multiple_content_length";
        QTest::newRow("cl-garbage") << ok + "Content-Length: 3x\r\n\r\nabc" << "http1.invalid_content_length";
        QTest::newRow("te-not-final") << ok + "Transfer-Encoding: chunked, gzip\r\n\r\n" << "http1.invalid_transfer_encoding";
        QTest::newRow("te-gzip-only") << ok + "Transfer-Encoding: gzip\r\n\r\n" << "http1.invalid_transfer_encoding";
        QTest::newRow("te-http10") << QByteArray("HTTP/1.0 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                   << "http1.transfer_encoding_not_allowed";
        QTest::newRow("te-on-204") << QByteArray("HTTP/1.1 204 No Content\r\nTransfer-Encoding: chunked\r\n\r\n")
                                   << "http1.transfer_encoding_not_allowed";
        QTest::newRow("te-on-100") << QByteArray("HTTP/1.1 100 Continue\r\nTransfer-Encoding: chunked\r\n\r\n")
                                   << "http1.transfer_encoding_not_allowed";
        QTest::newRow("cl-on-204") << QByteArray("HTTP/1.1 204 No Content\r\nContent-Length: 7\r\n\r\n")
                                   << "http1.content_length_not_allowed";
        QTest::newRow("obs-fold") << ok + "X: a\r\n b\r\nContent-Length: 0\r\n\r\n" << "http1.obsolete_line_folding";
        QTest::newRow("bare-lf") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 0\n\n") << "http1.invalid_line_ending";
        QTest::newRow("space-before-colon") << ok + "Content-Length : 0\r\n\r\n" << "http1.invalid_characters";
        QTest::newRow("nul-in-value") << ok + QByteArrayLiteral("X: a\0b\r\n\r\n") << "http1.invalid_characters";
        QTest::newRow("bad-chunk-size") << ok + "Transfer-Encoding: chunked\r\n\r\nzz\r\n" << "http1.invalid_chunk_size";
        QTest::newRow("chunk-no-crlf") << ok + "Transfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n" << "http1.invalid_chunk_framing";
        QTest::newRow("status-two-digits") << QByteArray("HTTP/1.1 20 OK\r\n\r\n") << "http1.invalid_status";
        QTest::newRow("status-600") << QByteArray("HTTP/1.1 600 Nope\r\n\r\n") << "http1.invalid_status";
        QTest::newRow("status-four-digits") << QByteArray("HTTP/1.1 2000 OK\r\n\r\n") << "http1.invalid_status";
        QTest::newRow("not-http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << "http1.invalid_version";
        QTest::newRow("http2") << QByteArray("HTTP/2 200\r\n\r\n") << "http1.invalid_version";
        QTest::newRow("leading-crlf") << "\r\n" + kOk << "http1.invalid_version";
        QTest::newRow("ctl-in-reason") << QByteArray("HTTP/1.1 200 O\x01K\r\n\r\n") << "http1.codec_error";
        QTest::newRow("too-many-headers") << [] {
            QByteArray m = "HTTP/1.1 200 OK\r\n";
            for (int i = 0; i < 101; ++i)
                m += "X-" + QByteArray::number(i) + ": v\r\n";
            return m + "\r\n";
        }() << "http1.too_many_headers";
        QTest::newRow("head-too-large") << ok + "X: " + QByteArray(60 * 1024, 'a') + "\r\n\r\n" << "http1.headers_too_large";
    }

    void invalidUpstreamResponsesAre502()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, details);
        for (qsizetype chunk : {0, 1}) {
            HttpResponseParser parser;
            const QByteArray events = transcript(parser, input, {chunk});
            QVERIFY2(events.contains("ERROR"), events.constData());
            QVERIFY2(!events.contains("END"), events.constData());
            QCOMPARE(parser.error().status, 502);
            QCOMPARE(parser.error().details(), details);
        }
    }
};

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
