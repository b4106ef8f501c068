// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httpparseerror.h"
#include "http/httpprotocol.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstring>

#include <array>
#include <cstdint>
#include <optional>

// Character classes and small grammar helpers from RFC 9110 / RFC 9112, shared by the HTTP/1.1
// parsers and head types. Everything here is constexpr or pure: no state.
namespace meshgate::httpsyntax {

enum CharClass : std::uint8_t {
    Tchar = 1 << 0,      // token characters (method, field name, coding names)
    FieldValue = 1 << 1, // field-vchar / SP / HTAB / obs-text
    TargetChar = 1 << 2, // request-target: visible ASCII minus '#'
    HexDigit = 1 << 3,
    ReasonChar = 1 << 4, // reason-phrase: HTAB / SP / VCHAR / obs-text (same set as FieldValue)
    SchemeChar = 1 << 5, // ALPHA / DIGIT / "+" / "-" / "."
};

constexpr std::array<std::uint8_t, 256> makeCharClasses()
{
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) {
        std::uint8_t v = 0;
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool digit = c >= '0' && c <= '9';
        if (alpha || digit)
            v |= Tchar;
        switch (c) {
        case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
        case '-': case '.': case '^': case '_': case '`': case '|': case '~':
            v |= Tchar;
            break;
        default:
            break;
        }
        if (c == '\t' || (c >= 0x20 && c != 0x7f))
            v |= FieldValue | ReasonChar;
        if (c > 0x20 && c < 0x7f && c != '#')
            v |= TargetChar;
        if (digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))
            v |= HexDigit;
        if (alpha || digit || c == '+' || c == '-' || c == '.')
            v |= SchemeChar;
        t[std::size_t(c)] = v;
    }
    return t;
}

inline constexpr std::array<std::uint8_t, 256> kCharClasses = makeCharClasses();

constexpr bool is(char c, CharClass cls)
{
    return kCharClasses[static_cast<unsigned char>(c)] & cls;
}

constexpr bool isOws(char c) { return c == ' ' || c == '\t'; }

// Position of the last `c` in `s`, or -1. QByteArrayView::lastIndexOf(char) in Qt 6.4 goes
// through the general substring search; the GUI calls this once per log row for host:port.
inline qsizetype lastIndexOfChar(QByteArrayView s, char c)
{
    const void *p = s.isEmpty() ? nullptr : ::memrchr(s.data(), c, std::size_t(s.size()));
    return p ? static_cast<const char *>(p) - s.data() : -1;
}

constexpr char toLowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }

// 0-15 for a hex digit, -1 otherwise.
constexpr int hexValue(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

// Returns the first position in [p, end) whose byte is not of class cls (end if all are).
inline const char *skipClass(const char *p, const char *end, CharClass cls)
{
    while (p < end && is(*p, cls))
        ++p;
    return p;
}

// True when every byte of s belongs to cls (an empty view is accepted).
inline bool allOf(QByteArrayView s, CharClass cls)
{
    return skipClass(s.data(), s.data() + s.size(), cls) == s.data() + s.size();
}

bool isToken(QByteArrayView s);
// The characters RFC 3986 allows in an authority (unreserved, sub-delims, ':', '@', '[', ']',
// '%'), which is what Envoy checks a Host against before routing on it.
bool isAuthorityText(QByteArrayView s);

// First byte in [p, end) that may not appear in a field value (end if none). Hot path: checks
// eight bytes at a time.
const char *skipFieldValue(const char *p, const char *end);
// Valid field value bytes (after OWS trimming).
bool isFieldValue(QByteArrayView s);

// ASCII case-insensitive equality; `lower` must already be lower case.
bool equalsLower(QByteArrayView s, QByteArrayView lower);
bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b);

QByteArrayView trimOws(QByteArrayView s);

// Calls f(element) for each non-empty element of a comma-separated list (RFC 9110 §5.6.1),
// elements OWS-trimmed. Stops early and returns false if f returns false.
template<typename F>
bool forEachListElement(QByteArrayView list, F &&f)
{
    qsizetype start = 0;
    const qsizetype n = list.size();
    for (qsizetype i = 0; i <= n; ++i) {
        if (i == n || list[i] == ',') {
            const QByteArrayView element = trimOws(list.sliced(start, i - start));
            if (!element.isEmpty() && !f(element))
                return false;
            start = i + 1;
        }
    }
    return true;
}

// True when the comma-separated list contains `lowerToken` (case-insensitive).
bool listContains(QByteArrayView list, QByteArrayView lowerToken);

// 1*DIGIT into a non-negative qint64; nullopt on any other byte, empty input or overflow.
std::optional<qint64> parseDecimal(QByteArrayView digits);

// Appends `value` in decimal. QByteArray::number would allocate a string per header field.
void appendDecimal(QByteArray &out, qint64 value);

// "HTTP/" DIGIT "." DIGIT, case-sensitive. A major version other than 1 is UnsupportedVersion.
HttpParseError::Code parseHttpVersion(QByteArrayView text, HttpVersion *version);

// One field line (without CRLF) of a head or trailer section: splits and validates it. Rejects
// obs-fold, whitespace or other non-token bytes before the colon, and control bytes in the value.
HttpParseError::Code parseFieldLine(QByteArrayView line, QByteArrayView *name, QByteArrayView *value);

// Fast path for a complete, valid field line at the start of [p, end): true with name, value
// and the position after its CRLF. false means "use the line reader": the line is incomplete,
// invalid (parseFieldLine then says why) or unusual; nothing is consumed either way.
bool scanFieldLine(const char *p, const char *end, QByteArrayView *name, QByteArrayView *value,
                   const char **lineEnd);

// chunk-size [ chunk-ext ] (RFC 9112 §7.1.1), without CRLF. Extensions are validated and dropped.
struct ChunkSizeLine
{
    HttpParseError::Code error = HttpParseError::Code::None;
    qint64 size = 0;
};
ChunkSizeLine parseChunkSizeLine(QByteArrayView line);

} // namespace meshgate::httpsyntax
