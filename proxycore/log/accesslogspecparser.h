// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/accesslogformatter.h"

namespace meshgate {

// Compiles a string of Envoy command operators into formatter tokens. Knows every operator
// Meshgate can fill and rejects the rest with the offset of the offending '%', so a typo is a
// startup error instead of a column of dashes.
class AccessLogSpecParser final
{
public:
    struct Result
    {
        QList<AccessLogFormatter::Token> tokens;
        QList<TimestampFormat> timeFormats;
        QList<QByteArray> requestHeaders;
        QList<QByteArray> responseHeaders;
    };

    static std::variant<Result, FormatError> parse(QStringView spec);

    // Fills a formatter from a parsed result (the formatter's constructor is private).
    static AccessLogFormatter build(const QString &spec, AccessLogFormatter::Encoding encoding,
                                    Result &&result, const QByteArray &hostname);
};

} // namespace meshgate
