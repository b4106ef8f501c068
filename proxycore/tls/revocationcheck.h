// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <memory>

struct x509_store_st;

namespace meshgate {

// tls.caCrl as Envoy applies it: once a CRL file is given, every certificate of the peer's
// chain must be covered by a CRL from its issuer and not be on it (OpenSSL's CRL_CHECK_ALL,
// Envoy's default). So a client of a CA the file has no CRL for is refused too, which
// surprises people on a cluster; it should surprise them here first. Qt has no CRL support, so
// the chain is verified again with OpenSSL once the handshake has succeeded.
class RevocationCheck
{
public:
    // caFile: the trusted CAs (empty: the system store); crlFile: one or more PEM CRLs.
    static std::shared_ptr<const RevocationCheck> load(const QString &caFile, const QString &crlFile, QString *error);
    ~RevocationCheck();

    // Empty when the chain passes; otherwise OpenSSL's reason ("certificate revoked", "unable
    // to get certificate CRL"). `chain` is what the peer sent after its own certificate.
    QByteArray verify(const QSslCertificate &peer, const QList<QSslCertificate> &chain) const;

private:
    RevocationCheck() = default;
    x509_store_st *m_store = nullptr;
};

} // namespace meshgate
