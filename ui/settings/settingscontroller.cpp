// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settingscontroller.h"

#include "settings/settingsdialog.h"

#include <QAction>
#include <QSettings>

namespace meshgate {

SettingsController::SettingsController(const EngineSettings &commandLine, const CommandLineOverrides &overrides,
                                       QObject *parent)
    : QObject(parent)
    , m_commandLine(commandLine)
    , m_overrides(overrides)
    , m_preferences(new QAction(tr("&Preferences…"), this))
{
    QSettings stored;
    m_settings = AppSettings::load(stored);
    // Ctrl+, everywhere (Cmd+, on macOS): Linux desktops disagree on QKeySequence::Preferences
    // (none, or Ctrl+Shift+,), and Ctrl+, is what most applications use.
    m_preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_preferences->setToolTip(tr("Engine ports, access-log format, theme, language"));
    connect(m_preferences, &QAction::triggered, this, &SettingsController::editInDialog);
}

SettingsController::~SettingsController() = default;

bool SettingsController::setSettings(const AppSettings &settings)
{
    if (!settings.validate().isEmpty())
        return false;
    if (settings == m_settings)
        return true;
    const AppSettings before = m_settings;
    const EngineSettings engineBefore = engineSettings();
    m_settings = settings;
    QSettings stored;
    m_settings.save(stored);
    Q_EMIT settingsChanged(m_settings, before);
    if (engineSettingsDiffer(engineBefore, engineSettings()))
        Q_EMIT engineSettingsChanged(engineSettings());
    if (before.logCapacity != m_settings.logCapacity)
        Q_EMIT logCapacityChanged(m_settings.logCapacity);
    if (before.theme != m_settings.theme)
        Q_EMIT themeChanged(m_settings.theme);
    if (before.language != m_settings.language)
        Q_EMIT languageChanged(m_settings.language);
    return true;
}

bool SettingsController::editInDialog()
{
    // The log panel's own "Buffer size…" writes the same key; start from what is stored now.
    QSettings stored;
    m_settings.logCapacity = AppSettings::load(stored).logCapacity;
    SettingsDialog dialog(m_settings, m_overrides, m_trayAvailable, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const AppSettings chosen = dialog.settings();
    if (chosen == m_settings)
        return false;
    return setSettings(chosen);
}

} // namespace meshgate
