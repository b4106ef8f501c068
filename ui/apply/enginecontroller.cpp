// SPDX-License-Identifier: GPL-3.0-or-later
#include "apply/enginecontroller.h"

#include "apply/applydialog.h"
#include "common/unknownfields.h"
#include "common/workspace.h"
#include "config/configexporter.h"
#include "engine/engine.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>

namespace meshgate {

EngineController::EngineController(const EngineSettings &settings, Workspace *workspace, QWidget *dialogParent,
                                   QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_workspace(workspace)
    , m_dialogParent(dialogParent)
    , m_start(new QAction(tr("&Start Engine"), this))
    , m_stop(new QAction(tr("S&top Engine"), this))
    , m_apply(new QAction(tr("&Apply…"), this))
    , m_indicator(new QLabel)
{
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F5));
    m_stop->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_apply->setShortcut(QKeySequence(Qt::Key_F5));
    m_start->setToolTip(tr("Open the listeners of the workspace's Gateways (Ctrl+F5)"));
    m_stop->setToolTip(tr("Close all listeners after in-flight requests finish (Shift+F5)"));
    m_apply->setToolTip(tr("Show what changes, then hot-reload the running engine (F5)"));
    connect(m_start, &QAction::triggered, this, &EngineController::start);
    connect(m_stop, &QAction::triggered, this, &EngineController::stop);
    connect(m_apply, &QAction::triggered, this, [this] { apply(true); });
    connect(m_workspace, &Workspace::contentChanged, this, &EngineController::updateState);
    connect(m_workspace, &Workspace::diagnosticsChanged, this, &EngineController::updateState);
    m_indicator->setObjectName(QStringLiteral("engineIndicator"));
    updateState();
}

EngineController::~EngineController()
{
    if (m_engine)
        m_engine->stopNow();
    if (m_indicator && !m_indicator->parent())
        delete m_indicator.data();
}

QByteArray EngineController::runningYaml() const
{
    if (!m_engine || !m_engine->table())
        return {};
    return ConfigExporter::toYaml(m_engine->table()->config());
}

bool EngineController::start()
{
    if (m_engine)
        return true;
    if (m_workspace->hasErrors()) {
        Q_EMIT statusMessage(tr("Not started: the workspace has errors (see Problems)."));
        updateState();
        return false;
    }
    const QString settingsError = Engine::checkSettings(m_settings);
    if (!settingsError.isEmpty()) {
        Q_EMIT statusMessage(settingsError);
        return false;
    }
    m_engine = std::make_unique<Engine>(m_settings);
    m_engine->setThreadLauncher(m_launcher);
    connect(m_engine.get(), &Engine::message, this, &EngineController::statusMessage);
    connect(m_engine.get(), &Engine::listenersChanged, this, &EngineController::updateState);
    const Engine::ApplyResult result = m_engine->apply(m_workspace->config());
    if (!result.applied) {
        m_engine.reset();
        Q_EMIT statusMessage(tr("The engine could not start: the configuration was refused."));
        updateState();
        return false;
    }
    Q_EMIT engineChanged(m_engine.get());
    const QStringList failed = failedListeners();
    if (failed.isEmpty())
        Q_EMIT statusMessage(tr("Engine started."));
    else
        // Short: the engine indicator beside it names each port and why, and a long message here
        // is cut off by it.
        Q_EMIT statusMessage(tr("Engine started, but %n listener(s) could not open (see Listeners).", nullptr,
                                int(failed.size())));
    updateState();
    return true;
}

void EngineController::stop()
{
    if (!m_engine || m_state == State::Stopping)
        return;
    m_state = State::Stopping;
    updateState();
    Engine *engine = m_engine.get();
    connect(engine, &Engine::stopped, this, [this] {
        // Deferred: stopped() is emitted from inside the engine.
        QMetaObject::invokeMethod(this, [this] {
            m_engine.reset();
            m_state = State::Stopped;
            Q_EMIT engineChanged(nullptr);
            Q_EMIT statusMessage(tr("Engine stopped."));
            updateState();
        }, Qt::QueuedConnection);
    });
    engine->shutdown();
}

bool EngineController::apply(bool confirm)
{
    if (m_workspace->hasErrors()) {
        Q_EMIT statusMessage(tr("Not applied: fix the errors in Problems first; the running configuration stays."));
        return false;
    }
    if (!m_engine)
        return start();
    const ConfigSet config = m_workspace->config();
    if (confirm) {
        ApplyDialog dialog(runningYaml(), ConfigExporter::toYaml(config), m_dialogParent);
        const UnknownFields unknown = UnknownFields::in(*m_workspace, m_workspace->ids());
        dialog.setUnknownFields(unknown.total, unknown.shown);
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    const Engine::ApplyResult result = m_engine->apply(config);
    if (!result.applied) {
        if (!result.refusals.isEmpty())
            Q_EMIT statusMessage(tr("Not applied: %1. The running configuration stays.").arg(result.refusals.join(QStringLiteral("; "))));
        else
            Q_EMIT statusMessage(tr("Not applied: the engine refused the configuration; the running one stays."));
        Q_EMIT applyRefused(result.refusals);
        showRefusal(result.refusals);
        return false;
    }
    Q_EMIT statusMessage(tr("Configuration applied (generation %1).").arg(m_engine->table()->generation()));
    updateState();
    return true;
}

void EngineController::showRefusal(const QStringList &reasons)
{
    // Window-modal but not blocking (open(), not exec()): the engine and the log keep going.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Apply"),
                                tr("The configuration was not applied. The running configuration stays."),
                                QMessageBox::Ok, m_dialogParent);
    box->setObjectName(QStringLiteral("applyRefusedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!reasons.isEmpty())
        box->setInformativeText(reasons.join(QLatin1Char('\n'))
                                + tr("\n\nFree the port or choose another one (the Gateway's port, --port-offset, --mesh-port or "
                                   "--admin-port), then Apply again."));
    box->open();
}

QStringList EngineController::failedListeners() const
{
    QStringList failed;
    if (m_engine)
        for (const ListenerState &l : m_engine->listenerStates())
            if (l.state == ListenerState::State::Failed)
                failed.append(QStringLiteral("%1 (%2)").arg(l.key, l.error));
    return failed;
}

void EngineController::updateState()
{
    State next;
    if (m_state == State::Stopping && m_engine)
        next = State::Stopping;
    else if (m_workspace->hasErrors())
        next = State::Errors;
    else if (!m_engine)
        next = State::Stopped;
    else
        next = runningYaml() == ConfigExporter::toYaml(m_workspace->config()) ? State::Running : State::Modified;

    QStringList ports;
    if (m_engine)
        for (const ListenerState &l : m_engine->listenerStates())
            if (l.state == ListenerState::State::Listening && l.role != ListenerState::Role::Admin)
                ports.append(QString::number(l.listenPort));
    const QStringList failed = failedListeners();
    QString text;
    QString colour;
    switch (next) {
    case State::Running:
        text = tr("running %1").arg(ports.join(QLatin1Char(' ')));
        colour = QStringLiteral("#2e9d3a");
        if (!failed.isEmpty()) {
            // Green would say all is well while a port the configuration asks for is dead.
            text = tr("running %1 · not listening on %2").arg(ports.join(QLatin1Char(' ')), failed.join(QStringLiteral("; ")));
            colour = QStringLiteral("#c98a00");
        }
        break;
    case State::Modified:
        text = tr("modified (Apply to use it)");
        colour = QStringLiteral("#c98a00");
        break;
    case State::Errors:
        text = m_engine ? tr("errors (still running the last applied configuration)") : tr("errors");
        colour = QStringLiteral("#c62828");
        break;
    case State::Stopping:
        text = tr("stopping…");
        colour = QStringLiteral("#777777");
        break;
    case State::Stopped:
        text = tr("stopped");
        colour = QStringLiteral("#777777");
        break;
    }
    m_indicator->setText(QStringLiteral("<span style='color:%1'>●</span> %2").arg(colour, text.toHtmlEscaped()));
    m_start->setEnabled(!m_engine && next != State::Errors);
    m_stop->setEnabled(m_engine && next != State::Stopping);
    m_apply->setEnabled(next != State::Errors && next != State::Stopping);
    if (next != m_state) {
        m_state = next;
        Q_EMIT stateChanged(next);
    }
}

} // namespace meshgate
