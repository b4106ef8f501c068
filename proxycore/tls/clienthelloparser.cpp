// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/clienthelloparser.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace meshgate {

namespace {

using Status = ClientHelloInfo::Status;

constexpr uchar kContentHandshake = 22;
constexpr uchar kHandshakeClientHello = 1;
constexpr qsizetype kRecordHeaderBytes = 5;
constexpr qsizetype kHandshakeHeaderBytes = 4;
constexpr qsizetype kMaxRecordPayload = 16384; // 2^14, RFC 8446 section 5.1

constexpr quint16 kExtServerName = 0;
constexpr quint16 kExtAlpn = 16;
constexpr quint16 kExtSupportedVersions = 43;

constexpr qsizetype kMaxHostNameBytes = 253;
constexpr qsizetype kMaxLabelBytes = 63;

// RFC 8701 reserves 0x?a?a with equal bytes; clients send them so servers learn to ignore
// unknown values, and they mean nothing to routing or logs.
bool isGreaseValue(quint16 v)
{
    return (v & 0x0f0f) == 0x0a0a && (v >> 8) == (v & 0xff);
}

// A cursor that refuses to read past its end, so a lying length field can only produce an error.
class Reader
{
public:
    Reader() = default;
    Reader(const uchar *begin, qsizetype size) : m_p(begin), m_end(begin + size) {}

    qsizetype remaining() const { return m_end - m_p; }
    bool atEnd() const { return m_p == m_end; }
    const uchar *data() const { return m_p; }

    bool u8(quint8 &v)
    {
        if (remaining() < 1)
            return false;
        v = m_p[0];
        ++m_p;
        return true;
    }
    bool u16(quint16 &v)
    {
        if (remaining() < 2)
            return false;
        v = quint16((m_p[0] << 8) | m_p[1]);
        m_p += 2;
        return true;
    }
    bool skip(qsizetype n)
    {
        if (n < 0 || remaining() < n)
            return false;
        m_p += n;
        return true;
    }
    // A TLS vector: a big-endian length of `lengthBytes` bytes followed by that many bytes.
    bool vector(int lengthBytes, Reader &out)
    {
        if (remaining() < lengthBytes)
            return false;
        qsizetype n = 0;
        for (int i = 0; i < lengthBytes; ++i)
            n = (n << 8) | m_p[i];
        if (remaining() - lengthBytes < n)
            return false;
        out = Reader(m_p + lengthBytes, n);
        m_p += lengthBytes + n;
        return true;
    }

private:
    const uchar *m_p = nullptr;
    const uchar *m_end = nullptr;
};

ClientHelloInfo result(Status status, QString error = {})
{
    ClientHelloInfo info;
    info.status = status;
    info.error = std::move(error);
    return info;
}

bool fail(ClientHelloInfo &info, QString error)
{
    info.error = std::move(error);
    return false;
}

QString hex8(uint v)
{
    return QStringLiteral("0x%1").arg(v, 2, 16, QLatin1Char('0'));
}

bool isHostNameChar(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_';
}

// RFC 6066 wants the DNS name without a trailing dot; one is tolerated and dropped because the
// upstream would accept it and routing treats both spellings as the same host.
bool takeHostName(Reader name, ClientHelloInfo &info)
{
    qsizetype size = name.remaining();
    const uchar *p = name.data();
    if (size > 1 && p[size - 1] == '.')
        --size;
    if (size > kMaxHostNameBytes)
        return fail(info, QStringLiteral("SNI host name is longer than %1 bytes").arg(kMaxHostNameBytes));

    qsizetype labelBytes = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (p[i] == '.') {
            if (labelBytes == 0)
                return fail(info, QStringLiteral("SNI host name has an empty label"));
            labelBytes = 0;
        } else if (!isHostNameChar(p[i])) {
            return fail(info, QStringLiteral("SNI host name contains invalid byte %1").arg(hex8(p[i])));
        } else if (++labelBytes > kMaxLabelBytes) {
            return fail(info, QStringLiteral("SNI host name has a label longer than %1 bytes")
                                  .arg(kMaxLabelBytes));
        }
    }
    if (labelBytes == 0)
        return fail(info, QStringLiteral("SNI host name has an empty label"));

    info.sni.resize(size);
    char *out = info.sni.data();
    for (qsizetype i = 0; i < size; ++i)
        out[i] = (p[i] >= 'A' && p[i] <= 'Z') ? char(p[i] + ('a' - 'A')) : char(p[i]);
    return true;
}

bool parseServerName(Reader ext, ClientHelloInfo &info)
{
    Reader list;
    if (!ext.vector(2, list) || !ext.atEnd())
        return fail(info, QStringLiteral("server_name extension length does not match its list"));
    if (list.atEnd())
        return fail(info, QStringLiteral("server_name extension has an empty list"));
    bool seenHostName = false;
    while (!list.atEnd()) {
        quint8 nameType = 0;
        Reader name;
        if (!list.u8(nameType) || !list.vector(2, name))
            return fail(info, QStringLiteral("server_name entry is truncated"));
        if (name.atEnd())
            return fail(info, QStringLiteral("server_name entry is empty"));
        if (nameType != 0)
            continue; // other name types were never defined; skip them like OpenSSL does
        if (seenHostName)
            return fail(info, QStringLiteral("server_name has more than one host_name entry"));
        seenHostName = true;
        if (!takeHostName(name, info))
            return false;
    }
    return true;
}

bool parseAlpn(Reader ext, ClientHelloInfo &info)
{
    Reader list;
    if (!ext.vector(2, list) || !ext.atEnd())
        return fail(info, QStringLiteral("ALPN extension length does not match its list"));
    if (list.atEnd())
        return fail(info, QStringLiteral("ALPN extension has an empty list"));
    while (!list.atEnd()) {
        Reader name;
        if (!list.vector(1, name))
            return fail(info, QStringLiteral("ALPN protocol name is truncated"));
        if (name.atEnd())
            return fail(info, QStringLiteral("ALPN protocol name is empty"));
        const uchar *p = name.data();
        if (name.remaining() == 2 && isGreaseValue(quint16((p[0] << 8) | p[1])))
            continue;
        info.alpn.append(QByteArray(reinterpret_cast<const char *>(p), name.remaining()));
    }
    return true;
}

bool parseSupportedVersions(Reader ext, ClientHelloInfo &info)
{
    Reader list;
    if (!ext.vector(1, list) || !ext.atEnd())
        return fail(info, QStringLiteral("supported_versions extension length does not match its list"));
    if (list.atEnd() || list.remaining() % 2 != 0)
        return fail(info, QStringLiteral("supported_versions list has an invalid length"));
    info.supportedVersions.reserve(list.remaining() / 2);
    quint16 version = 0;
    while (list.u16(version)) {
        if (!isGreaseValue(version))
            info.supportedVersions.append(version);
    }
    return true;
}

// The ClientHello body (after the 4-byte handshake header), RFC 8446 section 4.1.2 and RFC 5246
// section 7.4.1.2 (whose hellos may end right after the compression methods).
bool parseBody(Reader body, ClientHelloInfo &info)
{
    Reader sessionId, cipherSuites, compression, extensions;
    if (!body.u16(info.legacyVersion) || !body.skip(32))
        return fail(info, QStringLiteral("ClientHello is truncated before the session id"));
    if (!body.vector(1, sessionId))
        return fail(info, QStringLiteral("ClientHello session id is truncated"));
    if (sessionId.remaining() > 32)
        return fail(info, QStringLiteral("ClientHello session id is longer than 32 bytes"));
    if (!body.vector(2, cipherSuites))
        return fail(info, QStringLiteral("ClientHello cipher suites are truncated"));
    if (cipherSuites.atEnd() || cipherSuites.remaining() % 2 != 0)
        return fail(info, QStringLiteral("ClientHello cipher suite list has an invalid length"));
    if (!body.vector(1, compression))
        return fail(info, QStringLiteral("ClientHello compression methods are truncated"));
    if (compression.atEnd())
        return fail(info, QStringLiteral("ClientHello has no compression method"));
    if (body.atEnd())
        return true;
    if (!body.vector(2, extensions))
        return fail(info, QStringLiteral("ClientHello extensions are truncated"));
    if (!body.atEnd())
        return fail(info, QStringLiteral("%1 stray bytes after the ClientHello extensions").arg(body.remaining()));

    bool seenServerName = false, seenAlpn = false, seenVersions = false;
    while (!extensions.atEnd()) {
        quint16 type = 0;
        Reader ext;
        if (!extensions.u16(type) || !extensions.vector(2, ext))
            return fail(info, QStringLiteral("ClientHello extension is truncated"));
        bool *seen = nullptr;
        bool (*parseExtension)(Reader, ClientHelloInfo &) = nullptr;
        switch (type) {
        case kExtServerName:
            seen = &seenServerName;
            parseExtension = parseServerName;
            break;
        case kExtAlpn:
            seen = &seenAlpn;
            parseExtension = parseAlpn;
            break;
        case kExtSupportedVersions:
            seen = &seenVersions;
            parseExtension = parseSupportedVersions;
            break;
        default:
            continue;
        }
        if (*seen)
            return fail(info, QStringLiteral("ClientHello repeats extension %1").arg(type));
        *seen = true;
        if (!parseExtension(ext, info))
            return false;
    }
    return true;
}

ClientHelloInfo classifyNonTls(const uchar *p, qsizetype size)
{
    // An SSLv2 record starts with a 2-byte length whose high bit is set, then message type 1
    // (CLIENT-HELLO) and a version of 0x0002 or 0x03xx (RFC 6101 appendix E, RFC 5246 E.2).
    if (p[0] & 0x80) {
        if (size < 4)
            return result(Status::Incomplete);
        if (p[2] == 1 && (p[3] == 0x00 || p[3] == 0x03))
            return result(Status::NotTls, QStringLiteral("SSLv2-compatible ClientHello is not supported"));
    }
    if (ClientHelloParser::looksLikeHttp(reinterpret_cast<const char *>(p), size)) {
        ClientHelloInfo info = result(Status::NotTls, QStringLiteral("plain HTTP request on a TLS listener"));
        info.looksLikeHttp = true;
        return info;
    }
    if (p[0] >= 20 && p[0] <= 24)
        return result(Status::NotTls,
                      QStringLiteral("first TLS record has content type %1, not handshake").arg(p[0]));
    return result(Status::NotTls, QStringLiteral("not a TLS handshake (first byte %1)").arg(hex8(p[0])));
}

ClientHelloInfo malformed(QString error) { return result(Status::Malformed, std::move(error)); }
ClientHelloInfo tooLarge(QString error) { return result(Status::TooLarge, std::move(error)); }

ClientHelloInfo tooManyBufferedBytes()
{
    return tooLarge(QStringLiteral("ClientHello records exceed %1 bytes").arg(ClientHelloParser::kMaxBufferedBytes));
}

} // namespace

QString ClientHelloInfo::statusName(Status status)
{
    switch (status) {
    case Status::Incomplete: return QStringLiteral("Incomplete");
    case Status::Done: return QStringLiteral("Done");
    case Status::NotTls: return QStringLiteral("NotTls");
    case Status::Malformed: return QStringLiteral("Malformed");
    case Status::TooLarge: return QStringLiteral("TooLarge");
    }
    return {};
}

bool ClientHelloParser::looksLikeHttp(const char *data, qsizetype size)
{
    static constexpr std::string_view kStarts[] = {
        "GET ", "POST ", "PUT ", "HEAD ", "DELETE ", "OPTIONS ", "PATCH ", "CONNECT ", "TRACE ",
        "PRI * HTTP/2.0\r\n",
    };
    if (!data || size <= 0)
        return false;
    return std::any_of(std::begin(kStarts), std::end(kStarts), [&](std::string_view start) {
        return std::memcmp(data, start.data(), std::min<size_t>(size_t(size), start.size())) == 0;
    });
}

ClientHelloInfo ClientHelloParser::parse(const char *data, qsizetype size)
{
    if (!data || size <= 0)
        return result(Status::Incomplete);
    const auto *p = reinterpret_cast<const uchar *>(data);
    if (p[0] != kContentHandshake)
        return classifyNonTls(p, size);
    if (size >= 2 && p[1] != 3)
        return result(Status::NotTls, QStringLiteral("record version major %1 is not TLS").arg(hex8(p[1])));

    // Pass 1 walks the record headers only: it finds where the hello ends without touching the
    // body, so the frequent Incomplete answer costs a few comparisons and no allocation.
    uchar header[kHandshakeHeaderBytes] = {};
    qsizetype headerFilled = 0;
    qsizetype messageBytes = -1; // handshake header + body, known once the header is in
    qsizetype declared = 0;      // handshake bytes the records walked so far announce
    qsizetype records = 0;
    qsizetype pos = 0;
    for (;;) {
        // Checked before the header is even complete, so a verdict on a prefix holds for every
        // longer buffer, and Incomplete never covers more than kMaxBufferedBytes.
        if (pos + kRecordHeaderBytes > kMaxBufferedBytes)
            return tooManyBufferedBytes();
        if (pos < size && p[pos] != kContentHandshake)
            return malformed(QStringLiteral("record of content type %1 inside the ClientHello").arg(p[pos]));
        if (pos + 1 < size && p[pos + 1] != 3)
            return malformed(QStringLiteral("record version %1 inside the ClientHello").arg(hex8(p[pos + 1])));
        if (size - pos < kRecordHeaderBytes)
            return result(Status::Incomplete);
        const qsizetype length = (qsizetype(p[pos + 3]) << 8) | p[pos + 4];
        const qsizetype payload = pos + kRecordHeaderBytes;
        if (length == 0)
            return malformed(QStringLiteral("empty handshake record"));
        if (length > kMaxRecordPayload)
            return tooLarge(QStringLiteral("TLS record of %1 bytes exceeds %2").arg(length).arg(kMaxRecordPayload));
        if (payload + length > kMaxBufferedBytes)
            return tooManyBufferedBytes();

        const qsizetype available = std::min(length, size - payload);
        for (qsizetype i = 0; headerFilled < kHandshakeHeaderBytes && i < available; ++i)
            header[headerFilled++] = p[payload + i];
        if (headerFilled > 0 && header[0] != kHandshakeClientHello)
            return malformed(QStringLiteral("first handshake message has type %1, not ClientHello").arg(header[0]));
        if (messageBytes < 0 && headerFilled == kHandshakeHeaderBytes) {
            messageBytes = kHandshakeHeaderBytes
                + ((qsizetype(header[1]) << 16) | (qsizetype(header[2]) << 8) | header[3]);
            if (messageBytes > kMaxHandshakeBytes)
                return tooLarge(QStringLiteral("ClientHello of %1 bytes exceeds %2")
                                    .arg(messageBytes).arg(kMaxHandshakeBytes));
        }
        declared += length;
        ++records;
        if (messageBytes >= 0 && declared >= messageBytes) {
            // A client sends nothing after its hello until the server answers, so bytes sharing
            // the hello's last record are a protocol violation, not the start of something valid.
            if (declared > messageBytes)
                return malformed(QStringLiteral("%1 bytes after the ClientHello in its last record")
                                     .arg(declared - messageBytes));
            if (available < length)
                return result(Status::Incomplete);
            pos = payload + length;
            break;
        }
        if (available < length)
            return result(Status::Incomplete);
        pos = payload + length;
    }

    // Pass 2: the body. Nearly every hello sits in one record and is read in place; a fragmented
    // one is stitched together first.
    ClientHelloInfo info;
    QVarLengthArray<uchar, 2048> joined;
    Reader body;
    if (records == 1) {
        body = Reader(p + kRecordHeaderBytes + kHandshakeHeaderBytes, messageBytes - kHandshakeHeaderBytes);
    } else {
        joined.reserve(messageBytes);
        for (qsizetype at = 0; at < pos;) {
            const qsizetype length = (qsizetype(p[at + 3]) << 8) | p[at + 4];
            joined.append(p + at + kRecordHeaderBytes, length);
            at += kRecordHeaderBytes + length;
        }
        body = Reader(joined.constData() + kHandshakeHeaderBytes, messageBytes - kHandshakeHeaderBytes);
    }
    if (!parseBody(body, info)) {
        info.status = Status::Malformed;
        info.sni.clear();
        info.alpn.clear();
        info.supportedVersions.clear();
        return info;
    }
    info.status = Status::Done;
    info.helloBytes = pos;
    return info;
}

} // namespace meshgate
