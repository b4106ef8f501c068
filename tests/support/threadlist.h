// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace meshgate::test {

// The threads of a running process and their scheduling priority, from /proc/<pid>/task (Linux).
struct ThreadEntry
{
    qint64 tid = 0;
    QString name; // what the thread called itself ("meshgate-worker-0", "Thread (pooled)")
    int nice = 0;
};

QList<ThreadEntry> threadsOf(qint64 pid);

} // namespace meshgate::test
