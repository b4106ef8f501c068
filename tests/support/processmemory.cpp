// SPDX-License-Identifier: GPL-3.0-or-later
#include "processmemory.h"

#include <QByteArray>
#include <QFile>
#include <QList>

namespace meshgate::test {

std::optional<ProcessMemory> ProcessMemory::read(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    ProcessMemory m;
    bool haveRss = false;
    bool havePeak = false;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const auto value = [&line] { return line.mid(line.indexOf(':') + 1).trimmed().split(' ').first().toLongLong(); };
        if (line.startsWith("VmRSS:")) {
            m.rssKiB = value();
            haveRss = true;
        } else if (line.startsWith("VmHWM:")) {
            m.peakKiB = value();
            havePeak = true;
        }
    }
    if (!haveRss || !havePeak)
        return std::nullopt;
    return m;
}

} // namespace meshgate::test
