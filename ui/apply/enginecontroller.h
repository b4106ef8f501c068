// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/enginesettings.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
#include <QLabel>
class QWidget;

namespace meshgate {

class Engine;
class ThreadLauncher;
class Workspace;

// Runs the engine for the GUI: start / stop / apply (with a diff against the running config),
// and the status-bar indicator "running / modified / errors / stopped". Apply is disabled while
// the workspace has errors, so an invalid configuration never reaches the engine.
class EngineController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineController)
public:
    enum class State { Stopped, Running, Modified, Errors, Stopping };

    EngineController(const EngineSettings &settings, Workspace *workspace, QWidget *dialogParent,
                     QObject *parent = nullptr);
    ~EngineController() override;

    Engine *engine() const { return m_engine.get(); }
    State state() const { return m_state; }
    QAction *startAction() const { return m_start; }
    QAction *stopAction() const { return m_stop; }
    QAction *applyAction() const { return m_apply; }
    QLabel *indicator() const { return m_indicator; }
    void setSettings(const EngineSettings &settings) { m_settings = settings; }
    // Every engine started from now on starts its threads from `launcher` (see ThreadLauncher).
    void setThreadLauncher(ThreadLauncher *launcher) { m_launcher = launcher; }

    // Starts the engine on the workspace's configuration (no dialog). False when the workspace
    // has errors or nothing could be applied.
    bool start();
    void stop();
    // Shows the diff, then hot-reloads. `confirm` false applies without the dialog (tests).
    bool apply(bool confirm = true);

Q_SIGNALS:
    void engineChanged(meshgate::Engine *engine); // nullptr when stopped
    void stateChanged(meshgate::EngineController::State state);
    void statusMessage(const QString &text);
    // Apply was refused (a port is taken); `reasons` one per listener. The status bar's message
    // fades, so a message box (not blocking) also shows them until dismissed.
    void applyRefused(const QStringList &reasons);

private:
    void showRefusal(const QStringList &reasons);
    QStringList failedListeners() const; // "127.0.0.1:8080 (port 8080 in use)"
    void updateState();
    QByteArray runningYaml() const;

    EngineSettings m_settings;
    Workspace *m_workspace;
    QPointer<QWidget> m_dialogParent;
    std::unique_ptr<Engine> m_engine;
    ThreadLauncher *m_launcher = nullptr;
    QAction *m_start;
    QAction *m_stop;
    QAction *m_apply;
    QPointer<QLabel> m_indicator; // owned by the status bar once placed there
    State m_state = State::Stopped;
};

} // namespace meshgate
