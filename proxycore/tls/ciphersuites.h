// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCipher>
#include <QStringList>

namespace meshgate {

// A Gateway server's tls.cipherSuites as Envoy applies it: the names restrict TLS 1.2 and
// below, in the order given; TLS 1.3 keeps its own suites (Envoy has no setting for them).
// Names this machine's OpenSSL does not know, TLS 1.3 names and repeats are dropped, as
// Istio's gateway filters them, so the validator and the engine agree on what is left.
struct CipherSuites
{
    QList<QSslCipher> ciphers; // for QSslConfiguration::setCiphers; empty: the default list
    QStringList unknown;       // not a cipher this OpenSSL offers
    QStringList tls13;         // a TLS 1.3 suite, which cipherSuites cannot choose
    QStringList repeated;

    static CipherSuites resolve(const QStringList &names);
};

} // namespace meshgate
