// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accesslogline.h"
#include "managedprocess.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <chrono>
#include <functional>
#include <optional>

namespace meshgate::test {

// How to start `meshgate --headless`. Ports left at 0 are switched off (mesh, admin).
struct MeshgateLaunch
{
    QString program; // empty: MeshgateProcess::binary(); a stand-in when the harness tests itself
    QStringList configFiles;
    QString bind = QStringLiteral("127.0.0.1"); // --bind; empty: meshgate's own default
    std::optional<int> portOffset = 0; // nullopt: meshgate's own default (+8000 below 1024)
    quint16 meshPort = 0;
    quint16 adminPort = 0;
    QStringList connectTo; // HOST:PORT:ADDR:PORT
    int workers = 2;
    QStringList extraArguments;
    // Ports that must accept connections before start() returns (gateway listen ports, mesh, admin).
    QList<quint16> waitForPorts;

    QStringList arguments() const;
};

// The real meshgate binary in headless mode. Its stdout is the access log (one line per request or
// connection); stderr carries diagnostics. The destructor kills it if it still runs.
class MeshgateProcess final
{
public:
    MeshgateProcess() = default;
    Q_DISABLE_COPY_MOVE(MeshgateProcess)

    static QString binary();

    // False when it exited or a port did not open in time; failureReport() says which and why.
    bool start(const MeshgateLaunch &launch, std::chrono::milliseconds timeout = std::chrono::seconds(20));
    QString failureReport() const;
    qint64 pid() const { return m_process.pid(); }
    bool isRunning() const { return m_process.isRunning(); }

    const QList<QByteArray> &stdoutLines() const { return m_process.lines(ManagedProcess::Channel::Stdout); }
    const QList<QByteArray> &stderrLines() const { return m_process.lines(ManagedProcess::Channel::Stderr); }
    QByteArray stderrText() const { return m_process.text(ManagedProcess::Channel::Stderr); }

    // Every stdout line that parses as a classic access-log line.
    QList<AccessLogLine> accessLog() const;

    int waitForLogLine(const ManagedProcess::LinePredicate &predicate, std::chrono::milliseconds timeout,
                       int from = 0);
    std::optional<AccessLogLine> waitForAccessLog(const std::function<bool(const AccessLogLine &)> &predicate,
                                                  std::chrono::milliseconds timeout = std::chrono::seconds(10),
                                                  int from = 0);
    // For --access-log-format json: the first line at or after `from` that is a JSON object
    // satisfying `predicate`.
    std::optional<QJsonObject> waitForJsonLog(const std::function<bool(const QJsonObject &)> &predicate,
                                              std::chrono::milliseconds timeout = std::chrono::seconds(10),
                                              int from = 0);
    // The access-log line of the connection curl (or a RawClient) used: its downstream remote address.
    std::optional<AccessLogLine> waitForClientPort(quint16 clientPort,
                                                   std::chrono::milliseconds timeout = std::chrono::seconds(10));
    int waitForStderrLine(const ManagedProcess::LinePredicate &predicate, std::chrono::milliseconds timeout,
                          int from = 0);

    // SIGTERM, then waits; SIGKILL when it does not exit in time. The exit code after a normal
    // exit, nullopt after a crash or the kill.
    std::optional<int> stop(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // SIGTERM without waiting (to watch what happens while it drains).
    void terminate() { m_process.terminate(); }
    bool waitForExit(std::chrono::milliseconds timeout);
    std::optional<int> exitCode() const { return m_process.exitCode(); }
    QString describeExit() const { return m_process.describeExit(); }

private:
    ManagedProcess m_process;
    QString m_program;
    QStringList m_arguments;
    QString m_startProblem;
};

} // namespace meshgate::test
