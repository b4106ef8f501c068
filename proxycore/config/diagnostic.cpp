// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/diagnostic.h"

#include <algorithm>

namespace meshgate {

QString Diagnostic::severityName(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString Diagnostic::toString() const
{
    QString out;
    if (!file.isEmpty()) {
        out += file;
        if (pos.isValid())
            out += QStringLiteral(":%1:%2").arg(pos.line).arg(pos.column);
        out += QStringLiteral(": ");
    }
    out += severityName(severity) + QStringLiteral(": ") + message;
    if (!resource.isEmpty() || !fieldPath.isEmpty()) {
        out += QStringLiteral(" [") + resource;
        if (!resource.isEmpty() && !fieldPath.isEmpty())
            out += QLatin1Char(' ');
        out += fieldPath + QLatin1Char(']');
    }
    return out;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
}

int countSeverity(const Diagnostics &diagnostics, Diagnostic::Severity severity)
{
    return int(std::count_if(diagnostics.begin(), diagnostics.end(),
                             [severity](const Diagnostic &d) { return d.severity == severity; }));
}

Diagnostics withoutEchoesOf(const Diagnostics &decoded, Diagnostics checks)
{
    const auto echoed = [&decoded](const Diagnostic &check) {
        return check.code == u"required"
            && std::any_of(decoded.begin(), decoded.end(), [&check](const Diagnostic &d) {
                   return d.code == u"type" && d.fieldPath == check.fieldPath && d.file == check.file
                       && d.resource == check.resource;
               });
    };
    checks.erase(std::remove_if(checks.begin(), checks.end(), echoed), checks.end());
    return checks;
}

} // namespace meshgate
