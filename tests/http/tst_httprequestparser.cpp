// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httprequestparser.h"
#include "httpparsetranscript.h"

#include <QTest>

using namespace meshgate;
using meshgate::testing::transcript;
using Status = HttpParseStatus;

namespace {

const QByteArray kGet = "GET /index.html?q=1 HTTP/1.1\r\n"
                        "Host: example.com\r\n"
                        "User-Agent: curl/7.88.1\r\n"
                        "Accept: */*\r\n"
                        "\r\n";

QByteArray headerBlock(int count, int valueSize = 1)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += "X-H" + QByteArray::number(i) + ": " + QByteArray(valueSize, 'v') + "\r\n";
    return out;
}

// A request whose head is exactly `size` bytes long, padded in one header value.
QByteArray requestWithHeadSize(qsizetype size)
{
    const QByteArray start = "GET / HTTP/1.1\r\nHost: a\r\nX-Pad: ";
    const QByteArray end = "\r\n\r\n";
    return start + QByteArray(size - start.size() - end.size(), 'p') + end;
}

} // namespace

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private slots:
    // A peer that speaks TLS (or anything binary) to an HTTP port may never send a line end:
    // the method is checked byte by byte, so it is refused at the first byte that cannot be one.
    void binaryIsRefusedBeforeAnyLineEnd()
    {
        HttpRequestParser hello;
        const HttpParseResult r = hello.feed(QByteArrayView("\x16\x03\x01\x00\x2a", 5));
        QCOMPARE(r.status, Status::Error);
        QCOMPARE(hello.error().status, 400);
        QCOMPARE(hello.error().details(), QLatin1StringView("http1.invalid_method"));

        HttpRequestParser split;
        QCOMPARE(split.feed(QByteArrayView("\r\nPO")).status, Status::NeedMore); // a method so far
        QCOMPARE(split.feed(QByteArrayView("S\x80")).status, Status::Error);
        QCOMPARE(split.error().details(), QLatin1StringView("http1.invalid_method"));

        HttpRequestParser fine;
        QCOMPARE(fine.feed(QByteArrayView("GE")).status, Status::NeedMore);
        QCOMPARE(fine.feed(QByteArrayView("T / HTTP/1.1\r\nHost: a\r\n\r\n")).status, Status::HeadComplete);
    }

    void parsesSimpleGet()
    {
        HttpRequestParser parser;
        const HttpParseResult head = parser.feed(kGet);
        QCOMPARE(head.status, Status::HeadComplete);
        QCOMPARE(head.consumed, kGet.size());
        const HttpRequestHead &h = parser.head();
        QCOMPARE(h.method(), HttpMethod::Get);
        QCOMPARE(h.methodName(), QByteArrayView("GET"));
        QCOMPARE(h.target(), QByteArrayView("/index.html?q=1"));
        QCOMPARE(h.path(), QByteArrayView("/index.html?q=1"));
        QCOMPARE(h.targetForm(), HttpRequestHead::TargetForm::Origin);
        QCOMPARE(h.version(), HttpVersion::Http11);
        QCOMPARE(h.headers().size(), 3);
        QCOMPARE(h.headers().value("HOST"), QByteArrayView("example.com"));
        QCOMPARE(h.host(), QByteArrayView("example.com"));
        QVERIFY(h.hasHostHeader());
        QVERIFY(h.keepAlive());
        QCOMPARE(h.bodyFraming(), HttpBodyFraming::None);
        QVERIFY(!h.expectsContinue());
        QVERIFY(!h.isUpgrade());

        // A bodiless message completes on the next call without needing a byte.
        const HttpParseResult done = parser.feed(nullptr, 0);
        QCOMPARE(done.status, Status::MessageComplete);
        QCOMPARE(done.consumed, 0);
        QVERIFY(parser.isIdle());
        QCOMPARE(parser.feed(nullptr, 0).status, Status::NeedMore);
        // The head stays readable until the next message starts.
        QCOMPARE(parser.head().target(), QByteArrayView("/index.html?q=1"));
    }

    void contentLengthBodyPointsIntoCallerBuffer()
    {
        const QByteArray msg = "POST /submit HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\nhello world";
        HttpRequestParser parser;
        HttpParseResult r = parser.feed(msg);
        QCOMPARE(r.status, Status::HeadComplete);
        QCOMPARE(parser.head().bodyFraming(), HttpBodyFraming::ContentLength);
        QCOMPARE(parser.head().contentLength(), 11);
        const qsizetype headSize = r.consumed;
        r = parser.feed(msg.constData() + headSize, msg.size() - headSize);
        QCOMPARE(r.status, Status::Body);
        QCOMPARE(r.bytes(), QByteArrayView("hello world"));
        // Zero copy: the body is handed out in place.
        QCOMPARE(r.data, msg.constData() + headSize);
        QCOMPARE(parser.feed(nullptr, 0).status, Status::MessageComplete);
    }

    void chunkedBodyWithExtensionsAndTrailers()
    {
        const QByteArray msg = "POST /upload HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                               "5;name=value\r\nhello\r\n"
                               "6 ; quoted=\"a \\\"b\\\" c\" ; flag\r\n world\r\n"
                               "0\r\n"
                               "Checksum: abc123\r\n"
                               "X-Trailer: two\r\n"
                               "\r\n";
        HttpRequestParser parser;
        const QByteArray events = transcript(parser, msg);
        QCOMPARE(events.mid(events.indexOf("BODY")),
                 QByteArray("BODY 11:hello world\n"
                            "TRAILER Checksum: abc123\n"
                            "TRAILER X-Trailer: two\n"
                            "END\n"));
        QCOMPARE(parser.head().bodyFraming(), HttpBodyFraming::Chunked);
        QCOMPARE(parser.trailers().value("checksum"), QByteArrayView("abc123"));
    }

    void pipelinedRequestsStopAtEachMessage()
    {
        const QByteArray second = "POST /b HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc";
        const QByteArray third = "GET /c HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n";
        const QByteArray buffer = kGet + second + third;
        HttpRequestParser parser;
        qsizetype pos = 0;
        QList<QByteArray> targets;
        QByteArray bodies;
        for (int guard = 0; guard < 50; ++guard) {
            const HttpParseResult r = parser.feed(buffer.constData() + pos, buffer.size() - pos);
            pos += r.consumed;
            if (r.status == Status::HeadComplete)
                targets << parser.head().target().toByteArray();
            else if (r.status == Status::Body)
                bodies += r.bytes().toByteArray();
            else if (r.status == Status::MessageComplete)
                QCOMPARE(pos, targets.size() == 1 ? kGet.size() : targets.size() == 2 ? kGet.size() + second.size() : buffer.size());
            else
                break;
        }
        QCOMPARE(targets, (QList<QByteArray>{"/index.html?q=1", "/b", "/c"}));
        QCOMPARE(bodies, QByteArray("abc"));
        QCOMPARE(pos, buffer.size());
        QVERIFY(!parser.head().keepAlive());
    }

    void feedingInPiecesEqualsFeedingWhole_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("get") << kGet;
        QTest::newRow("pipelined") << kGet + kGet + "DELETE /x HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\nzz";
        QTest::newRow("chunked") << QByteArray("PUT /c HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                                               "3;x=y\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\nT: v\r\n\r\n");
        QTest::newRow("upgrade") << QByteArray("GET /ws HTTP/1.1\r\nHost: a\r\nConnection: Upgrade\r\n"
                                               "Upgrade: websocket\r\n\r\n\x81\x05hello");
        QTest::newRow("connect") << QByteArray("CONNECT db.internal:5432 HTTP/1.1\r\nHost: db.internal:5432\r\n\r\nSSLRequest");
        QTest::newRow("leading-crlf") << QByteArray("\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n");
        QTest::newRow("bad-cl") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1, 2\r\n\r\nab");
        QTest::newRow("bad-chunk-crlf") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n");
        QTest::newRow("bare-lf") << QByteArray("GET / HTTP/1.1\r\nHost: a\n\r\n");
        QTest::newRow("truncated-body") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\nabc");
        QTest::newRow("too-many-headers") << "GET / HTTP/1.1\r\n" + headerBlock(101) + "\r\n";
        QTest::newRow("head-too-large") << requestWithHeadSize(60 * 1024 + 1);
    }

    void feedingInPiecesEqualsFeedingWhole()
    {
        QFETCH(QByteArray, input);
        HttpRequestParser whole;
        const QByteArray expected = transcript(whole, input);
        QVERIFY(expected.contains("HEAD") || expected.contains("ERROR"));
        for (qsizetype chunk : {1, 2, 3, 7, 64}) {
            HttpRequestParser pieces;
            QCOMPARE(transcript(pieces, input, {chunk}), expected);
        }
    }

    void expectContinueIsDetected()
    {
        HttpRequestParser parser;
        QCOMPARE(parser.feed("PUT /f HTTP/1.1\r\nHost: a\r\nExpect: 100-Continue\r\nContent-Length: 4\r\n\r\n").status,
                 Status::HeadComplete);
        QVERIFY(parser.head().expectsContinue());
        // The engine may answer "100 Continue" now; until body bytes come the parser waits.
        QCOMPARE(parser.feed(nullptr, 0).status, Status::NeedMore);
        QCOMPARE(parser.feed("data").status, Status::Body);

        HttpRequestParser http10;
        http10.feed("PUT /f HTTP/1.0\r\nExpect: 100-continue\r\n\r\n");
        QVERIFY(!http10.head().expectsContinue()); // RFC 9110 §10.1.1: ignored for HTTP/1.0
    }

    void websocketUpgradeHandsOutTunnelBytes()
    {
        const QByteArray head = "GET /chat HTTP/1.1\r\nHost: server.example.com\r\nUpgrade: websocket\r\n"
                                "Connection: keep-alive, Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                "Sec-WebSocket-Version: 13\r\n\r\n";
        const QByteArray frames = "\x81\x85\x37\xfa\x21\x3d\x7f\x9f\x4d\x51\x58";
        const QByteArray buffer = head + frames;
        HttpRequestParser parser;
        HttpParseResult r = parser.feed(buffer);
        QCOMPARE(r.status, Status::HeadComplete);
        QVERIFY(parser.head().isUpgrade());
        QVERIFY(parser.head().isWebSocketUpgrade());
        QCOMPARE(parser.head().upgradeProtocol(), QByteArrayView("websocket"));
        QVERIFY(parser.head().startsTunnel());
        qsizetype pos = r.consumed;
        r = parser.feed(buffer.constData() + pos, buffer.size() - pos);
        QCOMPARE(r.status, Status::MessageComplete);
        pos += r.consumed;
        r = parser.feed(buffer.constData() + pos, buffer.size() - pos);
        QCOMPARE(r.status, Status::Tunnel);
        QCOMPARE(r.bytes(), QByteArrayView(frames));
        QVERIFY(parser.inTunnel());
        // Anything later is tunnel data too, even if it looks like HTTP.
        QCOMPARE(parser.feed(kGet).status, Status::Tunnel);

        HttpRequestParser noConnectionToken;
        noConnectionToken.feed("GET / HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\n\r\n");
        QVERIFY(!noConnectionToken.head().isUpgrade());
    }

    void connectUsesAuthorityFormAndTunnels()
    {
        HttpRequestParser parser;
        const QByteArray buffer = "CONNECT edition.cnn.com:443 HTTP/1.1\r\nHost: edition.cnn.com:443\r\n\r\n\x16\x03\x01";
        HttpParseResult r = parser.feed(buffer);
        QCOMPARE(r.status, Status::HeadComplete);
        QCOMPARE(parser.head().method(), HttpMethod::Connect);
        QCOMPARE(parser.head().targetForm(), HttpRequestHead::TargetForm::Authority);
        QCOMPARE(parser.head().authority(), QByteArrayView("edition.cnn.com:443"));
        QCOMPARE(parser.head().host(), QByteArrayView("edition.cnn.com:443"));
        qsizetype pos = r.consumed;
        QCOMPARE(parser.feed(buffer.constData() + pos, buffer.size() - pos).status, Status::MessageComplete);
        r = parser.feed(buffer.constData() + pos, buffer.size() - pos);
        QCOMPARE(r.status, Status::Tunnel);
        QCOMPARE(r.bytes(), QByteArrayView("\x16\x03\x01"));

        for (const QByteArray &bad : {QByteArray("CONNECT /path HTTP/1.1\r\n\r\n"),
                                     QByteArray("CONNECT host HTTP/1.1\r\n\r\n"),
                                     QByteArray("CONNECT host:99999 HTTP/1.1\r\n\r\n"),
                                     QByteArray("CONNECT http://host:80/ HTTP/1.1\r\n\r\n")}) {
            HttpRequestParser p;
            QCOMPARE(p.feed(bad).status, Status::Error);
            QCOMPARE(p.error().details(), QLatin1StringView("http1.invalid_url"));
        }
    }

    void absoluteFormIsSplitForTheForwardProxy()
    {
        HttpRequestParser parser;
        parser.feed("GET http://api.example.com:8080/v1/items?id=7 HTTP/1.1\r\nHost: ignored.example\r\n\r\n");
        const HttpRequestHead &h = parser.head();
        QCOMPARE(h.targetForm(), HttpRequestHead::TargetForm::Absolute);
        QCOMPARE(h.scheme(), QByteArrayView("http"));
        QCOMPARE(h.authority(), QByteArrayView("api.example.com:8080"));
        QCOMPARE(h.path(), QByteArrayView("/v1/items?id=7"));
        // RFC 9112 §3.2.2: the target's authority wins over Host.
        QCOMPARE(h.host(), QByteArrayView("api.example.com:8080"));

        HttpRequestParser bare;
        bare.feed("GET http://example.com HTTP/1.1\r\nHost: example.com\r\n\r\n");
        QCOMPARE(bare.head().path(), QByteArrayView("/"));

        HttpRequestParser userinfo;
        QCOMPARE(userinfo.feed("GET http://user:pw@example.com/ HTTP/1.1\r\n\r\n").status, Status::Error);
        QCOMPARE(userinfo.error().status, 400);
    }

    void rewritingTargetToOriginForm()
    {
        HttpRequestParser parser;
        parser.feed("GET http://example.com/a?b HTTP/1.1\r\nHost: example.com\r\n\r\n");
        HttpRequestHead head = parser.head();
        QVERIFY(head.setTarget(head.path()));
        QCOMPARE(head.targetForm(), HttpRequestHead::TargetForm::Origin);
        QByteArray out;
        head.appendTo(out);
        QCOMPARE(out, QByteArray("GET /a?b HTTP/1.1\r\nHost: example.com\r\n\r\n"));
        QVERIFY(!head.setTarget("no spaces allowed"));
        QCOMPARE(head.target(), QByteArrayView("/a?b"));
    }

    void buildingARequestFromScratch()
    {
        HttpRequestHead head;
        QVERIFY(!head.setRequestLine("GET", "not-a-target"));
        QVERIFY(head.setRequestLine("GET", "/healthz"));
        head.headers().add("Host", "backend:8080");
        QByteArray out;
        head.appendTo(out);
        QCOMPARE(out, QByteArray("GET /healthz HTTP/1.1\r\nHost: backend:8080\r\n\r\n"));
        QVERIFY(!head.setMethod("CONNECT")); // an origin-form target does not fit CONNECT
        QCOMPARE(head.method(), HttpMethod::Get);
        QVERIFY(head.setRequestLine("CONNECT", "backend:8443"));
        QCOMPARE(head.authority(), QByteArrayView("backend:8443"));
    }

    void http10IsParsedAndExposed()
    {
        HttpRequestParser parser;
        QCOMPARE(parser.feed("GET / HTTP/1.0\r\n\r\n").status, Status::HeadComplete);
        QCOMPARE(parser.head().version(), HttpVersion::Http10);
        QVERIFY(!parser.head().keepAlive());
        QVERIFY(!parser.head().hasHostHeader());

        HttpRequestParser keepAlive;
        keepAlive.feed("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n");
        QVERIFY(keepAlive.head().keepAlive());

        HttpRequestParser future;
        future.feed("GET / HTTP/1.7\r\nHost: a\r\n\r\n");
        QCOMPARE(future.head().version(), HttpVersion::Http11); // RFC 9112 §2.6
    }

    void missingHostIsExposedForTheEngine()
    {
        HttpRequestParser parser;
        QCOMPARE(parser.feed("GET / HTTP/1.1\r\nAccept: */*\r\n\r\n").status, Status::HeadComplete);
        QVERIFY(!parser.head().hasHostHeader());
        QVERIFY(parser.head().host().isNull());
    }

    void connectionCloseEndsKeepAlive()
    {
        HttpRequestParser parser;
        parser.feed("GET / HTTP/1.1\r\nHost: a\r\nConnection: foo, CLOSE\r\n\r\n");
        QVERIFY(!parser.head().keepAlive());
    }

    void hostileShapesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("details");
        const QByteArray post = "POST / HTTP/1.1\r\nHost: a\r\n";
        const QByteArray chunked = post + "Transfer-Encoding: chunked\r\n\r\n";

        QTest::newRow("cl+te") << post + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
                               << 400 << "http1.content_length_and_chunked_not_allowed";
        QTest::newRow("te+cl") << post + "Transfer-Encoding: chunked\r\nContent-Length: 0\r\n\r\n0\r\n\r\n"
                               << 400 << "http1.content_length_and_chunked_not_allowed";
        QTest::newRow("two-cl") << post + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!"
                                << 400 << "http1.multiple_content_length";
        QTest::newRow("cl-list-differs") << post + "Content-Length: 5, 6\r\n\r\nhello!"
                                         << 400 << "http1.multiple_content_length";
        QTest::newRow("cl-sign") << post + "Content-Length: +5\r\n\r\nhello" << 400 << "http1.invalid_content_length";
        QTest::newRow("cl-negative") << post + "Content-Length: -1\r\n\r\n" << 400 << "http1.invalid_content_length";
        QTest::newRow("cl-hex") << post + "Content-Length: 0x5\r\n\r\n" << 400 << "http1.invalid_content_length";
        QTest::newRow("cl-space-inside") << post + "Content-Length: 1 2\r\n\r\n" << 400 << "http1.invalid_content_length";
        QTest::newRow("cl-empty") << post + "Content-Length: \r\n\r\n" << 400 << "http1.invalid_content_length";
        QTest::newRow("cl-overflow") << post + "Content-Length: 99999999999999999999\r\n\r\n"
                                     << 400 << "http1.invalid_content_length";
        QTest::newRow("te-gzip-chunked") << post + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n"
                                         << 501 << "http1.invalid_transfer_encoding";
        QTest::newRow("te-chunked-gzip") << post + "Transfer-Encoding: chunked, gzip\r\n\r\n"
                                         << 400 << "http1.invalid_transfer_encoding";
        QTest::newRow("te-identity") << post + "Transfer-Encoding: identity\r\n\r\n" << 400 << "http1.invalid_transfer_encoding";
        QTest::newRow("te-chunked-twice") << post + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n"
                                          << 400 << "http1.invalid_transfer_encoding";
        QTest::newRow("te-xchunked") << post + "Transfer-Encoding: xchunked\r\n\r\n" << 400 << "http1.invalid_transfer_encoding";
        QTest::newRow("te-param") << post + "Transfer-Encoding: chunked;q=1\r\n\r\n" << 400 << "http1.invalid_transfer_encoding";
        QTest::newRow("te-vtab") << post + "Transfer-Encoding: \x0b" "chunked\r\n\r\n" << 400 << "http1.invalid_characters";
        QTest::newRow("te-http10") << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                   << 400 << "http1.transfer_encoding_not_allowed";
        QTest::newRow("te-space-before-colon") << post + "Transfer-Encoding : chunked\r\n\r\n" << 400 << "http1.invalid_characters";
        QTest::newRow("obs-fold") << post + "X-A: 1\r\n Transfer-Encoding: chunked\r\n\r\n" << 400 << "http1.obsolete_line_folding";
        QTest::newRow("obs-fold-tab") << post + "X-A: 1\r\n\tcontinued\r\n\r\n" << 400 << "http1.obsolete_line_folding";
        QTest::newRow("bare-lf-header") << QByteArray("GET / HTTP/1.1\r\nHost: a\nX: y\r\n\r\n") << 400 << "http1.invalid_line_ending";
        QTest::newRow("bare-lf-request-line") << QByteArray("GET / HTTP/1.1\nHost: a\r\n\r\n") << 400 << "http1.invalid_line_ending";
        QTest::newRow("bare-lf-end") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\n") << 400 << "http1.invalid_line_ending";
        QTest::newRow("bare-cr") << QByteArray("GET / HTTP/1.1\r\nHost: a\rX: y\r\n\r\n") << 400 << "http1.invalid_characters";
        QTest::newRow("nul-in-value") << QByteArrayLiteral("GET / HTTP/1.1\r\nHost: a\0b\r\n\r\n") << 400 << "http1.invalid_characters";
        QTest::newRow("ctl-in-value") << QByteArray("GET / HTTP/1.1\r\nX: a\x01\r\n\r\n") << 400 << "http1.invalid_characters";
        QTest::newRow("del-in-value") << QByteArray("GET / HTTP/1.1\r\nX: a\x7f\r\n\r\n") << 400 << "http1.invalid_characters";
        QTest::newRow("space-in-name") << QByteArray("GET / HTTP/1.1\r\nX Y: a\r\n\r\n") << 400 << "http1.invalid_characters";
        QTest::newRow("empty-name") << QByteArray("GET / HTTP/1.1\r\n: a\r\n\r\n") << 400 << "http1.invalid_characters";
        QTest::newRow("no-colon") << QByteArray("GET / HTTP/1.1\r\nHost\r\n\r\n") << 400 << "http1.invalid_characters";
        QTest::newRow("non-token-name") << QByteArray("GET / HTTP/1.1\r\nX(y): a\r\n\r\n") << 400 << "http1.invalid_characters";
        QTest::newRow("utf8-name") << QByteArray("GET / HTTP/1.1\r\nX-\xc3\xa9: a\r\n\r\n") << 400 << "http1.invalid_characters";
        QTest::newRow("bad-method") << QByteArray("G(T / HTTP/1.1\r\n\r\n") << 400 << "http1.invalid_method";
        QTest::newRow("two-spaces") << QByteArray("GET  / HTTP/1.1\r\n\r\n") << 400 << "http1.invalid_version";
        QTest::newRow("tab-separator") << QByteArray("GET\t/ HTTP/1.1\r\n\r\n") << 400 << "http1.invalid_method";
        QTest::newRow("http09") << QByteArray("GET /\r\n\r\n") << 400 << "http1.codec_error";
        QTest::newRow("lowercase-version") << QByteArray("GET / http/1.1\r\n\r\n") << 400 << "http1.invalid_version";
        QTest::newRow("version-garbage") << QByteArray("GET / HTTP/1.1x\r\n\r\n") << 400 << "http1.invalid_version";
        QTest::newRow("http2-version") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505 << "http1.unsupported_version";
        QTest::newRow("fragment") << QByteArray("GET /a#b HTTP/1.1\r\n\r\n") << 400 << "http1.invalid_url";
        QTest::newRow("ctl-in-target") << QByteArray("GET /a\x01 HTTP/1.1\r\n\r\n") << 400 << "http1.invalid_url";
        QTest::newRow("utf8-target") << QByteArray("GET /\xc3\xa9 HTTP/1.1\r\n\r\n") << 400 << "http1.invalid_url";
        QTest::newRow("relative-target") << QByteArray("GET index.html HTTP/1.1\r\n\r\n") << 400 << "http1.invalid_url";
        QTest::newRow("asterisk-get") << QByteArray("GET * HTTP/1.1\r\n\r\n") << 400 << "http1.invalid_url";
        QTest::newRow("two-hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400 << "http1.invalid_host";
        QTest::newRow("connect-with-body") << QByteArray("CONNECT a:443 HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc")
                                           << 400 << "http1.body_disallowed";
        QTest::newRow("chunk-size-hex-prefix") << chunked + "0x5\r\nhello\r\n0\r\n\r\n" << 400 << "http1.invalid_chunk_size";
        QTest::newRow("chunk-size-negative") << chunked + "-5\r\nhello\r\n0\r\n\r\n" << 400 << "http1.invalid_chunk_size";
        QTest::newRow("chunk-size-empty") << chunked + "\r\nhello\r\n0\r\n\r\n" << 400 << "http1.invalid_chunk_size";
        QTest::newRow("chunk-size-space") << chunked + "5 \r\nhello\r\n0\r\n\r\n" << 400 << "http1.invalid_chunk_size";
        QTest::newRow("chunk-size-overflow") << chunked + "1000000000000000000005\r\nhello\r\n0\r\n\r\n" << 400 << "http1.invalid_chunk_size";
        QTest::newRow("chunk-size-padded") << chunked + "0000000000000005\r\nhello\r\n0\r\n\r\n" << 400 << "http1.invalid_chunk_size";
        QTest::newRow("chunk-ext-bad-name") << chunked + "5;=x\r\nhello\r\n0\r\n\r\n" << 400 << "http1.invalid_chunk_extension";
        QTest::newRow("chunk-ext-unterminated-quote") << chunked + "5;a=\"x\r\nhello\r\n0\r\n\r\n" << 400 << "http1.invalid_chunk_extension";
        QTest::newRow("chunk-ext-ctl") << chunked + "5;a=\x01\r\nhello\r\n0\r\n\r\n" << 400 << "http1.invalid_chunk_extension";
        QTest::newRow("chunk-ext-too-long") << chunked + "5;a=" + QByteArray(5000, 'x') + "\r\nhello\r\n0\r\n\r\n"
                                            << 400 << "http1.invalid_chunk_extension";
        QTest::newRow("chunk-ext-bare-lf") << chunked + "5;a=b\nhello\r\n0\r\n\r\n" << 400 << "http1.invalid_line_ending";
        QTest::newRow("chunk-missing-crlf") << chunked + "5\r\nhelloXX0\r\n\r\n" << 400 << "http1.invalid_chunk_framing";
        QTest::newRow("chunk-data-bare-lf") << chunked + "5\r\nhello\n0\r\n\r\n" << 400 << "http1.invalid_chunk_framing";
        QTest::newRow("chunk-too-long-data") << chunked + "3\r\nhello\r\n0\r\n\r\n" << 400 << "http1.invalid_chunk_framing";
        QTest::newRow("last-chunk-bare-lf") << chunked + "0\n\r\n" << 400 << "http1.invalid_line_ending";
        QTest::newRow("trailer-obs-fold") << chunked + "0\r\nA: b\r\n c\r\n\r\n" << 400 << "http1.obsolete_line_folding";
        QTest::newRow("trailer-bad-name") << chunked + "0\r\nA b: c\r\n\r\n" << 400 << "http1.invalid_characters";
        QTest::newRow("too-many-trailers") << chunked + "0\r\n" + headerBlock(101) + "\r\n" << 431 << "http1.too_many_headers";
        QTest::newRow("truncated-head") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n") << 400 << "http1.premature_eof";
        QTest::newRow("truncated-chunked") << chunked + "5\r\nhel" << 400 << "http1.premature_eof";
    }

    void hostileShapesAreRejected()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, status);
        QFETCH(QString, details);
        for (qsizetype chunk : {0, 1}) {
            HttpRequestParser parser;
            const QByteArray events = transcript(parser, input, {chunk});
            QVERIFY2(events.contains("ERROR"), events.constData());
            QCOMPARE(parser.error().status, status);
            QCOMPARE(parser.error().details(), details);
            // No partial message reaches the engine as complete.
            QVERIFY2(!events.contains("END"), events.constData());
        }
    }

    void headerCountLimit()
    {
        HttpRequestParser atLimit;
        QCOMPARE(atLimit.feed("GET / HTTP/1.1\r\n" + headerBlock(100) + "\r\n").status, Status::HeadComplete);
        QCOMPARE(atLimit.head().headers().size(), 100);

        HttpRequestParser overLimit;
        QCOMPARE(overLimit.feed("GET / HTTP/1.1\r\n" + headerBlock(101) + "\r\n").status, Status::Error);
        QCOMPARE(overLimit.error().status, 431);
        QCOMPARE(overLimit.error().details(), QLatin1StringView("http1.too_many_headers"));

        HttpParserLimits limits;
        limits.maxHeaders = 3;
        HttpRequestParser custom(limits);
        QCOMPARE(custom.feed("GET / HTTP/1.1\r\n" + headerBlock(4) + "\r\n").status, Status::Error);
    }

    void headSizeLimit()
    {
        const qsizetype limit = 60 * 1024;
        HttpRequestParser atLimit;
        const QByteArray exact = requestWithHeadSize(limit);
        QCOMPARE(exact.size(), limit);
        QCOMPARE(atLimit.feed(exact).status, Status::HeadComplete);

        HttpRequestParser overLimit;
        QCOMPARE(overLimit.feed(requestWithHeadSize(limit + 1)).status, Status::Error);
        QCOMPARE(overLimit.error().status, 431);
        QCOMPARE(overLimit.error().details(), QLatin1StringView("http1.headers_too_large"));

        // Without a line end the parser must not buffer past the limit either.
        HttpRequestParser endless;
        QCOMPARE(endless.feed("GET / HTTP/1.1\r\nX: " + QByteArray(limit, 'a')).status, Status::Error);
        QCOMPARE(endless.error().status, 431);
    }

    void overlongRequestLineIs414()
    {
        const qsizetype limit = 60 * 1024;
        // Request line plus the final CRLF of an otherwise empty head: exactly at the limit.
        const QByteArray prefix = "GET /";
        const QByteArray suffix = " HTTP/1.1\r\n\r\n";
        const QByteArray exact = prefix + QByteArray(limit - prefix.size() - suffix.size(), 'a') + suffix;
        QCOMPARE(exact.size(), limit);
        HttpRequestParser atLimit;
        QCOMPARE(atLimit.feed(exact).status, Status::HeadComplete);

        HttpRequestParser overLimit;
        const QByteArray longLine = prefix + QByteArray(limit, 'a') + suffix;
        QCOMPARE(overLimit.feed(longLine).status, Status::Error);
        QCOMPARE(overLimit.error().status, 414);
        QCOMPARE(overLimit.error().details(), QLatin1StringView("http1.uri_too_long"));
    }

    void backpressureResumesWhereTheEngineStopped()
    {
        // The engine stops after the head (upstream not connected yet) and later feeds the rest
        // of the same buffer, in small reads, without anything being lost or duplicated.
        const QByteArray msg = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                               "4\r\nabcd\r\n3\r\nefg\r\n0\r\n\r\n";
        HttpRequestParser parser;
        const HttpParseResult head = parser.feed(msg);
        QCOMPARE(head.status, Status::HeadComplete);
        QByteArray body;
        qsizetype pos = head.consumed;
        for (int guard = 0; guard < 100; ++guard) {
            const qsizetype window = qMin<qsizetype>(3, msg.size() - pos);
            const HttpParseResult r = parser.feed(msg.constData() + pos, window);
            pos += r.consumed;
            if (r.status == Status::Body)
                body += r.bytes().toByteArray();
            if (r.status == Status::MessageComplete || r.status == Status::Error)
                break;
        }
        QCOMPARE(body, QByteArray("abcdefg"));
        QCOMPARE(pos, msg.size());
    }

    void finishDistinguishesCleanAndPrematureClose()
    {
        HttpRequestParser idle;
        QCOMPARE(idle.finish().status, Status::NeedMore);

        HttpRequestParser afterMessage;
        QCOMPARE(transcript(afterMessage, kGet + "\r\n").count("END"), 1);
        QVERIFY(!afterMessage.error().isError());

        HttpRequestParser midHead;
        midHead.feed("GET / HT");
        QCOMPARE(midHead.finish().status, Status::Error);
        QCOMPARE(midHead.error().details(), QLatin1StringView("http1.premature_eof"));
    }

    void errorIsSticky()
    {
        HttpRequestParser parser;
        QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHost: a\n\r\n").status, Status::Error);
        QCOMPARE(parser.feed(kGet).status, Status::Error);
        QCOMPARE(parser.feed(kGet).consumed, 0);
        parser.reset();
        QVERIFY(!parser.error().isError());
        QCOMPARE(parser.feed(kGet).status, Status::HeadComplete);
    }

    void steadyStateReusesBuffers()
    {
        // Parsing the same shape again must not reallocate the header arena: the first name of
        // the second message sits at the very address the first one used.
        HttpRequestParser parser;
        const QByteArray two = kGet + kGet;
        HttpParseResult r = parser.feed(two);
        const char *firstName = parser.head().headers().at(0).name.data();
        qsizetype pos = r.consumed;
        pos += parser.feed(two.constData() + pos, two.size() - pos).consumed; // MessageComplete
        r = parser.feed(two.constData() + pos, two.size() - pos);
        QCOMPARE(r.status, Status::HeadComplete);
        QCOMPARE(parser.head().headers().at(0).name.data(), firstName);
    }

    void serializesWhatItParsed()
    {
        const QByteArray msg = "OPTIONS * HTTP/1.1\r\nHost: a\r\nX-Mixed-Case: Value  with  spaces\r\n\r\n";
        HttpRequestParser parser;
        QCOMPARE(parser.feed(msg).status, Status::HeadComplete);
        QCOMPARE(parser.head().targetForm(), HttpRequestHead::TargetForm::Asterisk);
        QByteArray out = "prefix:";
        parser.head().appendTo(out);
        QCOMPARE(out, "prefix:" + msg);
        QCOMPARE(parser.head().serializedSize(), msg.size());

        // Optional whitespace around values is not part of the value.
        HttpRequestParser ows;
        ows.feed("GET / HTTP/1.1\r\nHost: \t a.example \t\r\n\r\n");
        QCOMPARE(ows.head().host(), QByteArrayView("a.example"));
    }

    void extensionMethodsAreTokens()
    {
        HttpRequestParser parser;
        QCOMPARE(parser.feed("PROPFIND /dav HTTP/1.1\r\nHost: a\r\n\r\n").status, Status::HeadComplete);
        QCOMPARE(parser.head().method(), HttpMethod::Other);
        QCOMPARE(parser.head().methodName(), QByteArrayView("PROPFIND"));
        HttpRequestParser lower;
        lower.feed("get / HTTP/1.1\r\n\r\n");
        QCOMPARE(lower.head().method(), HttpMethod::Other); // methods are case-sensitive
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
