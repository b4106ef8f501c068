// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace meshgate {

// Meshgate's icon, drawn at run time like the kind badges (no image plugin needed): a gateway
// fanning out to three services, with a badge for the engine's state (tray): none while it is
// stopped, green while it runs, red while it runs but the workspace has errors.
class AppIcon final
{
public:
    enum class Badge { None, Running, Errors };
    static QIcon icon(Badge badge);
};

} // namespace meshgate
