// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/appsettings.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDoubleSpinBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace meshgate {

// Edits AppSettings. A value that cannot be used is refused with a message right below its field
// (as the user types), and OK does not close the dialog while any field has one. Engine fields
// set on this run's command line say so: the flag wins until the next start.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    SettingsDialog(const AppSettings &settings, const CommandLineOverrides &overrides, bool trayAvailable,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    AppSettings settings() const; // what the fields say now
    QString errorText(AppSettings::Field field) const; // the message shown at the field; empty if none
    bool languageNoteVisible() const;

    QLineEdit *bindEdit() const { return m_bind; }
    QSpinBox *portOffsetSpin() const { return m_portOffset; }
    QSpinBox *meshPortSpin() const { return m_meshPort; }
    QSpinBox *adminPortSpin() const { return m_adminPort; }
    QSpinBox *workersSpin() const { return m_workers; }
    QSpinBox *maxConnectionsSpin() const { return m_maxConnections; }
    QDoubleSpinBox *headersTimeoutSpin() const { return m_headersTimeout; }
    QLineEdit *accessLogFileEdit() const { return m_logFile; }
    QPushButton *accessLogBrowseButton() const { return m_logFileBrowse; }
    QComboBox *formatCombo() const { return m_format; }
    QLineEdit *formatSpecEdit() const { return m_formatSpec; }
    QPlainTextEdit *formatPreview() const { return m_formatPreview; }
    QPlainTextEdit *connectToEdit() const { return m_connectTo; }
    QCheckBox *autoStartBox() const { return m_autoStart; }
    QSpinBox *logCapacitySpin() const { return m_logCapacity; }
    QCheckBox *closeToTrayBox() const { return m_closeToTray; }
    QComboBox *themeCombo() const { return m_theme; }
    QComboBox *languageCombo() const { return m_language; }

    void accept() override;

private:
    QGroupBox *buildEngineGroup(const CommandLineOverrides &overrides);
    QGroupBox *buildWindowGroup(bool trayAvailable);
    QWidget *withMessages(QWidget *field, AppSettings::Field key, bool overridden, const QString &flag);
    void load(const AppSettings &settings);
    void handleFormatChosen();
    void revalidate();

    AppSettings m_initial;
    QLineEdit *m_bind = nullptr;
    QSpinBox *m_portOffset = nullptr;
    QSpinBox *m_meshPort = nullptr;
    QSpinBox *m_adminPort = nullptr;
    QSpinBox *m_workers = nullptr;
    QSpinBox *m_maxConnections = nullptr;
    QDoubleSpinBox *m_headersTimeout = nullptr;
    QLineEdit *m_logFile = nullptr;
    QPushButton *m_logFileBrowse = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_formatSpec = nullptr;
    QPlainTextEdit *m_formatPreview = nullptr;
    QPlainTextEdit *m_connectTo = nullptr;
    QCheckBox *m_autoStart = nullptr;
    QSpinBox *m_logCapacity = nullptr;
    QCheckBox *m_closeToTray = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QHash<int, QLabel *> m_errors; // by AppSettings::Field
    QHash<QString, QString> m_overrideValues; // CommandLineOverrides::values
    QString m_customSpec;          // kept while a preset is shown, so switching back loses nothing
};

} // namespace meshgate
