// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace meshgate {

namespace {
constexpr const char *kKey = "recentFiles";
}

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{
    m_files = QSettings().value(QLatin1String(kKey)).toStringList();
}

RecentFiles::~RecentFiles() = default;

void RecentFiles::add(const QStringList &paths)
{
    if (paths.isEmpty() || paths.first().startsWith(QLatin1Char(':')))
        return;
    const QString path = QFileInfo(paths.first()).absoluteFilePath();
    m_files.removeAll(path);
    m_files.prepend(path);
    while (m_files.size() > kMaximum)
        m_files.removeLast();
    store();
}

void RecentFiles::remove(const QString &path)
{
    if (m_files.removeAll(path))
        store();
}

void RecentFiles::clear()
{
    m_files.clear();
    store();
}

void RecentFiles::store()
{
    QSettings settings;
    settings.setValue(QLatin1String(kKey), m_files);
    settings.sync();
    Q_EMIT changed();
}

} // namespace meshgate
