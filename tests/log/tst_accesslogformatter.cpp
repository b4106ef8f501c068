// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/accesslogformatter.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTest>

using namespace meshgate;

namespace {

qint64 utcMs(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t.toMSecsSinceEpoch();
}

// The HTTP sample line of the semantics doc, as the engine would record it.
AccessLogRecord httpSample()
{
    AccessLogRecord r;
    r.startTimeMs = utcMs("2019-01-31T14:40:18.645");
    r.method = "GET";
    r.path = "/status/418";
    r.protocol = "HTTP/1.1";
    r.responseCode = 418;
    r.responseCodeDetails = "via_upstream";
    r.bytesReceived = 0;
    r.bytesSent = 135;
    r.durationMs = 187;
    r.upstreamServiceTimeMs = 186;
    r.xForwardedFor = "10.127.220.75";
    r.userAgent = "curl/7.54.0";
    r.requestId = "28255618-6ca5-9d91-9634-c562694a3625";
    r.authority = "httpbin.org";
    r.upstreamHost = "34.232.181.106:80";
    r.upstreamCluster = "outbound|80||httpbin.org";
    r.downstreamLocalAddress = "172.30.230.33:80";
    r.downstreamRemoteAddress = "10.127.220.75:52077";
    r.routeName = "httpbin";
    return r;
}

// The TLS passthrough sample line.
AccessLogRecord tcpSample()
{
    AccessLogRecord r;
    r.startTimeMs = utcMs("2019-01-31T13:40:11.076");
    r.bytesReceived = 589;
    r.bytesSent = 17798;
    r.durationMs = 1644;
    r.upstreamHost = "172.217.31.132:443";
    r.upstreamCluster = "outbound|443||edition.cnn.com";
    r.upstreamLocalAddress = "172.30.230.33:54508";
    r.downstreamLocalAddress = "172.30.230.33:443";
    r.downstreamRemoteAddress = "10.127.220.75:49467";
    r.requestedServerName = "edition.cnn.com";
    return r;
}

AccessLogFormatter make(const QString &spec)
{
    auto result = AccessLogFormatter::create(spec);
    if (auto *error = std::get_if<FormatError>(&result))
        qFatal("unexpected format error: %s", qPrintable(error->toString()));
    return std::get<AccessLogFormatter>(std::move(result));
}

} // namespace

class TestAccessLogFormatter : public QObject
{
    Q_OBJECT
private slots:
    void classicReproducesTheSampleLinesByteForByte()
    {
        const AccessLogFormatter f = AccessLogFormatter::classic();
        QCOMPARE(f.format(httpSample()),
                 QByteArray("[2019-01-31T14:40:18.645Z] \"GET /status/418 HTTP/1.1\" 418 - 0 135 "
                            "187 186 \"10.127.220.75\" \"curl/7.54.0\" "
                            "\"28255618-6ca5-9d91-9634-c562694a3625\" \"httpbin.org\" "
                            "\"34.232.181.106:80\" outbound|80||httpbin.org - 172.30.230.33:80 "
                            "10.127.220.75:52077 -\n"));
        QCOMPARE(f.format(tcpSample()),
                 QByteArray("[2019-01-31T13:40:11.076Z] \"- - -\" 0 - 589 17798 1644 - \"-\" "
                            "\"-\" \"-\" \"-\" \"172.217.31.132:443\" "
                            "outbound|443||edition.cnn.com 172.30.230.33:54508 "
                            "172.30.230.33:443 10.127.220.75:49467 edition.cnn.com\n"));
        QVERIFY(tcpSample().isTcp());
        QVERIFY(!httpSample().isTcp());
    }

    void emptySpecMeansClassic()
    {
        QCOMPARE(make(QString()).format(httpSample()),
                 AccessLogFormatter::classic().format(httpSample()));
    }

    void envoyAndIstioPresets()
    {
        AccessLogRecord r = httpSample();
        r.responseFlags = ResponseFlags::UpstreamRetryLimitExceeded
            | ResponseFlags::UpstreamConnectionFailure;
        QCOMPARE(make(QStringLiteral("envoy")).format(r),
                 QByteArray("[2019-01-31T14:40:18.645Z] \"GET /status/418 HTTP/1.1\" 418 UF,URX 0 "
                            "135 187 186 \"10.127.220.75\" \"curl/7.54.0\" "
                            "\"28255618-6ca5-9d91-9634-c562694a3625\" \"httpbin.org\" "
                            "\"34.232.181.106:80\"\n"));
        QCOMPARE(make(QStringLiteral("istio")).format(r),
                 QByteArray("[2019-01-31T14:40:18.645Z] \"GET /status/418 HTTP/1.1\" 418 UF,URX "
                            "via_upstream - \"-\" 0 135 187 186 \"10.127.220.75\" "
                            "\"curl/7.54.0\" \"28255618-6ca5-9d91-9634-c562694a3625\" "
                            "\"httpbin.org\" \"34.232.181.106:80\" outbound|80||httpbin.org - "
                            "172.30.230.33:80 10.127.220.75:52077 - httpbin\n"));
        QVERIFY(make(QStringLiteral("istio")).requiredRequestHeaders().isEmpty());
        QVERIFY(make(QStringLiteral("istio")).requiredResponseHeaders().isEmpty());
    }

    void responseFlagsPrintInEnvoyOrder()
    {
        QCOMPARE(ResponseFlags().toString(), QByteArray("-"));
        ResponseFlags f;
        f.set(ResponseFlags::DnsResolutionFailed)
            .set(ResponseFlags::UpstreamRetryLimitExceeded)
            .set(ResponseFlags::NoRouteFound)
            .set(ResponseFlags::FailedLocalHealthCheck)
            .set(ResponseFlags::DownstreamConnectionTermination);
        QCOMPARE(f.toString(), QByteArray("LH,NR,DC,URX,DF"));
        QCOMPARE(ResponseFlags::fromString("UF,URX")->toString(), QByteArray("UF,URX"));
        QCOMPARE(ResponseFlags::fromString("-"), std::optional(ResponseFlags()));
        QVERIFY(!ResponseFlags::fromString("UF,XX"));
        QVERIFY(!ResponseFlags::fromString(""));

        ResponseFlags all = ResponseFlags::fromBits(0xffffffffu);
        QCOMPARE(all.toString(),
                 QByteArray("LH,UH,UT,LR,UR,UF,UC,UO,NR,DI,FI,RL,UAEX,RLSE,DC,URX,SI,IH,DPE,"
                            "UMSDR,RFCF,NFCF,DT,UPE,NC,OM,DF,DO"));
        QCOMPARE(ResponseFlags::fromString(all.toString()), std::optional(all));
        QCOMPARE(ResponseFlags::shortName(ResponseFlags::UpstreamOverflow), QByteArrayView("UO"));
    }

    void jsonPresetUsesIstioKeysAndTypes()
    {
        const AccessLogFormatter f = make(QStringLiteral("json"));
        QCOMPARE(f.encoding(), AccessLogFormatter::Encoding::Json);
        const QByteArray line = f.format(httpSample());
        QCOMPARE(line,
                 QByteArray("{\"start_time\":\"2019-01-31T14:40:18.645Z\",\"route_name\":\"httpbin\","
                            "\"method\":\"GET\",\"path\":\"/status/418\",\"protocol\":\"HTTP/1.1\","
                            "\"response_code\":418,\"response_flags\":\"-\","
                            "\"response_code_details\":\"via_upstream\","
                            "\"connection_termination_details\":null,\"bytes_received\":0,"
                            "\"bytes_sent\":135,\"duration\":187,\"upstream_service_time\":\"186\","
                            "\"x_forwarded_for\":\"10.127.220.75\",\"user_agent\":\"curl/7.54.0\","
                            "\"request_id\":\"28255618-6ca5-9d91-9634-c562694a3625\","
                            "\"authority\":\"httpbin.org\",\"upstream_host\":\"34.232.181.106:80\","
                            "\"upstream_cluster\":\"outbound|80||httpbin.org\","
                            "\"upstream_local_address\":null,"
                            "\"downstream_local_address\":\"172.30.230.33:80\","
                            "\"downstream_remote_address\":\"10.127.220.75:52077\","
                            "\"requested_server_name\":null,"
                            "\"upstream_transport_failure_reason\":null}\n"));

        QJsonParseError error;
        const QJsonObject tcp = QJsonDocument::fromJson(f.format(tcpSample()), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(tcp.value(u"response_code").toInteger(-1), 0);
        QCOMPARE(tcp.value(u"bytes_sent").toInteger(), 17798);
        QVERIFY(tcp.value(u"method").isNull());
        QVERIFY(tcp.value(u"upstream_service_time").isNull());
        QCOMPARE(tcp.value(u"requested_server_name").toString(), u"edition.cnn.com");
    }

    void jsonEscapesHostileValues()
    {
        AccessLogRecord r = httpSample();
        r.userAgent = QByteArray("a\"b\\c\nd\te\x01" "f\x7f", 12);
        r.path = "/caf\xc3\xa9/\xff\xfe/\xed\xa0\x80"; // valid é, then invalid bytes, a surrogate
        const QByteArray line = make(QStringLiteral("json")).format(r);
        QVERIFY(line.endsWith("}\n"));
        QCOMPARE(line.count('\n'), 1);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(u"user_agent").toString(), QString::fromUtf8("a\"b\\c\nd\te\x01" "f\x7f"));
        QCOMPARE(o.value(u"path").toString(),
                 QString::fromUtf8("/caf\xc3\xa9/") + QChar(0xfffd) + QChar(0xfffd) + u'/'
                     + QChar(0xfffd) + QChar(0xfffd) + QChar(0xfffd));
    }

    void textEscapesControlBytesSoOneRecordStaysOneLine()
    {
        AccessLogRecord r = tcpSample();
        r.requestedServerName = "evil\n[2019-01-01T00:00:00.000Z] \"GET / HTTP/1.1\" 200";
        const QByteArray line = make(QStringLiteral("%REQUESTED_SERVER_NAME%")).format(r);
        QCOMPARE(line, QByteArray("evil\\x0a[2019-01-01T00:00:00.000Z] \"GET / HTTP/1.1\" 200\n"));
    }

    void customOperators_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain text and %%") << "100%% done" << QByteArray("100% done\n");
        QTest::newRow("method path protocol")
            << "%REQ(:METHOD)% %REQ(:PATH)% %PROTOCOL%" << QByteArray("GET /status/418 HTTP/1.1\n");
        QTest::newRow("header names are case-insensitive")
            << "%REQ(user-agent)%|%REQ(Host)%|%REQ(x-forwarded-for)%"
            << QByteArray("curl/7.54.0|httpbin.org|10.127.220.75\n");
        QTest::newRow("truncation") << "%REQ(USER-AGENT):4%|%UPSTREAM_CLUSTER:8%|%DURATION:2%"
                                    << QByteArray("curl|outbound|18\n");
        QTest::newRow("alternative header") << "%REQ(X-MISSING?:AUTHORITY)%"
                                            << QByteArray("httpbin.org\n");
        QTest::newRow("alternative not needed") << "%REQ(:AUTHORITY?USER-AGENT)%"
                                                << QByteArray("httpbin.org\n");
        QTest::newRow("absent alternative") << "%REQ(X-A?X-B)%" << QByteArray("-\n");
        QTest::newRow("numbers") << "%RESPONSE_CODE% %BYTES_RECEIVED% %BYTES_SENT% %DURATION% "
                                    "%RESP(X-ENVOY-UPSTREAM-SERVICE-TIME)% %RESP(:STATUS)%"
                                 << QByteArray("418 0 135 187 186 418\n");
        QTest::newRow("details") << "%RESPONSE_CODE_DETAILS% %CONNECTION_TERMINATION_DETAILS% "
                                    "\"%UPSTREAM_TRANSPORT_FAILURE_REASON%\" %ROUTE_NAME%"
                                 << QByteArray("via_upstream - \"-\" httpbin\n");
        QTest::newRow("addresses")
            << "%DOWNSTREAM_REMOTE_ADDRESS_WITHOUT_PORT% %DOWNSTREAM_LOCAL_ADDRESS_WITHOUT_PORT% "
               "%UPSTREAM_LOCAL_ADDRESS% %UPSTREAM_HOST%"
            << QByteArray("10.127.220.75 172.30.230.33 - 34.232.181.106:80\n");
        QTest::newRow("trailing newline is not doubled") << "%RESPONSE_CODE%\n"
                                                         << QByteArray("418\n");
        QTest::newRow("start time default") << "%START_TIME%"
                                            << QByteArray("2019-01-31T14:40:18.645Z\n");
        QTest::newRow("start time pattern")
            << "%START_TIME(%Y/%m/%dT%H:%M:%S%z %s)%"
            << QByteArray("2019/01/31T14:40:18+0000 1548945618\n");
        QTest::newRow("start time fractions")
            << "%START_TIME(%T.%3f|%1f|%6f|%9f)%"
            << QByteArray("14:40:18.645|6|645000|645000000\n");
        QTest::newRow("start time names")
            << "%START_TIME(%a %A %b %B %e %j %I%p %D %F %R %Z %%)%"
            << QByteArray("Thu Thursday Jan January 31 031 02PM 01/31/19 2019-01-31 14:40 UTC %\n");
        QTest::newRow("start time pattern with a parenthesis")
            << "%START_TIME((%H))%" << QByteArray("(14)\n");
    }

    void customOperators()
    {
        QFETCH(QString, spec);
        QFETCH(QByteArray, expected);
        QCOMPARE(make(spec).format(httpSample()), expected);
    }

    void ipv6AddressesWithoutPort()
    {
        AccessLogRecord r = httpSample();
        r.downstreamRemoteAddress = "[2001:db8::1]:52077";
        r.downstreamLocalAddress = "::1";
        QCOMPARE(make(QStringLiteral("%DOWNSTREAM_REMOTE_ADDRESS_WITHOUT_PORT% "
                                     "%DOWNSTREAM_LOCAL_ADDRESS_WITHOUT_PORT%"))
                     .format(r),
                 QByteArray("2001:db8::1 ::1\n"));
    }

    void hostnameOperator()
    {
        QCOMPARE(make(QStringLiteral("%HOSTNAME%")).format(httpSample()),
                 QSysInfo::machineHostName().toUtf8() + '\n');
    }

    void capturedHeadersAreRequestedAndPrinted()
    {
        const AccessLogFormatter f = make(QStringLiteral(
            "%REQ(X-Tenant)% %REQ(:METHOD)% %RESP(Content-Type)% %REQ(x-tenant):3% "
            "%REQ(X-ENVOY-ORIGINAL-PATH?:PATH)% %REQ(:SCHEME)%"));
        QCOMPARE(f.requiredRequestHeaders(), QList<QByteArray>({"x-tenant", ":scheme"}));
        QCOMPARE(f.requiredResponseHeaders(), QList<QByteArray>({"content-type"}));

        AccessLogRecord r = httpSample();
        QCOMPARE(f.format(r), QByteArray("- GET - - /status/418 -\n"));
        r.requestHeaders.append(CapturedHeader{"x-tenant", "acme-corp"});
        r.requestHeaders.append(CapturedHeader{":scheme", "http"});
        r.responseHeaders.append(CapturedHeader{"content-type", "text/plain"});
        QCOMPARE(f.format(r), QByteArray("acme-corp GET text/plain acm /status/418 http\n"));
    }

    // The engine hands the writer packed LogRows: every preset must print them exactly as it
    // prints the record they were packed from, captured headers and absent values included.
    void packedRowsPrintLikeTheirRecord()
    {
        AccessLogRecord withHeaders = httpSample();
        withHeaders.requestHeaders.append(CapturedHeader{"x-tenant", "acme-corp"});
        withHeaders.responseHeaders.append(CapturedHeader{"content-type", "text/plain"});
        withHeaders.upstreamTransportFailureReason = "connection refused";
        withHeaders.connectionTerminationDetails = "idle";
        const QList<AccessLogRecord> records{httpSample(), withHeaders, tcpSample(), AccessLogRecord()};
        QStringList specs = AccessLogFormatter::presetNames();
        specs << QStringLiteral("%REQ(X-Tenant)% %RESP(Content-Type)% %RESP(X-ENVOY-UPSTREAM-SERVICE-TIME)% "
                                "%DOWNSTREAM_REMOTE_ADDRESS_WITHOUT_PORT% %REQ(:AUTHORITY):5%");
        for (const QString &spec : std::as_const(specs)) {
            const AccessLogFormatter f = make(spec);
            for (const AccessLogRecord &r : records) {
                const QByteArray fromRecord = f.format(r);
                QCOMPARE(f.format(LogRow::fromRecord(r)), fromRecord);
                QByteArray appended("x");
                f.appendTo(appended, LogRow::fromRecord(r));
                QCOMPARE(appended, "x" + fromRecord);
            }
        }
        // Not vacuous: the packed sample carries its values.
        QVERIFY(make(QStringLiteral("%REQ(X-Tenant)% %ROUTE_NAME% %UPSTREAM_TRANSPORT_FAILURE_REASON%"))
                    .format(LogRow::fromRecord(withHeaders))
                == "acme-corp httpbin connection refused\n");
    }

    void appendToOnlyAppends()
    {
        const AccessLogFormatter f = AccessLogFormatter::classic();
        QByteArray out("previous line\n");
        f.appendTo(out, httpSample());
        f.appendTo(out, tcpSample());
        QCOMPARE(out, "previous line\n" + f.format(httpSample()) + f.format(tcpSample()));
    }

    void errorsPointAtTheProblem_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown operator") << "abc %FOO% def" << 4 << "unknown operator %FOO%";
        QTest::newRow("typo, unterminated") << "%DURATON" << 0 << "unknown or unterminated";
        QTest::newRow("unterminated") << "x %DURATION" << 11 << "expected '%' to close %DURATION";
        QTest::newRow("lone percent") << "50% off" << 2 << "must start an operator";
        QTest::newRow("trailing percent") << "abc%" << 3 << "must start an operator";
        QTest::newRow("lower-case name") << "%duration%" << 0 << "must start an operator";
        QTest::newRow("REQ without header") << "%REQ%" << 0 << "needs a header name";
        QTest::newRow("REQ empty header") << "%REQ()%" << 0 << "needs a header name";
        QTest::newRow("REQ unclosed") << "%REQ(USER-AGENT%" << 0 << "missing its closing";
        QTest::newRow("argument on plain op") << "%DURATION(ms)%" << 9 << "takes no argument";
        QTest::newRow("bad length") << "%REQ(USER-AGENT):x%" << 16 << "must be a number";
        QTest::newRow("zero length") << "%REQ(USER-AGENT):0%" << 16 << "must be a number";
        QTest::newRow("bad header char") << "%REQ(USER AGENT)%" << 9 << "invalid character";
        QTest::newRow("unknown pseudo header") << "%REQ(:FOO)%" << 5 << "pseudo-header";
        QTest::newRow("unknown response pseudo") << "%RESP(:PATH)%" << 6 << "pseudo-header";
        QTest::newRow("two alternatives") << "%REQ(A?B?C)%" << 8 << "only one alternative";
        QTest::newRow("empty alternative") << "%REQ(A?)%" << 7 << "empty header name";
        QTest::newRow("bad time specifier") << "%START_TIME(%Y %Q)%" << 15 << "'%Q'";
        QTest::newRow("bare %f") << "%START_TIME(%f)%" << 12 << "'%f'";
        QTest::newRow("interior newline") << "%DURATION%\n%BYTES_SENT%" << 10 << "line break";
        // Found by fuzz_logformat: a line break inside a time pattern.
        QTest::newRow("newline in time pattern") << "%START_TIME((A\nRT()%" << 14 << "line break";
        QTest::newRow("carriage return in header") << "%REQ(A\rB)%" << 6 << "line break";
    }

    void errorsPointAtTheProblem()
    {
        QFETCH(QString, spec);
        QFETCH(int, offset);
        QFETCH(QString, message);
        auto result = AccessLogFormatter::create(spec);
        QVERIFY2(std::holds_alternative<FormatError>(result), qPrintable(spec));
        const FormatError error = std::get<FormatError>(result);
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QCOMPARE(error.offset, qsizetype(offset));
        QVERIFY(error.toString().contains(QString::number(offset)));
    }

    void timestampsMatchQDateTime()
    {
        // Fixed seed: reproducible, and covers leap years, century rules and pre-1970 times.
        QRandomGenerator rng(20190131);
        const qint64 from = utcMs("1600-01-01T00:00:00.000");
        const qint64 to = utcMs("2400-12-31T23:59:59.999");
        QList<qint64> samples = {0, -1, 951782400000 /* 2000-02-29 */, 4107542400000 - 1,
                                 utcMs("2100-03-01T00:00:00.000")};
        for (int i = 0; i < 20000; ++i)
            samples.append(from + qint64(rng.bounded(quint64(to - from))));
        for (qint64 ms : samples) {
            QByteArray ours;
            TimestampFormat::appendIso8601(ours, ms);
            const QString qt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                                   .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
            QCOMPARE(QString::fromLatin1(ours), qt);
            const CivilTime t = CivilTime::fromMsecsSinceEpoch(ms);
            const QDate d = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
            QCOMPARE(t.weekday, d.dayOfWeek() % 7);
            QCOMPARE(t.yearDay + 1, d.dayOfYear());
        }
    }
};

QTEST_GUILESS_MAIN(TestAccessLogFormatter)
#include "tst_accesslogformatter.moc"
