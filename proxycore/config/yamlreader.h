// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/diagnostic.h"
#include "config/node.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace meshgate {

// Parses YAML text into ordered Node trees with 1-based positions. Syntax errors come back as a
// diagnostic with the parser's line and column; nothing throws past this class.
class YamlReader final
{
public:
    struct Result
    {
        std::vector<Node> documents; // empty documents are skipped
        Diagnostics diagnostics;
        bool ok() const { return !hasErrors(diagnostics); }
    };

    static Result read(const QByteArray &text, const QString &fileName);

    // Text copied from documentation often wraps the YAML in a shell here-document
    // (`kubectl apply -f - <<EOF` ... `EOF`). The wrapper lines are blanked, not removed, so
    // line numbers still point into what the user pasted.
    static QByteArray stripShellWrapper(const QByteArray &text);
};

} // namespace meshgate
