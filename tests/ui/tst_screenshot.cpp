// SPDX-License-Identifier: GPL-3.0-or-later
// The README's screenshot: the main window at 1600x900 on the built-in example (the reference
// scenario) with a real engine on free ports serving some traffic, the access log and the traffic
// charts side by side. ctest runs it under xvfb-run (a real X server) where that exists. Checks
// what a user would see (a window with content, the navigator's four kinds, rows in the access
// log, rates on the route map, charts drawn beside the log) and, when MESHGATE_SCREENSHOT=path is
// set, writes the picture there (resources/docs/screenshot.png is made this way).
#include "apply/enginecontroller.h"
#include "charts/trafficcharts.h"
#include "common/workspace.h"
#include "desktop/desktopshell.h"
#include "desktop/theme.h"
#include "documentcontroller.h"
#include "editors/resourceeditor.h"
#include "engine/engine.h"
#include "editors/resourcenavigator.h"
#include "editors/resourcetreemodel.h"
#include "freeport.h"
#include "logs/accesslogmodel.h"
#include "logs/accesslogpanel.h"
#include "mainwindow.h"
#include "routemap/routemappanel.h"
#include "routemap/routemapview.h"
#include "testpaths.h"

#include <QDir>
#include <QDockWidget>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSettings>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace meshgate;

namespace {

// A tiny HTTP upstream for httpbin.org: /status/N answers N, anything else 200. Bytes that are
// not HTTP (a TLS ClientHello passed through for edition.cnn.com) get the connection closed.
class TinyUpstream final : public QObject
{
public:
    bool start()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer.append(socket->readAll());
        if (!buffer.isEmpty() && !std::isalpha(static_cast<unsigned char>(buffer.front()))) {
            socket->disconnectFromHost();
            return;
        }
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> line = buffer.left(buffer.indexOf("\r\n")).split(' ');
        const QByteArray path = line.value(1);
        int status = 200;
        if (path.startsWith("/status/"))
            status = path.mid(8).toInt();
        const QByteArray body = status == 418 ? QByteArrayLiteral("I'm a teapot!\n") : QByteArrayLiteral("{}\n");
        socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: text/plain\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        buffer.clear();
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

class TestScreenshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mainWindowWithTraffic();

private:
    QTemporaryDir m_dir;
};

void TestScreenshot::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MeshgateScreenshotTest"));
    QCoreApplication::setApplicationName(QStringLiteral("meshgate-screenshot-test"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void TestScreenshot::mainWindowWithTraffic()
{
    TinyUpstream upstream;
    QVERIFY(upstream.start());
    const QList<quint16> ports = test::FreePort::pickMany(2, {upstream.port()});
    QCOMPARE(ports.size(), 2);
    const std::optional<int> offset = test::FreePort::offsetFor({80, 443}, {ports[0], ports[1], upstream.port()});
    QVERIFY(offset);

    EngineSettings settings;
    settings.portOffset = *offset;
    settings.meshPort = ports[0];
    settings.adminPort = ports[1];
    settings.workers = 1;
    for (const char *host : {"httpbin.org:80", "edition.cnn.com:443"})
        settings.connectTo.append(
            *ConnectToRule::parse(QStringLiteral("%1:127.0.0.1:%2").arg(QLatin1String(host)).arg(upstream.port())));
    CommandLineOverrides flags;
    flags.portOffset = flags.meshPort = flags.adminPort = flags.workers = true;

    // More log rows than details in the picture: the details pane starts closed.
    QSettings().setValue(QStringLiteral("accessLogPanel/details"), false);
    DesktopShell shell(settings, flags);
    MainWindow *window = shell.window();
    window->resize(1600, 900);
    QVERIFY(window->documents()->openFiles(
        {test::sourceDir() + QStringLiteral("/resources/examples/reference-scenario.yaml")}));
    window->workspace()->revalidateNow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    qInfo("platform: %s", qPrintable(QGuiApplication::platformName()));
    window->resizeDocks({window->panelDock(shell.accessLog())}, {360}, Qt::Vertical);
    shell.charts()->setTimeWindow(TrafficCharts::TimeWindow::OneMinute);
    // The navigator shows the four kinds, each with its resources.
    const ResourceTreeModel *tree = window->navigator()->model();
    QCOMPARE(tree->rowCount(), 4);
    for (int row = 0; row < 4; ++row)
        QVERIFY(tree->rowCount(tree->index(row, 0)) > 0);
    Workspace *ws = window->workspace();
    window->selectResource(ws->entry(ws->indexOf(ResourceKind::VirtualService, QStringLiteral("httpbin"))).id);
    QVERIFY(shell.engine()->start());

    // Some traffic: routed, teapots, errors, no route, the mesh, and a TLS passthrough.
    QNetworkAccessManager http;
    QNetworkAccessManager mesh;
    mesh.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), ports[0]));
    const quint16 gatewayPort = quint16(80 + *offset);
    int answered = 0;
    const auto get = [&answered](QNetworkAccessManager &manager, const QString &url, const QByteArray &host) {
        QNetworkRequest request{QUrl(url)};
        if (!host.isEmpty())
            request.setRawHeader("Host", host);
        QNetworkReply *reply = manager.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &answered] {
            ++answered;
            reply->deleteLater();
        });
    };
    const QString gateway = QStringLiteral("http://127.0.0.1:%1").arg(gatewayPort);
    int sent = 0;
    const auto burst = [&] {
        for (const char *path : {"/status/200", "/status/418", "/status/200", "/status/503", "/status/201"}) {
            get(http, gateway + QLatin1String(path), "httpbin.org");
            ++sent;
        }
        get(http, gateway + QStringLiteral("/headers"), "httpbin.org"); // 404 NR: only /status is routed
        get(mesh, QStringLiteral("http://httpbin.org/get"), {});           // mesh route to localhost.local
        sent += 2;
        auto *tls = new QSslSocket(this);
        tls->setPeerVerifyMode(QSslSocket::VerifyNone);
        connect(tls, &QSslSocket::disconnected, tls, &QObject::deleteLater);
        connect(tls, &QSslSocket::errorOccurred, tls, &QObject::deleteLater);
        tls->connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(443 + *offset), QStringLiteral("edition.cnn.com"));
    };
    RouteMapView *map = shell.routeMap()->view();
    const auto mapShowsTraffic = [map] {
        const std::vector<double> &rates = map->rates();
        return std::count_if(rates.begin(), rates.end(), [](double r) { return r > 0; }) >= 6;
    };
    window->showPanel(shell.routeMap());
    for (int round = 0; round < 60 && !(round >= 12 && mapShowsTraffic()); ++round) {
        burst();
        QTest::qWait(150);
    }
    // For the README picture, some history in the charts: 20 s more of the same traffic.
    if (!qEnvironmentVariableIsEmpty("MESHGATE_SCREENSHOT")) {
        window->showPanel(shell.accessLog());
        shell.besideAction()->trigger();
        for (int round = 0; round < 100; ++round) {
            burst();
            QTest::qWait(200);
        }
    }
    QVERIFY(QTest::qWaitFor([&] { return answered >= sent - 2; }, 10000));
    QVERIFY2(mapShowsTraffic(), "the route map shows no request rates");
    QTRY_VERIFY(shell.accessLog()->model()->rowCount() >= 20);
    // The README shows the live log with the charts beside it (View > Traffic Beside Access Log).
    window->showPanel(shell.accessLog());
    if (!shell.besideAction()->isChecked())
        shell.besideAction()->trigger();
    QTRY_VERIFY(window->isPanelBeside(shell.charts(), shell.accessLog()));
    const quint64 redraws = shell.charts()->redrawCount();
    QTRY_VERIFY_WITH_TIMEOUT(shell.charts()->redrawCount() >= redraws + 2, 5000); // once a second
    QVERIFY(shell.charts()->width() > 400);
    QVERIFY(shell.accessLog()->width() > 600);
    const QImage image = window->grab().toImage();
    QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1600, 900));
    QVERIFY2(distinctColours(image) > 40, "the window looks blank");
    if (const QString path = qEnvironmentVariable("MESHGATE_SCREENSHOT"); !path.isEmpty()) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QVERIFY(image.save(path));
        qInfo("screenshot written to %s", qPrintable(path));
    }

    // A look at the dark theme, for whoever checks the colours (not for the README).
    if (const QString dir = qEnvironmentVariable("MESHGATE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        window->showPanel(shell.routeMap());
        shell.theme()->apply(ThemeMode::Dark);
        QTest::qWait(1200); // one more rate update, drawn in the dark palette
        QDir().mkpath(dir);
        QVERIFY(window->grab().save(dir + QStringLiteral("/screenshot-dark.png")));
        shell.theme()->apply(ThemeMode::System);
    }
}

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
