// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpsyntax.h"

#include <QByteArray>

#include <charconv>
#include <cstring>
#include <limits>

namespace meshgate::httpsyntax {

bool isToken(QByteArrayView s)
{
    return !s.isEmpty() && allOf(s, Tchar);
}

bool isAuthorityText(QByteArrayView s)
{
    for (const char c : s) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (alnum)
            continue;
        switch (c) {
        case '-': case '.': case '_': case '~': case '!': case '$': case '&': case '\'': case '(':
        case ')': case '*': case '+': case ',': case ';': case '=': case ':': case '@': case '[':
        case ']': case '%':
            continue;
        default:
            return false;
        }
    }
    return true;
}

const char *skipFieldValue(const char *p, const char *end)
{
    // SWAR: a word is certainly valid when no byte is below 0x20 and none is 0x7f. HTAB is below
    // 0x20, so a word holding one (or the CR ending the line) is checked byte by byte.
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    for (;;) {
        while (end - p >= 8) {
            quint64 w;
            std::memcpy(&w, p, 8);
            const quint64 below20 = (w - ones * 0x20) & ~w & highs;
            const quint64 x7f = w ^ (ones * 0x7f);
            const quint64 is7f = (x7f - ones) & ~x7f & highs;
            if ((below20 | is7f) != 0)
                break;
            p += 8;
        }
        const char *wordEnd = end - p >= 8 ? p + 8 : end;
        const char *stop = skipClass(p, wordEnd, FieldValue);
        if (stop != wordEnd || wordEnd == end)
            return stop;
        p = wordEnd;
    }
}

bool isFieldValue(QByteArrayView s)
{
    return skipFieldValue(s.data(), s.data() + s.size()) == s.data() + s.size();
}

bool equalsLower(QByteArrayView s, QByteArrayView lower)
{
    if (s.size() != lower.size())
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (toLowerAscii(s[i]) != lower[i])
            return false;
    }
    return true;
}

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (toLowerAscii(a[i]) != toLowerAscii(b[i]))
            return false;
    }
    return true;
}

QByteArrayView trimOws(QByteArrayView s)
{
    qsizetype b = 0;
    qsizetype e = s.size();
    while (b < e && isOws(s[b]))
        ++b;
    while (e > b && isOws(s[e - 1]))
        --e;
    return s.sliced(b, e - b);
}

bool listContains(QByteArrayView list, QByteArrayView lowerToken)
{
    bool found = false;
    forEachListElement(list, [&](QByteArrayView element) {
        found = equalsLower(element, lowerToken);
        return !found;
    });
    return found;
}

void appendDecimal(QByteArray &out, qint64 value)
{
    char digits[24];
    const std::to_chars_result r = std::to_chars(digits, digits + sizeof(digits), value);
    out.append(digits, qsizetype(r.ptr - digits));
}

std::optional<qint64> parseDecimal(QByteArrayView digits)
{
    if (digits.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const int d = c - '0';
        if (value > (std::numeric_limits<qint64>::max() - d) / 10)
            return std::nullopt;
        value = value * 10 + d;
    }
    return value;
}

HttpParseError::Code parseHttpVersion(QByteArrayView text, HttpVersion *version)
{
    using Code = HttpParseError::Code;
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (text.size() != 8 || !text.startsWith("HTTP/") || !digit(text[5]) || text[6] != '.'
        || !digit(text[7])) {
        return Code::InvalidVersion;
    }
    if (text[5] != '1')
        return Code::UnsupportedVersion;
    *version = text[7] == '0' ? HttpVersion::Http10 : HttpVersion::Http11;
    return Code::None;
}

HttpParseError::Code parseFieldLine(QByteArrayView line, QByteArrayView *name, QByteArrayView *value)
{
    using Code = HttpParseError::Code;
    const char *begin = line.data();
    const char *end = begin + line.size();
    if (begin < end && isOws(*begin))
        return Code::ObsFold;
    const char *colon = skipClass(begin, end, Tchar);
    if (colon == end || *colon != ':' || colon == begin)
        return Code::InvalidHeaderName;
    *name = QByteArrayView(begin, colon - begin);
    *value = trimOws(QByteArrayView(colon + 1, end - colon - 1));
    return isFieldValue(*value) ? Code::None : Code::InvalidHeaderValue;
}

bool scanFieldLine(const char *p, const char *end, QByteArrayView *name, QByteArrayView *value,
                   const char **lineEnd)
{
    const char *colon = skipClass(p, end, Tchar);
    if (colon == p || colon == end || *colon != ':')
        return false;
    const char *v = colon + 1;
    while (v < end && isOws(*v))
        ++v;
    const char *stop = skipFieldValue(v, end);
    if (end - stop < 2 || stop[0] != '\r' || stop[1] != '\n')
        return false;
    const char *valueEnd = stop;
    while (valueEnd > v && isOws(valueEnd[-1]))
        --valueEnd;
    *name = QByteArrayView(p, colon - p);
    *value = QByteArrayView(v, valueEnd - v);
    *lineEnd = stop + 2;
    return true;
}

namespace {

const char *skipOws(const char *p, const char *end)
{
    while (p < end && isOws(*p))
        ++p;
    return p;
}

// quoted-string starting at p (which is '"'); returns the position after it or nullptr.
const char *skipQuotedString(const char *p, const char *end)
{
    ++p;
    while (p < end) {
        const char c = *p;
        if (c == '"')
            return p + 1;
        if (c == '\\') {
            if (p + 1 == end || !is(p[1], FieldValue))
                return nullptr;
            p += 2;
            continue;
        }
        if (!is(c, FieldValue))
            return nullptr;
        ++p;
    }
    return nullptr;
}

} // namespace

ChunkSizeLine parseChunkSizeLine(QByteArrayView line)
{
    using Code = HttpParseError::Code;
    const char *p = line.data();
    const char *end = p + line.size();
    qint64 size = 0;
    const char *digits = p;
    while (p < end && is(*p, HexDigit)) {
        // 15 hex digits always fit a qint64. Leading zeros count too: a padded size line is a
        // classic way to find parsers that disagree about where a chunk ends.
        if (p - digits >= 15)
            return {Code::InvalidChunkSize, 0};
        const char c = *p;
        const int d = c <= '9' ? c - '0' : (toLowerAscii(c) - 'a' + 10);
        size = size * 16 + d;
        ++p;
    }
    if (p == digits)
        return {Code::InvalidChunkSize, 0};
    if (p == end)
        return {Code::None, size};
    // chunk-ext = *( BWS ";" BWS ext-name [ BWS "=" BWS ext-val ] )
    bool sawExtension = false;
    while (p < end) {
        p = skipOws(p, end);
        if (p == end || *p != ';')
            return {sawExtension ? Code::InvalidChunkExtension : Code::InvalidChunkSize, 0};
        sawExtension = true;
        p = skipOws(p + 1, end);
        const char *nameEnd = skipClass(p, end, Tchar);
        if (nameEnd == p)
            return {Code::InvalidChunkExtension, 0};
        p = skipOws(nameEnd, end);
        if (p < end && *p == '=') {
            p = skipOws(p + 1, end);
            if (p < end && *p == '"') {
                p = skipQuotedString(p, end);
                if (!p)
                    return {Code::InvalidChunkExtension, 0};
            } else {
                const char *valueEnd = skipClass(p, end, Tchar);
                if (valueEnd == p)
                    return {Code::InvalidChunkExtension, 0};
                p = valueEnd;
            }
        }
    }
    return {Code::None, size};
}

} // namespace meshgate::httpsyntax
