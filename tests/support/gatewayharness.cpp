// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatewayharness.h"

#include "freeport.h"
#include "managedprocess.h"

#include <QDebug>
#include <QDir>

namespace meshgate::test {

using namespace std::chrono_literals;

GatewayHarness::GatewayHarness()
    : m_config(QDir(m_dir.path()).filePath(QStringLiteral("meshgate.yaml")))
{
    const QList<quint16> ports = FreePort::pickMany(2);
    if (ports.size() == 2) {
        m_gatewayPort = ports[0];
        m_adminPort = ports[1];
    }
    define("GW_PORT", m_gatewayPort);
}

void GatewayHarness::define(const QByteArray &name, const QByteArray &value)
{
    for (auto &[known, old] : m_values) {
        if (known == name) {
            old = value; // a later writeConfig() uses the new value, GW_PORT included
            return;
        }
    }
    m_values.append({name, value});
}

QByteArray GatewayHarness::gatewayYaml()
{
    return R"(apiVersion: networking.istio.io/v1beta1
kind: Gateway
metadata:
  name: gw
spec:
  selector:
    istio: ingressgateway
  servers:
  - port:
      number: {{GW_PORT}}
      name: http
      protocol: HTTP
    hosts:
    - "*"
)";
}

QByteArray GatewayHarness::fill(const QByteArray &yaml) const
{
    return ConfigFile::fill(yaml, m_values);
}

bool GatewayHarness::writeConfig(const QByteArray &yaml, ConfigFile::WriteMode mode) const
{
    return m_config.write(fill(yaml), mode);
}

QString GatewayHarness::validate(const QByteArray &yaml) const
{
    // Beside, not next to, the watched config: a directory watch must not see this file.
    QDir(m_dir.path()).mkpath(QStringLiteral("validate"));
    const QString path = QDir(m_dir.path()).filePath(QStringLiteral("validate/validate-me.yaml"));
    if (!ConfigFile(path).write(fill(yaml)))
        return QStringLiteral("cannot write ") + path;
    ManagedProcess validator;
    if (!validator.start(MeshgateProcess::binary(), {QStringLiteral("--validate"), QStringLiteral("-c"), path}))
        return QStringLiteral("cannot run ") + MeshgateProcess::binary();
    if (!validator.waitForFinished(30s))
        return QStringLiteral("meshgate --validate did not finish");
    // Warnings do not fail a test, but they are worth seeing when a test is being written.
    if (!qEnvironmentVariableIsEmpty("MESHGATE_E2E_VERBOSE"))
        qInfo().noquote() << validator.text(ManagedProcess::Channel::Stdout);
    if (validator.exitCode() == 0)
        return {};
    return QStringLiteral("meshgate --validate (%1):\n%2%3\n--- yaml ---\n%4")
        .arg(validator.describeExit(), QString::fromUtf8(validator.text(ManagedProcess::Channel::Stdout)),
             QString::fromUtf8(validator.text(ManagedProcess::Channel::Stderr)), QString::fromUtf8(fill(yaml)));
}

bool GatewayHarness::start(const QByteArray &yaml, const QStringList &connectTo, const QStringList &extraArguments)
{
    if (m_gatewayPort == 0 || !writeConfig(yaml))
        return false;
    MeshgateLaunch launch;
    launch.configFiles = {m_config.path()};
    launch.portOffset = 0;
    launch.adminPort = m_adminPort;
    launch.connectTo = connectTo;
    launch.extraArguments = extraArguments;
    launch.waitForPorts = {m_gatewayPort, m_adminPort};
    return m_meshgate.start(launch);
}

QString GatewayHarness::launch(const QByteArray &yaml, const QStringList &connectTo, const QStringList &extraArguments)
{
    const QString problems = validate(yaml);
    if (!problems.isEmpty())
        return problems;
    if (!start(yaml, connectTo, extraArguments))
        return failureReport();
    return {};
}

QByteArray GatewayHarness::staticService(const QByteArray &host, quint16 port)
{
    return ConfigFile::fill(R"(---
apiVersion: networking.istio.io/v1beta1
kind: ServiceEntry
metadata:
  name: {{NAME}}
spec:
  hosts:
  - {{HOST}}
  ports:
  - number: 80
    name: http
    protocol: HTTP
  resolution: STATIC
  location: MESH_EXTERNAL
  endpoints:
  - address: 127.0.0.1
    ports:
      http: {{PORT}}
)",
                            {{"NAME", QByteArray(host).replace('.', '-')}, {"HOST", host}, {"PORT", QByteArray::number(port)}});
}

QString GatewayHarness::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_gatewayPort).arg(path);
}

CurlRequest GatewayHarness::request(const QString &host, const QString &path, const QList<QByteArray> &headers) const
{
    CurlRequest r = CurlRequest::get(url(path), headers);
    r.headers.prepend("Host: " + host.toUtf8());
    return r;
}

CurlResult GatewayHarness::get(const QString &host, const QString &path, const QList<QByteArray> &headers) const
{
    return Curl::run(request(host, path, headers));
}

CurlResult GatewayHarness::admin(const QString &path) const
{
    return Curl::run(CurlRequest::get(QStringLiteral("http://127.0.0.1:%1%2").arg(m_adminPort).arg(path)));
}

std::optional<AccessLogLine> GatewayHarness::logOf(const CurlResult &result, std::chrono::milliseconds timeout)
{
    if (result.localPort == 0)
        return std::nullopt;
    return m_meshgate.waitForClientPort(result.localPort, timeout);
}

} // namespace meshgate::test
