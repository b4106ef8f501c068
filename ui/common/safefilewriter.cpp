// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/safefilewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace meshgate {

SafeFileWriter::Result SafeFileWriter::write(const QString &path, const QByteArray &content)
{
    Result result;
    QFile existing(path);
    const bool exists = existing.exists();
    QByteArray previous;
    if (exists) {
        if (!existing.open(QIODevice::ReadOnly)) {
            result.error = existing.errorString();
            return result;
        }
        previous = existing.readAll();
        existing.close();
        if (previous == content) {
            result.ok = true;
            result.unchanged = true;
            return result;
        }
    }

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        result.error = out.errorString();
        return result;
    }
    if (out.write(content) != content.size()) {
        result.error = out.errorString();
        out.cancelWriting();
        return result;
    }
    if (exists) {
        // Written from the bytes read above rather than copied afterwards, so the backup is the
        // version the user had, even if something else touched the file in between.
        QSaveFile backup(backupPath(path));
        if (!backup.open(QIODevice::WriteOnly) || backup.write(previous) != previous.size() || !backup.commit()) {
            result.error = QCoreApplication::translate("SafeFileWriter", "cannot write the backup %1: %2")
                               .arg(backupPath(path), backup.errorString());
            out.cancelWriting();
            return result;
        }
    }
    if (!out.commit()) {
        result.error = out.errorString();
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace meshgate
