// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/mirrorrequest.h"

#include "engine/streamsocket.h"
#include "engine/workercontext.h"

#include <QPointer>

namespace meshgate {

void MirrorRequest::start(WorkerContext &worker, std::shared_ptr<const RouteTable> table, int cluster, QByteArray head)
{
    auto *m = new MirrorRequest(worker, std::move(table), cluster, std::move(head));
    m->run();
}

MirrorRequest::MirrorRequest(WorkerContext &worker, std::shared_ptr<const RouteTable> table, int cluster,
                             QByteArray head)
    : m_worker(worker)
    , m_table(std::move(table))
    , m_cluster(cluster)
    , m_head(std::move(head))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &MirrorRequest::done);
    m_timeout.start(30000);
}

void MirrorRequest::run()
{
    const Cluster &cluster = m_table->clusters()[size_t(m_cluster)];
    QPointer<MirrorRequest> guard(this);
    m_worker.selector->resolve(cluster, cluster.host, cluster.port,
                               [guard](EndpointList endpoints, const QString &) {
                                   if (!guard)
                                       return;
                                   if (endpoints->empty()) {
                                       guard->done();
                                       return;
                                   }
                                   const ResolvedEndpoint &ep = (*endpoints)[guard->m_worker.random() % endpoints->size()];
                                   int error = 0;
                                   guard->m_transport = StreamSocket::connectTo(ep.address, ep.port, guard, &error);
                                   if (!guard->m_transport)
                                       guard->done();
                               });
}

void MirrorRequest::transportConnected(Transport *transport, const QByteArray &error)
{
    if (!error.isEmpty()) {
        done();
        return;
    }
    transport->write(m_head);
}

void MirrorRequest::transportReadable(Transport *transport)
{
    qsizetype n = 0;
    m_sink.resize(0);
    const Transport::ReadStatus s = transport->readInto(m_sink, 16384, &n);
    if (s == Transport::ReadStatus::Eof || s == Transport::ReadStatus::Error)
        done();
}

void MirrorRequest::done()
{
    if (m_transport) {
        m_transport->setHandler(nullptr);
        m_transport->close();
    }
    m_timeout.stop();
    deleteLater();
}

} // namespace meshgate
