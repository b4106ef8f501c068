// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "configfile.h"
#include "curl.h"
#include "meshgateprocess.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QTemporaryDir>

#include <chrono>
#include <optional>

namespace meshgate::test {

// One meshgate for one test, with a YAML file the test writes. Gateway "gw" (gatewayYaml())
// has one plain-HTTP server on a free port with hosts ["*"], mapped 1:1 (--port-offset 0); the
// admin endpoint is on another free port and the mesh proxy is off.
//
// YAML given to writeConfig()/start() may use {{GW_PORT}} and any value added with define().
class GatewayHarness final
{
public:
    GatewayHarness();
    Q_DISABLE_COPY_MOVE(GatewayHarness)

    quint16 gatewayPort() const { return m_gatewayPort; }
    quint16 adminPort() const { return m_adminPort; }
    QString configPath() const { return m_config.path(); }

    void define(const QByteArray &name, const QByteArray &value);
    template <typename Number>
    void define(const QByteArray &name, Number value) { define(name, QByteArray::number(value)); }

    static QByteArray gatewayYaml(); // Gateway "gw", HTTP on {{GW_PORT}}, hosts ["*"]
    QByteArray fill(const QByteArray &yaml) const;
    bool writeConfig(const QByteArray &yaml, ConfigFile::WriteMode mode = ConfigFile::WriteMode::InPlace) const;

    // `meshgate --validate` on the filled YAML: empty when it has no errors, else its report. The
    // engine tests check this first, so a config mistake in a test reads as one.
    QString validate(const QByteArray &yaml) const;

    // Writes the YAML and starts meshgate; false with failureReport() when it does not listen.
    bool start(const QByteArray &yaml, const QStringList &connectTo = {}, const QStringList &extraArguments = {});
    QString failureReport() const { return m_meshgate.failureReport(); }
    // validate() then start(): empty on success, else what went wrong (for QVERIFY2).
    QString launch(const QByteArray &yaml, const QStringList &connectTo = {}, const QStringList &extraArguments = {});

    // A ServiceEntry `host` (resolution STATIC, one 127.0.0.1 endpoint on `port`) exposing service
    // port 80 "http"; a DestinationRule is not needed to reach it.
    static QByteArray staticService(const QByteArray &host, quint16 port);
    MeshgateProcess &meshgate() { return m_meshgate; }

    // curl http://127.0.0.1:<gateway>/<path> with a Host header.
    CurlRequest request(const QString &host, const QString &path, const QList<QByteArray> &headers = {}) const;
    CurlResult get(const QString &host, const QString &path, const QList<QByteArray> &headers = {}) const;
    QString url(const QString &path) const;
    CurlResult admin(const QString &path) const;

    // The access-log line of the request curl made (matched by curl's local port).
    std::optional<AccessLogLine> logOf(const CurlResult &result,
                                       std::chrono::milliseconds timeout = std::chrono::seconds(10));

private:
    QTemporaryDir m_dir;
    ConfigFile m_config;
    quint16 m_gatewayPort = 0;
    quint16 m_adminPort = 0;
    QList<QPair<QByteArray, QByteArray>> m_values;
    MeshgateProcess m_meshgate;
};

} // namespace meshgate::test
