// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace meshgate {

// Writes a file so that a crash or a full disk never leaves a half-written config behind: the
// new content goes to a temporary file that replaces the target in one rename (QSaveFile), and
// the previous content is kept as `<file>.bak`.
class SafeFileWriter final
{
public:
    struct Result
    {
        bool ok = false;
        bool unchanged = false; // the file already held exactly this content; nothing was touched
        QString error;
    };

    static Result write(const QString &path, const QByteArray &content);
    static QString backupPath(const QString &path) { return path + QStringLiteral(".bak"); }
};

} // namespace meshgate
