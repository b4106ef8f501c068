// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/epolldispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimerEvent>

#include <cerrno>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

namespace meshgate {

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(::epoll_create1(EPOLL_CLOEXEC))
    , m_wakeFd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
{
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = m_wakeFd;
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &ev);
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_wakeFd);
    ::close(m_epoll);
}

qint64 EpollEventDispatcher::nowMs()
{
    timespec ts;
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

// ---------------------------------------------------------------- sockets

void EpollEventDispatcher::updateInterest(int fd, Socket &socket)
{
    const quint32 wanted = (socket.read ? EPOLLIN : 0u) | (socket.write ? EPOLLOUT : 0u)
        | (socket.exception ? EPOLLPRI : 0u);
    if (wanted == socket.events)
        return;
    epoll_event ev{};
    ev.events = wanted;
    ev.data.fd = fd;
    if (wanted == 0) {
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, &ev);
        m_sockets.remove(fd);
        return;
    }
    const int op = socket.events == 0 ? EPOLL_CTL_ADD : EPOLL_CTL_MOD;
    if (::epoll_ctl(m_epoll, op, fd, &ev) < 0 && errno == EEXIST)
        ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev); // the fd was closed and reused meanwhile
    socket.events = wanted;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    Socket &s = m_sockets[fd];
    switch (notifier->type()) {
    case QSocketNotifier::Read:
        s.read = notifier;
        break;
    case QSocketNotifier::Write:
        s.write = notifier;
        break;
    case QSocketNotifier::Exception:
        s.exception = notifier;
        break;
    }
    updateInterest(fd, s);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    auto it = m_sockets.find(fd);
    if (it == m_sockets.end())
        return;
    if (it->read == notifier)
        it->read = nullptr;
    if (it->write == notifier)
        it->write = nullptr;
    if (it->exception == notifier)
        it->exception = nullptr;
    updateInterest(fd, *it);
}

// ---------------------------------------------------------------- timers

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    // The clock reads whole milliseconds, so a timer started at x.9 ms would fire up to 1 ms
    // early; one more millisecond makes it never early (a 500 ms route timeout must not log 499).
    m_timers.push_back({timerId, interval, nowMs() + interval + 1, timerType, object, false});
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    for (auto it = m_timers.begin(); it != m_timers.end(); ++it) {
        if (it->id == timerId) {
            m_timers.erase(it);
            return true;
        }
    }
    return false;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    const auto before = m_timers.size();
    std::erase_if(m_timers, [object](const Timer &t) { return t.object == object; });
    return m_timers.size() != before;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> out;
    for (const Timer &t : m_timers)
        if (t.object == object)
            out.append(TimerInfo(t.id, int(t.intervalMs), t.type));
    return out;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    for (const Timer &t : m_timers)
        if (t.id == timerId)
            return int(std::max<qint64>(0, t.dueMs - nowMs()));
    return -1;
}

qint64 EpollEventDispatcher::nextTimeoutMs() const
{
    if (m_timers.empty())
        return -1;
    qint64 due = std::numeric_limits<qint64>::max();
    for (const Timer &t : m_timers)
        due = std::min(due, t.dueMs);
    return std::max<qint64>(0, due - nowMs());
}

int EpollEventDispatcher::dispatchTimers()
{
    if (m_timers.empty())
        return 0;
    const qint64 now = nowMs();
    // Collect first: handlers start and stop timers (QTimer::singleShot stops itself).
    QVarLengthArray<int, 32> due;
    for (const Timer &t : m_timers)
        if (t.dueMs <= now && !t.inDispatch)
            due.append(t.id);
    int fired = 0;
    for (int id : due) {
        auto it = std::find_if(m_timers.begin(), m_timers.end(), [id](const Timer &t) { return t.id == id; });
        if (it == m_timers.end())
            continue;
        // Next due time before delivering, so a slow handler does not make the timer drift.
        it->dueMs = std::max(it->dueMs + it->intervalMs, now + (it->intervalMs > 0 ? 1 : 0));
        it->inDispatch = true;
        QObject *object = it->object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        ++fired;
        it = std::find_if(m_timers.begin(), m_timers.end(), [id](const Timer &t) { return t.id == id; });
        if (it != m_timers.end())
            it->inDispatch = false;
    }
    return fired;
}

// ---------------------------------------------------------------- the loop

void EpollEventDispatcher::wakeUp()
{
    if (m_wakeUps.testAndSetAcquire(0, 1)) {
        const quint64 one = 1;
        [[maybe_unused]] const ssize_t n = ::write(m_wakeFd, &one, sizeof(one));
    }
}

void EpollEventDispatcher::interrupt()
{
    m_interrupt.storeRelease(1);
    wakeUp();
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupt.storeRelease(0);
    Q_EMIT awake();
    QCoreApplication::sendPostedEvents();

    const bool canWait = (flags & QEventLoop::WaitForMoreEvents) && !m_interrupt.loadAcquire();
    int timeout = 0;
    if (canWait) {
        const qint64 next = nextTimeoutMs();
        timeout = next < 0 ? -1 : int(std::min<qint64>(next, std::numeric_limits<int>::max()));
        Q_EMIT aboutToBlock();
    }
    epoll_event events[256];
    int n;
    do {
        n = ::epoll_wait(m_epoll, events, 256, timeout);
    } while (n < 0 && errno == EINTR);
    if (canWait)
        Q_EMIT awake();

    int handled = 0;
    const bool sockets = !(flags & QEventLoop::ExcludeSocketNotifiers);
    for (int i = 0; i < n; ++i) {
        const int fd = events[i].data.fd;
        const quint32 what = events[i].events;
        if (fd == m_wakeFd) {
            quint64 value;
            [[maybe_unused]] const ssize_t r = ::read(m_wakeFd, &value, sizeof(value));
            m_wakeUps.storeRelease(0);
            continue;
        }
        if (!sockets)
            continue;
        // Look the notifiers up again before each delivery: a handler may have deleted or
        // disabled the others for this descriptor.
        QEvent event(QEvent::SockAct);
        if (what & (EPOLLIN | EPOLLHUP | EPOLLERR | EPOLLRDHUP)) {
            auto it = m_sockets.constFind(fd);
            if (it != m_sockets.constEnd() && it->read) {
                QCoreApplication::sendEvent(it->read, &event);
                ++handled;
            }
        }
        if (what & (EPOLLOUT | EPOLLHUP | EPOLLERR)) {
            auto it = m_sockets.constFind(fd);
            if (it != m_sockets.constEnd() && it->write) {
                QCoreApplication::sendEvent(it->write, &event);
                ++handled;
            }
        }
        if (what & EPOLLPRI) {
            auto it = m_sockets.constFind(fd);
            if (it != m_sockets.constEnd() && it->exception) {
                QCoreApplication::sendEvent(it->exception, &event);
                ++handled;
            }
        }
    }
    if (!(flags & QEventLoop::X11ExcludeTimers))
        handled += dispatchTimers();
    return handled > 0 || n > 0;
}

} // namespace meshgate
