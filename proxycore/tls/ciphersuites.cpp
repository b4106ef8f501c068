// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/ciphersuites.h"

#include <QSslConfiguration>

namespace meshgate {

CipherSuites CipherSuites::resolve(const QStringList &names)
{
    CipherSuites out;
    if (names.isEmpty())
        return out;
    const QList<QSslCipher> supported = QSslConfiguration::supportedCiphers();
    QStringList seen;
    for (const QString &name : names) {
        if (seen.contains(name)) {
            if (!out.repeated.contains(name))
                out.repeated.append(name);
            continue;
        }
        seen.append(name);
        const auto it = std::find_if(supported.begin(), supported.end(),
                                     [&](const QSslCipher &c) { return c.name() == name; });
        if (it == supported.end())
            out.unknown.append(name);
        else if (it->protocol() == QSsl::TlsV1_3)
            out.tls13.append(name);
        else
            out.ciphers.append(*it);
    }
    if (out.ciphers.isEmpty())
        return out; // nothing usable is left: the default list, as Envoy's when none is given
    // TLS 1.3 keeps every suite it would have had.
    for (const QSslCipher &c : supported)
        if (c.protocol() == QSsl::TlsV1_3)
            out.ciphers.append(c);
    return out;
}

} // namespace meshgate
