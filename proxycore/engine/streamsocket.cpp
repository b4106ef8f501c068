// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/streamsocket.h"

#include <QSocketNotifier>

#include <algorithm>
#include <arpa/inet.h>
#include <cstring>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

namespace meshgate {

namespace {

bool toSockaddr(const QHostAddress &address, quint16 port, sockaddr_storage *ss, socklen_t *len)
{
    memset(ss, 0, sizeof(*ss));
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *sin = reinterpret_cast<sockaddr_in *>(ss);
        sin->sin_family = AF_INET;
        sin->sin_port = htons(port);
        sin->sin_addr.s_addr = htonl(address.toIPv4Address());
        *len = sizeof(sockaddr_in);
        return true;
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *sin6 = reinterpret_cast<sockaddr_in6 *>(ss);
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons(port);
        const Q_IPV6ADDR a = address.toIPv6Address();
        memcpy(&sin6->sin6_addr, a.c, 16);
        *len = sizeof(sockaddr_in6);
        return true;
    }
    return false;
}

} // namespace

QByteArray StreamSocket::sockaddrText(const sockaddr_storage &ss)
{
    QHostAddress a(reinterpret_cast<const sockaddr *>(&ss));
    quint16 port = 0;
    if (ss.ss_family == AF_INET)
        port = ntohs(reinterpret_cast<const sockaddr_in *>(&ss)->sin_port);
    else if (ss.ss_family == AF_INET6)
        port = ntohs(reinterpret_cast<const sockaddr_in6 *>(&ss)->sin6_port);
    return StreamSocket::addressText(a, port);
}

QByteArray StreamSocket::addressText(const QHostAddress &address, quint16 port)
{
    QByteArray out;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        out = QHostAddress(v4).toString().toLatin1();
    } else {
        out = '[' + address.toString().toLatin1() + ']';
    }
    out += ':';
    out += QByteArray::number(port);
    return out;
}

StreamSocket::StreamSocket(int fd, Handler *handler, QObject *parent)
    : Transport(parent)
    , m_fd(fd)
{
    m_handler = handler;
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    m_epoll = EpollEventDispatcher::forCurrentThread();
    setReadInterest(true);
    // The write notifier comes only when the kernel first refuses bytes (or for a connect):
    // most connections never need one, and each costs a QObject and two epoll_ctl() calls.
}

void StreamSocket::setReadInterest(bool enabled)
{
    if (m_fd < 0)
        return;
    if (m_epoll) {
        if (enabled != m_watchRead) {
            m_watchRead = enabled;
            m_epoll->watch(m_fd, this, m_watchRead, m_watchWrite);
        }
        return;
    }
    if (!m_readNotifier) {
        m_readNotifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
        connect(m_readNotifier.get(), &QSocketNotifier::activated, this, &StreamSocket::handleReadActivated);
    }
    m_readNotifier->setEnabled(enabled);
}

void StreamSocket::setWriteInterest(bool enabled)
{
    if (m_epoll) {
        if (m_fd >= 0 && enabled != m_watchWrite) {
            m_watchWrite = enabled;
            m_epoll->watch(m_fd, this, m_watchRead, m_watchWrite);
        }
        return;
    }
    if (!m_writeNotifier) {
        if (!enabled || m_fd < 0)
            return;
        m_writeNotifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Write);
        connect(m_writeNotifier.get(), &QSocketNotifier::activated, this, &StreamSocket::handleWriteActivated);
        return;
    }
    m_writeNotifier->setEnabled(enabled);
}

StreamSocket::~StreamSocket()
{
    close();
}

std::unique_ptr<StreamSocket> StreamSocket::connectTo(const QHostAddress &address, quint16 port, Handler *handler,
                                                      int *error)
{
    sockaddr_storage ss;
    socklen_t len = 0;
    if (!toSockaddr(address, port, &ss, &len)) {
        *error = EAFNOSUPPORT;
        return nullptr;
    }
    const int fd = ::socket(ss.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = errno;
        return nullptr;
    }
    const int rc = ::connect(fd, reinterpret_cast<sockaddr *>(&ss), len);
    if (rc < 0 && errno != EINPROGRESS) {
        *error = errno;
        ::close(fd);
        return nullptr;
    }
    auto socket = std::make_unique<StreamSocket>(fd, handler);
    if (rc < 0) {
        // Connect completion shows up as writability; reading waits until then.
        socket->m_connecting = true;
        socket->setReadInterest(false);
        socket->setWriteInterest(true);
    }
    *error = 0;
    return socket;
}

StreamSocket::ReadStatus StreamSocket::readInto(QByteArray &buffer, qsizetype max, qsizetype *count)
{
    *count = 0;
    if (m_fd < 0)
        return ReadStatus::Error;
    // A buffer only grows to what actually arrives: what does not fit in its spare capacity is
    // read onto the stack and appended. A keep-alive connection whose requests are a few hundred
    // bytes must not hold 64 KiB per buffer (at 5,000 connections that is most of the RSS), and
    // a new connection must not pay an mmap()/munmap() pair for a 128 KiB block it never fills.
    char stack[kStackChunk];
    const qsizetype old = buffer.size();
    const qsizetype room = std::min(buffer.capacity() - old, max);
    const qsizetype extra = std::min(max - room, kStackChunk);
    if (room > 0)
        buffer.resize(old + room);
    iovec iov[2];
    int parts = 0;
    if (room > 0)
        iov[parts++] = {buffer.data() + old, size_t(room)};
    if (extra > 0)
        iov[parts++] = {stack, size_t(extra)};
    for (;;) {
        // recv() when one buffer will do: the socket call skips the file layer readv() goes through.
        const ssize_t n = parts == 1 ? ::recv(m_fd, iov[0].iov_base, iov[0].iov_len, 0) : ::readv(m_fd, iov, parts);
        if (n > 0) {
            if (n <= room) {
                buffer.resize(old + n);
            } else {
                const qsizetype wanted = old + n;
                if (wanted > buffer.capacity())
                    buffer.reserve(std::max(wanted, 2 * buffer.capacity()));
                buffer.append(stack, n - room);
            }
            *count = n;
            if (n < room + extra)
                markDrained(); // a stream socket returns less only when its queue is empty
            return ReadStatus::Data;
        }
        buffer.resize(old);
        if (n < 0 && errno == EINTR)
            continue;
        markDrained();
        if (n == 0)
            return ReadStatus::Eof;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return ReadStatus::WouldBlock;
        m_error = errno;
        return ReadStatus::Error;
    }
}

bool StreamSocket::write2(QByteArrayView a, QByteArrayView b)
{
    if (m_fd < 0 || m_error)
        return false;
    if (a.isEmpty() && b.isEmpty())
        return true;
    if (m_connecting || pendingBytes() > 0) {
        m_pending.append(a.data(), a.size());
        m_pending.append(b.data(), b.size());
        updateWriteNotifier();
        return true;
    }
    iovec iov[2];
    int count = 0;
    if (!a.isEmpty())
        iov[count++] = {const_cast<char *>(a.data()), size_t(a.size())};
    if (!b.isEmpty())
        iov[count++] = {const_cast<char *>(b.data()), size_t(b.size())};
    msghdr msg{};
    msg.msg_iov = iov;
    msg.msg_iovlen = size_t(count);
    ssize_t n;
    do {
        n = count == 1 ? ::send(m_fd, iov[0].iov_base, iov[0].iov_len, MSG_NOSIGNAL) : ::sendmsg(m_fd, &msg, MSG_NOSIGNAL);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
        if (errno != EAGAIN && errno != EWOULDBLOCK) {
            m_error = errno;
            return false;
        }
        n = 0;
    }
    const qsizetype total = a.size() + b.size();
    if (n < total) {
        // Keep what the kernel did not take.
        qsizetype skip = n;
        if (skip < a.size()) {
            m_pending.append(a.data() + skip, a.size() - skip);
            skip = 0;
        } else {
            skip -= a.size();
        }
        m_pending.append(b.data() + skip, b.size() - skip);
        updateWriteNotifier();
    }
    return true;
}

bool StreamSocket::flushPending()
{
    while (pendingBytes() > 0) {
        const ssize_t n = ::send(m_fd, m_pending.constData() + m_pendingOffset, size_t(pendingBytes()), MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return true;
            m_error = errno;
            return false;
        }
        m_pendingOffset += n;
    }
    // Fully drained: keep a modest capacity, release huge buffers from a slow client.
    m_pending.clear();
    if (m_pending.capacity() > 4 * kHighWater)
        m_pending.squeeze();
    m_pendingOffset = 0;
    return true;
}

void StreamSocket::updateWriteNotifier()
{
    if (m_fd < 0)
        return;
    const bool want = m_connecting || pendingBytes() > 0 || (m_shutdownRequested && !m_shutdownDone);
    if (pendingBytes() >= kHighWater)
        m_wasHigh = true;
    setWriteInterest(want);
}

void StreamSocket::handleReadActivated()
{
    if (m_handler)
        m_handler->transportReadable(this);
}

void StreamSocket::handleWriteActivated()
{
    if (m_fd < 0)
        return;
    if (m_connecting) {
        int err = 0;
        socklen_t len = sizeof(err);
        ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &err, &len);
        m_connecting = false;
        if (err) {
            m_error = err;
            setWriteInterest(false);
            if (m_handler)
                m_handler->transportConnected(this, failureReason());
            return;
        }
        setReadInterest(m_readEnabled);
        updateWriteNotifier();
        if (m_handler)
            m_handler->transportConnected(this, {});
        return;
    }
    if (!flushPending()) {
        setWriteInterest(false);
        // Reported through the next read (the peer reset) or write.
        if (m_handler)
            m_handler->transportReadable(this);
        return;
    }
    if (pendingBytes() == 0 && m_shutdownRequested && !m_shutdownDone) {
        ::shutdown(m_fd, SHUT_WR);
        m_shutdownDone = true;
    }
    updateWriteNotifier();
    if (m_wasHigh && pendingBytes() <= kLowWater) {
        m_wasHigh = false;
        if (m_handler)
            m_handler->transportWritable(this);
    }
}

void StreamSocket::shutdownWrite()
{
    if (m_fd < 0 || m_shutdownRequested)
        return;
    m_shutdownRequested = true;
    if (pendingBytes() == 0 && !m_connecting) {
        ::shutdown(m_fd, SHUT_WR);
        m_shutdownDone = true;
    } else {
        updateWriteNotifier();
    }
}

void StreamSocket::setReadEnabled(bool enabled)
{
    m_readEnabled = enabled;
    if (!m_connecting)
        setReadInterest(enabled);
}

void StreamSocket::close()
{
    if (m_fd < 0)
        return;
    if (m_epoll && (m_watchRead || m_watchWrite)) {
        m_epoll->forgetClosing(m_fd);
        m_watchRead = m_watchWrite = false;
    }
    detachFromLoop();
    ::close(m_fd);
    m_fd = -1;
    m_pending.clear();
    m_pendingOffset = 0;
}

void StreamSocket::detachFromLoop()
{
    if (m_epoll && (m_watchRead || m_watchWrite))
        m_epoll->watch(m_fd, nullptr, false, false);
    m_watchRead = m_watchWrite = false;
    // This may run inside a notifier's own activation: retire the notifiers later.
    for (std::unique_ptr<QSocketNotifier> *n : {&m_readNotifier, &m_writeNotifier}) {
        if (*n) {
            (*n)->setEnabled(false);
            (*n)->disconnect(this);
            n->release()->deleteLater();
        }
    }
}

int StreamSocket::release()
{
    const int fd = m_fd;
    detachFromLoop();
    m_fd = -1;
    return fd;
}

void StreamSocket::abort()
{
    if (m_fd < 0)
        return;
    linger lg{1, 0};
    ::setsockopt(m_fd, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
    close();
}

const QByteArray &StreamSocket::localAddressText()
{
    if (m_localText.isEmpty() && m_fd >= 0) {
        sockaddr_storage ss{};
        socklen_t len = sizeof(ss);
        if (::getsockname(m_fd, reinterpret_cast<sockaddr *>(&ss), &len) == 0)
            m_localText = sockaddrText(ss);
    }
    return m_localText;
}

const QByteArray &StreamSocket::peerAddressText()
{
    if (m_peerText.isEmpty() && m_fd >= 0) {
        sockaddr_storage ss{};
        socklen_t len = sizeof(ss);
        if (::getpeername(m_fd, reinterpret_cast<sockaddr *>(&ss), &len) == 0)
            m_peerText = sockaddrText(ss);
    }
    return m_peerText;
}

QHostAddress StreamSocket::peerAddress() const
{
    sockaddr_storage ss{};
    socklen_t len = sizeof(ss);
    if (m_fd < 0 || ::getpeername(m_fd, reinterpret_cast<sockaddr *>(&ss), &len) != 0)
        return {};
    return QHostAddress(reinterpret_cast<const sockaddr *>(&ss));
}

QByteArray StreamSocket::failureReason() const
{
    if (!m_error)
        return {};
    // Envoy's wording for the common cases, strerror otherwise.
    switch (m_error) {
    case ECONNREFUSED:
        return QByteArrayLiteral("delayed_connect_error:_Connection_refused");
    case ECONNRESET:
        return QByteArrayLiteral("connection_reset");
    case ETIMEDOUT:
        return QByteArrayLiteral("connection_timeout");
    default:
        return QByteArray(strerror(m_error)).replace(' ', '_');
    }
}

quint16 StreamSocket::localPort() const
{
    sockaddr_storage ss{};
    socklen_t len = sizeof(ss);
    if (m_fd < 0 || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&ss), &len) != 0)
        return 0;
    if (ss.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in *>(&ss)->sin_port);
    if (ss.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 *>(&ss)->sin6_port);
    return 0;
}

} // namespace meshgate
