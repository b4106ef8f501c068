// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/diagnostic.h"
#include "config/resources.h"

#include <QIcon>

namespace meshgate {

// Icons drawn at run time: the kind badges Kiali users know (G, VS, DR, SE) and severity marks.
// Drawn rather than shipped as SVG because Debian's Qt has no SVG image plugin unless
// qt6-svg is installed; a PNG-free build keeps the look the same everywhere. Callers keep the
// icons they use (models hold them as members) instead of redrawing per paint.
class Icons final
{
public:
    static QIcon kind(ResourceKind kind);
    static QIcon severity(Diagnostic::Severity severity);
    static QColor kindColor(ResourceKind kind);
    static QColor severityColor(Diagnostic::Severity severity);
};

} // namespace meshgate
