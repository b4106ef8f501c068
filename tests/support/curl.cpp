// SPDX-License-Identifier: GPL-3.0-or-later
#include "curl.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>

namespace meshgate::test {

using namespace std::chrono_literals;

namespace {

// A proxy from the environment would silently send test traffic elsewhere.
QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY",
                             "no_proxy", "NO_PROXY", "CURL_HOME"})
        env.remove(QString::fromLatin1(name));
    return env;
}

QStringList commonArguments(const CurlRequest &r, const QDir &dir)
{
    QStringList args{QStringLiteral("-q"), QStringLiteral("-sS")}; // -q (no .curlrc) only works first
    if (!r.method.isEmpty())
        args << QStringLiteral("-X") << r.method;
    for (const QByteArray &h : r.headers)
        args << QStringLiteral("-H") << QString::fromUtf8(h);
    for (const QString &rule : r.resolve)
        args << QStringLiteral("--resolve") << rule;
    for (const QString &rule : r.connectTo)
        args << QStringLiteral("--connect-to") << rule;
    if (!r.proxy.isEmpty())
        args << QStringLiteral("-x") << r.proxy;
    if (!r.caCertificate.isEmpty())
        args << QStringLiteral("--cacert") << r.caCertificate;
    if (r.insecure)
        args << QStringLiteral("-k");
    if (!r.uploadFile.isEmpty())
        args << QStringLiteral("-T") << r.uploadFile;
    if (!r.data.isNull()) {
        const QString dataPath = dir.filePath(QStringLiteral("request-body"));
        QFile f(dataPath);
        if (f.open(QIODevice::WriteOnly))
            f.write(r.data);
        args << QStringLiteral("--data-binary") << QLatin1Char('@') + dataPath;
    }
    args << r.extraArguments;
    return args;
}

QList<QPair<QByteArray, QByteArray>> parseLastHeaderBlock(const QByteArray &raw)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QByteArray &line0 : raw.split('\n')) {
        const QByteArray line = line0.trimmed();
        if (line.startsWith("HTTP/")) {
            headers.clear(); // an interim 100 Continue or an earlier response
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return headers;
}

} // namespace

QByteArray CurlResult::header(QByteArrayView name) const
{
    const QByteArray lower = name.toByteArray().toLower();
    for (const auto &h : headers)
        if (h.first == lower)
            return h.second;
    return {};
}

bool CurlResult::hasHeader(QByteArrayView name) const
{
    const QByteArray lower = name.toByteArray().toLower();
    for (const auto &h : headers)
        if (h.first == lower)
            return true;
    return false;
}

QString CurlResult::describe() const
{
    return QStringLiteral("curl exit %1, HTTP %2, %3 body bytes, error '%4', body '%5'")
        .arg(exitCode)
        .arg(status)
        .arg(bodySize)
        .arg(QString::fromUtf8(errorText.trimmed()), QString::fromUtf8(body.left(300)));
}

Curl::Job::Job(const CurlRequest &request)
    : m_request(request)
{
    const QDir dir(m_dir.path());
    QStringList args = commonArguments(request, dir);
    args << QStringLiteral("--max-time") << QString::number(double(request.timeout.count()) / 1000.0)
         << QStringLiteral("-D") << dir.filePath(QStringLiteral("headers")) << QStringLiteral("-o")
         << (request.outputFile.isEmpty() ? dir.filePath(QStringLiteral("body")) : request.outputFile)
         << QStringLiteral("-w") << QStringLiteral("%{http_code} %{size_download} %{local_port}\\n") << request.url;
    m_process.setProcessEnvironment(cleanEnvironment());
    m_started = m_process.start(QStringLiteral("curl"), args);
}

bool Curl::Job::isFinished() const
{
    return !m_started || !m_process.isRunning();
}

CurlResult Curl::Job::wait()
{
    CurlResult result;
    if (!m_started) {
        result.errorText = "curl could not be started";
        return result;
    }
    if (!m_process.waitForFinished(m_request.timeout + 5s)) {
        m_process.kill();
        m_process.waitForFinished(5s);
        result.errorText = "curl did not finish in time";
        return result;
    }
    result.exitCode = m_process.exitCode().value_or(-1);
    result.errorText = m_process.text(ManagedProcess::Channel::Stderr);
    const QList<QByteArray> &out = m_process.lines(ManagedProcess::Channel::Stdout);
    if (!out.isEmpty()) {
        const QList<QByteArray> w = out.last().split(' ');
        if (w.size() == 3) {
            result.status = w[0].toInt();
            result.bodySize = w[1].toLongLong();
            result.localPort = quint16(w[2].toUInt());
        }
    }
    const QDir dir(m_dir.path());
    QFile headers(dir.filePath(QStringLiteral("headers")));
    if (headers.open(QIODevice::ReadOnly))
        result.headers = parseLastHeaderBlock(headers.readAll());
    if (m_request.outputFile.isEmpty()) {
        QFile body(dir.filePath(QStringLiteral("body")));
        if (body.open(QIODevice::ReadOnly))
            result.body = body.readAll();
    }
    return result;
}

std::unique_ptr<Curl::Job> Curl::start(const CurlRequest &request)
{
    return std::make_unique<Job>(request);
}

CurlResult Curl::run(const CurlRequest &request)
{
    return Job(request).wait();
}

Curl::BatchJob::BatchJob(const QStringList &urls, const CurlRequest &common, int parallel)
    : m_timeout(common.timeout)
{
    const QDir dir(m_dir.path());
    // One config file instead of thousands of arguments; "output" pairs with the url before it.
    QByteArray config;
    for (const QString &url : urls)
        config += "url = \"" + url.toUtf8() + "\"\noutput = \"/dev/null\"\n";
    const QString configPath = dir.filePath(QStringLiteral("urls.curlrc"));
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(config) != config.size())
        return;
    file.close();
    QStringList args = commonArguments(common, dir);
    args << QStringLiteral("--max-time") << QStringLiteral("30") << QStringLiteral("-w")
         << QStringLiteral("%{http_code}\\n") << QStringLiteral("-K") << configPath;
    if (parallel > 1)
        args << QStringLiteral("--parallel") << QStringLiteral("--parallel-max") << QString::number(parallel)
             << QStringLiteral("--no-progress-meter"); // -s alone does not silence parallel mode
    m_process.setProcessEnvironment(cleanEnvironment());
    m_started = m_process.start(QStringLiteral("curl"), args);
}

bool Curl::BatchJob::isFinished() const
{
    return !m_started || !m_process.isRunning();
}

Curl::Batch Curl::BatchJob::wait()
{
    Batch batch;
    if (!m_started) {
        batch.errorText = "curl could not be started";
        return batch;
    }
    if (!m_process.waitForFinished(m_timeout)) {
        m_process.kill();
        m_process.waitForFinished(5s);
        batch.errorText = "curl batch did not finish in time";
    }
    batch.exitCode = m_process.exitCode().value_or(-1);
    for (const QByteArray &line : m_process.lines(ManagedProcess::Channel::Stdout))
        batch.statuses.append(line.trimmed().toInt());
    batch.errorText += m_process.text(ManagedProcess::Channel::Stderr).left(4000);
    return batch;
}

Curl::Batch Curl::runBatch(const QStringList &urls, const CurlRequest &common, int parallel)
{
    return BatchJob(urls, common, parallel).wait();
}

} // namespace meshgate::test
