// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "config/diagnostic.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <memory>

class QFileSystemWatcher;
class QSocketNotifier;

namespace meshgate {

class Engine;

// `meshgate --headless`: runs the engine on the given files, reloads them when they change on
// disk (keeping the running table when the new files do not validate), and drains on SIGTERM.
class HeadlessRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessRunner)
public:
    explicit HeadlessRunner(const AppOptions &options);
    ~HeadlessRunner() override;

    // Returns the exit code when start-up fails, or -1 when the event loop should run.
    int start();

private:
    void reload();
    void watchFiles();
    void watchTlsFiles();
    void reportRejected(const Diagnostics &diagnostics, const QStringList &more);
    // One line per listener, "listening on ..." or why not, unless that was said already.
    void printListeners();
    void handleSignal();

    AppOptions m_options;
    std::unique_ptr<Engine> m_engine;
    QSet<QString> m_filesWithResources; // files the running configuration came from
    QByteArray m_seenFingerprint;       // of the config files as last read (applied or rejected)
    QStringList m_tlsFiles;             // certificates and keys the configuration refers to
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_reloadTimer;
    QSocketNotifier *m_signalNotifier = nullptr;
    QSet<QString> m_announced; // "key|state|error" of what printListeners() said
};

// --explain: compile the configuration and print how the described request is routed.
int runExplain(const AppOptions &options);

} // namespace meshgate
