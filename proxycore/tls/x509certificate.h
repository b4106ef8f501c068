// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>

#include <openssl/x509.h>

#include <memory>

namespace meshgate {

// QSslCertificate as OpenSSL's own X509, for what Qt does not expose (URI names, CRL checks).
using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;

// Null when the DER does not decode; the caller clears the thread's OpenSSL error queue.
inline X509Ptr toX509(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, long(der.size())), &X509_free);
}

} // namespace meshgate
