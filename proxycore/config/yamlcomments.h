// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/resources.h"

#include <QByteArray>


namespace meshgate {

// Carries the comments of a resource's YAML into text regenerated from the model (a form edit,
// a rename, a moved route), so that saving never deletes what people wrote next to their
// routes. Each comment is anchored to the field path of the line it sits on (a trailing
// comment) or of the next line with a field (a comment block), and lands on the line with the
// same path in the new text; a path that is gone falls back to its nearest parent, and what
// has no anchor at all goes to the end. The caller checks that the result still parses to the
// same resource.
class YamlComments final
{
public:
    // List items that were deleted, inserted or moved are found again by what they say.
    static QByteArray carry(const QByteArray &before, const SourceInfo &beforeSource, const QByteArray &after,
                            const SourceInfo &afterSource);

    // Whether the text has a comment at all (most regenerated texts have none, and then there
    // is nothing to carry).
    static bool hasComments(const QByteArray &text);
};

} // namespace meshgate
