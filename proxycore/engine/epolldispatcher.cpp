// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/epolldispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimerEvent>
#include <QVarLengthArray>

#include <algorithm>

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

EpollEventDispatcher *EpollEventDispatcher::forCurrentThread()
{
    return qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance());
}

EpollEventDispatcher::Socket &EpollEventDispatcher::slot(int fd)
{
    if (size_t(fd) >= m_sockets.size())
        m_sockets.resize(std::max(size_t(fd) + 1, m_sockets.size() * 2));
    return m_sockets[size_t(fd)];
}

void EpollEventDispatcher::updateInterest(int fd, Socket &socket)
{
    // A handler's descriptor is registered once for both directions, edge-triggered; its
    // interest is kept here, so switching it costs no epoll_ctl().
    const quint32 wanted = socket.handler && (socket.handlerRead || socket.handlerWrite)
        ? quint32(EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET)
        : (socket.read ? EPOLLIN : 0u) | (socket.write ? EPOLLOUT : 0u) | (socket.exception ? EPOLLPRI : 0u);
    if (wanted == socket.events)
        return;
    epoll_event ev{};
    ev.events = wanted;
    ev.data.fd = fd;
    if (wanted == 0) {
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, &ev);
        socket = Socket{};
        --m_registered;
        return;
    }
    const int op = socket.events == 0 ? EPOLL_CTL_ADD : EPOLL_CTL_MOD;
    if (::epoll_ctl(m_epoll, op, fd, &ev) < 0 && errno == EEXIST)
        ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev); // the fd was closed and reused meanwhile
    if (socket.events == 0)
        ++m_registered;
    socket.events = wanted;
}

void EpollEventDispatcher::watch(int fd, DescriptorHandler *handler, bool read, bool write)
{
    if (fd < 0)
        return;
    if (!read && !write && !find(fd))
        return;
    Socket &s = slot(fd);
    Q_ASSERT(!s.read && !s.write && !s.exception);
    s.handler = handler;
    s.handlerRead = read;
    s.handlerWrite = write;
    updateInterest(fd, s);
    // An edge went by while reading was off: look once now, as level-triggered would.
    if (read && s.readPending && s.events)
        queueReadAgain(fd, s);
}

void EpollEventDispatcher::forgetClosing(int fd)
{
    Socket *s = find(fd);
    if (!s)
        return;
    Q_ASSERT(!s->read && !s->write && !s->exception);
    *s = Socket{};
    --m_registered;
}

void EpollEventDispatcher::queueReadAgain(int fd, Socket &socket)
{
    if (socket.readAgainQueued)
        return;
    socket.readAgainQueued = true;
    m_readAgain.push_back(fd);
}

int EpollEventDispatcher::deliverReadAgain()
{
    if (m_readAgain.empty())
        return 0;
    std::vector<int> fds;
    fds.swap(m_readAgain);
    int handled = 0;
    for (int fd : fds) {
        Socket *s = find(fd);
        if (!s || !s->readAgainQueued)
            continue; // closed meanwhile (a new descriptor with this number starts unqueued)
        s->readAgainQueued = false;
        if (s->handlerRead && s->readPending)
            handled += deliver(fd, Side::Read);
    }
    return handled;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    Socket &s = slot(fd);
    Q_ASSERT(!s.handler);
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
    Socket *s = find(int(notifier->socket()));
    if (!s)
        return;
    if (s->read == notifier)
        s->read = nullptr;
    if (s->write == notifier)
        s->write = nullptr;
    if (s->exception == notifier)
        s->exception = nullptr;
    updateInterest(int(notifier->socket()), *s);
}

// ---------------------------------------------------------------- timers

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    // The clock reads whole milliseconds, so a timer started at x.9 ms would fire up to 1 ms
    // early; one more millisecond makes it never early (a 500 ms route timeout must not log 499).
    const qint64 due = nowMs() + interval + 1;
    auto it = m_timers.find(timerId);
    if (it != m_timers.end()) // not expected from Qt, but never leave a stale due entry behind
        m_due.erase({it->dueMs, timerId});
    m_timers.insert(timerId, Timer{interval, due, timerType, object, false});
    m_due.emplace(due, timerId);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return false;
    m_due.erase({it->dueMs, timerId});
    m_timers.erase(it);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    bool any = false;
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (it->object == object) {
            m_due.erase({it->dueMs, it.key()});
            it = m_timers.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    return any;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> out;
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it)
        if (it->object == object)
            out.append(TimerInfo(it.key(), int(it->intervalMs), it->type));
    return out;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    auto it = m_timers.constFind(timerId);
    if (it == m_timers.constEnd())
        return -1;
    return int(std::max<qint64>(0, it->dueMs - nowMs()));
}

qint64 EpollEventDispatcher::nextTimeoutMs() const
{
    if (m_due.empty())
        return -1;
    return std::max<qint64>(0, m_due.begin()->first - nowMs());
}

int EpollEventDispatcher::dispatchTimers()
{
    if (m_due.empty())
        return 0;
    const qint64 now = nowMs();
    // Collect first: handlers start and stop timers (QTimer::singleShot stops itself).
    QVarLengthArray<int, 32> due;
    for (auto it = m_due.begin(); it != m_due.end() && it->first <= now; ++it)
        due.append(it->second);
    int fired = 0;
    for (int id : due) {
        auto it = m_timers.find(id);
        if (it == m_timers.end() || it->inDispatch || it->dueMs > now)
            continue;
        // Next due time before delivering, so a slow handler does not make the timer drift.
        m_due.erase({it->dueMs, id});
        it->dueMs = std::max(it->dueMs + it->intervalMs, now + (it->intervalMs > 0 ? 1 : 0));
        m_due.emplace(it->dueMs, id);
        it->inDispatch = true;
        QObject *object = it->object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        ++fired;
        it = m_timers.find(id); // the handler may have added or removed timers
        if (it != m_timers.end())
            it->inDispatch = false;
    }
    return fired;
}

// ---------------------------------------------------------------- the loop

int EpollEventDispatcher::deliver(int fd, Side side)
{
    Socket *s = find(fd);
    if (!s)
        return 0;
    if (side == Side::Write && s->handlerWrite) {
        s->handler->descriptorWritable();
        return 1;
    }
    if (side == Side::Read && s->handler) {
        // Until the reader says it drained the descriptor, data may be waiting.
        s->readPending = true;
        if (!s->handlerRead)
            return 0;
        DescriptorHandler *handler = s->handler;
        handler->descriptorReadable();
        // Not drained (a bounded read, or no read at all): edge-triggered epoll will not say
        // so again, so come back next iteration, as level-triggered would have.
        s = find(fd);
        if (s && s->handler == handler && s->handlerRead && s->readPending)
            queueReadAgain(fd, *s);
        return 1;
    }
    QSocketNotifier *notifier = side == Side::Read ? s->read : side == Side::Write ? s->write : s->exception;
    if (!notifier)
        return 0;
    QEvent event(QEvent::SockAct);
    QCoreApplication::sendEvent(notifier, &event);
    return 1;
}

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
        if (!m_readAgain.empty())
            timeout = 0;
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
        // Look the descriptor up again before each delivery: a handler may have closed it or
        // deleted the other notifiers.
        if (what & (EPOLLIN | EPOLLHUP | EPOLLERR | EPOLLRDHUP))
            handled += deliver(fd, Side::Read);
        if (what & (EPOLLOUT | EPOLLHUP | EPOLLERR))
            handled += deliver(fd, Side::Write);
        if (what & EPOLLPRI)
            handled += deliver(fd, Side::Exception);
    }
    if (sockets)
        handled += deliverReadAgain();
    if (!(flags & QEventLoop::X11ExcludeTimers))
        handled += dispatchTimers();
    return handled > 0 || n > 0;
}

} // namespace meshgate
