// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QSocketNotifier;

namespace meshgate {

// Listening sockets: one per worker on the same address and port with SO_REUSEPORT, so the
// kernel spreads new connections over the workers and a connection stays on one for life.
class ListenerSocket final
{
public:
    // Opens `count` listening descriptors. Before that, a probe bind without SO_REUSEPORT makes
    // sure nobody else holds the port (two reuse-port sockets of one user would silently share
    // it). On failure returns an empty list and a reason such as "port 8080 in use".
    static QList<int> open(const QHostAddress &address, quint16 port, int count, QString *error);
    static void closeAll(const QList<int> &fds);
    // The port a descriptor is bound to (after binding port 0).
    static quint16 boundPort(int fd);
};

// Accepts connections on one listening descriptor on the current thread.
class Acceptor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Acceptor)
public:
    // Called with each accepted descriptor, or with -errno when accepting failed for want of
    // descriptors or memory (accepting then pauses for kResourceBackoffMs).
    // localText: the listener's "ip:port" when it is bound to one address (then it is every
    // connection's local address), else empty; peerText: the client's, from accept4().
    using Callback = std::function<void(int clientFd, const QByteArray &localText, const QByteArray &peerText)>;
    static constexpr int kResourceBackoffMs = 100;
    Acceptor(int fd, Callback callback, QObject *parent = nullptr);
    ~Acceptor() override;

    void setEnabled(bool enabled);

private:
    void handleActivated();

    int m_fd;
    Callback m_callback;
    QByteArray m_localText;
    std::unique_ptr<QSocketNotifier> m_notifier;
    bool m_enabled = true;
    bool m_backingOff = false;
};

} // namespace meshgate
