// SPDX-License-Identifier: GPL-3.0-or-later
#include "apply/enginecontroller.h"
#include "common/workspace.h"
#include "desktop/desktopshell.h"
#include "documentcontroller.h"
#include "engine/engine.h"
#include "freeport.h"
#include "httpbinserver.h"
#include "logs/accesslogmodel.h"
#include "logs/accesslogpanel.h"
#include "mainwindow.h"
#include "settings/settingscontroller.h"
#include "settings/settingsdialog.h"
#include "testpaths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace meshgate;

namespace {

AppSettings changedSettings()
{
    AppSettings s;
    s.bindAddress = QStringLiteral("::1");
    s.portOffset = 10000;
    s.meshPort = 16001;
    s.adminPort = 0;
    s.workers = 3;
    s.maxConnections = 500;
    s.requestHeadersTimeoutSeconds = 2.5;
    s.accessLogFormat = QStringLiteral("%REQ(:METHOD)% %RESPONSE_CODE% %DURATION%");
    s.accessLogFile = QStringLiteral("/tmp/meshgate-access.log");
    s.connectTo = {QStringLiteral("httpbin.org:80:127.0.0.1:8000"), QStringLiteral(":443:[::1]:8443")};
    s.engineAutoStart = false;
    s.logCapacity = 250000;
    s.closeToTray = true;
    s.theme = ThemeMode::Dark;
    s.language = QStringLiteral("ja");
    return s;
}

bool hasError(const QList<AppSettings::FieldError> &errors, AppSettings::Field field)
{
    return std::any_of(errors.begin(), errors.end(), [field](const auto &e) { return e.field == field; });
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTripsThroughQSettings();
    void unusableStoredValuesFallBackToDefaults();
    void invalidValuesAreRefused();
    void dialogRefusesInvalidFieldsWithAMessage();
    void dialogShowsPresetFormatsAndAPreview();
    void dialogSaysLanguageAppliesAfterRestart();
    void commandLineFlagsWinForTheRun();
    void dialogMarksOverriddenFields();
    void overrideNotesAreWholeAndReadable();
    void controllerSavesAndAnnouncesEngineChanges();
    void logCapacityReachesTheLogPanel();
    void engineRestartsWithNewSettings();

private:
    QTemporaryDir m_dir;
};

void TestSettings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    // A private organisation and a private settings directory: nothing here touches a user's settings.
    QCoreApplication::setOrganizationName(QStringLiteral("MeshgateSettingsTest"));
    QCoreApplication::setApplicationName(QStringLiteral("meshgate-settings-test"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void TestSettings::init()
{
    QSettings().clear();
}

void TestSettings::roundTripsThroughQSettings()
{
    {
        QSettings s;
        QCOMPARE(AppSettings::load(s), AppSettings()); // nothing stored: the defaults
        QCOMPARE(AppSettings::load(s).logCapacity, 100000);
        changedSettings().save(s);
    }
    QSettings s;
    QCOMPARE(AppSettings::load(s), changedSettings());
    // The language is where the translation loader looks for it at start.
    QCOMPARE(s.value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
    AppSettings automatic = changedSettings();
    automatic.portOffset.reset();
    automatic.save(s);
    QVERIFY(!AppSettings::load(s).portOffset.has_value());
}

void TestSettings::unusableStoredValuesFallBackToDefaults()
{
    QSettings s;
    s.setValue(QStringLiteral("engine/bind"), QStringLiteral("not-an-address"));
    s.setValue(QStringLiteral("engine/meshPort"), 70000);
    s.setValue(QStringLiteral("engine/adminPort"), QStringLiteral("many"));
    s.setValue(QStringLiteral("engine/workers"), -4);
    s.setValue(QStringLiteral("engine/accessLogFormat"), QStringLiteral("%NO_SUCH_OPERATOR%"));
    s.setValue(QStringLiteral("accessLogPanel/capacity"), 5);
    s.setValue(QStringLiteral("engine/maxConnections"), 0);
    s.setValue(QStringLiteral("engine/requestHeadersTimeout"), QStringLiteral("soon"));
    s.setValue(QStringLiteral("ui/theme"), QStringLiteral("purple"));
    s.setValue(QStringLiteral("ui/language"), QStringLiteral("tlh"));
    s.setValue(QStringLiteral("ui/closeToTray"), QStringLiteral("perhaps"));
    s.setValue(QStringLiteral("engine/connectTo"), QStringList{QStringLiteral("httpbin.org:80")});
    QCOMPARE(AppSettings::load(s), AppSettings());

    // Two services on one port is not a state to start from either.
    s.clear();
    s.setValue(QStringLiteral("engine/meshPort"), 15500);
    s.setValue(QStringLiteral("engine/adminPort"), 15500);
    const AppSettings loaded = AppSettings::load(s);
    QCOMPARE(loaded.meshPort, 15001);
    QCOMPARE(loaded.adminPort, 15000);
}

void TestSettings::invalidValuesAreRefused()
{
    QVERIFY(AppSettings().validate().isEmpty());
    QVERIFY(changedSettings().validate().isEmpty());

    AppSettings s;
    s.meshPort = 65536;
    QVERIFY(hasError(s.validate(), AppSettings::Field::MeshPort));
    s = {};
    s.adminPort = -1;
    QVERIFY(hasError(s.validate(), AppSettings::Field::AdminPort));
    s = {};
    s.adminPort = s.meshPort;
    QVERIFY(hasError(s.validate(), AppSettings::Field::AdminPort));
    s = {};
    s.portOffset = 70000;
    QVERIFY(hasError(s.validate(), AppSettings::Field::PortOffset));
    s = {};
    s.maxConnections = 0;
    QVERIFY(hasError(s.validate(), AppSettings::Field::MaxConnections));
    s = {};
    s.requestHeadersTimeoutSeconds = 0;
    QVERIFY(hasError(s.validate(), AppSettings::Field::RequestHeadersTimeout));
    s = {};
    s.accessLogFile = QStringLiteral("-"); // the GUI has no stdout to write to
    QVERIFY(hasError(s.validate(), AppSettings::Field::AccessLogFile));
    s = {};
    s.bindAddress = QStringLiteral("localhost");
    QVERIFY(hasError(s.validate(), AppSettings::Field::BindAddress));
    s = {};
    s.accessLogFormat = QStringLiteral("%START_TIME% %BOGUS%");
    const auto errors = s.validate();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, AppSettings::Field::AccessLogFormat);
    QVERIFY2(errors.first().message.contains(QStringLiteral("14")), qPrintable(errors.first().message)); // where
    s = {};
    s.connectTo = {QStringLiteral("httpbin.org:80:127.0.0.1:8000"), QStringLiteral("edition.cnn.com:443")};
    const auto ruleErrors = s.validate();
    QCOMPARE(ruleErrors.size(), 1);
    QCOMPARE(ruleErrors.first().field, AppSettings::Field::ConnectTo);
    QVERIFY2(ruleErrors.first().message.contains(QStringLiteral("\"edition.cnn.com:443\"")),
             qPrintable(ruleErrors.first().message)); // which rule

    SettingsController controller({}, {});
    QSignalSpy changed(&controller, &SettingsController::settingsChanged);
    QVERIFY(!controller.setSettings(s));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(controller.settings(), AppSettings());
    QVERIFY(!QSettings().contains(QStringLiteral("engine/accessLogFormat")));
}

void TestSettings::dialogRefusesInvalidFieldsWithAMessage()
{
    SettingsDialog dialog(AppSettings(), {}, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.errorText(AppSettings::Field::BindAddress).isEmpty());

    dialog.bindEdit()->selectAll();
    QTest::keyClicks(dialog.bindEdit(), QStringLiteral("127.0.0.300"));
    QVERIFY(!dialog.errorText(AppSettings::Field::BindAddress).isEmpty());
    dialog.accept();
    QVERIFY(dialog.isVisible()); // refused
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(QApplication::focusWidget(), dialog.bindEdit());
    dialog.bindEdit()->setText(QStringLiteral("0.0.0.0"));
    QVERIFY(dialog.errorText(AppSettings::Field::BindAddress).isEmpty());

    // The same port for mesh and admin.
    dialog.adminPortSpin()->setValue(dialog.meshPortSpin()->value());
    QVERIFY(!dialog.errorText(AppSettings::Field::AdminPort).isEmpty());
    dialog.adminPortSpin()->setValue(0); // off
    QVERIFY(dialog.errorText(AppSettings::Field::AdminPort).isEmpty());

    // A custom access-log format the formatter cannot build.
    dialog.formatCombo()->setCurrentIndex(dialog.formatCombo()->count() - 1);
    QVERIFY(!dialog.formatSpecEdit()->isReadOnly());
    QVERIFY(!dialog.errorText(AppSettings::Field::AccessLogFormat).isEmpty()); // empty is not a format
    QTest::keyClicks(dialog.formatSpecEdit(), QStringLiteral("%REQ(:METHOD)% %NOPE%"));
    QVERIFY(dialog.errorText(AppSettings::Field::AccessLogFormat).contains(QStringLiteral("NOPE")));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(QApplication::focusWidget(), dialog.formatSpecEdit());
    dialog.formatSpecEdit()->clear();
    QTest::keyClicks(dialog.formatSpecEdit(), QStringLiteral("%REQ(:METHOD)% %RESPONSE_CODE%"));
    QVERIFY(dialog.errorText(AppSettings::Field::AccessLogFormat).isEmpty());
    QCOMPARE(dialog.formatPreview()->toPlainText(), QStringLiteral("GET 418"));

    // An upstream redirect that is not curl's HOST:PORT:ADDRESS:PORT; blank lines do not count.
    QTest::keyClicks(dialog.connectToEdit(), QStringLiteral("httpbin.org:80:127.0.0.1:8000"));
    QTest::keyClick(dialog.connectToEdit(), Qt::Key_Return);
    QTest::keyClick(dialog.connectToEdit(), Qt::Key_Return);
    QTest::keyClicks(dialog.connectToEdit(), QStringLiteral("edition.cnn.com:443"));
    QVERIFY2(dialog.errorText(AppSettings::Field::ConnectTo).contains(QStringLiteral("\"edition.cnn.com:443\"")),
             qPrintable(dialog.errorText(AppSettings::Field::ConnectTo)));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(QApplication::focusWidget(), dialog.connectToEdit());
    QTest::keyClicks(dialog.connectToEdit(), QStringLiteral(":127.0.0.1:84430"));
    // Says which part is wrong, not only that the rule is.
    QVERIFY2(dialog.errorText(AppSettings::Field::ConnectTo).contains(QStringLiteral("port \"84430\"")),
             qPrintable(dialog.errorText(AppSettings::Field::ConnectTo)));
    QTest::keyClick(dialog.connectToEdit(), Qt::Key_Backspace);
    QVERIFY(dialog.errorText(AppSettings::Field::ConnectTo).isEmpty());

    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const AppSettings chosen = dialog.settings();
    QCOMPARE(chosen.connectTo, (QStringList{QStringLiteral("httpbin.org:80:127.0.0.1:8000"),
                                            QStringLiteral("edition.cnn.com:443:127.0.0.1:8443")}));
    QCOMPARE(chosen.bindAddress, QStringLiteral("0.0.0.0"));
    QCOMPARE(chosen.adminPort, 0);
    QCOMPARE(chosen.accessLogFormat, QStringLiteral("%REQ(:METHOD)% %RESPONSE_CODE%"));
}

void TestSettings::dialogShowsPresetFormatsAndAPreview()
{
    AppSettings custom;
    custom.accessLogFormat = QStringLiteral("%RESPONSE_CODE%");
    SettingsDialog dialog(custom, {}, true);
    QCOMPARE(dialog.formatCombo()->currentData().toInt(), -1); // "Custom…"
    QCOMPARE(dialog.formatSpecEdit()->text(), QStringLiteral("%RESPONSE_CODE%"));
    QCOMPARE(dialog.formatPreview()->toPlainText(), QStringLiteral("418"));

    dialog.formatCombo()->setCurrentIndex(dialog.formatCombo()->findData(3)); // JSON
    QVERIFY(dialog.formatSpecEdit()->isReadOnly());
    QVERIFY(dialog.formatPreview()->toPlainText().startsWith(QLatin1Char('{')));
    QCOMPARE(dialog.settings().accessLogFormat, QStringLiteral("json"));
    // Back to Custom: what the user wrote is still there.
    dialog.formatCombo()->setCurrentIndex(dialog.formatCombo()->count() - 1);
    QCOMPARE(dialog.formatSpecEdit()->text(), QStringLiteral("%RESPONSE_CODE%"));
}

void TestSettings::dialogSaysLanguageAppliesAfterRestart()
{
    SettingsDialog dialog(AppSettings(), {}, false);
    QVERIFY(!dialog.languageNoteVisible());
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(QStringLiteral("de")));
    QVERIFY(dialog.languageNoteVisible());
    QCOMPARE(dialog.settings().language, QStringLiteral("de"));
    dialog.languageCombo()->setCurrentIndex(0);
    QVERIFY(!dialog.languageNoteVisible());
    // Without a tray there is nothing to close to.
    QVERIFY(!dialog.closeToTrayBox()->isEnabled());

    // Everything fits at the size the dialog asks for (and a picture, for whoever checks the look).
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(QStringLiteral("ja")));
    dialog.resize(dialog.sizeHint());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->isVisible() && !label->wordWrap())
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
    if (const QString dir = qEnvironmentVariable("MESHGATE_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/preferences.png")));
}

void TestSettings::commandLineFlagsWinForTheRun()
{
    const CommandLineOverrides o = CommandLineOverrides::fromArguments(
        {QStringLiteral("meshgate"), QStringLiteral("--mesh-port=16001"), QStringLiteral("--bind"),
         QStringLiteral("0.0.0.0"), QStringLiteral("-c"), QStringLiteral("x.yaml"), QStringLiteral("--"),
         QStringLiteral("--workers")});
    QVERIFY(o.meshPort);
    QVERIFY(o.bindAddress);
    QVERIFY(!o.workers); // after "--"
    QVERIFY(!o.adminPort);
    QCOMPARE(o.flags(), (QStringList{QStringLiteral("--bind"), QStringLiteral("--mesh-port")}));
    QVERIFY(!CommandLineOverrides::fromArguments({QStringLiteral("meshgate"), QStringLiteral("--mesh-portal")}).meshPort);

    EngineSettings commandLine;
    commandLine.meshPort = 16001;
    commandLine.bindAddress = QHostAddress(QStringLiteral("0.0.0.0"));
    commandLine.connectTo.append(*ConnectToRule::parse(QStringLiteral("httpbin.org:80:127.0.0.1:9")));
    const EngineSettings e = changedSettings().engineSettings(commandLine, o);
    QCOMPARE(e.meshPort, quint16(16001));                        // flag
    QCOMPARE(e.bindAddress, QHostAddress(QStringLiteral("0.0.0.0"))); // flag
    QCOMPARE(e.portOffset, std::optional<int>(10000));           // setting
    QCOMPARE(e.adminPort, quint16(0));                           // setting
    QCOMPARE(e.workers, 3);                                      // setting
    QCOMPARE(e.maxConnections, 500);                             // setting
    QCOMPARE(e.requestHeadersTimeout, std::chrono::milliseconds(2500)); // setting
    QCOMPARE(e.accessLogPath, QStringLiteral("/tmp/meshgate-access.log")); // setting
    QCOMPARE(e.connectTo.size(), 2);                             // setting: no --connect-to given
    QCOMPARE(e.connectTo.first().targetPort, quint16(8000));
    QCOMPARE(e.connectTo.last().targetHost, QStringLiteral("::1"));
    const CommandLineOverrides withRules = CommandLineOverrides::fromArguments(
        {QStringLiteral("meshgate"), QStringLiteral("--connect-to"), QStringLiteral("httpbin.org:80:127.0.0.1:9")});
    const QList<ConnectToRule> given = changedSettings().engineSettings(commandLine, withRules).connectTo;
    QCOMPARE(given.size(), 1);                                   // flag: its rules, not added to
    QCOMPARE(given.first().targetPort, quint16(9));

    // --access-log and --max-connections are flags of their own (not prefixes of each other).
    const CommandLineOverrides logFlags = CommandLineOverrides::fromArguments(
        {QStringLiteral("meshgate"), QStringLiteral("--access-log-format=json"), QStringLiteral("--max-connections"),
         QStringLiteral("10")});
    QVERIFY(logFlags.accessLogFormat);
    QVERIFY(!logFlags.accessLogFile);
    QVERIFY(logFlags.maxConnections);
    commandLine.maxConnections = 10;
    QCOMPARE(changedSettings().engineSettings(commandLine, logFlags).maxConnections, 10);
}

void TestSettings::dialogMarksOverriddenFields()
{
    CommandLineOverrides o;
    o.meshPort = true;
    SettingsDialog dialog(AppSettings(), o, true);
    QStringList notes;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->text().contains(QStringLiteral("--mesh-port")))
            notes.append(label->text());
    QCOMPARE(notes.size(), 1);
    QVERIFY(dialog.meshPortSpin()->isEnabled()); // still editable: saved for the next start

    // The note gives the value in force, which the field (the saved value) does not show.
    const CommandLineOverrides given = CommandLineOverrides::fromArguments(
        {QStringLiteral("meshgate"), QStringLiteral("--port-offset=30000"), QStringLiteral("--mesh-port"),
         QStringLiteral("31001"), QStringLiteral("--access-log"), QString()});
    SettingsDialog withValues(AppSettings(), given, true);
    QCOMPARE(withValues.portOffsetSpin()->text(), withValues.portOffsetSpin()->specialValueText()); // "Automatic"
    QStringList said;
    for (QLabel *label : withValues.findChildren<QLabel *>())
        if (label->text().contains(QStringLiteral("on the command line wins")))
            said.append(label->text());
    said.sort();
    QCOMPARE(said, (QStringList{QStringLiteral("--access-log \"\" on the command line wins for this run."),
                                QStringLiteral("--mesh-port 31001 on the command line wins for this run."),
                                QStringLiteral("--port-offset 30000 on the command line wins for this run.")}));
    bool precedenceExplained = false;
    for (QWidget *w : dialog.findChildren<QWidget *>())
        precedenceExplained |= w->toolTip().contains(QStringLiteral("wins over the saved value"));
    QVERIFY(precedenceExplained);
}

void TestSettings::overrideNotesAreWholeAndReadable()
{
    CommandLineOverrides o;
    o.portOffset = true;
    o.meshPort = true;
    o.adminPort = true;
    SettingsDialog dialog(AppSettings(), o, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QList<QLabel *> notes;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->text().contains(QStringLiteral("on the command line wins")))
            notes.append(label);
    QCOMPARE(notes.size(), 3);
    for (QLabel *note : std::as_const(notes)) {
        const QString text = note->text();
        // Wraps instead of running off the dialog in a long translation...
        QVERIFY2(note->wordWrap(), qPrintable(text));
        // ...gets the height its text needs at its width (it used to be squeezed into two lines
        // while wrapping to three, the last one cut off)...
        QVERIFY2(note->height() >= note->heightForWidth(note->width()),
                 qPrintable(QStringLiteral("%1: %2 px high, needs %3 at %4 px")
                                .arg(text)
                                .arg(note->height())
                                .arg(note->heightForWidth(note->width()))
                                .arg(note->width())));
        // ...and is not held to the width of the spin box above it: in English it is one line.
        QVERIFY2(note->width() >= note->fontMetrics().horizontalAdvance(text),
                 qPrintable(QStringLiteral("%1: %2 px wide").arg(text).arg(note->width())));
    }
}

void TestSettings::logCapacityReachesTheLogPanel()
{
    QSettings().setValue(QStringLiteral("accessLogPanel/capacity"), 20000);
    DesktopShell shell({}, {});
    QCOMPARE(shell.settings()->settings().logCapacity, 20000); // the panel's own key
    QCOMPARE(shell.accessLog()->model()->capacity(), 20000);
    AppSettings s = shell.settings()->settings();
    s.logCapacity = 5000;
    QVERIFY(shell.settings()->setSettings(s));
    QCOMPARE(shell.accessLog()->model()->capacity(), 5000);
    // The panel's "Buffer size…" and Preferences edit one value.
    shell.accessLog()->setCapacity(7000);
    QSettings stored;
    QCOMPARE(AppSettings::load(stored).logCapacity, 7000);
}

void TestSettings::controllerSavesAndAnnouncesEngineChanges()
{
    CommandLineOverrides o;
    o.meshPort = true;
    EngineSettings commandLine;
    commandLine.meshPort = 17001;
    SettingsController controller(commandLine, o);
    QSignalSpy engine(&controller, &SettingsController::engineSettingsChanged);
    QSignalSpy capacity(&controller, &SettingsController::logCapacityChanged);
    QSignalSpy theme(&controller, &SettingsController::themeChanged);

    // The saved mesh port changes, but --mesh-port still decides this run: nothing for the engine.
    AppSettings s = controller.settings();
    s.meshPort = 18001;
    QVERIFY(controller.setSettings(s));
    QCOMPARE(engine.count(), 0);
    QCOMPARE(controller.engineSettings().meshPort, quint16(17001));
    QCOMPARE(QSettings().value(QStringLiteral("engine/meshPort")).toInt(), 18001);

    s.adminPort = 18002;
    s.logCapacity = 5000;
    s.theme = ThemeMode::Light;
    QVERIFY(controller.setSettings(s));
    QCOMPARE(engine.count(), 1);
    QCOMPARE(engine.first().first().value<EngineSettings>().adminPort, quint16(18002));
    QCOMPARE(capacity.count(), 1);
    QCOMPARE(capacity.first().first().toInt(), 5000);
    QCOMPARE(theme.count(), 1);

    SettingsController reloaded(commandLine, o);
    QCOMPARE(reloaded.settings(), s);
}

void TestSettings::engineRestartsWithNewSettings()
{
    const QList<quint16> ports = test::FreePort::pickMany(3);
    QCOMPARE(ports.size(), 3);
    const std::optional<int> offset = test::FreePort::offsetFor({80, 443}, ports);
    QVERIFY(offset);
    AppSettings first;
    first.portOffset = *offset;
    first.meshPort = ports[0];
    first.adminPort = 0;
    first.workers = 1;
    {
        QSettings s;
        first.save(s);
    }
    DesktopShell shell({}, {});
    QVERIFY(shell.window()->documents()->openFiles(
        {test::sourceDir() + QStringLiteral("/resources/examples/reference-scenario.yaml")}));
    shell.window()->workspace()->revalidateNow();
    QVERIFY(shell.engine()->start());
    const auto meshPorts = [&shell] {
        QList<quint16> out;
        if (Engine *engine = shell.engine()->engine())
            for (const ListenerState &l : engine->listenerStates())
                if (l.role == ListenerState::Role::Mesh && l.state == ListenerState::State::Listening)
                    out.append(l.listenPort);
        return out;
    };
    QCOMPARE(meshPorts(), QList<quint16>{ports[0]});

    int asked = 0;
    shell.setRestartPrompt([&asked] {
        ++asked;
        return true;
    });
    QSignalSpy restarted(&shell, &DesktopShell::engineRestarted);
    AppSettings second = first;
    second.meshPort = ports[1];
    QVERIFY(shell.settings()->setSettings(second));
    QCOMPARE(asked, 1);
    QVERIFY(restarted.wait(15000));
    QCOMPARE(restarted.first().first().toBool(), true);
    QCOMPARE(meshPorts(), QList<quint16>{ports[1]});

    // Only the window changes: no question, no restart.
    AppSettings third = second;
    third.logCapacity = 2000;
    QVERIFY(shell.settings()->setSettings(third));
    QCOMPARE(asked, 1);

    // Upstream redirects set here reach the engine: httpbin.org is this machine's httpbin now,
    // which answers /status/418 itself (the real one is out of reach from the test machine).
    test::HttpbinServer httpbin;
    QVERIFY2(httpbin.startAndWait(), httpbin.diagnostics().constData());
    AppSettings fourth = third;
    fourth.connectTo = {QStringLiteral("httpbin.org:80:%1").arg(httpbin.hostPort())};
    restarted.clear();
    QVERIFY(shell.settings()->setSettings(fourth));
    QCOMPARE(asked, 2);
    QVERIFY(restarted.wait(15000));
    QNetworkAccessManager http;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/status/418").arg(80 + *offset)));
    request.setRawHeader("Host", "httpbin.org");
    QNetworkReply *reply = http.get(request);
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 418);
    QVERIFY(httpbin.waitForRequests("/status/418", 1, std::chrono::seconds(5)));
    reply->deleteLater();
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
