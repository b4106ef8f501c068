// SPDX-License-Identifier: GPL-3.0-or-later
#include "slowclientswarm.h"

#include "eventwait.h"

#include <QFile>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace meshgate::test {

using namespace std::chrono_literals;

SlowClientSwarm::SlowClientSwarm()
{
    QObject::connect(&m_sendTimer, &QTimer::timeout, &m_sendTimer, [this] { sendNext(); });
    m_readTimer.setInterval(100ms);
    QObject::connect(&m_readTimer, &QTimer::timeout, &m_readTimer, [this] { poll(); });
}

SlowClientSwarm::~SlowClientSwarm()
{
    closeAll();
}

qint64 SlowClientSwarm::raiseFileLimit()
{
    rlimit rl{};
    if (::getrlimit(RLIMIT_NOFILE, &rl) != 0)
        return -1;
    if (rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &rl);
        ::getrlimit(RLIMIT_NOFILE, &rl);
    }
    return rl.rlim_cur == RLIM_INFINITY ? std::numeric_limits<qint64>::max() : qint64(rl.rlim_cur);
}

qint64 SlowClientSwarm::fileLimitOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    // "Max open files            1024                 524288               files"
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.startsWith("Max open files"))
            continue;
        const QList<QByteArray> fields = line.mid(14).simplified().split(' ');
        if (fields.isEmpty())
            return -1;
        if (fields.first() == "unlimited")
            return std::numeric_limits<qint64>::max();
        bool ok = false;
        const qint64 v = fields.first().toLongLong(&ok);
        return ok ? v : -1;
    }
    return -1;
}

int SlowClientSwarm::connect(quint16 port, int count, std::chrono::milliseconds timeout)
{
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    std::vector<Client> pending;
    for (int i = 0; i < count; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0)
            break;
        if (::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof(to)) != 0 && errno != EINPROGRESS) {
            ::close(fd);
            continue;
        }
        Client c;
        c.fd = fd;
        pending.push_back(std::move(c));
    }
    // Wait for the handshakes (loopback: the kernel completes them at once while the server's
    // accept queue has room).
    std::vector<pollfd> fds(pending.size());
    for (size_t i = 0; i < pending.size(); ++i)
        fds[i] = {pending[i].fd, POLLOUT, 0};
    std::vector<bool> done(pending.size(), false);
    size_t remaining = pending.size();
    EventWait wait;
    wait.pollEvery(20ms).until([&] {
        ::poll(fds.data(), nfds_t(fds.size()), 0);
        for (size_t i = 0; i < fds.size(); ++i) {
            if (done[i] || fds[i].revents == 0)
                continue;
            done[i] = true;
            --remaining;
            int error = 0;
            socklen_t len = sizeof(error);
            ::getsockopt(fds[i].fd, SOL_SOCKET, SO_ERROR, &error, &len);
            fds[i].events = 0;
            if (error != 0) {
                ::close(pending[i].fd);
                pending[i].fd = -1;
                continue;
            }
            sockaddr_in local{};
            socklen_t localLen = sizeof(local);
            ::getsockname(pending[i].fd, reinterpret_cast<sockaddr *>(&local), &localLen);
            pending[i].localPort = ntohs(local.sin_port);
        }
        return remaining == 0;
    }, timeout);
    int connected = 0;
    for (size_t i = 0; i < pending.size(); ++i) {
        if (done[i] && pending[i].fd >= 0) {
            m_clients.push_back(std::move(pending[i]));
            ++connected;
        } else if (pending[i].fd >= 0) {
            ::close(pending[i].fd);
        }
    }
    return connected;
}

void SlowClientSwarm::startTrickle(const QByteArray &payload, std::chrono::milliseconds interval, int bytesPerTick)
{
    m_payload = payload;
    m_bytesPerTick = bytesPerTick;
    m_sendTimer.setInterval(interval);
    sendNext();
    m_sendTimer.start();
    m_readTimer.start();
}

void SlowClientSwarm::stop()
{
    m_sendTimer.stop();
    m_readTimer.stop();
}

void SlowClientSwarm::sendNext()
{
    for (Client &c : m_clients) {
        if (c.closed || c.fd < 0 || c.sent >= m_payload.size())
            continue;
        const qsizetype n = std::min<qsizetype>(m_bytesPerTick, m_payload.size() - c.sent);
        const ssize_t w = ::send(c.fd, m_payload.constData() + c.sent, size_t(n), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (w > 0)
            c.sent += w;
        else if (w < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
            c.closed = true;
    }
}

void SlowClientSwarm::poll()
{
    char buffer[4096];
    for (Client &c : m_clients) {
        if (c.closed || c.fd < 0)
            continue;
        for (;;) {
            const ssize_t n = ::recv(c.fd, buffer, sizeof(buffer), MSG_DONTWAIT);
            if (n > 0) {
                c.received.append(buffer, n);
                continue;
            }
            if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR))
                c.closed = true;
            break;
        }
    }
}

int SlowClientSwarm::closedCount() const
{
    return int(std::count_if(m_clients.begin(), m_clients.end(), [](const Client &c) { return c.closed; }));
}

int SlowClientSwarm::countStatus(int status) const
{
    const QByteArray prefix = "HTTP/1.1 " + QByteArray::number(status) + ' ';
    return int(std::count_if(m_clients.begin(), m_clients.end(),
                             [&](const Client &c) { return c.received.startsWith(prefix); }));
}

void SlowClientSwarm::closeAll()
{
    stop();
    for (Client &c : m_clients) {
        if (c.fd >= 0)
            ::close(c.fd);
        c.fd = -1;
    }
}

} // namespace meshgate::test
