// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace meshgate {

// Why an access-log format spec was rejected. `offset` is the index (in QChars) into the spec
// where the problem starts, so a CLI can point a caret at it.
struct FormatError
{
    qsizetype offset = 0;
    QString message;

    // "access log format, offset 12: unknown operator %FOO%"
    QString toString() const
    {
        return QStringLiteral("access log format, offset %1: %2").arg(offset).arg(message);
    }
};

} // namespace meshgate
