// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/clienthelloparser.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace meshgate;
using Status = ClientHelloInfo::Status;

namespace {

QByteArray capture(const char *name)
{
    QFile file(QStringLiteral(MESHGATE_SOURCE_DIR "/tests/tls/data/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing capture %s", name);
    return file.readAll();
}

const char *const kCaptures[] = {
    "openssl-tls13-alpn.bin", "openssl-tls12.bin", "openssl-nosni.bin", "curl.bin", "browser-shaped.bin",
};

QByteArray be(quint32 value, int bytes)
{
    QByteArray out(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        out[i] = char(value >> (8 * (bytes - 1 - i)));
    return out;
}

QByteArray vec(int lengthBytes, const QByteArray &body) { return be(body.size(), lengthBytes) + body; }
QByteArray extension(quint16 type, const QByteArray &body) { return be(type, 2) + vec(2, body); }

QByteArray sniExtension(const QList<QByteArray> &hostNames)
{
    QByteArray list;
    for (const QByteArray &name : hostNames)
        list += '\0' + vec(2, name);
    return extension(0, vec(2, list));
}

QByteArray alpnExtension(const QList<QByteArray> &protocols)
{
    QByteArray list;
    for (const QByteArray &protocol : protocols)
        list += vec(1, protocol);
    return extension(16, vec(2, list));
}

// A minimal TLS 1.2-style ClientHello body carrying the given extensions block.
QByteArray helloBody(const QByteArray &extensions, bool withExtensionsBlock = true)
{
    QByteArray body = be(0x0303, 2) + QByteArray(32, '\x11') + vec(1, QByteArray(32, '\x22'))
        + vec(2, be(0x1301, 2) + be(0xc02f, 2)) + vec(1, QByteArray(1, '\0'));
    if (withExtensionsBlock)
        body += vec(2, extensions);
    return body;
}

QByteArray handshake(const QByteArray &body) { return '\x01' + vec(3, body); }

QByteArray record(const QByteArray &payload, char type = 22)
{
    return QByteArray(1, type) + be(0x0301, 2) + vec(2, payload);
}

// Frames one handshake message into records of at most `fragment` bytes.
QByteArray fragmented(const QByteArray &message, qsizetype fragment)
{
    QByteArray out;
    for (qsizetype at = 0; at < message.size(); at += fragment)
        out += record(message.mid(at, fragment));
    return out;
}

// The handshake message inside a single-record capture.
QByteArray messageOf(const QByteArray &capture) { return capture.mid(5); }

// The browser-shaped hello with its padding grown until the handshake message is `total` bytes.
QByteArray paddedMessage(qsizetype total)
{
    const QByteArray base = messageOf(capture("browser-shaped.bin"));
    const qsizetype grow = total - base.size();
    // padding (type 21) is the last extension: grow it and rebuild the enclosing lengths
    QByteArray body = base.mid(4);
    // walk to the extensions block: version(2) random(32) session id, cipher suites, compression
    qsizetype at = 2 + 32;
    at += 1 + quint8(body[at]);
    at += 2 + ((quint8(body[at]) << 8) | quint8(body[at + 1]));
    at += 1 + quint8(body[at]);
    const qsizetype extensionsAt = at;
    QByteArray extensions = body.mid(extensionsAt + 2);
    const qsizetype paddingAt = extensions.lastIndexOf(QByteArray::fromHex("0015"));
    const qsizetype paddingSize = (quint8(extensions[paddingAt + 2]) << 8) | quint8(extensions[paddingAt + 3]);
    extensions = extensions.left(paddingAt) + extension(21, QByteArray(paddingSize + grow, '\0'));
    body = body.left(extensionsAt) + vec(2, extensions);
    return handshake(body);
}

bool isCleanHostName(const QByteArray &sni)
{
    return std::all_of(sni.begin(), sni.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    });
}

} // namespace

class TestClientHelloParser : public QObject
{
    Q_OBJECT
private slots:
    void realCapturesGiveSniAndAlpn_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("sni");
        QTest::addColumn<QList<QByteArray>>("alpn");
        QTest::addColumn<QList<quint16>>("versions");
        const QList<QByteArray> h2AndHttp11 = {"h2", "http/1.1"};
        QTest::newRow("openssl s_client, TLS 1.3, -alpn h2,http/1.1")
            << capture("openssl-tls13-alpn.bin") << QByteArray("edition.cnn.com") << h2AndHttp11
            << QList<quint16>{0x0304, 0x0303, 0x0302, 0x0301};
        QTest::newRow("openssl s_client -tls1_2, no ALPN")
            << capture("openssl-tls12.bin") << QByteArray("legacy.example.org") << QList<QByteArray>{}
            << QList<quint16>{};
        QTest::newRow("openssl s_client -noservername")
            << capture("openssl-nosni.bin") << QByteArray() << QList<QByteArray>{}
            << QList<quint16>{0x0304, 0x0303, 0x0302, 0x0301};
        QTest::newRow("curl --resolve") << capture("curl.bin") << QByteArray("www.example.com") << h2AndHttp11
                                        << QList<quint16>{0x0304, 0x0303, 0x0302, 0x0301};
        QTest::newRow("browser-shaped, GREASE + padding, upper-case SNI")
            << capture("browser-shaped.bin") << QByteArray("www.example.com") << h2AndHttp11
            << QList<quint16>{0x0304, 0x0303};
    }
    void realCapturesGiveSniAndAlpn()
    {
        QFETCH(QByteArray, bytes);
        const ClientHelloInfo info = ClientHelloParser::parse(bytes);
        QCOMPARE(info.status, Status::Done);
        QFETCH(QByteArray, sni);
        QCOMPARE(info.sni, sni);
        QFETCH(QList<QByteArray>, alpn);
        QCOMPARE(info.alpn, alpn);
        QFETCH(QList<quint16>, versions);
        QCOMPARE(info.supportedVersions, versions);
        QCOMPARE(info.legacyVersion, quint16(0x0303));
        QCOMPARE(info.helloBytes, bytes.size());
        QVERIFY(info.error.isEmpty());
    }

    void browserShapedHelloIsLargeAndGreased()
    {
        // Guards the capture itself: the shape this file promises is what the parser is tested on.
        const QByteArray bytes = capture("browser-shaped.bin");
        QVERIFY(bytes.size() > 512);
        QVERIFY(bytes.contains(QByteArray::fromHex("0a0a")));
        QVERIFY(bytes.contains(QByteArray::fromHex("0015"))); // padding extension type
    }

    void everyPrefixIsIncomplete_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        for (const char *name : kCaptures)
            QTest::newRow(name) << capture(name);
        QTest::newRow("three records") << fragmented(messageOf(capture("curl.bin")), 200);
        QTest::newRow("handshake header split 1+3") << record(messageOf(capture("curl.bin")).left(1))
                + record(messageOf(capture("curl.bin")).mid(1));
    }
    void everyPrefixIsIncomplete()
    {
        QFETCH(QByteArray, bytes);
        for (qsizetype n = 0; n < bytes.size(); ++n) {
            const ClientHelloInfo info = ClientHelloParser::parse(bytes.constData(), n);
            if (info.status != Status::Incomplete)
                QFAIL(qPrintable(QStringLiteral("prefix of %1 bytes: %2 (%3)")
                                     .arg(n).arg(ClientHelloInfo::statusName(info.status), info.error)));
        }
        QCOMPARE(ClientHelloParser::parse(bytes).status, Status::Done);
    }

    void twoRecordsAtEverySplitPoint_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        for (const char *name : kCaptures)
            QTest::newRow(name) << capture(name);
    }
    void twoRecordsAtEverySplitPoint()
    {
        QFETCH(QByteArray, bytes);
        const ClientHelloInfo whole = ClientHelloParser::parse(bytes);
        const QByteArray message = messageOf(bytes);
        for (qsizetype split = 1; split < message.size(); ++split) {
            const QByteArray reframed = record(message.left(split)) + record(message.mid(split));
            const ClientHelloInfo info = ClientHelloParser::parse(reframed);
            if (info.status != Status::Done)
                QFAIL(qPrintable(QStringLiteral("split at %1: %2").arg(split).arg(info.error)));
            QCOMPARE(info.sni, whole.sni);
            QCOMPARE(info.alpn, whole.alpn);
            QCOMPARE(info.supportedVersions, whole.supportedVersions);
            QCOMPARE(info.helloBytes, reframed.size());
        }
    }

    void oneByteRecordsStillParse()
    {
        const QByteArray bytes = fragmented(messageOf(capture("browser-shaped.bin")), 1);
        const ClientHelloInfo info = ClientHelloParser::parse(bytes);
        QCOMPARE(info.status, Status::Done);
        QCOMPARE(info.sni, QByteArray("www.example.com"));
        QCOMPARE(info.helloBytes, bytes.size());
    }

    void dataAfterTheHelloIsNotPartOfIt()
    {
        // TLS 1.3 early data may follow the hello in the same read; it is replayed, not parsed.
        const QByteArray hello = capture("openssl-tls13-alpn.bin");
        const QByteArray bytes = hello + record(QByteArray(100, 'x'), 23);
        const ClientHelloInfo info = ClientHelloParser::parse(bytes);
        QCOMPARE(info.status, Status::Done);
        QCOMPARE(info.helloBytes, hello.size());
    }

    void otherRecordTypeBetweenFragmentsIsMalformed_data()
    {
        QTest::addColumn<char>("type");
        QTest::newRow("change_cipher_spec") << char(20);
        QTest::newRow("alert") << char(21);
        QTest::newRow("application_data") << char(23);
    }
    void otherRecordTypeBetweenFragmentsIsMalformed()
    {
        QFETCH(char, type);
        const QByteArray message = messageOf(capture("curl.bin"));
        const QByteArray first = record(message.left(100));
        const QByteArray intruder = record(QByteArray(1, '\x01'), type);
        const QByteArray bytes = first + intruder + record(message.mid(100));
        const ClientHelloInfo info = ClientHelloParser::parse(bytes);
        QCOMPARE(info.status, Status::Malformed);
        QVERIFY2(info.error.contains(QLatin1String("content type")), qPrintable(info.error));
        // decided from the intruder's first byte, without waiting for the rest
        QCOMPARE(ClientHelloParser::parse(bytes.left(first.size() + 1)).status, Status::Malformed);
    }

    void bytesAfterTheHelloInItsRecordAreMalformed()
    {
        const QByteArray message = handshake(helloBody(sniExtension({"a.example"})));
        const ClientHelloInfo info = ClientHelloParser::parse(record(message + QByteArray(3, '\0')));
        QCOMPARE(info.status, Status::Malformed);
        QVERIFY(!info.error.isEmpty());
    }

    void firstHandshakeMessageMustBeClientHello()
    {
        QByteArray message = handshake(helloBody({}));
        message[0] = 2; // ServerHello
        QCOMPARE(ClientHelloParser::parse(record(message)).status, Status::Malformed);
        QCOMPARE(ClientHelloParser::parse(record(message).left(6)).status, Status::Malformed);
    }

    void helloWithoutExtensionsIsDone()
    {
        for (bool emptyBlock : {false, true}) {
            const ClientHelloInfo info = ClientHelloParser::parse(record(handshake(helloBody({}, emptyBlock))));
            QCOMPARE(info.status, Status::Done);
            QVERIFY(info.sni.isEmpty());
            QVERIFY(info.alpn.isEmpty());
        }
    }

    void sniValidation_data()
    {
        QTest::addColumn<QByteArray>("extension");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("sni");
        const auto done = int(Status::Done), bad = int(Status::Malformed);
        QTest::newRow("lower-cased") << sniExtension({"API.Example.COM"}) << done << QByteArray("api.example.com");
        QTest::newRow("underscore") << sniExtension({"my_svc.local"}) << done << QByteArray("my_svc.local");
        QTest::newRow("trailing dot dropped") << sniExtension({"edition.cnn.com."}) << done << QByteArray("edition.cnn.com");
        QTest::newRow("253 bytes") << sniExtension({QByteArray(63, 'a') + '.' + QByteArray(63, 'b') + '.'
                                                    + QByteArray(63, 'c') + '.' + QByteArray(61, 'd')})
                                   << done << QByteArray(63, 'a') + '.' + QByteArray(63, 'b') + '.'
                + QByteArray(63, 'c') + '.' + QByteArray(61, 'd');
        QTest::newRow("254 bytes") << sniExtension({QByteArray(63, 'a') + '.' + QByteArray(63, 'b') + '.'
                                                    + QByteArray(63, 'c') + '.' + QByteArray(62, 'd')})
                                   << bad << QByteArray();
        QTest::newRow("label of 64") << sniExtension({QByteArray(64, 'a') + ".com"}) << bad << QByteArray();
        QTest::newRow("space") << sniExtension({"evil .com"}) << bad << QByteArray();
        QTest::newRow("NUL") << sniExtension({QByteArray("good.com\0.evil", 14)}) << bad << QByteArray();
        QTest::newRow("slash") << sniExtension({"a.com/x"}) << bad << QByteArray();
        QTest::newRow("IPv6 literal") << sniExtension({"::1"}) << bad << QByteArray();
        QTest::newRow("non-ASCII") << sniExtension({"b\xc3\xbc" "cher.de"}) << bad << QByteArray();
        QTest::newRow("empty label") << sniExtension({"a..com"}) << bad << QByteArray();
        QTest::newRow("leading dot") << sniExtension({".a.com"}) << bad << QByteArray();
        QTest::newRow("only a dot") << sniExtension({"."}) << bad << QByteArray();
        QTest::newRow("empty name") << sniExtension({""}) << bad << QByteArray();
        QTest::newRow("two host_name entries") << sniExtension({"a.com", "b.com"}) << bad << QByteArray();
        QTest::newRow("empty list") << extension(0, vec(2, {})) << bad << QByteArray();
        QTest::newRow("list shorter than extension") << extension(0, vec(2, '\0' + vec(2, "a.com")) + "xx")
                                                     << bad << QByteArray();
        QTest::newRow("name longer than list") << extension(0, vec(2, QByteArray::fromHex("000010") + "a.com"))
                                               << bad << QByteArray();
        QTest::newRow("unknown name type skipped")
            << extension(0, vec(2, '\x07' + vec(2, "opaque") + '\0' + vec(2, "x.org"))) << done << QByteArray("x.org");
        QTest::newRow("duplicate extension") << sniExtension({"a.com"}) + sniExtension({"b.com"}) << bad << QByteArray();
    }
    void sniValidation()
    {
        QFETCH(QByteArray, extension);
        QFETCH(int, status);
        QFETCH(QByteArray, sni);
        const ClientHelloInfo info = ClientHelloParser::parse(record(handshake(helloBody(extension))));
        QCOMPARE(int(info.status), status);
        QCOMPARE(info.sni, sni);
        QCOMPARE(info.error.isEmpty(), status == int(Status::Done));
    }

    void alpnValidation()
    {
        auto parseWith = [](const QByteArray &extension) {
            return ClientHelloParser::parse(record(handshake(helloBody(extension))));
        };
        const ClientHelloInfo grease = parseWith(alpnExtension({QByteArray::fromHex("2a2a"), "h2"}));
        QCOMPARE(grease.status, Status::Done);
        QCOMPARE(grease.alpn, QList<QByteArray>{"h2"});
        QCOMPARE(parseWith(alpnExtension({"h2", ""})).status, Status::Malformed);
        QCOMPARE(parseWith(alpnExtension({})).status, Status::Malformed);
        QCOMPARE(parseWith(extension(16, vec(2, QByteArray::fromHex("09") + "h2"))).status, Status::Malformed);
        QCOMPARE(parseWith(alpnExtension({"h2"}) + alpnExtension({"h2"})).status, Status::Malformed);
    }

    void inconsistentInnerLengthsAreMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray sni = sniExtension({"a.example"});
        const QByteArray good = helloBody(sni);
        QTest::newRow("truncated random") << good.left(20);
        QTest::newRow("truncated session id") << good.left(2 + 32 + 10);
        QByteArray longSessionId = good;
        longSessionId[34] = 33;
        QTest::newRow("session id > 32") << longSessionId;
        QByteArray sessionIdPastEnd = good;
        sessionIdPastEnd[34] = char(0xff);
        QTest::newRow("session id past end") << sessionIdPastEnd;
        QByteArray oddSuites = good;
        oddSuites[2 + 32 + 33 + 1] = 3;
        QTest::newRow("odd cipher suite length") << oddSuites;
        QTest::newRow("extensions length too long") << good.left(good.size() - sni.size() - 2) + be(sni.size() + 1, 2) + sni;
        QTest::newRow("extensions length too short") << good.left(good.size() - sni.size() - 2) + be(sni.size() - 1, 2) + sni;
        QTest::newRow("extension body past end") << helloBody(be(0, 2) + be(40, 2) + "a.example");
        QTest::newRow("half an extension header") << helloBody(QByteArray::fromHex("00"));
        QTest::newRow("no compression method") << helloBody({}, false).chopped(2) + QByteArray(1, 0);
        QTest::newRow("supported_versions odd") << helloBody(extension(43, vec(1, QByteArray::fromHex("030403"))));
    }
    void inconsistentInnerLengthsAreMalformed()
    {
        QFETCH(QByteArray, body);
        const ClientHelloInfo info = ClientHelloParser::parse(record(handshake(body)));
        QCOMPARE(info.status, Status::Malformed);
        QVERIFY(!info.error.isEmpty());
        QVERIFY(info.sni.isEmpty());
    }

    void sslv2HelloIsNotTls()
    {
        // SSLv2-compatible CLIENT-HELLO as old clients sent it: 2-byte header with the high bit
        // set, msg type 1, version 3.1, cipher specs of 3 bytes, no session id, 16-byte challenge.
        const QByteArray specs = QByteArray::fromHex("00002f000035000005");
        const QByteArray message = '\x01' + be(0x0301, 2) + be(specs.size(), 2) + be(0, 2) + be(16, 2) + specs
            + QByteArray(16, '\x5a');
        const QByteArray bytes = be(0x8000 | message.size(), 2) + message;
        const ClientHelloInfo info = ClientHelloParser::parse(bytes);
        QCOMPARE(info.status, Status::NotTls);
        QVERIFY2(info.error.contains(QLatin1String("SSLv2")), qPrintable(info.error));
        QVERIFY(!info.looksLikeHttp);
    }

    void plainHttpIsNotTls_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("http");
        QTest::newRow("GET") << QByteArray("GET / HTTP/1.1\r\nHost: edition.cnn.com\r\n\r\n") << true;
        QTest::newRow("POST") << QByteArray("POST /post HTTP/1.1\r\n") << true;
        QTest::newRow("first byte only") << QByteArray("G") << true;
        QTest::newRow("h2c prior knowledge") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << true;
        QTest::newRow("ssh banner") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << false;
        QTest::newRow("GETX") << QByteArray("GETX / HTTP/1.1\r\n") << false;
    }
    void plainHttpIsNotTls()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, http);
        const ClientHelloInfo info = ClientHelloParser::parse(bytes);
        QCOMPARE(info.status, Status::NotTls);
        QCOMPARE(info.looksLikeHttp, http);
        QVERIFY(!info.error.isEmpty());
    }

    void garbageIsRejected()
    {
        QCOMPARE(ClientHelloParser::parse(QByteArray::fromHex("1603")).status, Status::Incomplete);
        QCOMPARE(ClientHelloParser::parse(QByteArray::fromHex("1605")).status, Status::NotTls);
        QCOMPARE(ClientHelloParser::parse(QByteArray::fromHex("17030300050102030405")).status, Status::NotTls);
        QCOMPARE(ClientHelloParser::parse(QByteArray::fromHex("1603010000")).status, Status::Malformed);
        QCOMPARE(ClientHelloParser::parse(QByteArray::fromHex("00000000")).status, Status::NotTls);

        QRandomGenerator random(20240611);
        for (int i = 0; i < 2000; ++i) {
            QByteArray bytes(1 + random.bounded(600), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(random.bounded(256));
            if (i % 2)
                bytes.replace(0, 3, QByteArray::fromHex("160301")); // get past the first checks
            const ClientHelloInfo info = ClientHelloParser::parse(bytes);
            QVERIFY2(info.status != Status::Done, bytes.toHex().constData());
            if (info.status == Status::NotTls || info.status == Status::Malformed)
                QVERIFY(!info.error.isEmpty());
        }
    }

    void oversizeHelloIsTooLarge()
    {
        // 9 bytes are enough: the record and handshake headers announce the size.
        const QByteArray declared = record(QByteArray::fromHex("01004e20") + QByteArray(100, '\0')); // 20000 bytes
        QByteArray header = declared.left(5);
        header[3] = char(0x40), header[4] = 0; // record of 16384 bytes
        QCOMPARE(ClientHelloParser::parse(header + declared.mid(5, 4)).status, Status::TooLarge);

        // one byte over the cap is refused, the cap itself is accepted
        QCOMPARE(ClientHelloParser::parse(fragmented(paddedMessage(ClientHelloParser::kMaxHandshakeBytes + 1), 16384)
                                              .left(9)).status, Status::TooLarge);
        const QByteArray atCap = paddedMessage(ClientHelloParser::kMaxHandshakeBytes);
        QCOMPARE(atCap.size(), ClientHelloParser::kMaxHandshakeBytes);
        const ClientHelloInfo info = ClientHelloParser::parse(record(atCap));
        QCOMPARE(info.status, Status::Done);
        QCOMPARE(info.sni, QByteArray("www.example.com"));

        // a record larger than TLS allows
        QCOMPARE(ClientHelloParser::parse(QByteArray::fromHex("1603014001")).status, Status::TooLarge);
    }

    void manyTinyRecordsHitTheBufferCap()
    {
        const QByteArray bytes = fragmented(paddedMessage(8000), 1); // 48000 bytes of records
        QCOMPARE(ClientHelloParser::parse(bytes.constData(), ClientHelloParser::kMaxBufferedBytes - 5).status,
                 Status::Incomplete);
        const ClientHelloInfo info = ClientHelloParser::parse(bytes);
        QCOMPARE(info.status, Status::TooLarge);
        QVERIFY(!info.error.isEmpty());
        // never Incomplete with more than the cap buffered, so the session's buffer stays bounded
        for (qsizetype n = ClientHelloParser::kMaxBufferedBytes - 6; n < ClientHelloParser::kMaxBufferedBytes + 8; ++n) {
            const Status status = ClientHelloParser::parse(bytes.constData(), n).status;
            QVERIFY(n <= ClientHelloParser::kMaxBufferedBytes || status == Status::TooLarge);
        }
    }

    void mutatedCapturesNeverCrash()
    {
        QList<QByteArray> seeds;
        for (const char *name : kCaptures)
            seeds.append(capture(name));
        seeds.append(fragmented(messageOf(capture("browser-shaped.bin")), 97));
        QRandomGenerator random(0x6d657368); // fixed seed: failures reproduce
        int done = 0;
        for (int i = 0; i < 5000; ++i) {
            QByteArray bytes = seeds.at(random.bounded(int(seeds.size())));
            const int mutations = 1 + random.bounded(6);
            for (int m = 0; m < mutations; ++m) {
                const int at = random.bounded(int(bytes.size()));
                switch (random.bounded(4)) {
                case 0: bytes[at] = char(random.bounded(256)); break;
                case 1: bytes[at] = char(bytes[at] ^ (1 << random.bounded(8))); break;
                case 2: bytes.remove(at, 1 + random.bounded(8)); break;
                default: bytes.insert(at, char(random.bounded(256))); break;
                }
                if (bytes.isEmpty())
                    bytes = seeds.first();
            }
            const ClientHelloInfo info = ClientHelloParser::parse(bytes);
            switch (info.status) {
            case Status::Done:
                ++done;
                QVERIFY(info.helloBytes > 0 && info.helloBytes <= bytes.size());
                QVERIFY2(isCleanHostName(info.sni), info.sni.constData());
                break;
            case Status::Incomplete:
                QVERIFY(bytes.size() <= ClientHelloParser::kMaxBufferedBytes);
                break;
            case Status::NotTls:
            case Status::Malformed:
            case Status::TooLarge:
                QVERIFY(!info.error.isEmpty());
                break;
            }
        }
        // mutations of ignored bytes (random, key shares) must still parse
        QVERIFY(done > 0);
    }
};

QTEST_GUILESS_MAIN(TestClientHelloParser)
#include "tst_clienthelloparser.moc"
