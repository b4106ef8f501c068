// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "config/configloader.h"

namespace meshgate {

// The built-in example workspace (the reference scenario), compiled into the binary.
QString builtInExamplePath();
LoadResult loadConfiguration(const AppOptions &options);

// --validate, --export, --explain and --headless; returns the process exit code.
int runCommandLineAction(const AppOptions &options);

} // namespace meshgate
