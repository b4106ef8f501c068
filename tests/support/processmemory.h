// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>

namespace meshgate::test {

// Resident memory of a running process, from /proc/<pid>/status (Linux).
struct ProcessMemory
{
    qint64 rssKiB = 0;  // VmRSS: resident now
    qint64 peakKiB = 0; // VmHWM: the most it was ever resident

    static std::optional<ProcessMemory> read(qint64 pid);
};

} // namespace meshgate::test
