// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/responseflags.h"

#include <QColor>
#include <QString>

namespace meshgate::logstyle {

// Text colour of a status code: green 2xx, blue 3xx, amber 4xx, red 5xx and failures.
QColor statusColor(int responseCode, ResponseFlags flags);
// Translucent row tint (works on light and dark palettes): red for 5xx and upstream failures,
// amber for "no route" / "no cluster"; invalid for everything else.
QColor rowTint(int responseCode, ResponseFlags flags);
// "NR: no route found\nUF: upstream connection failure", one line per flag.
QString describeFlags(ResponseFlags flags);

} // namespace meshgate::logstyle
