// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/diagnostic.h"
#include "config/resources.h"

#include <QByteArray>
#include <QStringList>

namespace meshgate {

struct LoadResult
{
    ConfigSet config;
    Diagnostics diagnostics;
    QStringList unreadableFiles; // files that could not be opened at all

    bool ok() const { return unreadableFiles.isEmpty() && !hasErrors(diagnostics); }
};

// Reads YAML (files or text) into a ConfigSet: parse, decode, and validate. A file with a YAML
// syntax error contributes no resources, only its diagnostic, so callers never mistake it for
// an empty config.
class ConfigLoader final
{
public:
    // Parse + decode only (per-file checks); used for pasted text and the YAML editor.
    static LoadResult parseText(const QByteArray &text, const QString &fileName);
    // Parse + decode + full validation (per resource and across resources).
    static LoadResult loadText(const QByteArray &text, const QString &fileName);
    static LoadResult loadFiles(const QStringList &paths);

    // Validates an assembled config (e.g. after GUI edits) and returns all diagnostics.
    static Diagnostics validate(const ConfigSet &config);
};

} // namespace meshgate
