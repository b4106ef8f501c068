// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testcertificate.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryDir>

namespace meshgate::test {

// nginx as an upstream: HTTPS on one free port (with a TestCertificate) and plain HTTP on another,
// both serving the same locations:
//   /          a small HTML page containing pageMarker()
//   /big       1 MiB of pseudo-random bytes (bigSha256Hex())
//   /teapot    418 "teapot"
//   /ok        200 "ok"
//   /<name>    any file added with createFile()
// It runs as a daemon (pid file) in its own 0755 directory and is stopped through the pid file.
class NginxTlsServer final
{
public:
    struct LogEntry
    {
        QByteArray method;
        QByteArray target;
        int status = 0;
        qint64 bytesSent = 0;
        QByteArray serverName; // SNI the client sent; empty on the plain port or without SNI
        QByteArray tlsProtocol; // empty on the plain port
    };

    explicit NginxTlsServer(const TestCertificate &certificate);
    ~NginxTlsServer();
    Q_DISABLE_COPY_MOVE(NginxTlsServer)

    bool start(QString *error = nullptr);
    bool stop();

    quint16 tlsPort() const { return m_tlsPort; }
    quint16 httpPort() const { return m_httpPort; }
    QString tlsHostPort() const { return QStringLiteral("127.0.0.1:%1").arg(m_tlsPort); }
    QString httpHostPort() const { return QStringLiteral("127.0.0.1:%1").arg(m_httpPort); }
    const TestCertificate &certificate() const { return m_certificate; }

    QByteArray pageMarker() const { return m_marker; }
    static constexpr qint64 kBigSize = 1024 * 1024;
    QByteArray bigSha256Hex() const { return m_bigSha256; }

    // Writes `size` pseudo-random bytes to the document root as /<name>; returns their SHA-256
    // (lower-case hex), empty on failure.
    QByteArray createFile(const QString &name, qint64 size);

    // nginx's access log, read afresh from disk on every call.
    QList<LogEntry> accessLog() const;
    QString errorLog() const;

private:
    bool writeConfig();

    TestCertificate m_certificate;
    QTemporaryDir m_dir;
    quint16 m_tlsPort = 0;
    quint16 m_httpPort = 0;
    QByteArray m_marker;
    QByteArray m_bigSha256;
    bool m_running = false;
};

} // namespace meshgate::test
