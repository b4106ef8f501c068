// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpbinserver.h"

#include "eventwait.h"

#include <QRegularExpression>

namespace meshgate::test {

namespace {

// `127.0.0.1 - - [31/Jan/2019 14:40:18] "GET /status/418 HTTP/1.1" 418 -`
QByteArray requestTarget(const QByteArray &line)
{
    const qsizetype open = line.indexOf("] \"");
    if (open < 0)
        return {};
    const qsizetype methodEnd = line.indexOf(' ', open + 3);
    if (methodEnd < 0)
        return {};
    const qsizetype targetEnd = line.indexOf(' ', methodEnd + 1);
    if (targetEnd < 0)
        return {};
    return line.mid(methodEnd + 1, targetEnd - methodEnd - 1);
}

} // namespace

bool HttpbinServer::start(quint16 port)
{
    const QString script = QStringLiteral("from httpbin import app; from werkzeug.serving import run_simple; "
                                          "run_simple('127.0.0.1', %1, app, threaded=True)")
                               .arg(port);
    // Debian's interpreter: the python3 on PATH may not see Debian's python3-httpbin.
    return m_process.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script});
}

bool HttpbinServer::waitUntilReady(std::chrono::milliseconds timeout)
{
    static const QRegularExpression running(QStringLiteral(R"(Running on http://127\.0\.0\.1:(\d+))"));
    const int index = m_process.waitForLine(
        ManagedProcess::Channel::Stderr,
        [](const QByteArray &line) { return running.match(QString::fromUtf8(line)).hasMatch(); }, timeout);
    if (index < 0)
        return false;
    const QString line = QString::fromUtf8(m_process.lines(ManagedProcess::Channel::Stderr).at(index));
    m_port = quint16(running.match(line).captured(1).toUInt());
    return m_port != 0;
}

QList<QByteArray> HttpbinServer::requestTargets() const
{
    QList<QByteArray> targets;
    for (const QByteArray &line : m_process.lines(ManagedProcess::Channel::Stderr)) {
        const QByteArray target = requestTarget(line);
        if (!target.isEmpty())
            targets.append(target);
    }
    return targets;
}

int HttpbinServer::countRequests(const QByteArray &target) const
{
    return int(requestTargets().count(target));
}

bool HttpbinServer::waitForRequests(const QByteArray &target, int count, std::chrono::milliseconds timeout)
{
    EventWait wait;
    wait.wakeOn(&m_process.process(), &QProcess::readyReadStandardError);
    return wait.until([&] { return (target.isEmpty() ? totalRequests() : countRequests(target)) >= count; },
                      timeout);
}

} // namespace meshgate::test

namespace meshgate::test {

bool HttpbinServer::waitForCombined(const QList<HttpbinServer *> &servers, const QByteArray &target, int count,
                                    std::chrono::milliseconds timeout)
{
    EventWait wait;
    for (HttpbinServer *server : servers)
        wait.wakeOn(&server->m_process.process(), &QProcess::readyReadStandardError);
    return wait.until(
        [&] {
            int total = 0;
            for (const HttpbinServer *server : servers)
                total += server->countRequests(target);
            return total >= count;
        },
        timeout);
}

} // namespace meshgate::test
