// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>
#include <QStringList>

namespace meshgate {

// The subject alternative names of a certificate as Envoy matches subjectAltNames against
// them: DNS names, URIs (SPIFFE identities such as spiffe://cluster.local/ns/a/sa/b), e-mail
// addresses and IP addresses. Qt's own list has no URIs, and mesh identities are URIs.
class CertificateNames
{
public:
    static QStringList subjectAltNames(const QSslCertificate &certificate);
    // True when one of `wanted` is one of the certificate's names as Envoy matches them: DNS names
    // without case and a wildcard name covering one label, IP addresses by value, the rest exactly.
    static bool matchesAny(const QSslCertificate &certificate, const QStringList &wanted);
};

} // namespace meshgate
