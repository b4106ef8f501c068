// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace meshgate {

// What the TLS inspector learned from the first bytes of a connection.
struct ClientHelloInfo
{
    enum class Status {
        Incomplete, // a valid prefix so far: read more and parse again
        Done,       // the whole ClientHello arrived and parsed; the fields below are set
        NotTls,     // the client speaks something else (plain HTTP, SSLv2, garbage)
        Malformed,  // it starts like TLS but the hello breaks the protocol
        TooLarge,   // the hello would exceed the inspector's buffer cap
    };

    Status status = Status::Incomplete;
    QByteArray sni;                // lower-cased host_name; empty when the extension is absent
    QList<QByteArray> alpn;        // in client preference order, GREASE values dropped
    quint16 legacyVersion = 0;     // ClientHello.legacy_version, e.g. 0x0303
    QList<quint16> supportedVersions; // supported_versions extension, GREASE values dropped
    qsizetype helloBytes = 0;      // bytes of the TLS records that carried the whole hello
    bool looksLikeHttp = false;    // NotTls because the bytes start like an HTTP/1.x or h2c request
    QString error;                 // short reason for NotTls, Malformed and TooLarge

    static QString statusName(Status status);
};

// Parses the ClientHello at the start of the bytes a client sent, the way Envoy's tls_inspector
// does, so a TLS-passthrough listener can route by SNI and then replay the bytes untouched.
//
// The session keeps every byte it receives and calls parse() on the whole buffer after each
// read; a prefix of a valid hello is always Incomplete, and Incomplete means every buffered byte
// still belongs to the hello, so a buffer larger than kMaxBufferedBytes never stays Incomplete.
// The input is hostile: every length is checked against the bytes available, and the
// Incomplete path allocates nothing.
class ClientHelloParser final
{
public:
    // The handshake message (4-byte header + body). Real hellos are 200-2000 bytes; post-quantum
    // key shares push them towards 2 KiB, still far below this.
    static constexpr qsizetype kMaxHandshakeBytes = 16 * 1024;
    // Records carrying the hello, headers included. Twice the message size leaves room for
    // clients (or DPI-evasion tools) that fragment the hello into many small records.
    static constexpr qsizetype kMaxBufferedBytes = 2 * kMaxHandshakeBytes;

    static ClientHelloInfo parse(const char *data, qsizetype size);
    static ClientHelloInfo parse(const QByteArray &bytes) { return parse(bytes.constData(), bytes.size()); }

    // Whether the bytes begin with an HTTP/1.x request method and a space, or with the HTTP/2
    // prior-knowledge preface; a shorter buffer that is a prefix of one counts as well.
    static bool looksLikeHttp(const char *data, qsizetype size);
};

} // namespace meshgate
