// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/accesslogformatter.h"

#include <QList>
#include <QString>

#include <functional>

namespace meshgate {

class LogRow;

// Writes log rows to a file atomically (QSaveFile: a failed export leaves any old file alone).
class AccessLogExporter final
{
public:
    enum class Format { JsonLines, Csv, Text };

    struct Result
    {
        bool ok = false;
        qsizetype rows = 0;
        QString error;
    };

    // `rowAt(i)` for i in [0, count). Text uses `textFormat` (the active log format); JSON lines
    // use Istio's JSON encoding; CSV writes `csvColumns` (AccessLogModel columns) with a header
    // of stable, untranslated keys and plain numbers.
    static Result write(const QString &path, Format format, qsizetype count,
                        const std::function<const LogRow &(qsizetype)> &rowAt,
                        const AccessLogFormatter &textFormat, const QList<int> &csvColumns);

    // The format a file name asks for (.jsonl/.json, .csv, anything else text).
    static Format formatForFileName(const QString &fileName);
};

} // namespace meshgate
