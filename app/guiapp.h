// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

namespace meshgate {

int runGui(int argc, char *argv[], const AppOptions &options);

} // namespace meshgate
