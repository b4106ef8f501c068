// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/appsettings.h"

#include "log/accesslogformatter.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSettings>

namespace meshgate {

namespace {

// Gives the messages here a translation context lupdate can see.
struct AppSettingsText
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
};

const QString kBind = QStringLiteral("engine/bind");
const QString kPortOffset = QStringLiteral("engine/portOffset");
const QString kMeshPort = QStringLiteral("engine/meshPort");
const QString kAdminPort = QStringLiteral("engine/adminPort");
const QString kWorkers = QStringLiteral("engine/workers");
const QString kMaxConnections = QStringLiteral("engine/maxConnections");
const QString kHeadersTimeout = QStringLiteral("engine/requestHeadersTimeout");
const QString kAccessLogFormat = QStringLiteral("engine/accessLogFormat");
const QString kAccessLogFile = QStringLiteral("engine/accessLogFile");
const QString kConnectTo = QStringLiteral("engine/connectTo");
const QString kAutoStart = QStringLiteral("engine/autoStart");
const QString kLogCapacity = QStringLiteral("accessLogPanel/capacity"); // the panel's own key
const QString kCloseToTray = QStringLiteral("ui/closeToTray");
const QString kTheme = QStringLiteral("ui/theme");
const QString kLanguage = QStringLiteral("ui/language"); // read by installTranslations() at start

// The stored integer when it is one and lies in [low, high]; else `fallback`.
int readInt(QSettings &s, const QString &key, int low, int high, int fallback)
{
    bool ok = false;
    const int v = s.value(key).toInt(&ok);
    return ok && v >= low && v <= high ? v : fallback;
}

bool readBool(QSettings &s, const QString &key, bool fallback)
{
    const QVariant v = s.value(key);
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString text = v.toString().toLower();
    if (text == u"true" || text == u"1")
        return true;
    if (text == u"false" || text == u"0")
        return false;
    return fallback;
}

} // namespace

AppSettings AppSettings::load(QSettings &s)
{
    const AppSettings defaults;
    AppSettings a;
    const QString bind = s.value(kBind, defaults.bindAddress).toString().trimmed();
    a.bindAddress = QHostAddress(bind).isNull() ? defaults.bindAddress : bind;
    const int offset = readInt(s, kPortOffset, -1, 65535, -1);
    a.portOffset = offset < 0 ? std::nullopt : std::optional<int>(offset);
    a.meshPort = readInt(s, kMeshPort, 0, 65535, defaults.meshPort);
    a.adminPort = readInt(s, kAdminPort, 0, 65535, defaults.adminPort);
    if (a.meshPort != 0 && a.meshPort == a.adminPort) {
        a.meshPort = defaults.meshPort;
        a.adminPort = defaults.adminPort;
    }
    a.workers = readInt(s, kWorkers, 0, kMaxWorkers, defaults.workers);
    a.maxConnections = readInt(s, kMaxConnections, 1, kMaxConnectionsLimit, defaults.maxConnections);
    bool ok = false;
    const double timeout = s.value(kHeadersTimeout).toDouble(&ok);
    a.requestHeadersTimeoutSeconds = ok && timeout > 0 && timeout <= kMaxHeadersTimeoutSeconds
        ? timeout
        : defaults.requestHeadersTimeoutSeconds;
    a.accessLogFile = s.value(kAccessLogFile).toString().trimmed();
    const QString format = s.value(kAccessLogFormat, defaults.accessLogFormat).toString();
    a.accessLogFormat = std::holds_alternative<AccessLogFormatter>(AccessLogFormatter::create(format))
        ? format
        : defaults.accessLogFormat;
    for (const QString &rule : s.value(kConnectTo).toStringList())
        if (ConnectToRule::parse(rule.trimmed()))
            a.connectTo.append(rule.trimmed());
    a.engineAutoStart = readBool(s, kAutoStart, defaults.engineAutoStart);
    a.logCapacity = readInt(s, kLogCapacity, kMinLogCapacity, kMaxLogCapacity, defaults.logCapacity);
    a.closeToTray = readBool(s, kCloseToTray, defaults.closeToTray);
    a.theme = themeModeFromKey(s.value(kTheme).toString()).value_or(defaults.theme);
    const QString language = s.value(kLanguage).toString();
    for (const auto &[code, name] : languages())
        if (code == language)
            a.language = language;
    return a;
}

void AppSettings::save(QSettings &s) const
{
    s.setValue(kBind, bindAddress);
    s.setValue(kPortOffset, portOffset.value_or(-1));
    s.setValue(kMeshPort, meshPort);
    s.setValue(kAdminPort, adminPort);
    s.setValue(kWorkers, workers);
    s.setValue(kMaxConnections, maxConnections);
    s.setValue(kHeadersTimeout, requestHeadersTimeoutSeconds);
    s.setValue(kAccessLogFormat, accessLogFormat);
    s.setValue(kAccessLogFile, accessLogFile);
    s.setValue(kConnectTo, connectTo);
    s.setValue(kAutoStart, engineAutoStart);
    s.setValue(kLogCapacity, logCapacity);
    s.setValue(kCloseToTray, closeToTray);
    s.setValue(kTheme, themeModeKey(theme));
    s.setValue(kLanguage, language);
    s.sync();
}

QList<AppSettings::FieldError> AppSettings::validate() const
{
    QList<FieldError> errors;
    if (QHostAddress(bindAddress.trimmed()).isNull())
        errors.append({Field::BindAddress,
                       AppSettingsText::tr("Not an IP address; use e.g. 127.0.0.1, 0.0.0.0 or ::1.")});
    if (portOffset && (*portOffset < 0 || *portOffset > 65535))
        errors.append({Field::PortOffset, AppSettingsText::tr("The port offset must be between 0 and 65535.")});
    if (meshPort < 0 || meshPort > 65535)
        errors.append({Field::MeshPort, AppSettingsText::tr("A port is a number from 1 to 65535 (0 = off).")});
    if (adminPort < 0 || adminPort > 65535)
        errors.append({Field::AdminPort, AppSettingsText::tr("A port is a number from 1 to 65535 (0 = off).")});
    else if (adminPort != 0 && adminPort == meshPort)
        errors.append({Field::AdminPort, AppSettingsText::tr("The admin and mesh ports must differ.")});
    if (workers < 0 || workers > kMaxWorkers)
        errors.append({Field::Workers, AppSettingsText::tr("Between 1 and %1 worker threads (0 = one per core).")
                                           .arg(kMaxWorkers)});
    if (maxConnections < 1 || maxConnections > kMaxConnectionsLimit)
        errors.append({Field::MaxConnections, AppSettingsText::tr("Between 1 and %L1 connections.")
                                                  .arg(kMaxConnectionsLimit)});
    if (!(requestHeadersTimeoutSeconds > 0) || requestHeadersTimeoutSeconds > kMaxHeadersTimeoutSeconds)
        errors.append({Field::RequestHeadersTimeout, AppSettingsText::tr("More than 0 and at most %L1 seconds.")
                                                         .arg(kMaxHeadersTimeoutSeconds)});
    if (accessLogFile.trimmed() == u"-")
        errors.append({Field::AccessLogFile, AppSettingsText::tr("The GUI has no standard output to write to; "
                                                                 "choose a file.")});
    auto formatter = AccessLogFormatter::create(accessLogFormat);
    if (const auto *error = std::get_if<FormatError>(&formatter))
        errors.append({Field::AccessLogFormat,
                       AppSettingsText::tr("At character %1: %2").arg(error->offset + 1).arg(error->message)});
    for (const QString &rule : connectTo) {
        QString why; // quotes the rule, so it is found whatever line it is on
        if (!ConnectToRule::parse(rule, &why))
            errors.append({Field::ConnectTo, why});
    }
    if (logCapacity < kMinLogCapacity || logCapacity > kMaxLogCapacity)
        errors.append({Field::LogCapacity, AppSettingsText::tr("Between %L1 and %L2 rows.")
                                               .arg(kMinLogCapacity)
                                               .arg(kMaxLogCapacity)});
    return errors;
}

EngineSettings AppSettings::engineSettings(const EngineSettings &commandLine, const CommandLineOverrides &o) const
{
    EngineSettings e = commandLine;
    if (!o.bindAddress)
        e.bindAddress = QHostAddress(bindAddress.trimmed());
    if (!o.portOffset)
        e.portOffset = portOffset;
    if (!o.meshPort)
        e.meshPort = quint16(meshPort);
    if (!o.adminPort)
        e.adminPort = quint16(adminPort);
    if (!o.workers)
        e.workers = workers;
    if (!o.maxConnections)
        e.maxConnections = maxConnections;
    if (!o.requestHeadersTimeout)
        e.requestHeadersTimeout = std::chrono::milliseconds(qRound64(requestHeadersTimeoutSeconds * 1000));
    if (!o.accessLogFormat)
        e.accessLogFormat = accessLogFormat;
    if (!o.accessLogFile)
        e.accessLogPath = accessLogFile.trimmed();
    if (!o.connectTo) {
        e.connectTo.clear();
        for (const QString &rule : connectTo)
            if (const std::optional<ConnectToRule> parsed = ConnectToRule::parse(rule))
                e.connectTo.append(*parsed);
    }
    return e;
}

QList<std::pair<QString, QString>> AppSettings::languages()
{
    // Each language in its own name: whoever cannot read the current one can still find theirs.
    return {
        {QString(), AppSettingsText::tr("System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
    };
}

bool engineSettingsDiffer(const EngineSettings &a, const EngineSettings &b)
{
    return a.bindAddress != b.bindAddress || a.portOffset != b.portOffset || a.meshPort != b.meshPort
        || a.adminPort != b.adminPort || a.workers != b.workers || a.accessLogFormat != b.accessLogFormat
        || a.maxConnections != b.maxConnections || a.requestHeadersTimeout != b.requestHeadersTimeout
        || a.accessLogPath != b.accessLogPath || a.connectTo != b.connectTo;
}

} // namespace meshgate
