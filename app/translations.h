// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace meshgate {

// Installs the translator for `language` ("de", "zh_CN", "ja"; empty = follow the system).
// Returns the language that was loaded, or empty for English.
QString installTranslations(const QString &language);

} // namespace meshgate
