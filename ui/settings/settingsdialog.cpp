// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settingsdialog.h"

#include "log/accesslogformatter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace meshgate {

namespace {

constexpr int kCustomFormat = -1; // item data of "Custom" in the format combo

// The request the format preview prints: the reference scenario's teapot.
AccessLogRecord sampleRecord()
{
    AccessLogRecord r;
    r.startTimeMs = QDateTime::currentMSecsSinceEpoch();
    r.method = QByteArrayLiteral("GET");
    r.path = QByteArrayLiteral("/status/418");
    r.protocol = QByteArrayLiteral("HTTP/1.1");
    r.responseCode = 418;
    r.responseCodeDetails = QByteArrayLiteral("via_upstream");
    r.bytesSent = 135;
    r.durationMs = 187;
    r.upstreamServiceTimeMs = 186;
    r.userAgent = QByteArrayLiteral("curl/7.88.1");
    r.requestId = QByteArrayLiteral("2c1d9e4a-5b0f-4a8e-9a43-8f1e0f6f3b21");
    r.authority = QByteArrayLiteral("httpbin.org");
    r.upstreamHost = QByteArrayLiteral("34.227.213.82:80");
    r.upstreamCluster = QByteArrayLiteral("outbound|80||httpbin.org");
    r.upstreamLocalAddress = QByteArrayLiteral("192.168.1.20:40334");
    r.downstreamLocalAddress = QByteArrayLiteral("127.0.0.1:8080");
    r.downstreamRemoteAddress = QByteArrayLiteral("127.0.0.1:53422");
    return r;
}

QLabel *messageLabel(QWidget *parent, Theme::Status status)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, Theme::statusColor(status, p));
    label->setPalette(p);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &settings, const CommandLineOverrides &overrides,
                               bool trayAvailable, QWidget *parent)
    : QDialog(parent)
    , m_initial(settings)
    , m_overrideValues(overrides.values)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("SettingsDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildEngineGroup(overrides));
    layout->addWidget(buildWindowGroup(trayAvailable));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);

    load(settings);
    for (QSpinBox *spin : {m_portOffset, m_meshPort, m_adminPort, m_workers, m_logCapacity})
        connect(spin, &QSpinBox::valueChanged, this, &SettingsDialog::revalidate);
    connect(m_maxConnections, &QSpinBox::valueChanged, this, &SettingsDialog::revalidate);
    connect(m_headersTimeout, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::revalidate);
    connect(m_bind, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_logFile, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_connectTo, &QPlainTextEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_format, &QComboBox::currentIndexChanged, this, &SettingsDialog::handleFormatChosen);
    connect(m_formatSpec, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_customSpec = text;
        revalidate();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_languageNote->setVisible(m_language->currentData().toString() != m_initial.language);
    });
    revalidate();

    // Reading order; the message labels in between take no focus.
    QWidget *order[] = {m_autoStart,      m_bind,   m_portOffset,    m_meshPort,      m_adminPort,
                        m_workers,        m_maxConnections, m_headersTimeout, m_format, m_formatSpec,
                        m_formatPreview,  m_logFile, m_logFileBrowse, m_connectTo, m_logCapacity, m_closeToTray,
                        m_theme,          m_language};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    setTabOrder(m_language, buttons);
    m_autoStart->setFocus();
}

SettingsDialog::~SettingsDialog() = default;

QGroupBox *SettingsDialog::buildEngineGroup(const CommandLineOverrides &overrides)
{
    auto *group = new QGroupBox(tr("Engine"), this);
    const QString precedence =
        tr("These settings are saved and used at every start. A flag given on the command line (%1) "
           "wins over the saved value for that run only; the saved value is used again at the next start.")
            .arg(QStringLiteral("--bind, --port-offset, --mesh-port, --admin-port, --workers, --max-connections, "
                               "--request-headers-timeout, --access-log-format, --access-log"));
    group->setToolTip(precedence);
    QLabel *applies = messageLabel(group, Theme::Status::Neutral);
    applies->setText(tr("Engine settings take effect the next time the engine starts; if it is running when you "
                        "press OK, Meshgate offers to restart it."));

    m_bind = new QLineEdit(group);
    m_bind->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_bind->setToolTip(tr("Address every listener binds to. 0.0.0.0 opens them to the network."));

    m_portOffset = new QSpinBox(group);
    m_portOffset->setRange(-1, 65535);
    m_portOffset->setSpecialValueText(tr("Automatic (+8000 below port 1024)"));
    m_portOffset->setToolTip(tr("Added to every Gateway port: port 80 with offset 8000 listens on 8080."));

    m_meshPort = new QSpinBox(group);
    m_meshPort->setRange(0, 65535);
    m_meshPort->setSpecialValueText(tr("Off"));
    m_meshPort->setToolTip(tr("The mesh forward proxy (HTTP proxy and CONNECT): what a sidecar would do."));

    m_adminPort = new QSpinBox(group);
    m_adminPort->setRange(0, 65535);
    m_adminPort->setSpecialValueText(tr("Off"));
    m_adminPort->setToolTip(tr("Envoy-style admin endpoint: /stats/prometheus, /config_dump, /clusters, /ready."));

    m_workers = new QSpinBox(group);
    m_workers->setRange(0, AppSettings::kMaxWorkers);
    m_workers->setSpecialValueText(tr("One per core (%1)").arg(QThread::idealThreadCount()));

    m_maxConnections = new QSpinBox(group);
    m_maxConnections->setRange(1, AppSettings::kMaxConnectionsLimit);
    m_maxConnections->setSingleStep(1000);
    m_maxConnections->setGroupSeparatorShown(true);
    m_maxConnections->setToolTip(tr("Downstream connections open at once; more are refused until one closes."));

    m_headersTimeout = new QDoubleSpinBox(group);
    m_headersTimeout->setRange(0.1, AppSettings::kMaxHeadersTimeoutSeconds);
    m_headersTimeout->setDecimals(1);
    m_headersTimeout->setSuffix(tr(" s"));
    m_headersTimeout->setToolTip(tr("How long a client may take to send a request's headers before it gets 408."));

    m_logFile = new QLineEdit(group);
    m_logFile->setPlaceholderText(tr("None (only the Access log panel)"));
    m_logFile->setToolTip(tr("The engine also appends every access-log line to this file, in the format above."));
    m_logFileBrowse = new QPushButton(tr("B&rowse…"), group);
    connect(m_logFileBrowse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Access-log file"), m_logFile->text(), {}, nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_logFile->setText(path);
    });
    auto *fileBox = new QWidget(group);
    auto *fileLayout = new QHBoxLayout(fileBox);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_logFile, 1);
    fileLayout->addWidget(m_logFileBrowse);

    m_format = new QComboBox(group);
    m_format->addItem(tr("Classic (Envoy default with upstream and downstream addresses)"), 0);
    m_format->addItem(tr("Istio"), 1);
    m_format->addItem(tr("Envoy"), 2);
    m_format->addItem(tr("JSON"), 3);
    m_format->addItem(tr("Custom…"), kCustomFormat);
    m_formatSpec = new QLineEdit(group);
    m_formatSpec->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_formatSpec->setPlaceholderText(QStringLiteral("[%START_TIME%] \"%REQ(:METHOD)% %REQ(:PATH)%\" %RESPONSE_CODE%"));
    m_formatPreview = new QPlainTextEdit(group);
    m_formatPreview->setReadOnly(true);
    m_formatPreview->setTabChangesFocus(true);
    m_formatPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_formatPreview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_formatPreview->setWordWrapMode(QTextOption::WrapAnywhere);
    m_formatPreview->setFixedHeight(m_formatPreview->fontMetrics().lineSpacing() * 4 + 12);
    m_formatPreview->setToolTip(tr("How a request to httpbin.org/status/418 is logged in this format"));
    auto *formatBox = new QWidget(group);
    auto *formatLayout = new QVBoxLayout(formatBox);
    formatLayout->setContentsMargins(0, 0, 0, 0);
    formatLayout->addWidget(m_format);
    formatLayout->addWidget(m_formatSpec);
    formatLayout->addWidget(m_formatPreview);

    m_connectTo = new QPlainTextEdit(group);
    m_connectTo->setObjectName(QStringLiteral("connectTo"));
    m_connectTo->setTabChangesFocus(true);
    m_connectTo->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_connectTo->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_connectTo->setFixedHeight(m_connectTo->fontMetrics().lineSpacing() * 3 + 12);
    m_connectTo->setPlaceholderText(QStringLiteral("httpbin.org:80:127.0.0.1:8000\nedition.cnn.com:443:127.0.0.1:8443"));
    m_connectTo->setToolTip(tr("One rule per line, as curl's --connect-to HOST:PORT:ADDRESS:PORT: the engine opens "
                               "its upstream connections for HOST:PORT to ADDRESS:PORT instead, with the same Host "
                               "header and TLS server name. For working offline or against local test servers. An "
                               "empty HOST or port 0 on the left matches any."));

    m_autoStart = new QCheckBox(tr("&Start the engine when Meshgate opens"), group);

    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(applies);
    form->addRow(QString(), m_autoStart);
    form->addRow(tr("&Bind address"), withMessages(m_bind, AppSettings::Field::BindAddress, overrides.bindAddress,
                                                   QStringLiteral("--bind")));
    form->addRow(tr("&Port offset"), withMessages(m_portOffset, AppSettings::Field::PortOffset,
                                                  overrides.portOffset, QStringLiteral("--port-offset")));
    form->addRow(tr("&Mesh port"), withMessages(m_meshPort, AppSettings::Field::MeshPort, overrides.meshPort,
                                                QStringLiteral("--mesh-port")));
    form->addRow(tr("A&dmin port"), withMessages(m_adminPort, AppSettings::Field::AdminPort, overrides.adminPort,
                                                 QStringLiteral("--admin-port")));
    form->addRow(tr("&Workers"), withMessages(m_workers, AppSettings::Field::Workers, overrides.workers,
                                              QStringLiteral("--workers")));
    form->addRow(tr("Max &connections"), withMessages(m_maxConnections, AppSettings::Field::MaxConnections,
                                                       overrides.maxConnections, QStringLiteral("--max-connections")));
    form->addRow(tr("Request &headers timeout"),
                 withMessages(m_headersTimeout, AppSettings::Field::RequestHeadersTimeout,
                              overrides.requestHeadersTimeout, QStringLiteral("--request-headers-timeout")));
    form->addRow(tr("Access-log &format"), withMessages(formatBox, AppSettings::Field::AccessLogFormat,
                                                         overrides.accessLogFormat,
                                                         QStringLiteral("--access-log-format")));
    form->addRow(tr("Access-log f&ile"), withMessages(fileBox, AppSettings::Field::AccessLogFile,
                                                       overrides.accessLogFile, QStringLiteral("--access-log")));
    form->addRow(tr("&Upstream redirects"), withMessages(m_connectTo, AppSettings::Field::ConnectTo,
                                                         overrides.connectTo, QStringLiteral("--connect-to")));
    // The buddies of rows whose field is a container are the editors inside (rows 0 and 1 are the
    // note and the check box).
    QWidget *const buddies[] = {m_bind,           m_portOffset,     m_meshPort, m_adminPort,
                                m_workers,        m_maxConnections, m_headersTimeout, m_format, m_logFile,
                                m_connectTo};
    for (int row = 0; row < int(std::size(buddies)); ++row) {
        if (auto *label = qobject_cast<QLabel *>(form->itemAt(row + 2, QFormLayout::LabelRole)->widget())) {
            label->setBuddy(buddies[row]);
            label->setToolTip(precedence);
        }
    }
    return group;
}

QGroupBox *SettingsDialog::buildWindowGroup(bool trayAvailable)
{
    auto *group = new QGroupBox(tr("Window"), this);
    m_logCapacity = new QSpinBox(group);
    m_logCapacity->setRange(AppSettings::kMinLogCapacity, AppSettings::kMaxLogCapacity);
    m_logCapacity->setSingleStep(10000);
    m_logCapacity->setGroupSeparatorShown(true);
    m_logCapacity->setSuffix(tr(" rows"));
    m_logCapacity->setToolTip(tr("The Access log panel keeps this many of the newest requests; older ones are "
                                 "dropped (the access-log file keeps everything)."));

    m_closeToTray = new QCheckBox(tr("Closing the window keeps Meshgate running in the system &tray"), group);
    if (!trayAvailable) {
        m_closeToTray->setEnabled(false);
        m_closeToTray->setToolTip(tr("This desktop has no system tray."));
    }

    m_theme = new QComboBox(group);
    m_theme->addItem(tr("System"), int(ThemeMode::System));
    m_theme->addItem(tr("Light"), int(ThemeMode::Light));
    m_theme->addItem(tr("Dark"), int(ThemeMode::Dark));

    m_language = new QComboBox(group);
    for (const auto &[code, name] : AppSettings::languages())
        m_language->addItem(name, code);
    m_languageNote = messageLabel(group, Theme::Status::Neutral);
    m_languageNote->setText(tr("The new language applies after Meshgate restarts."));
    m_languageNote->setWordWrap(false); // one short line; wrapped beside the combo box it was cut off
    m_languageNote->hide();
    auto *languageBox = new QWidget(group);
    auto *languageLayout = new QVBoxLayout(languageBox);
    languageLayout->setContentsMargins(0, 0, 0, 0);
    languageLayout->addWidget(m_language);
    languageLayout->addWidget(m_languageNote);

    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Access-log &rows kept"), withMessages(m_logCapacity, AppSettings::Field::LogCapacity, false, {}));
    form->addRow(QString(), m_closeToTray);
    form->addRow(tr("T&heme"), m_theme);
    form->addRow(tr("&Language"), languageBox);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(languageBox)))
        label->setBuddy(m_language);
    if (auto *label = qobject_cast<QLabel *>(form->itemAt(0, QFormLayout::LabelRole)->widget()))
        label->setBuddy(m_logCapacity);
    return group;
}

QWidget *SettingsDialog::withMessages(QWidget *field, AppSettings::Field key, bool overridden, const QString &flag)
{
    auto *box = new QWidget(field->parentWidget());
    // The messages take the whole width of the field column, whatever the editor's: wrapped to a
    // spin box's width, "--port-offset on the command line wins for this run" took three lines
    // in the height of two and was cut off. A narrow editor keeps its own width.
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    const bool fieldExpands = (field->sizePolicy().horizontalPolicy() & QSizePolicy::ExpandFlag)
        || (field->layout() && (field->layout()->expandingDirections() & Qt::Horizontal));
    layout->addWidget(field, 0, fieldExpands ? Qt::Alignment() : Qt::AlignLeft);
    QLabel *error = messageLabel(box, Theme::Status::Error);
    error->setObjectName(QStringLiteral("fieldError"));
    error->hide();
    layout->addWidget(error);
    m_errors.insert(int(key), error);
    if (overridden) {
        QLabel *note = messageLabel(box, Theme::Status::Neutral);
        // With the value, since the field shows the saved one ("Automatic" beside --port-offset 30000).
        QString given = flag;
        if (auto it = m_overrideValues.constFind(flag); it != m_overrideValues.constEnd())
            given += QLatin1Char(' ') + (it->isEmpty() ? QStringLiteral("\"\"") : *it);
        note->setTextFormat(Qt::PlainText); // the value is whatever was typed
        note->setText(tr("%1 on the command line wins for this run.").arg(given));
        layout->addWidget(note);
    }
    return box;
}

void SettingsDialog::load(const AppSettings &s)
{
    m_bind->setText(s.bindAddress);
    m_portOffset->setValue(s.portOffset.value_or(-1));
    m_meshPort->setValue(s.meshPort);
    m_adminPort->setValue(s.adminPort);
    m_workers->setValue(s.workers);
    m_maxConnections->setValue(s.maxConnections);
    m_headersTimeout->setValue(s.requestHeadersTimeoutSeconds);
    m_logFile->setText(s.accessLogFile);
    m_connectTo->setPlainText(s.connectTo.join(QLatin1Char('\n')));
    const int preset = int(AccessLogFormatter::presetNames().indexOf(s.accessLogFormat));
    if (preset < 0)
        m_customSpec = s.accessLogFormat;
    m_format->setCurrentIndex(m_format->findData(preset < 0 ? kCustomFormat : preset));
    handleFormatChosen();
    m_autoStart->setChecked(s.engineAutoStart);
    m_logCapacity->setValue(s.logCapacity);
    m_closeToTray->setChecked(s.closeToTray);
    m_theme->setCurrentIndex(m_theme->findData(int(s.theme)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.language)));
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_initial;
    s.bindAddress = m_bind->text().trimmed();
    s.portOffset = m_portOffset->value() < 0 ? std::nullopt : std::optional<int>(m_portOffset->value());
    s.meshPort = m_meshPort->value();
    s.adminPort = m_adminPort->value();
    s.workers = m_workers->value();
    s.maxConnections = m_maxConnections->value();
    s.requestHeadersTimeoutSeconds = m_headersTimeout->value();
    s.accessLogFile = m_logFile->text().trimmed();
    s.connectTo.clear();
    for (const QString &line : m_connectTo->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            s.connectTo.append(line.trimmed());
    const int preset = m_format->currentData().toInt();
    s.accessLogFormat = preset == kCustomFormat ? m_customSpec : AccessLogFormatter::presetNames().value(preset);
    s.engineAutoStart = m_autoStart->isChecked();
    s.logCapacity = m_logCapacity->value();
    s.closeToTray = m_closeToTray->isChecked();
    s.theme = ThemeMode(m_theme->currentData().toInt());
    s.language = m_language->currentData().toString();
    return s;
}

QString SettingsDialog::errorText(AppSettings::Field field) const
{
    const QLabel *label = m_errors.value(int(field));
    return label && !label->isHidden() ? label->text() : QString();
}

bool SettingsDialog::languageNoteVisible() const
{
    return !m_languageNote->isHidden();
}

void SettingsDialog::handleFormatChosen()
{
    const int preset = m_format->currentData().toInt();
    const bool custom = preset == kCustomFormat;
    m_formatSpec->setReadOnly(!custom);
    m_formatSpec->setText(custom ? m_customSpec : AccessLogFormatter::presetSpec(AccessLogFormatter::presetNames().value(preset)));
    m_formatSpec->setCursorPosition(0); // show where the format begins
    m_formatSpec->setToolTip(custom ? tr("Envoy command operators, e.g. %REQ(:METHOD)% %RESPONSE_CODE% %DURATION%")
                                    : tr("The operators behind this preset; choose Custom… to write your own"));
    revalidate();
}

void SettingsDialog::revalidate()
{
    const AppSettings s = settings();
    const QList<AppSettings::FieldError> errors = s.validate();
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        QString message;
        for (const AppSettings::FieldError &e : errors)
            if (int(e.field) == it.key())
                message = e.message;
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
    if (m_format->currentData().toInt() == kCustomFormat && s.accessLogFormat.trimmed().isEmpty()) {
        QLabel *label = m_errors.value(int(AppSettings::Field::AccessLogFormat));
        label->setText(tr("Write a format, or choose one of the presets."));
        label->show();
    }
    auto formatter = AccessLogFormatter::create(s.accessLogFormat);
    if (const auto *f = std::get_if<AccessLogFormatter>(&formatter))
        m_formatPreview->setPlainText(QString::fromUtf8(f->format(sampleRecord())).trimmed());
    else
        m_formatPreview->clear();
}

void SettingsDialog::accept()
{
    revalidate();
    // Refused: the user is taken to the first field with a message.
    const std::pair<AppSettings::Field, QWidget *> fields[] = {
        {AppSettings::Field::BindAddress, m_bind},         {AppSettings::Field::PortOffset, m_portOffset},
        {AppSettings::Field::MeshPort, m_meshPort},        {AppSettings::Field::AdminPort, m_adminPort},
        {AppSettings::Field::Workers, m_workers},          {AppSettings::Field::MaxConnections, m_maxConnections},
        {AppSettings::Field::RequestHeadersTimeout, m_headersTimeout},
        {AppSettings::Field::AccessLogFormat, m_formatSpec}, {AppSettings::Field::AccessLogFile, m_logFile},
        {AppSettings::Field::ConnectTo, m_connectTo},
        {AppSettings::Field::LogCapacity, m_logCapacity},
    };
    for (const auto &[field, widget] : fields) {
        if (!errorText(field).isEmpty()) {
            widget->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace meshgate
