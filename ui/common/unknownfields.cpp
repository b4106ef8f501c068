// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/unknownfields.h"

#include "common/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace meshgate {

UnknownFields UnknownFields::in(const Workspace &workspace, const QList<quint64> &ids, int limit)
{
    UnknownFields out;
    for (quint64 id : ids) {
        const WorkspaceEntry *entry = workspace.entryById(id);
        if (!entry)
            continue;
        for (const WorkspaceDiagnostic &d : workspace.diagnosticsFor(id)) {
            if (d.diagnostic.code != QLatin1String("unknown-field"))
                continue;
            if (++out.total > limit)
                continue;
            // Where the Problems panel and --validate put it: in the file, when there is one.
            if (!d.file.isEmpty() && d.filePos.isValid())
                out.shown.append(QCoreApplication::translate("UnknownFields", "%1 (%2:%3:%4): %5")
                                     .arg(entry->resource.displayName(), QFileInfo(d.file).fileName())
                                     .arg(d.filePos.line)
                                     .arg(d.filePos.column)
                                     .arg(d.diagnostic.message));
            else
                out.shown.append(d.textPos.isValid()
                                     ? QCoreApplication::translate("UnknownFields", "%1 line %2: %3")
                                           .arg(entry->resource.displayName())
                                           .arg(d.textPos.line)
                                           .arg(d.diagnostic.message)
                                     : entry->resource.displayName() + QStringLiteral(": ") + d.diagnostic.message);
        }
    }
    if (out.total > limit)
        out.shown.append(QCoreApplication::translate("UnknownFields", "… and %n more", nullptr, out.total - limit));
    return out;
}

} // namespace meshgate
