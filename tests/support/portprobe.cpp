// SPDX-License-Identifier: GPL-3.0-or-later
#include "portprobe.h"

#include "eventwait.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTcpSocket>

namespace meshgate::test {

using namespace std::chrono_literals;

bool PortProbe::isAccepting(quint16 port, std::chrono::milliseconds timeout)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    EventWait wait;
    wait.wakeOn(&socket, &QTcpSocket::connected).wakeOn(&socket, &QTcpSocket::errorOccurred);
    wait.until([&] { return socket.state() == QAbstractSocket::ConnectedState
                         || socket.state() == QAbstractSocket::UnconnectedState; },
               timeout);
    const bool accepted = socket.state() == QAbstractSocket::ConnectedState;
    socket.disconnectFromHost();
    return accepted;
}

bool PortProbe::waitUntilAccepting(quint16 port, std::chrono::milliseconds timeout,
                                   const std::function<bool()> &giveUp)
{
    const QDeadlineTimer deadline(timeout);
    while (!deadline.hasExpired()) {
        if (giveUp && giveUp())
            return false;
        if (isAccepting(port, std::chrono::milliseconds(std::max<qint64>(1, deadline.remainingTime()))))
            return true;
        EventWait::pause(25ms);
    }
    return false;
}

} // namespace meshgate::test
