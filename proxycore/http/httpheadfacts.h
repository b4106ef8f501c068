// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httpparseerror.h"

#include <QByteArrayView>

namespace meshgate {

// What the framing- and connection-relevant fields of one head say, gathered field by field
// while the head is parsed, so that no second pass over the headers is needed.
struct HttpHeadFacts
{
    qint64 contentLength = -1;
    int hostCount = 0;
    bool transferEncoding = false;  // a Transfer-Encoding field was present
    bool chunked = false;           // ... and named chunked
    bool chunkedNotLast = false;    // ... followed by another coding (or chunked again)
    bool otherCoding = false;       // ... and named a coding other than chunked
    bool malformedCoding = false;   // ... or held a non-token / parameters / nothing
    bool connectionClose = false;
    bool connectionKeepAlive = false;
    bool connectionUpgrade = false;
    bool upgradeField = false;
    bool expectContinue = false;

    // Records one field; returns a Content-Length error at once (it is per field).
    HttpParseError::Code observe(QByteArrayView name, QByteArrayView value);
    // The Transfer-Encoding verdict once all fields are in: None, InvalidTransferEncoding or
    // UnsupportedTransferEncoding.
    HttpParseError::Code transferEncodingError() const;

private:
    HttpParseError::Code observeContentLength(QByteArrayView value);
    void observeTransferEncoding(QByteArrayView value);
    void observeConnection(QByteArrayView value);
};

} // namespace meshgate
