// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/appsettings.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace meshgate {

// Owns the application's settings for a run: loads them from QSettings, runs the Settings
// dialog, saves what it accepts and announces the changes. The engine settings it hands out are
// the command line's, with the saved settings filling in every flag that was not given.
class SettingsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsController)
public:
    SettingsController(const EngineSettings &commandLine, const CommandLineOverrides &overrides,
                       QObject *parent = nullptr);
    ~SettingsController() override;

    const AppSettings &settings() const { return m_settings; }
    EngineSettings engineSettings() const { return m_settings.engineSettings(m_commandLine, m_overrides); }
    const CommandLineOverrides &overrides() const { return m_overrides; }
    QAction *preferencesAction() const { return m_preferences; }

    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }
    void setTrayAvailable(bool available) { m_trayAvailable = available; }

    // Saves and announces; refused (false) when a value is invalid.
    bool setSettings(const AppSettings &settings);
    // Runs the Settings dialog; true when it changed something.
    bool editInDialog();

Q_SIGNALS:
    void settingsChanged(const meshgate::AppSettings &now, const meshgate::AppSettings &before);
    // Only when what the engine would run with changed (a flag on the command line masks a setting).
    void engineSettingsChanged(const meshgate::EngineSettings &settings);
    void logCapacityChanged(int rows);
    void themeChanged(meshgate::ThemeMode mode);
    void languageChanged(const QString &language); // takes effect at the next start

private:
    EngineSettings m_commandLine;
    CommandLineOverrides m_overrides;
    AppSettings m_settings;
    QAction *m_preferences;
    QPointer<QWidget> m_dialogParent;
    bool m_trayAvailable = false;
};

} // namespace meshgate
