// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/theme.h"
#include "engine/enginesettings.h"
#include "logs/accesslogmodel.h"
#include "settings/commandlineoverrides.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace meshgate {

// What the Settings dialog edits, as stored in QSettings. Loading never fails: a value that is
// missing or unusable (edited by hand, written by another version) falls back to its default.
struct AppSettings
{
    enum class Field {
        BindAddress,
        PortOffset,
        MeshPort,
        AdminPort,
        Workers,
        MaxConnections,
        RequestHeadersTimeout,
        AccessLogFormat,
        AccessLogFile,
        ConnectTo,
        LogCapacity,
    };
    struct FieldError
    {
        Field field;
        QString message;
    };

    // The same bounds the access-log panel's own "Buffer size…" action uses (and the same key).
    static constexpr int kDefaultLogCapacity = AccessLogModel::DefaultCapacity;
    static constexpr int kMinLogCapacity = AccessLogModel::MinimumCapacity;
    static constexpr int kMaxLogCapacity = AccessLogModel::MaximumCapacity;
    static constexpr int kMaxWorkers = 256;
    static constexpr int kMaxConnectionsLimit = 1000000;
    static constexpr int kMaxHeadersTimeoutSeconds = 3600;

    // ---- engine (command-line flags win for the run they are given to)
    QString bindAddress = QStringLiteral("127.0.0.1");
    std::optional<int> portOffset; // unset: automatic (+8000 below 1024)
    int meshPort = 15001;          // 0 = off
    int adminPort = 15000;         // 0 = off
    int workers = 0;               // 0 = one per core
    int maxConnections = 10000;
    double requestHeadersTimeoutSeconds = 10;
    QString accessLogFormat = QStringLiteral("classic"); // a preset name or Envoy %OPERATORS%
    QString accessLogFile; // also written to this file; empty = only the log panel
    // curl's --connect-to rules (HOST:PORT:ADDRESS:PORT): where upstream connections really go,
    // e.g. to local test servers when the real hosts are out of reach.
    QStringList connectTo;
    bool engineAutoStart = true;

    // ---- interface
    int logCapacity = kDefaultLogCapacity; // rows the access-log panel keeps
    bool closeToTray = false;
    ThemeMode theme = ThemeMode::System;
    QString language; // empty: the system's; else "en", "de", "zh_CN", "ja"

    static AppSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    // Every problem, each tied to the field that has it; empty when the settings can be used.
    QList<FieldError> validate() const;

    // The engine settings for this run: the command line's, with every value the command line
    // did not set taken from these settings.
    EngineSettings engineSettings(const EngineSettings &commandLine, const CommandLineOverrides &overrides) const;

    // The languages offered, as (code, native name); the code "" means the system's language.
    static QList<std::pair<QString, QString>> languages();

    bool operator==(const AppSettings &other) const = default;
};

// True when the two differ in something the running engine would use.
bool engineSettingsDiffer(const EngineSettings &a, const EngineSettings &b);

} // namespace meshgate
