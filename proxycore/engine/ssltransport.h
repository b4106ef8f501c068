// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/resources.h"
#include "engine/transport.h"

#include <QSslConfiguration>

#include <memory>

class QSslSocket;

namespace meshgate {

class RevocationCheck;

// TLS origination towards an upstream (DestinationRule tls SIMPLE / MUTUAL) on QSslSocket.
class SslTransport final : public Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SslTransport)
public:
    struct Options
    {
        QSslConfiguration configuration; // CA, client certificate, protocol
        QString sni;                     // server name sent and verified
        bool insecureSkipVerify = false;
        QStringList subjectAltNames;     // when set, the peer certificate must carry one of them
        std::shared_ptr<const RevocationCheck> revocation; // caCrl: the peer's chain is checked against it
    };

    SslTransport(const QString &address, quint16 port, const Options &options, Handler *handler);
    // Server side (an HTTPS Gateway server in SIMPLE/MUTUAL mode): takes an accepted descriptor
    // and runs the handshake; Handler::transportConnected reports its outcome. The options'
    // names and revocation check apply to the client's certificate when it sends one.
    SslTransport(int acceptedFd, const Options &serverOptions, Handler *handler);
    ~SslTransport() override;

    ReadStatus readInto(QByteArray &buffer, qsizetype max, qsizetype *count) override;
    bool write2(QByteArrayView a, QByteArrayView b) override;
    qsizetype pendingBytes() const override;
    void shutdownWrite() override;
    void setReadEnabled(bool enabled) override;
    bool isOpen() const override;
    void close() override;
    void abort() override;
    const QByteArray &localAddressText() override;
    const QByteArray &peerAddressText() override;
    QByteArray failureReason() const override { return m_failure; }

    // Reads CA / client certificate files once per policy; errors are returned in *error.
    static QSslConfiguration configurationFor(const QString &caFile, const QString &certFile,
                                              const QString &keyFile, QString *error);
    // For a Gateway server: certificate, key, client CA (MUTUAL), protocol versions, cipher
    // suites.
    static QSslConfiguration serverConfigurationFor(const ServerTlsSettings &tls, QString *error);

private:
    void wireSignals();
    void handleEncrypted();
    void handleError();
    void fail(const QByteArray &reason);

    std::unique_ptr<QSslSocket> m_socket;
    Options m_options;
    QByteArray m_localText;
    QByteArray m_peerText;
    QByteArray m_failure;
    bool m_connected = false;
    bool m_server = false; // the gateway end of a downstream connection
    bool m_wasHigh = false;
    bool m_readEnabled = true;
};

} // namespace meshgate
