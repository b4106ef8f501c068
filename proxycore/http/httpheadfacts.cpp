// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpheadfacts.h"

#include "http/httpsyntax.h"

namespace meshgate {

using Code = HttpParseError::Code;
using namespace httpsyntax;

Code HttpHeadFacts::observe(QByteArrayView name, QByteArrayView value)
{
    // The length test rejects almost every field with a single comparison.
    switch (name.size()) {
    case 4:
        if (equalsLower(name, "host"))
            ++hostCount;
        break;
    case 6:
        if (equalsLower(name, "expect"))
            expectContinue = expectContinue || equalsLower(value, "100-continue");
        break;
    case 7:
        if (equalsLower(name, "upgrade"))
            upgradeField = true;
        break;
    case 10:
        if (equalsLower(name, "connection"))
            observeConnection(value);
        break;
    case 14:
        if (equalsLower(name, "content-length"))
            return observeContentLength(value);
        break;
    case 17:
        if (equalsLower(name, "transfer-encoding"))
            observeTransferEncoding(value);
        break;
    default:
        break;
    }
    return Code::None;
}

Code HttpHeadFacts::observeContentLength(QByteArrayView value)
{
    // RFC 9110 §8.6 lets a recipient fold "5, 5" or a repeated identical field into one value.
    // Anything else — a sign, spaces inside, empty list members, a different second value — is
    // the raw material of request smuggling and is refused.
    qsizetype start = 0;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        if (i < value.size() && value[i] != ',')
            continue;
        const auto parsed = parseDecimal(trimOws(value.sliced(start, i - start)));
        if (!parsed)
            return Code::InvalidContentLength;
        if (contentLength >= 0 && *parsed != contentLength)
            return Code::MultipleContentLength;
        contentLength = *parsed;
        start = i + 1;
    }
    return Code::None;
}

void HttpHeadFacts::observeTransferEncoding(QByteArrayView value)
{
    transferEncoding = true;
    bool any = false;
    forEachListElement(value, [&](QByteArrayView coding) {
        any = true;
        if (chunked)
            chunkedNotLast = true;
        if (equalsLower(coding, "chunked"))
            chunked = true;
        else if (isToken(coding))
            otherCoding = true;
        else
            malformedCoding = true;
        return true;
    });
    if (!any)
        malformedCoding = true;
}

void HttpHeadFacts::observeConnection(QByteArrayView value)
{
    forEachListElement(value, [&](QByteArrayView option) {
        if (equalsLower(option, "close"))
            connectionClose = true;
        else if (equalsLower(option, "keep-alive"))
            connectionKeepAlive = true;
        else if (equalsLower(option, "upgrade"))
            connectionUpgrade = true;
        return true;
    });
}

Code HttpHeadFacts::transferEncodingError() const
{
    if (!transferEncoding)
        return Code::None;
    if (malformedCoding || !chunked || chunkedNotLast)
        return Code::InvalidTransferEncoding;
    return otherCoding ? Code::UnsupportedTransferEncoding : Code::None;
}

} // namespace meshgate
