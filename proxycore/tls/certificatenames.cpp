// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/certificatenames.h"

#include "tls/x509certificate.h"

#include <QHostAddress>

#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <memory>

namespace meshgate {

namespace {

QString asString(const ASN1_STRING *s)
{
    return QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s));
}

struct Name
{
    enum class Kind { Dns, Ip, Other };
    Kind kind = Kind::Other;
    QString text;
};

// A configured name against one name of the certificate, as Envoy matches an exact
// subjectAltName: DNS names without case, a wildcard certificate name ("*.example.com")
// covering one label, IP addresses by value (2001:DB8::1 is 2001:db8::1), the rest exactly.
bool nameMatches(const Name &name, const QString &wanted)
{
    switch (name.kind) {
    case Name::Kind::Dns:
        if (name.text.compare(wanted, Qt::CaseInsensitive) == 0)
            return true;
        if (name.text.startsWith(QLatin1String("*."))) {
            const qsizetype dot = wanted.indexOf(QLatin1Char('.'));
            return dot > 0 && wanted.mid(dot + 1).compare(name.text.mid(2), Qt::CaseInsensitive) == 0;
        }
        return false;
    case Name::Kind::Ip: {
        const QHostAddress address(wanted);
        return !address.isNull() && address == QHostAddress(name.text);
    }
    case Name::Kind::Other:
        break;
    }
    return name.text == wanted;
}

QList<Name> typedNames(const QSslCertificate &certificate)
{
    QList<Name> names;
    const X509Ptr cert = toX509(certificate);
    if (!cert) {
        ERR_clear_error(); // this thread's OpenSSL error queue is shared with QSslSocket
        return names;
    }
    auto *general = static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(cert.get(), NID_subject_alt_name, nullptr, nullptr));
    for (int i = 0; general && i < sk_GENERAL_NAME_num(general); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(general, i);
        switch (name->type) {
        case GEN_DNS:
            names.append({Name::Kind::Dns, asString(name->d.dNSName)});
            break;
        case GEN_URI:
            names.append({Name::Kind::Other, asString(name->d.uniformResourceIdentifier)});
            break;
        case GEN_EMAIL:
            names.append({Name::Kind::Other, asString(name->d.rfc822Name)});
            break;
        case GEN_IPADD: {
            const ASN1_OCTET_STRING *ip = name->d.iPAddress;
            const auto *bytes = ASN1_STRING_get0_data(ip);
            if (ASN1_STRING_length(ip) == 4)
                names.append({Name::Kind::Ip, QHostAddress(quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16
                                                  | quint32(bytes[2]) << 8 | quint32(bytes[3]))
                                         .toString()});
            else if (ASN1_STRING_length(ip) == 16)
                names.append({Name::Kind::Ip, QHostAddress(bytes).toString()});
            break;
        }
        default:
            break;
        }
    }
    GENERAL_NAMES_free(general);
    ERR_clear_error();
    return names;
}

} // namespace

QStringList CertificateNames::subjectAltNames(const QSslCertificate &certificate)
{
    QStringList out;
    for (const Name &n : typedNames(certificate))
        out.append(n.text);
    return out;
}

bool CertificateNames::matchesAny(const QSslCertificate &certificate, const QStringList &wanted)
{
    const QList<Name> names = typedNames(certificate);
    return std::any_of(wanted.begin(), wanted.end(), [&](const QString &w) {
        return std::any_of(names.begin(), names.end(), [&](const Name &n) { return nameMatches(n, w); });
    });
}

} // namespace meshgate
