// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ssltransport.h"

#include "engine/streamsocket.h"
#include "tls/certificatenames.h"
#include "tls/ciphersuites.h"
#include "tls/revocationcheck.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace meshgate {

namespace {

// Whether the private key belongs to the (leaf) certificate. A key from another pair loads
// fine and only fails inside each handshake, where nothing tells the user which file is wrong.
bool keyMatchesCertificate(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    const std::unique_ptr<BIO, decltype(&BIO_free)> certIn(
        BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())), &BIO_free);
    const std::unique_ptr<BIO, decltype(&BIO_free)> keyIn(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())),
                                                          &BIO_free);
    const std::unique_ptr<X509, decltype(&X509_free)> cert(
        certIn ? PEM_read_bio_X509(certIn.get(), nullptr, nullptr, nullptr) : nullptr, &X509_free);
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        keyIn ? PEM_read_bio_PrivateKey(keyIn.get(), nullptr, nullptr, nullptr) : nullptr, &EVP_PKEY_free);
    // Keys OpenSSL cannot read here (Qt may still) are not judged.
    const bool matches = !cert || !key || X509_check_private_key(cert.get(), key.get()) == 1;
    ERR_clear_error(); // this thread's OpenSSL error queue is shared with QSslSocket
    return matches;
}

} // namespace

QSslConfiguration SslTransport::configurationFor(const QString &caFile, const QString &certFile,
                                                 const QString &keyFile, QString *error)
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setProtocol(QSsl::SecureProtocols);
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (cas.isEmpty())
            *error = QStringLiteral("cannot read CA certificates from %1").arg(caFile);
        conf.setCaCertificates(cas);
    }
    if (!certFile.isEmpty()) {
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(certFile, QSsl::Pem);
        QFile keyIn(keyFile);
        QSslKey key;
        if (keyIn.open(QIODevice::ReadOnly)) {
            const QByteArray pem = keyIn.readAll();
            for (QSsl::KeyAlgorithm alg : {QSsl::Rsa, QSsl::Ec, QSsl::Opaque}) {
                key = QSslKey(pem, alg, QSsl::Pem);
                if (!key.isNull())
                    break;
            }
        }
        // The key's contents are never logged; only which file failed.
        if (chain.isEmpty() || key.isNull())
            *error = QStringLiteral("cannot read client certificate %1 or key %2").arg(certFile, keyFile);
        else if (!keyMatchesCertificate(chain.first().toPem(), key.toPem()))
            *error = QStringLiteral("private key %1 does not belong to certificate %2").arg(keyFile, certFile);
        else {
            conf.setLocalCertificateChain(chain);
            conf.setPrivateKey(key);
        }
    }
    return conf;
}

SslTransport::SslTransport(const QString &address, quint16 port, const Options &options, Handler *handler)
    : m_socket(std::make_unique<QSslSocket>())
    , m_options(options)
{
    m_handler = handler;
    QSslConfiguration conf = options.configuration;
    if (options.insecureSkipVerify)
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_socket->setSslConfiguration(conf);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    wireSignals();
    m_socket->connectToHostEncrypted(address, port, options.sni);
}

SslTransport::SslTransport(int acceptedFd, const Options &serverOptions, Handler *handler)
    : m_socket(std::make_unique<QSslSocket>())
    , m_options(serverOptions)
    , m_server(true)
{
    m_handler = handler;
    m_socket->setSslConfiguration(serverOptions.configuration);
    wireSignals();
    if (!m_socket->setSocketDescriptor(acceptedFd)) {
        m_failure = "TLS_error:_cannot_adopt_socket";
        return;
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->startServerEncryption();
}

void SslTransport::wireSignals()
{
    connect(m_socket.get(), &QSslSocket::encrypted, this, &SslTransport::handleEncrypted);
    connect(m_socket.get(), &QSslSocket::errorOccurred, this, &SslTransport::handleError);
    connect(m_socket.get(), &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (m_options.insecureSkipVerify) {
            m_socket->ignoreSslErrors();
            return;
        }
        QByteArray reason = "TLS_error:_";
        reason += errors.isEmpty() ? QByteArray("verification_failed") : errors.first().errorString().toUtf8().replace(' ', '_');
        fail(reason);
    });
    connect(m_socket.get(), &QSslSocket::readyRead, this, [this] {
        if (m_connected && m_handler && m_readEnabled)
            m_handler->transportReadable(this);
    });
    connect(m_socket.get(), &QSslSocket::disconnected, this, [this] {
        if (m_connected && m_handler)
            m_handler->transportReadable(this);
    });
    connect(m_socket.get(), &QSslSocket::encryptedBytesWritten, this, [this] {
        if (m_wasHigh && pendingBytes() <= kLowWater) {
            m_wasHigh = false;
            if (m_handler)
                m_handler->transportWritable(this);
        }
    });
}

QSslConfiguration SslTransport::serverConfigurationFor(const ServerTlsSettings &tls, QString *error)
{
    const QString mode = tls.mode.isEmpty() ? QStringLiteral("SIMPLE") : tls.mode;
    QSslConfiguration conf = configurationFor(mode == u"SIMPLE" ? QString() : tls.caCertificates, tls.serverCertificate,
                                              tls.privateKey, error);
    conf.setPeerVerifyMode(mode == u"MUTUAL"            ? QSslSocket::VerifyPeer
                               : mode == u"OPTIONAL_MUTUAL" ? QSslSocket::QueryPeer
                                                           : QSslSocket::VerifyNone);
    // Istio's minProtocolVersion defaults to TLS 1.2 on gateways.
    QSsl::SslProtocol protocol = QSsl::TlsV1_2OrLater;
    if (tls.minProtocolVersion == u"TLSV1_3")
        protocol = QSsl::TlsV1_3OrLater;
    if (tls.maxProtocolVersion == u"TLSV1_2" && tls.minProtocolVersion != u"TLSV1_3")
        protocol = QSsl::TlsV1_2;
    conf.setProtocol(protocol);
    // The validator has warned about names left out.
    if (const CipherSuites suites = CipherSuites::resolve(tls.cipherSuites); !suites.ciphers.isEmpty())
        conf.setCiphers(suites.ciphers);
    return conf;
}

SslTransport::~SslTransport()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void SslTransport::handleEncrypted()
{
    // A server checks only a client that presented a certificate (OPTIONAL_MUTUAL admits one
    // without); insecureSkipVerify skips every check of the upstream's, as in Envoy.
    const bool checks = (!m_options.subjectAltNames.isEmpty() || m_options.revocation) && !m_options.insecureSkipVerify;
    const QSslCertificate peer = checks ? m_socket->peerCertificate() : QSslCertificate();
    if (checks && (!m_server || !peer.isNull())) {
        if (!m_options.subjectAltNames.isEmpty() && !CertificateNames::matchesAny(peer, m_options.subjectAltNames)) {
            fail("TLS_error:_subject_alt_name_mismatch");
            return;
        }
        if (m_options.revocation) {
            if (QByteArray why = m_options.revocation->verify(peer, m_socket->peerCertificateChain()); !why.isEmpty()) {
                fail("TLS_error:_" + why.replace(' ', '_'));
                return;
            }
        }
    }
    m_connected = true;
    if (m_handler)
        m_handler->transportConnected(this, {});
}

void SslTransport::handleError()
{
    if (m_connected) {
        // After the handshake: surfaces as EOF or an error on the next read.
        if (m_handler)
            m_handler->transportReadable(this);
        return;
    }
    const QAbstractSocket::SocketError e = m_socket->error();
    if (e == QAbstractSocket::ConnectionRefusedError)
        fail("delayed_connect_error:_Connection_refused");
    else
        fail("TLS_error:_" + m_socket->errorString().toUtf8().replace(' ', '_'));
}

void SslTransport::fail(const QByteArray &reason)
{
    if (!m_failure.isEmpty())
        return;
    m_failure = reason;
    const bool wasConnected = m_connected;
    m_connected = false;
    // The log line of the failure names both ends; an aborted socket no longer knows them.
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        localAddressText();
        peerAddressText();
    }
    m_socket->abort();
    if (m_handler) {
        if (wasConnected)
            m_handler->transportReadable(this);
        else
            m_handler->transportConnected(this, m_failure);
    }
}

Transport::ReadStatus SslTransport::readInto(QByteArray &buffer, qsizetype max, qsizetype *count)
{
    *count = 0;
    if (!m_failure.isEmpty())
        return ReadStatus::Error;
    const qsizetype available = std::min<qsizetype>(m_socket->bytesAvailable(), max);
    if (available > 0) {
        const qsizetype old = buffer.size();
        buffer.resize(old + available);
        const qint64 n = m_socket->read(buffer.data() + old, available);
        buffer.resize(old + std::max<qint64>(0, n));
        *count = std::max<qint64>(0, n);
        return n > 0 ? ReadStatus::Data : ReadStatus::Error;
    }
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return m_socket->error() == QAbstractSocket::RemoteHostClosedError
                || m_socket->error() == QAbstractSocket::UnknownSocketError
            ? ReadStatus::Eof
            : ReadStatus::Error;
    return ReadStatus::WouldBlock;
}

bool SslTransport::write2(QByteArrayView a, QByteArrayView b)
{
    if (!m_failure.isEmpty() || !m_socket->isOpen())
        return false;
    if (!a.isEmpty())
        m_socket->write(a.data(), a.size());
    if (!b.isEmpty())
        m_socket->write(b.data(), b.size());
    if (pendingBytes() >= kHighWater)
        m_wasHigh = true;
    return true;
}

qsizetype SslTransport::pendingBytes() const
{
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

void SslTransport::shutdownWrite()
{
    // TLS has no half-close that upstreams honour reliably; close after flushing.
    m_socket->disconnectFromHost();
}

void SslTransport::setReadEnabled(bool enabled)
{
    m_readEnabled = enabled;
    // QSslSocket keeps reading into its buffer; cap it so a paused side stays bounded.
    m_socket->setReadBufferSize(enabled ? 0 : kHighWater);
    if (enabled && m_socket->bytesAvailable() > 0 && m_handler)
        QMetaObject::invokeMethod(this, [this] {
            if (m_handler && m_readEnabled)
                m_handler->transportReadable(this);
        }, Qt::QueuedConnection);
}

bool SslTransport::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState && m_failure.isEmpty();
}

void SslTransport::close()
{
    m_socket->disconnect(this);
    m_socket->close();
}

void SslTransport::abort()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

const QByteArray &SslTransport::localAddressText()
{
    if (m_localText.isEmpty())
        m_localText = StreamSocket::addressText(m_socket->localAddress(), m_socket->localPort());
    return m_localText;
}

const QByteArray &SslTransport::peerAddressText()
{
    if (m_peerText.isEmpty())
        m_peerText = StreamSocket::addressText(m_socket->peerAddress(), m_socket->peerPort());
    return m_peerText;
}

} // namespace meshgate
