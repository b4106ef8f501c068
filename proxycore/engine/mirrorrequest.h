// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/endpointselector.h"
#include "engine/transport.h"
#include "routing/routetable.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace meshgate {

struct WorkerContext;

// Fire-and-forget copy of a request to a mirror destination (VirtualService `mirror`): the
// response is read and dropped, failures are ignored, and it never delays the real request.
class MirrorRequest final : public QObject, private Transport::Handler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MirrorRequest)
public:
    static void start(WorkerContext &worker, std::shared_ptr<const RouteTable> table, int cluster, QByteArray head);

private:
    MirrorRequest(WorkerContext &worker, std::shared_ptr<const RouteTable> table, int cluster, QByteArray head);
    void run();
    void transportReadable(Transport *transport) override;
    void transportWritable(Transport *) override {}
    void transportConnected(Transport *transport, const QByteArray &error) override;
    void done();

    WorkerContext &m_worker;
    std::shared_ptr<const RouteTable> m_table;
    int m_cluster;
    QByteArray m_head;
    std::unique_ptr<Transport> m_transport;
    QTimer m_timeout;
    QByteArray m_sink;
};

} // namespace meshgate
