// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/listenersocket.h"

#include "engine/streamsocket.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace meshgate {

namespace {

int bindOne(const QHostAddress &address, quint16 port, bool reusePort, int *err)
{
    sockaddr_storage ss{};
    socklen_t len = 0;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *sin6 = reinterpret_cast<sockaddr_in6 *>(&ss);
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons(port);
        const Q_IPV6ADDR a = address.toIPv6Address();
        memcpy(&sin6->sin6_addr, a.c, 16);
        len = sizeof(sockaddr_in6);
    } else {
        auto *sin = reinterpret_cast<sockaddr_in *>(&ss);
        sin->sin_family = AF_INET;
        sin->sin_port = htons(port);
        sin->sin_addr.s_addr = htonl(address.toIPv4Address());
        len = sizeof(sockaddr_in);
    }
    const int fd = ::socket(ss.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *err = errno;
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    if (reusePort)
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one));
    if (::bind(fd, reinterpret_cast<sockaddr *>(&ss), len) < 0) {
        *err = errno;
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

QList<int> ListenerSocket::open(const QHostAddress &address, quint16 port, int count, QString *error)
{
    QList<int> fds;
    int err = 0;
    if (port != 0) {
        const int probe = bindOne(address, port, false, &err);
        if (probe < 0) {
            *error = err == EADDRINUSE
                ? QCoreApplication::translate("ListenerSocket", "port %1 in use").arg(port)
                : QCoreApplication::translate("ListenerSocket", "cannot bind %1:%2: %3")
                      .arg(address.toString())
                      .arg(port)
                      .arg(QString::fromLocal8Bit(strerror(err)));
            return {};
        }
        ::close(probe);
    }
    for (int i = 0; i < count; ++i) {
        // Port 0: the first socket picks a port and the others join it.
        const quint16 p = i == 0 ? port : boundPort(fds.first());
        const int fd = bindOne(address, p, true, &err);
        if (fd < 0 || ::listen(fd, 4096) < 0) {
            if (fd >= 0) {
                err = errno;
                ::close(fd);
            }
            *error = QCoreApplication::translate("ListenerSocket", "cannot listen on %1:%2: %3")
                         .arg(address.toString())
                         .arg(p)
                         .arg(QString::fromLocal8Bit(strerror(err)));
            closeAll(fds);
            return {};
        }
        fds.append(fd);
    }
    return fds;
}

void ListenerSocket::closeAll(const QList<int> &fds)
{
    for (int fd : fds)
        ::close(fd);
}

quint16 ListenerSocket::boundPort(int fd)
{
    sockaddr_storage ss{};
    socklen_t len = sizeof(ss);
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&ss), &len) != 0)
        return 0;
    if (ss.ss_family == AF_INET)
        return ntohs(reinterpret_cast<sockaddr_in *>(&ss)->sin_port);
    return ntohs(reinterpret_cast<sockaddr_in6 *>(&ss)->sin6_port);
}

Acceptor::Acceptor(int fd, Callback callback, QObject *parent)
    : QObject(parent)
    , m_fd(fd)
    , m_callback(std::move(callback))
    , m_notifier(std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read))
{
    sockaddr_storage ss{};
    socklen_t len = sizeof(ss);
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&ss), &len) == 0) {
        const QHostAddress bound(reinterpret_cast<const sockaddr *>(&ss));
        if (!bound.isEqual(QHostAddress::AnyIPv4) && !bound.isEqual(QHostAddress::AnyIPv6))
            m_localText = StreamSocket::sockaddrText(ss);
    }
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &Acceptor::handleActivated);
}

Acceptor::~Acceptor()
{
    m_notifier.reset();
    ::close(m_fd);
}

void Acceptor::setEnabled(bool enabled)
{
    m_enabled = enabled;
    m_notifier->setEnabled(m_enabled && !m_backingOff);
}

void Acceptor::handleActivated()
{
    // A bounded batch per wake-up, so one busy listener cannot starve the others.
    for (int i = 0; i < 64; ++i) {
        sockaddr_storage peer{};
        socklen_t peerLen = sizeof(peer);
        const int client = ::accept4(m_fd, reinterpret_cast<sockaddr *>(&peer), &peerLen, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (client >= 0) {
            m_callback(client, m_localText, StreamSocket::sockaddrText(peer));
            continue;
        }
        const int error = errno;
        if (error == EINTR)
            continue;
        if (error == EMFILE || error == ENFILE || error == ENOBUFS || error == ENOMEM) {
            // Out of descriptors: the connection stays queued and the notifier (level-triggered)
            // would fire again at once, spinning a core until a descriptor frees up. Pause
            // accepting for a moment instead, and tell the callback why.
            m_backingOff = true;
            m_notifier->setEnabled(false);
            QTimer::singleShot(kResourceBackoffMs, this, [this] {
                m_backingOff = false;
                m_notifier->setEnabled(m_enabled);
            });
            m_callback(-error, {}, {});
        }
        return; // EAGAIN: nothing more queued
    }
}

} // namespace meshgate
