// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/node.h"

#include <QList>
#include <QString>

namespace meshgate {

// One finding about the configuration. Diagnostics are values: importers, validators and the
// engine return lists of them instead of throwing.
struct Diagnostic
{
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    QString message;
    QString file;
    SourcePos pos;
    QString resource;  // "VirtualService/httpbin", empty for file-level problems
    QString fieldPath; // "spec.http[0].route[1].destination.port.number"
    QString code;      // stable identifier, e.g. "IST0101" or "unknown-field"

    // FILE:LINE:COL: error|warning|info: message [kind/name field.path]
    QString toString() const;
    static QString severityName(Severity s);
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);
int countSeverity(const Diagnostics &diagnostics, Diagnostic::Severity severity);
// `checks` without its "required" findings for fields `decoded` already called the wrong type
// ("status: abc" is one mistake, not also a missing status).
Diagnostics withoutEchoesOf(const Diagnostics &decoded, Diagnostics checks);

} // namespace meshgate
