// SPDX-License-Identifier: GPL-3.0-or-later
#include "configfile.h"

#include <QFile>
#include <QSaveFile>

#include <utility>

namespace meshgate::test {

ConfigFile::ConfigFile(QString path)
    : m_path(std::move(path))
{
}

bool ConfigFile::write(const QByteArray &content, WriteMode mode) const
{
    if (mode == WriteMode::Replace) {
        QSaveFile file(m_path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit();
    }
    QFile file(m_path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QByteArray ConfigFile::fill(QByteArray text, const QList<QPair<QByteArray, QByteArray>> &values)
{
    for (const auto &[name, value] : values)
        text.replace("{{" + name + "}}", value);
    return text;
}

} // namespace meshgate::test
