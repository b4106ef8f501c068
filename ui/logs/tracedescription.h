// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"
#include "log/accesslogrecord.h"

#include <QList>
#include <QString>

namespace meshgate {

// Turns a logged request back into what RequestDescription::parse reads, so "Trace this
// request" can ask the route table why it went where it went. The listener it arrived on
// (downstream local address) names the Gateway and its server port.
class TraceDescription final
{
public:
    // "GET /status/418 host=httpbin.org gateway=default/proxy port=80" or
    // "TLS edition.cnn.com gateway=default/proxy port=443". Without a known listener the
    // gateway= part is left out, so the tracer asks the user for it.
    static QString fromRecord(const AccessLogRecord &record, const QList<ListenerState> &listeners);

    // The host a ServiceEntry / VirtualService would be created for (Host without port, or
    // SNI), and the Gateway server port it arrived on (else the Host's port, else 80 / 443).
    static QString hostOf(const AccessLogRecord &record);
    static quint16 portOf(const AccessLogRecord &record, const QList<ListenerState> &listeners);

private:
    static const ListenerState *findListener(const AccessLogRecord &record, const QList<ListenerState> &listeners);
};

} // namespace meshgate
