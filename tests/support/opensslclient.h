// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QString>

#include <chrono>

namespace meshgate::test {

// What `openssl s_client -connect 127.0.0.1:PORT -servername NAME` saw.
struct TlsProbeResult
{
    bool handshakeCompleted = false;
    QSslCertificate peerCertificate; // null when the server sent none
    QString verifyResult;            // "0 (ok)", "18 (self-signed certificate)", ... empty if not reached
    QByteArray output;               // stdout + stderr, for failure messages

    QString subjectCommonName() const;
    QByteArray sha256Hex() const; // of the peer certificate, lower-case hex; empty without one
};

class OpenSslClient final
{
public:
    // caFile: pass -CAfile so verifyResult says whether the chain verifies. serverName empty = no SNI.
    static TlsProbeResult probe(quint16 port, const QString &serverName, const QString &caFile = {},
                                std::chrono::milliseconds timeout = std::chrono::seconds(15));
};

} // namespace meshgate::test
