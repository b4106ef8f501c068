// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/diagnostic.h"
#include "config/resources.h"

#include <QByteArray>
#include <QString>

namespace meshgate {

// One resource of the workspace together with the YAML text the user sees in the YAML tab and
// that Save writes. The invariant every edit keeps: parsing `text` yields exactly `resource`
// (whose source positions are relative to `text`). Keeping the text, not only the model, is what
// lets comments and the user's own layout survive an open/save round trip.
struct WorkspaceEntry
{
    quint64 id = 0;              // stable across edits and undo; never reused within a workspace
    Resource resource;
    QByteArray text;
    QString file;                // the file it was loaded from and is saved to; empty: the main file
    Diagnostics parseDiagnostics; // decoder findings for `text` (unknown fields, bad types, ...)

    // Errors the decoder found mean part of the text did not make it into `resource`; editing
    // the form would regenerate the text from the model and silently drop that part.
    bool formEditable() const { return !hasErrors(parseDiagnostics); }
};

// A document the typed model cannot hold (another kind, a broken document). It is written back
// verbatim on save, after the entry it followed, so saving never drops what the user wrote.
struct ForeignDocument
{
    QString file;
    quint64 afterId = 0; // 0: at the start of the file
    QByteArray text;
};

// A diagnostic placed in the two coordinate systems the GUI shows: the resource's YAML tab and
// the file as Save would write it.
struct WorkspaceDiagnostic
{
    Diagnostic diagnostic;
    quint64 entryId = 0; // 0: not tied to a resource (a file that failed to load, a skipped document)
    SourcePos textPos;   // in the entry's YAML text
    QString file;
    SourcePos filePos;
    bool fromDraft = false; // from YAML tab text that does not parse yet
    bool rejected = false;  // about a file or text that was not opened or imported
};

} // namespace meshgate
