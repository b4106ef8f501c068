// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace meshgate::test {

// A child process whose output is collected line by line while the test's event loop runs, and
// which never outlives the test: the destructor kills it, and the kernel kills it
// (PR_SET_PDEATHSIG) if the test process itself dies before the destructor can run.
class ManagedProcess final
{
public:
    enum class Channel { Stdout, Stderr };
    using LinePredicate = std::function<bool(const QByteArray &line)>;

    ManagedProcess();
    ~ManagedProcess();
    Q_DISABLE_COPY_MOVE(ManagedProcess)

    void setWorkingDirectory(const QString &dir);
    void setProcessEnvironment(const QProcessEnvironment &environment);

    // False when the program could not be started at all (not found, not executable).
    bool start(const QString &program, const QStringList &arguments);
    void write(const QByteArray &data);
    void closeStdin();

    QProcess &process() { return *m_process; }
    bool isRunning() const;
    qint64 pid() const;

    // Complete lines, without the newline; a last line without newline appears once the process ends.
    const QList<QByteArray> &lines(Channel channel) const;
    QByteArray text(Channel channel) const;

    // Index of the first line at or after `from` that satisfies `predicate`, or -1 when none did
    // before `timeout` (or the process ended without writing one).
    int waitForLine(Channel channel, const LinePredicate &predicate, std::chrono::milliseconds timeout,
                    int from = 0);
    bool waitForFinished(std::chrono::milliseconds timeout);

    // The exit code after a normal exit; nullopt while running or after a crash/kill by signal.
    std::optional<int> exitCode() const;
    QString describeExit() const;

    void terminate(); // SIGTERM
    void kill();      // SIGKILL

private:
    struct Buffer
    {
        QList<QByteArray> lines;
        QByteArray partial;
    };
    void drain(Channel channel);
    void flushPartial(Buffer &buffer);
    Buffer &buffer(Channel channel) { return channel == Channel::Stdout ? m_out : m_err; }
    const Buffer &buffer(Channel channel) const { return channel == Channel::Stdout ? m_out : m_err; }

    std::unique_ptr<QProcess> m_process;
    Buffer m_out;
    Buffer m_err;
    bool m_finished = false;
};

} // namespace meshgate::test
