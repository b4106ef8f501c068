// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace meshgate::test {

// A YAML file a test writes (and rewrites) for meshgate to load.
class ConfigFile final
{
public:
    // How a rewrite reaches the disk. Editors do both, and a file watcher must survive both.
    enum class WriteMode {
        InPlace, // truncate and write the same inode
        Replace, // write a temporary file and rename it over the old name (new inode)
    };

    explicit ConfigFile(QString path);

    const QString &path() const { return m_path; }
    bool write(const QByteArray &content, WriteMode mode = WriteMode::InPlace) const;

    // Replaces every {{NAME}} with its value.
    static QByteArray fill(QByteArray text, const QList<QPair<QByteArray, QByteArray>> &values);

private:
    QString m_path;
};

} // namespace meshgate::test
