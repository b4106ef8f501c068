// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace meshgate::test {

// Ports on 127.0.0.1 that were free a moment ago (bound, read back, closed; chosen below the
// ephemeral range so that no outgoing connection can take one in the meantime). Another
// process can still take one before it is used; tests keep the window short.
class FreePort final
{
public:
    // 0 when no port could be bound at all.
    static quint16 pick();

    // `count` distinct ports, none of them in `avoid`.
    static QList<quint16> pickMany(int count, const QList<quint16> &avoid = {});

    static bool isFree(quint16 port);

    // An offset N such that every gateway port P gives a free P + N (what --port-offset needs for
    // a config whose Gateway listens on fixed ports such as 80 and 443).
    static std::optional<int> offsetFor(const QList<int> &gatewayPorts, const QList<quint16> &avoid = {});
};

} // namespace meshgate::test
