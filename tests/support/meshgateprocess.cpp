// SPDX-License-Identifier: GPL-3.0-or-later
#include "meshgateprocess.h"

#include "portprobe.h"

#include <QDeadlineTimer>
#include <QJsonDocument>

namespace meshgate::test {

using namespace std::chrono_literals;

QStringList MeshgateLaunch::arguments() const
{
    QStringList args{QStringLiteral("--headless")};
    for (const QString &file : configFiles)
        args << QStringLiteral("-c") << file;
    if (!bind.isEmpty())
        args << QStringLiteral("--bind") << bind;
    if (portOffset)
        args << QStringLiteral("--port-offset") << QString::number(*portOffset);
    args << QStringLiteral("--mesh-port") << QString::number(meshPort) << QStringLiteral("--admin-port")
         << QString::number(adminPort);
    for (const QString &rule : connectTo)
        args << QStringLiteral("--connect-to") << rule;
    if (workers > 0)
        args << QStringLiteral("--workers") << QString::number(workers);
    args << extraArguments;
    return args;
}

QString MeshgateProcess::binary()
{
    // MESHGATE_E2E_BINARY runs the suite against another build (ASan, an installed package).
    const QString override = qEnvironmentVariable("MESHGATE_E2E_BINARY");
    return override.isEmpty() ? QStringLiteral(MESHGATE_BINARY) : override;
}

bool MeshgateProcess::start(const MeshgateLaunch &launch, std::chrono::milliseconds timeout)
{
    m_arguments = launch.arguments();
    m_startProblem.clear();
    m_program = launch.program.isEmpty() ? binary() : launch.program;
    if (!m_process.start(m_program, m_arguments)) {
        m_startProblem = QStringLiteral("could not start ") + m_program;
        return false;
    }
    const QDeadlineTimer deadline(timeout);
    for (quint16 port : launch.waitForPorts) {
        const bool open = PortProbe::waitUntilAccepting(
            port, std::chrono::milliseconds(std::max<qint64>(1, deadline.remainingTime())),
            [this] { return !m_process.isRunning(); });
        if (!open) {
            m_startProblem = m_process.isRunning()
                ? QStringLiteral("port %1 did not accept connections within %2 ms").arg(port).arg(timeout.count())
                : QStringLiteral("meshgate ended before port %1 accepted connections").arg(port);
            return false;
        }
    }
    return true;
}

QString MeshgateProcess::failureReport() const
{
    return QStringLiteral("%1\n  command: %2 %3\n  state: %4\n  stderr (tail): %5")
        .arg(m_startProblem.isEmpty() ? QStringLiteral("meshgate report") : m_startProblem, m_program,
             m_arguments.join(QLatin1Char(' ')), m_process.describeExit(),
             QString::fromUtf8(stderrText().right(3000)));
}

QList<AccessLogLine> MeshgateProcess::accessLog() const
{
    QList<AccessLogLine> parsed;
    for (const QByteArray &line : stdoutLines())
        if (auto l = AccessLogLine::parse(line))
            parsed.append(*l);
    return parsed;
}

int MeshgateProcess::waitForLogLine(const ManagedProcess::LinePredicate &predicate, std::chrono::milliseconds timeout,
                                    int from)
{
    return m_process.waitForLine(ManagedProcess::Channel::Stdout, predicate, timeout, from);
}

std::optional<AccessLogLine> MeshgateProcess::waitForAccessLog(
    const std::function<bool(const AccessLogLine &)> &predicate, std::chrono::milliseconds timeout, int from)
{
    std::optional<AccessLogLine> match;
    waitForLogLine(
        [&](const QByteArray &raw) {
            auto l = AccessLogLine::parse(raw);
            if (l && predicate(*l)) {
                match = std::move(l);
                return true;
            }
            return false;
        },
        timeout, from);
    return match;
}

std::optional<QJsonObject> MeshgateProcess::waitForJsonLog(const std::function<bool(const QJsonObject &)> &predicate,
                                                           std::chrono::milliseconds timeout, int from)
{
    std::optional<QJsonObject> match;
    waitForLogLine(
        [&](const QByteArray &raw) {
            const QJsonDocument doc = QJsonDocument::fromJson(raw);
            if (doc.isObject() && predicate(doc.object())) {
                match = doc.object();
                return true;
            }
            return false;
        },
        timeout, from);
    return match;
}

std::optional<AccessLogLine> MeshgateProcess::waitForClientPort(quint16 clientPort, std::chrono::milliseconds timeout)
{
    const QString remote = QStringLiteral("127.0.0.1:%1").arg(clientPort);
    return waitForAccessLog([&](const AccessLogLine &l) { return l.downstreamRemote == remote; }, timeout);
}

int MeshgateProcess::waitForStderrLine(const ManagedProcess::LinePredicate &predicate,
                                       std::chrono::milliseconds timeout, int from)
{
    return m_process.waitForLine(ManagedProcess::Channel::Stderr, predicate, timeout, from);
}

std::optional<int> MeshgateProcess::stop(std::chrono::milliseconds timeout)
{
    if (!m_process.isRunning())
        return m_process.exitCode();
    m_process.terminate();
    if (m_process.waitForFinished(timeout))
        return m_process.exitCode();
    m_process.kill();
    m_process.waitForFinished(5s);
    return std::nullopt;
}

bool MeshgateProcess::waitForExit(std::chrono::milliseconds timeout)
{
    return m_process.waitForFinished(timeout);
}

} // namespace meshgate::test
