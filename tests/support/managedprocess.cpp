// SPDX-License-Identifier: GPL-3.0-or-later
#include "managedprocess.h"

#include "eventwait.h"

#include <csignal>
#include <sys/prctl.h>

namespace meshgate::test {

using namespace std::chrono_literals;

ManagedProcess::ManagedProcess()
    : m_process(std::make_unique<QProcess>())
{
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, m_process.get(),
                     [this] { drain(Channel::Stdout); });
    QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(),
                     [this] { drain(Channel::Stderr); });
    QObject::connect(m_process.get(), &QProcess::finished, m_process.get(), [this] {
        drain(Channel::Stdout);
        drain(Channel::Stderr);
        flushPartial(m_out);
        flushPartial(m_err);
        m_finished = true;
    });
    QObject::connect(m_process.get(), &QProcess::errorOccurred, m_process.get(), [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            m_finished = true;
    });
}

ManagedProcess::~ManagedProcess()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

void ManagedProcess::setWorkingDirectory(const QString &dir)
{
    m_process->setWorkingDirectory(dir);
}

void ManagedProcess::setProcessEnvironment(const QProcessEnvironment &environment)
{
    m_process->setProcessEnvironment(environment);
}

bool ManagedProcess::start(const QString &program, const QStringList &arguments)
{
    m_finished = false;
    m_out = {};
    m_err = {};
    m_process->start(program, arguments);
    return m_process->waitForStarted(10000);
}

void ManagedProcess::write(const QByteArray &data)
{
    m_process->write(data);
}

void ManagedProcess::closeStdin()
{
    m_process->closeWriteChannel();
}

bool ManagedProcess::isRunning() const
{
    return m_process->state() != QProcess::NotRunning;
}

qint64 ManagedProcess::pid() const
{
    return m_process->processId();
}

const QList<QByteArray> &ManagedProcess::lines(Channel channel) const
{
    return buffer(channel).lines;
}

QByteArray ManagedProcess::text(Channel channel) const
{
    const Buffer &b = buffer(channel);
    QByteArray all = b.lines.join('\n');
    if (!b.lines.isEmpty())
        all += '\n';
    return all + b.partial;
}

int ManagedProcess::waitForLine(Channel channel, const LinePredicate &predicate, std::chrono::milliseconds timeout,
                                int from)
{
    int found = -1;
    int next = std::max(0, from);
    const auto scan = [&] {
        const QList<QByteArray> &all = buffer(channel).lines;
        for (; next < all.size(); ++next) {
            if (predicate(all.at(next))) {
                found = next;
                return true;
            }
        }
        return m_finished; // nothing more will come
    };
    EventWait wait;
    wait.wakeOn(m_process.get(), channel == Channel::Stdout ? &QProcess::readyReadStandardOutput
                                                            : &QProcess::readyReadStandardError)
        .wakeOn(m_process.get(), &QProcess::finished);
    wait.until(scan, timeout);
    return found;
}

bool ManagedProcess::waitForFinished(std::chrono::milliseconds timeout)
{
    EventWait wait;
    wait.wakeOn(m_process.get(), &QProcess::finished).wakeOn(m_process.get(), &QProcess::errorOccurred);
    return wait.until([this] { return m_finished || m_process->state() == QProcess::NotRunning; }, timeout);
}

std::optional<int> ManagedProcess::exitCode() const
{
    if (m_process->state() != QProcess::NotRunning || m_process->exitStatus() != QProcess::NormalExit)
        return std::nullopt;
    if (m_process->error() == QProcess::FailedToStart)
        return std::nullopt;
    return m_process->exitCode();
}

QString ManagedProcess::describeExit() const
{
    if (m_process->state() != QProcess::NotRunning)
        return QStringLiteral("still running");
    if (m_process->error() == QProcess::FailedToStart)
        return QStringLiteral("failed to start: ") + m_process->errorString();
    if (m_process->exitStatus() != QProcess::NormalExit)
        return QStringLiteral("killed by a signal (crash?)");
    return QStringLiteral("exit code %1").arg(m_process->exitCode());
}

void ManagedProcess::terminate()
{
    m_process->terminate();
}

void ManagedProcess::kill()
{
    m_process->kill();
}

void ManagedProcess::drain(Channel channel)
{
    m_process->setReadChannel(channel == Channel::Stdout ? QProcess::StandardOutput : QProcess::StandardError);
    Buffer &b = buffer(channel);
    b.partial += m_process->readAll();
    qsizetype start = 0;
    for (qsizetype nl = b.partial.indexOf('\n'); nl >= 0; nl = b.partial.indexOf('\n', start)) {
        qsizetype end = nl;
        if (end > start && b.partial.at(end - 1) == '\r')
            --end;
        b.lines.append(b.partial.mid(start, end - start));
        start = nl + 1;
    }
    b.partial.remove(0, start);
}

void ManagedProcess::flushPartial(Buffer &buffer)
{
    if (!buffer.partial.isEmpty()) {
        buffer.lines.append(buffer.partial);
        buffer.partial.clear();
    }
}

} // namespace meshgate::test
