// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QTimer>

#include <chrono>
#include <vector>

namespace meshgate::test {

// Thousands of TCP clients on raw non-blocking sockets, each sending the same bytes a little at a
// time (a slowloris crowd). One QObject-free socket per client and one timer for all of them:
// QTcpSocket objects and a notifier each would cost more than the event loop should carry
// while the test also drives child processes. Everything runs on the test's own thread, from
// the event loop, so child-process output keeps being drained.
class SlowClientSwarm final
{
public:
    struct Client
    {
        int fd = -1;
        quint16 localPort = 0;
        qsizetype sent = 0;
        QByteArray received;
        bool closed = false; // the peer closed or reset
    };

    SlowClientSwarm();
    ~SlowClientSwarm();
    Q_DISABLE_COPY_MOVE(SlowClientSwarm)

    // Raises this process's soft RLIMIT_NOFILE to its hard limit; returns the soft limit now.
    static qint64 raiseFileLimit();
    // The soft RLIMIT_NOFILE of another process, from /proc/<pid>/limits; -1 when unknown.
    static qint64 fileLimitOf(qint64 pid);

    // Connects `count` clients to 127.0.0.1:port (waiting up to `timeout` for the handshakes);
    // returns how many connected.
    int connect(quint16 port, int count, std::chrono::milliseconds timeout = std::chrono::seconds(20));

    // Every `interval`, each open client sends the next `bytesPerTick` bytes of `payload`, and
    // what the server sent back is collected (also in between, every 100 ms).
    void startTrickle(const QByteArray &payload, std::chrono::milliseconds interval, int bytesPerTick = 1);
    void stop();

    // Reads what has arrived, without waiting.
    void poll();

    const std::vector<Client> &clients() const { return m_clients; }
    int closedCount() const;
    // Clients whose received bytes start with "HTTP/1.1 <status> ".
    int countStatus(int status) const;
    void closeAll();

private:
    void sendNext();

    std::vector<Client> m_clients;
    QByteArray m_payload;
    int m_bytesPerTick = 1;
    QTimer m_sendTimer;
    QTimer m_readTimer;
};

} // namespace meshgate::test
