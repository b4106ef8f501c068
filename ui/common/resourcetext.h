// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/workspaceentry.h"

#include <optional>

namespace meshgate {

// Conversions between one resource and its YAML text, keeping WorkspaceEntry's invariant.
class ResourceText final
{
public:
    struct Parsed
    {
        std::optional<WorkspaceEntry> entry; // set when the text holds exactly one resource without errors
        Diagnostics diagnostics;             // everything the parser and decoder said
    };

    // Text from the YAML tab: accepted only when it is one well-formed resource.
    static Parsed parseOne(const QByteArray &text, const QString &file);

    // Text regenerated from the model (a new resource).
    static WorkspaceEntry fromResource(const Resource &resource, const QString &file);
    // Text regenerated from the model after a change to `previous` (a form edit, a rename, a
    // moved route), with previous's comments carried over as long as the text still reads as
    // `resource`.
    static WorkspaceEntry regenerate(const Resource &resource, const WorkspaceEntry &previous);

    // Re-reads an entry's text: fills resource positions and parse diagnostics.
    static void refresh(WorkspaceEntry &entry);
};

} // namespace meshgate
