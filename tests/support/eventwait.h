// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEventLoop>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace meshgate::test {

// Runs a local event loop until a condition holds, re-checking it whenever one of the registered
// signals fires. Every wait has a deadline. Waiting in an event loop (not in waitFor*) matters
// here: several child processes write to pipes at once, and a blocked test thread would let a
// pipe fill up and stall the child that writes to it.
class EventWait final
{
public:
    EventWait();
    ~EventWait();
    Q_DISABLE_COPY_MOVE(EventWait)

    template <typename Sender, typename Signal>
    EventWait &wakeOn(const Sender *sender, Signal signal)
    {
        m_connections.append(QObject::connect(sender, signal, &m_loop, [this] { m_loop.quit(); }));
        return *this;
    }

    // Also re-check every `interval`: for conditions that nothing announces (a port that starts
    // accepting, a file another process writes).
    EventWait &pollEvery(std::chrono::milliseconds interval);

    // True when `done` held before `timeout` ran out.
    bool until(const std::function<bool()> &done, std::chrono::milliseconds timeout);

    // Lets the event loop run for `duration` (pacing between polls of something that has no signal).
    static void pause(std::chrono::milliseconds duration);

private:
    QEventLoop m_loop;
    QTimer m_deadline;
    QTimer m_poll;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace meshgate::test
