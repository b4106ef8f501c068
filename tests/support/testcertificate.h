// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <optional>

namespace meshgate::test {

// A self-signed certificate and key made with the openssl command line (P-256, valid two days),
// generated once per test run into a directory the nginx worker user can read.
class TestCertificate final
{
public:
    // dnsNames default to {commonName}; an entry "URI:spiffe://...", "IP:..." or "email:..." is a
    // name of that kind instead. The
    // directory is made world-readable (0755).
    static std::optional<TestCertificate> generate(const QString &directory, const QString &commonName,
                                                   const QStringList &dnsNames = {}, QString *error = nullptr);

    const QString &certificatePath() const { return m_certificatePath; }
    const QString &keyPath() const { return m_keyPath; }
    const QString &commonName() const { return m_commonName; }
    const QSslCertificate &certificate() const { return m_certificate; }
    // A PEM certificate revocation list issued (signed) by this certificate that revokes
    // `revoked` (certificates this one issued; a self-signed one may revoke itself), written to
    // `path` with `openssl ca`. Returns false and sets *error when openssl fails.
    bool writeRevocationList(const QString &path, const QList<const TestCertificate *> &revoked, QString *error) const;
    // SHA-256 of the DER certificate, as openssl would print it without colons (lower-case hex).
    QByteArray sha256Hex() const { return m_certificate.digest(QCryptographicHash::Sha256).toHex(); }

private:
    QString m_certificatePath;
    QString m_keyPath;
    QString m_commonName;
    QSslCertificate m_certificate;
};

} // namespace meshgate::test
