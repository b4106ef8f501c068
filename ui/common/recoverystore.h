// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

class QTimer;

namespace meshgate {

class Workspace;

// Crash insurance for unsaved edits: a few seconds after each change a dirty workspace is
// written to a recovery file (atomically); a clean workspace removes it. After a crash the next
// start finds the snapshot and can offer it back.
class RecoveryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryStore)
public:
    static constexpr int kDelayMs = 2000;

    struct Snapshot
    {
        QStringList files;   // the workspace's files when the snapshot was taken (may be empty)
        QHash<QString, QByteArray> fingerprints; // what those files held then (Workspace::diskFingerprints)
        QString displayName;
        QByteArray text;     // every resource's YAML, in workspace order
        QDateTime taken;
    };

    RecoveryStore(Workspace *workspace, const QString &directory, QObject *parent = nullptr);
    ~RecoveryStore() override;

    std::optional<Snapshot> pending() const; // a snapshot left behind by an earlier session
    void discard();
    void writeNow();
    // Start watching the workspace; call after any pending snapshot was dealt with.
    void start();

private:
    QString dataPath() const;
    QString metaPath() const;

    Workspace *m_workspace;
    QString m_directory;
    QTimer *m_timer;
};

} // namespace meshgate
