// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginxtlsserver.h"

#include "eventwait.h"
#include "freeport.h"
#include "managedprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <sys/syscall.h>
#include <unistd.h>

namespace meshgate::test {

using namespace std::chrono_literals;

namespace {

constexpr QFileDevice::Permissions kDirMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
    | QFileDevice::ExeOther;
constexpr QFileDevice::Permissions kWorldWritable = kDirMode | QFileDevice::WriteGroup | QFileDevice::WriteOther;

QString locations(const QString &root)
{
    return QStringLiteral(R"(        root %1;
        location = / { try_files /index.html =404; }
        location = /teapot { return 418 "teapot\n"; }
        location = /ok { return 200 "ok\n"; }
        location / { try_files $uri =404; }
)")
        .arg(root);
}

bool processAlive(pid_t pid)
{
    return ::kill(pid, 0) == 0 || errno == EPERM;
}

// nginx is a daemon, not our child: wait for it through a pidfd when the kernel has them, else
// by polling, since nothing else announces the exit of a process we did not fork.
bool waitForExit(pid_t pid, std::chrono::milliseconds timeout)
{
    EventWait wait;
    std::unique_ptr<QSocketNotifier> notifier;
    const long fd = ::syscall(SYS_pidfd_open, pid, 0);
    if (fd >= 0) {
        notifier = std::make_unique<QSocketNotifier>(qintptr(fd), QSocketNotifier::Read);
        wait.wakeOn(notifier.get(), &QSocketNotifier::activated);
    }
    wait.pollEvery(fd >= 0 ? 500ms : 20ms);
    const bool gone = wait.until([pid] { return !processAlive(pid); }, timeout);
    notifier.reset();
    if (fd >= 0)
        ::close(int(fd));
    return gone;
}

} // namespace

NginxTlsServer::NginxTlsServer(const TestCertificate &certificate)
    : m_certificate(certificate)
    , m_marker("meshgate-e2e-page-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
{
}

NginxTlsServer::~NginxTlsServer()
{
    stop();
}

QByteArray NginxTlsServer::createFile(const QString &name, qint64 size)
{
    QFile file(QDir(m_dir.path()).filePath(QStringLiteral("www/") + name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QRandomGenerator random(quint32(qHash(name) ^ quint32(size)));
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (qint64 written = 0; written < size;) {
        random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / int(sizeof(quint32)));
        const qint64 n = std::min<qint64>(block.size(), size - written);
        if (file.write(block.constData(), n) != n)
            return {};
        hash.addData(QByteArrayView(block.constData(), n));
        written += n;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther);
    return hash.result().toHex();
}

bool NginxTlsServer::writeConfig()
{
    const QDir dir(m_dir.path());
    const QString root = dir.filePath(QStringLiteral("www"));
    const QString conf = QStringLiteral(R"(daemon on;
worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log warn;
events { worker_connections 512; }
http {
    log_format e2e '$request_method $request_uri $status $body_bytes_sent sni=$ssl_server_name proto=$ssl_protocol';
    access_log %1/access.log e2e;
    client_body_temp_path %1/tmp/body;
    proxy_temp_path %1/tmp/proxy;
    fastcgi_temp_path %1/tmp/fastcgi;
    uwsgi_temp_path %1/tmp/uwsgi;
    scgi_temp_path %1/tmp/scgi;
    types { text/html html; }
    default_type application/octet-stream;
    sendfile on;
    keepalive_timeout 30;
    server {
        listen 127.0.0.1:%2 ssl;
        server_name %4;
        ssl_certificate %5;
        ssl_certificate_key %6;
%7    }
    server {
        listen 127.0.0.1:%3;
        server_name _;
%7    }
}
)")
                             .arg(dir.path())
                             .arg(m_tlsPort)
                             .arg(m_httpPort)
                             .arg(m_certificate.commonName(), m_certificate.certificatePath(),
                                  m_certificate.keyPath(), locations(root));
    QFile file(dir.filePath(QStringLiteral("nginx.conf")));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(conf.toUtf8()) > 0;
}

bool NginxTlsServer::start(QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why + QStringLiteral("\nnginx error log:\n") + errorLog();
        return false;
    };
    if (!m_dir.isValid())
        return fail(QStringLiteral("no temporary directory"));
    const QDir dir(m_dir.path());
    QFile::setPermissions(dir.path(), kDirMode);
    // The worker may run as another user (nobody when started as root): it reads www and writes tmp.
    dir.mkpath(QStringLiteral("www"));
    dir.mkpath(QStringLiteral("tmp"));
    QFile::setPermissions(dir.filePath(QStringLiteral("www")), kDirMode);
    QFile::setPermissions(dir.filePath(QStringLiteral("tmp")), kWorldWritable);
    QFile index(dir.filePath(QStringLiteral("www/index.html")));
    if (!index.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || index.write("<!doctype html><html><body><p>" + m_marker + "</p></body></html>\n") < 0)
        return fail(QStringLiteral("cannot write the page"));
    index.close();
    m_bigSha256 = createFile(QStringLiteral("big"), kBigSize);
    if (m_bigSha256.isEmpty())
        return fail(QStringLiteral("cannot write /big"));

    // A free port can be taken between the check and nginx's bind: try a few pairs.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QList<quint16> ports = FreePort::pickMany(2);
        if (ports.size() != 2)
            return fail(QStringLiteral("no free ports"));
        m_tlsPort = ports[0];
        m_httpPort = ports[1];
        if (!writeConfig())
            return fail(QStringLiteral("cannot write nginx.conf"));
        ManagedProcess nginx;
        if (!nginx.start(QStringLiteral("nginx"),
                         {QStringLiteral("-c"), dir.filePath(QStringLiteral("nginx.conf")), QStringLiteral("-p"),
                          dir.path(), QStringLiteral("-e"), dir.filePath(QStringLiteral("error.log"))}))
            return fail(QStringLiteral("cannot run nginx"));
        // The foreground process exits once the daemon has bound its ports and forked.
        if (!nginx.waitForFinished(20s))
            return fail(QStringLiteral("nginx did not daemonize"));
        if (nginx.exitCode() == 0 && QFile::exists(dir.filePath(QStringLiteral("nginx.pid")))) {
            m_running = true;
            return true;
        }
        if (!errorLog().contains(QStringLiteral("Address already in use")))
            return fail(QStringLiteral("nginx failed: %1 %2")
                            .arg(nginx.describeExit(),
                                 QString::fromUtf8(nginx.text(ManagedProcess::Channel::Stderr))));
    }
    return fail(QStringLiteral("nginx could not bind free ports"));
}

bool NginxTlsServer::stop()
{
    if (!m_running)
        return true;
    m_running = false;
    QFile pidFile(QDir(m_dir.path()).filePath(QStringLiteral("nginx.pid")));
    if (!pidFile.open(QIODevice::ReadOnly))
        return false;
    const pid_t pid = pid_t(pidFile.readAll().trimmed().toLong());
    if (pid <= 1)
        return false;
    ::kill(pid, SIGTERM);
    if (waitForExit(pid, 10s))
        return true;
    ::kill(pid, SIGKILL);
    return waitForExit(pid, 5s);
}

QList<NginxTlsServer::LogEntry> NginxTlsServer::accessLog() const
{
    QList<LogEntry> entries;
    QFile file(QDir(m_dir.path()).filePath(QStringLiteral("access.log")));
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() != 6)
            continue;
        LogEntry e;
        e.method = f[0];
        e.target = f[1];
        e.status = f[2].toInt();
        e.bytesSent = f[3].toLongLong();
        // nginx prints "-" for an empty variable.
        e.serverName = f[4].mid(4) == "-" ? QByteArray() : f[4].mid(4);
        e.tlsProtocol = f[5].mid(6) == "-" ? QByteArray() : f[5].mid(6);
        entries.append(e);
    }
    return entries;
}

QString NginxTlsServer::errorLog() const
{
    QFile file(QDir(m_dir.path()).filePath(QStringLiteral("error.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().right(4000)) : QString();
}

} // namespace meshgate::test
