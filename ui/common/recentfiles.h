// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace meshgate {

// The most recently opened workspaces, kept in QSettings and written through at once, so the
// list survives a crash rather than only a clean exit.
class RecentFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFiles)
public:
    static constexpr int kMaximum = 10;

    explicit RecentFiles(QObject *parent = nullptr);
    ~RecentFiles() override;

    QStringList files() const { return m_files; }
    void add(const QStringList &paths); // the first path identifies the workspace
    void remove(const QString &path);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void store();

    QStringList m_files;
};

} // namespace meshgate
