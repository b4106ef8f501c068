// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadlist.h"

#include <QDir>
#include <QFile>

namespace meshgate::test {

QList<ThreadEntry> threadsOf(qint64 pid)
{
    QList<ThreadEntry> threads;
    const QString taskDir = QStringLiteral("/proc/%1/task").arg(pid);
    const QStringList tids = QDir(taskDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &tid : tids) {
        QFile stat(taskDir + QLatin1Char('/') + tid + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue; // the thread ended meanwhile
        const QByteArray line = stat.readAll();
        // "tid (name) state ppid ...": the name may hold spaces and parentheses, so the fields
        // are counted from the last ')'. nice is field 19, the 17th after the name.
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() < 17)
            continue;
        threads.append({tid.toLongLong(), QString::fromUtf8(line.mid(open + 1, close - open - 1)),
                        fields.at(16).toInt()});
    }
    return threads;
}

} // namespace meshgate::test
