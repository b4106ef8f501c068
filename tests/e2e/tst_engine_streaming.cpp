// SPDX-License-Identifier: GPL-3.0-or-later
// 64 MiB through the gateway in each direction, against a peer slower than the other side, so
// an engine without backpressure would have to buffer the difference. meshgate's resident memory
// (/proc/<pid>/status) must grow by less than the transfer.
#include "curl.h"
#include "gatewayharness.h"
#include "nginxtlsserver.h"
#include "processmemory.h"
#include "testcertificate.h"
#include "testupstream.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace meshgate::test;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kLarge = 64 * 1024 * 1024;
constexpr qint64 kGrowthLimitKiB = 64 * 1024;
// The slow side of each transfer: 64 MiB in about two seconds.
constexpr const char *kClientRate = "32M";
constexpr double kSinkBytesPerSecond = 32.0 * 1024 * 1024;

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QByteArray writeRandomFile(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QRandomGenerator random(20240611);
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (qint64 written = 0; written < size; written += block.size()) {
        random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / int(sizeof(quint32)));
        if (file.write(block) != block.size())
            return {};
        hash.addData(block);
    }
    return hash.result().toHex();
}

QString describeGrowth(const ProcessMemory &before, const ProcessMemory &after)
{
    return QStringLiteral("RSS before %1 KiB, peak after %2 KiB, growth %3 KiB (limit %4 KiB)")
        .arg(before.rssKiB)
        .arg(after.peakKiB)
        .arg(after.peakKiB - before.rssKiB)
        .arg(kGrowthLimitKiB);
}

} // namespace

class TestEngineStreaming : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        auto cert = TestCertificate::generate(m_dir.path(), QStringLiteral("files.test"), {}, &error);
        QVERIFY2(cert, qPrintable(error));
        m_nginx = std::make_unique<NginxTlsServer>(*cert);
        QVERIFY2(m_nginx->start(&error), qPrintable(error));
        m_largeSha = m_nginx->createFile(QStringLiteral("large"), kLarge);
        QVERIFY(!m_largeSha.isEmpty());
        m_payloadPath = m_dir.filePath(QStringLiteral("payload"));
        m_payloadSha = writeRandomFile(m_payloadPath, kLarge);
        QVERIFY(!m_payloadSha.isEmpty());
        QVERIFY2(m_sink.start(kSinkBytesPerSecond), m_sink.diagnostics().constData());
    }

    void largeDownloadIsStreamed()
    {
        GatewayHarness gw;
        const QByteArray yaml = GatewayHarness::gatewayYaml() + GatewayHarness::staticService("files.internal", m_nginx->httpPort())
            + routeTo("files.test", "files.internal");
        const QString problem = gw.launch(yaml);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(gw.get(QStringLiteral("files.test"), QStringLiteral("/ok")).status, 200); // warm: pools, threads

        const auto before = ProcessMemory::read(gw.meshgate().pid());
        QVERIFY(before);
        CurlRequest download = gw.request(QStringLiteral("files.test"), QStringLiteral("/large"));
        download.outputFile = m_dir.filePath(QStringLiteral("downloaded"));
        download.extraArguments = {QStringLiteral("--limit-rate"), QString::fromLatin1(kClientRate)};
        download.timeout = 60s;
        const CurlResult r = Curl::run(download);
        const auto after = ProcessMemory::read(gw.meshgate().pid());
        QVERIFY2(r.exitCode == 0 && r.status == 200, qPrintable(r.describe()));
        QCOMPARE(r.bodySize, kLarge);
        QCOMPARE(fileSha256(download.outputFile), m_largeSha);
        QVERIFY(after);
        QVERIFY2(after->peakKiB - before->rssKiB < kGrowthLimitKiB, qPrintable(describeGrowth(*before, *after)));

        const auto l = gw.logOf(r);
        QVERIFY(l);
        QCOMPARE(l->code, 200);
        QCOMPARE(l->bytesSent, kLarge);
        QCOMPARE(l->upstreamHost, m_nginx->httpHostPort());
        QFile::remove(download.outputFile);
    }

    void largeUploadIsStreamed()
    {
        GatewayHarness gw;
        const QByteArray yaml = GatewayHarness::gatewayYaml() + GatewayHarness::staticService("sink.internal", m_sink.port())
            + routeTo("sink.test", "sink.internal");
        const QString problem = gw.launch(yaml);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(gw.get(QStringLiteral("sink.test"), QStringLiteral("/warm")).status, 200);

        const auto before = ProcessMemory::read(gw.meshgate().pid());
        QVERIFY(before);
        CurlRequest upload = gw.request(QStringLiteral("sink.test"), QStringLiteral("/upload"), {"Expect:"});
        upload.method = QStringLiteral("POST");
        upload.uploadFile = m_payloadPath;
        upload.timeout = 60s;
        const CurlResult r = Curl::run(upload);
        const auto after = ProcessMemory::read(gw.meshgate().pid());
        QVERIFY2(r.exitCode == 0 && r.status == 200, qPrintable(r.describe()));
        const QJsonObject received = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(received.value(QStringLiteral("bytes")).toInteger(), kLarge);
        QCOMPARE(received.value(QStringLiteral("sha256")).toString().toUtf8(), m_payloadSha);
        QVERIFY(after);
        QVERIFY2(after->peakKiB - before->rssKiB < kGrowthLimitKiB, qPrintable(describeGrowth(*before, *after)));

        const auto l = gw.logOf(r);
        QVERIFY(l);
        QCOMPARE(l->method, QStringLiteral("POST"));
        QCOMPARE(l->code, 200);
        QCOMPARE(l->bytesReceived, kLarge);
    }

    void chunkedUploadArrivesIntact()
    {
        GatewayHarness gw;
        const QByteArray yaml = GatewayHarness::gatewayYaml() + GatewayHarness::staticService("sink.internal", m_sink.port())
            + routeTo("sink.test", "sink.internal");
        const QString problem = gw.launch(yaml);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const QString path = m_dir.filePath(QStringLiteral("chunked-payload"));
        constexpr qint64 kSize = 8 * 1024 * 1024;
        const QByteArray sha = writeRandomFile(path, kSize);
        CurlRequest upload = gw.request(QStringLiteral("sink.test"), QStringLiteral("/chunked"),
                                        {"Expect:", "Transfer-Encoding: chunked"});
        upload.method = QStringLiteral("POST");
        upload.uploadFile = path;
        const CurlResult r = Curl::run(upload);
        QVERIFY2(r.exitCode == 0 && r.status == 200, qPrintable(r.describe()));
        const QJsonObject received = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(received.value(QStringLiteral("bytes")).toInteger(), kSize);
        QCOMPARE(received.value(QStringLiteral("sha256")).toString().toUtf8(), sha);
        const auto l = gw.logOf(r);
        QVERIFY(l);
        QCOMPARE(l->bytesReceived, kSize);
    }

private:
    static QByteArray routeTo(const QByteArray &host, const QByteArray &service)
    {
        return "---\napiVersion: networking.istio.io/v1beta1\nkind: VirtualService\nmetadata:\n  name: route\nspec:\n"
               "  hosts:\n  - " + host + "\n  gateways:\n  - gw\n  http:\n  - route:\n    - destination:\n        host: "
            + service + "\n";
    }

    QTemporaryDir m_dir;
    std::unique_ptr<NginxTlsServer> m_nginx;
    TestUpstream m_sink;
    QByteArray m_largeSha;
    QString m_payloadPath;
    QByteArray m_payloadSha;
};

QTEST_GUILESS_MAIN(TestEngineStreaming)
#include "tst_engine_streaming.moc"
