// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "managedprocess.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <chrono>
#include <memory>

namespace meshgate::test {

// What one curl invocation asks for. Only the fields a test sets become arguments.
struct CurlRequest
{
    QString url;
    QString method;              // -X
    QList<QByteArray> headers;   // -H "Name: value" (a "Name:" alone removes a curl default)
    QStringList resolve;         // --resolve host:port:addr
    QStringList connectTo;       // --connect-to
    QString proxy;               // -x
    QString caCertificate;       // --cacert
    bool insecure = false;       // -k
    QString uploadFile;          // -T (streams the file)
    QByteArray data;             // --data-binary (small bodies)
    QString outputFile;          // -o for the body instead of reading it into memory
    QStringList extraArguments;
    std::chrono::milliseconds timeout = std::chrono::seconds(30);

    static CurlRequest get(QString url, QList<QByteArray> headers = {})
    {
        CurlRequest r;
        r.url = std::move(url);
        r.headers = std::move(headers);
        return r;
    }
};

struct CurlResult
{
    int exitCode = -1;  // curl's exit code (0 = transfer completed; 7 = connection refused; 52 = empty reply...)
    int status = 0;     // HTTP status of the last response; 0 when none arrived
    QList<QPair<QByteArray, QByteArray>> headers; // of the last response, names lower-cased
    QByteArray body;    // empty when CurlRequest::outputFile was set
    qint64 bodySize = 0;
    quint16 localPort = 0; // the client side of the connection: matches the access log's downstream remote
    QByteArray errorText;

    QByteArray header(QByteArrayView name) const; // first value, empty when absent
    bool hasHeader(QByteArrayView name) const;
    QString describe() const; // for failure messages
};

// Runs the curl command line and collects status, headers and body. Waits in an event loop, so
// servers started by the test keep having their output drained meanwhile.
class Curl final
{
public:
    static CurlResult run(const CurlRequest &request);

    // A request running in the background; wait() collects it.
    class Job final
    {
    public:
        explicit Job(const CurlRequest &request);
        Q_DISABLE_COPY_MOVE(Job)
        bool isFinished() const;
        QProcess &process() { return m_process.process(); }
        CurlResult wait();

    private:
        CurlRequest m_request;
        QTemporaryDir m_dir;
        ManagedProcess m_process;
        bool m_started = false;
    };
    static std::unique_ptr<Job> start(const CurlRequest &request);

    // Many URLs in one curl process (one connection reused, or `parallel` connections), for load.
    // Returns each transfer's HTTP status (0 for a failed transfer), in completion order.
    struct Batch
    {
        int exitCode = -1;
        QList<int> statuses;
        QByteArray errorText;
        int count(int status) const { return int(statuses.count(status)); }
    };
    class BatchJob final
    {
    public:
        BatchJob(const QStringList &urls, const CurlRequest &common, int parallel);
        Q_DISABLE_COPY_MOVE(BatchJob)
        bool isFinished() const;
        QProcess &process() { return m_process.process(); }
        Batch wait();

    private:
        QTemporaryDir m_dir;
        ManagedProcess m_process;
        bool m_started = false;
        std::chrono::milliseconds m_timeout;
    };
    static Batch runBatch(const QStringList &urls, const CurlRequest &common, int parallel = 1);
};

} // namespace meshgate::test
