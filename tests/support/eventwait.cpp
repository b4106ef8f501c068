// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventwait.h"

#include <QDeadlineTimer>

namespace meshgate::test {

EventWait::EventWait()
{
    m_deadline.setSingleShot(true);
    QObject::connect(&m_deadline, &QTimer::timeout, &m_loop, &QEventLoop::quit);
    QObject::connect(&m_poll, &QTimer::timeout, &m_loop, &QEventLoop::quit);
}

EventWait::~EventWait()
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        QObject::disconnect(c);
}

EventWait &EventWait::pollEvery(std::chrono::milliseconds interval)
{
    m_poll.setInterval(interval);
    return *this;
}

bool EventWait::until(const std::function<bool()> &done, std::chrono::milliseconds timeout)
{
    // Signals are delivered only while the loop runs, so nothing can slip in between a failed
    // check and exec().
    const QDeadlineTimer deadline(timeout);
    if (m_poll.interval() > 0)
        m_poll.start();
    bool ok = done();
    while (!ok && !deadline.hasExpired()) {
        m_deadline.start(std::max<qint64>(1, deadline.remainingTime()));
        m_loop.exec();
        ok = done();
    }
    m_deadline.stop();
    m_poll.stop();
    return ok;
}

void EventWait::pause(std::chrono::milliseconds duration)
{
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace meshgate::test
