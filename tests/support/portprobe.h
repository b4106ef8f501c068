// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <chrono>
#include <functional>

namespace meshgate::test {

// Whether something accepts TCP connections on 127.0.0.1:port. A server in another process does
// not announce when it starts listening, so this tries to connect, and tries again shortly after
// a refusal, until the deadline or until `giveUp` says waiting is pointless (its process ended).
class PortProbe final
{
public:
    static bool waitUntilAccepting(quint16 port, std::chrono::milliseconds timeout,
                                   const std::function<bool()> &giveUp = {});
    static bool isAccepting(quint16 port, std::chrono::milliseconds timeout = std::chrono::seconds(2));
};

} // namespace meshgate::test
