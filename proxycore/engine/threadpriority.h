// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace meshgate {

// The calling thread's scheduling priority as a nice value (Linux: per thread; higher = yields
// more). Elsewhere these do nothing and report so.
namespace ThreadPriority {

// The calling thread's nice value, or 0 where there is no such thing.
int niceness();

// Raises the calling thread's nice value by `steps` (capped at 19); threads it creates from now on
// inherit the new value. False where the system refused or has no per-thread priority.
bool lowerBy(int steps);

} // namespace ThreadPriority

} // namespace meshgate
