// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/adminserver.h"

#include "config/configexporter.h"
#include "engine/engine.h"
#include "stats/prometheusexporter.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

namespace meshgate {

AdminServer::AdminServer(const Engine *engine)
    : m_engine(engine)
{
}

AdminServer::~AdminServer() = default;

bool AdminServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    m_requireToken = !address.isLoopback();
    m_token = m_engine->settings().adminToken.toUtf8();
    if (m_requireToken && m_token.isEmpty()) {
        *error = QCoreApplication::translate("AdminServer",
                                             "the admin endpoint on a non-loopback address needs --admin-token");
        return false;
    }
    m_server = new QTcpServer(this);
    if (!m_server->listen(address, port)) {
        *error = m_server->serverError() == QAbstractSocket::AddressInUseError
            ? QCoreApplication::translate("AdminServer", "port %1 in use").arg(port)
            : m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_port = m_server->serverPort();
    connect(m_server, &QTcpServer::newConnection, this, &AdminServer::handleConnection);
    return true;
}

void AdminServer::handleConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handleReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void AdminServer::handleReadable(QTcpSocket *socket)
{
    if (socket->bytesAvailable() > 64 * 1024) {
        socket->abort();
        return;
    }
    QByteArray head = socket->peek(64 * 1024);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    head = socket->read(end + 4);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    Response response;
    bool authorized = !m_requireToken;
    for (const QByteArray &line : lines) {
        const QByteArray l = line.trimmed();
        if (l.toLower().startsWith("authorization:") && l.mid(14).trimmed() == "Bearer " + m_token)
            authorized = true;
    }
    if (requestLine.size() < 2) {
        response = {400, "text/plain", "bad request\n"};
    } else if (!authorized) {
        response = {401, "text/plain", "admin token required\n"};
    } else {
        response = handle(requestLine[0], requestLine[1]);
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " \r\ncontent-type: " + response.contentType
        + "\r\ncontent-length: " + QByteArray::number(response.body.size()) + "\r\nconnection: close\r\n\r\n";
    socket->write(out);
    socket->write(response.body);
    socket->disconnectFromHost();
}

AdminServer::Response AdminServer::handle(const QByteArray &method, const QByteArray &pathIn) const
{
    const QByteArray path = pathIn.left(pathIn.indexOf('?') < 0 ? pathIn.size() : pathIn.indexOf('?'));
    if (method != "GET" && method != "HEAD")
        return {405, "text/plain", "method not allowed\n"};
    if (path == "/ready") {
        const bool ready = m_engine->isRunning() && m_engine->anyListening();
        return {ready ? 200 : 503, "text/plain", ready ? "LIVE\n" : "PRE_INITIALIZING\n"};
    }
    if (path == "/stats/prometheus") {
        PrometheusExporter::Options options;
        options.reporter = "gateway";
        return {200, PrometheusExporter::ContentType, PrometheusExporter(options).render(m_engine->totals())};
    }
    if (path == "/config_dump") {
        const auto table = m_engine->table();
        if (!table)
            return {200, "application/json", "{\"items\":[]}\n"};
        return {200, "application/json", ConfigExporter::toJson(table->config()).toJson(QJsonDocument::Indented)};
    }
    if (path == "/clusters") {
        const auto table = m_engine->table();
        QByteArray out;
        if (table) {
            for (const Cluster &c : table->clusters()) {
                out += c.name + "::discovery::" + QByteArray::number(int(c.discovery)) + '\n';
                for (const Endpoint &e : c.endpoints)
                    out += c.name + "::" + e.address.toUtf8() + ':' + QByteArray::number(e.port)
                        + "::weight::" + QByteArray::number(e.weight) + '\n';
            }
        }
        return {200, "text/plain", out};
    }
    if (path == "/" || path == "/help")
        return {200, "text/plain",
                "admin commands are:\n  /ready\n  /stats/prometheus\n  /config_dump\n  /clusters\n"};
    return {404, "text/plain", "not found\n"};
}

} // namespace meshgate
