// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/workspaceentry.h"

#include <vector>

namespace meshgate {

// Cuts a multi-document YAML file into one text per resource, so that each resource's YAML tab
// shows what the user wrote (comments included) and an unmodified workspace saves byte for byte
// what was opened. Falls back to regenerated text when the file cannot be cut cleanly (a List,
// separators with content), which keeps the model right at the cost of the original layout.
class DocumentSplitter final
{
public:
    enum class Layout {
        Exact,   // opening a file: keep every byte, so file positions stay true
        Trimmed, // importing pasted text: drop blank lines around documents
    };

    struct Result
    {
        bool syntaxError = false;            // nothing usable (YAML or an unknown kind); `diagnostics` says where
        std::vector<WorkspaceEntry> entries; // ids not assigned yet
        struct Foreign
        {
            int afterEntry = -1; // index into entries; -1: file start
            QByteArray text;
        };
        std::vector<Foreign> foreign;
        Diagnostics diagnostics;             // file-level: syntax errors, skipped documents
    };

    static Result split(const QByteArray &text, const QString &file, Layout layout);

    // The document texts of a file joined the way split() cut them.
    static QByteArray join(const QList<QByteArray> &documents);
};

} // namespace meshgate
