// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/prometheusexporter.h"

#include <algorithm>

namespace meshgate {

namespace {

void appendHeader(QByteArray &out, const char *name, const char *type, const char *help)
{
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
}

void appendSample(QByteArray &out, const char *name, const char *suffix, const QByteArray &labels,
                  quint64 value)
{
    out.append(name).append(suffix).append('{').append(labels).append("} ");
    out.append(QByteArray::number(value)).append('\n');
}

using HistogramMember = BucketHistogram RequestSeries::*;

} // namespace

void PrometheusExporter::appendEscapedLabelValue(QByteArray &out, QByteArrayView value)
{
    for (const char c : value) {
        switch (c) {
        case '\\': out.append("\\\\"); break;
        case '"': out.append("\\\""); break;
        case '\n': out.append("\\n"); break;
        default: out.append(c); break;
        }
    }
}

QByteArray PrometheusExporter::render(const StatsSnapshot &snapshot) const
{
    QByteArray common = "reporter=\"";
    appendEscapedLabelValue(common, m_options.reporter);
    common.append("\",source_workload=\"");
    appendEscapedLabelValue(common, m_options.sourceWorkload);
    common.append("\",destination_service=\"");

    auto destination = [&common](QByteArray &labels, const QByteArray &service) {
        labels = common;
        appendEscapedLabelValue(labels, service.isEmpty() ? QByteArrayView("unknown") : service);
        labels.append('"');
    };

    // Sorted label sets, each rendered once and reused for every metric that carries it.
    QList<RequestSeriesKey> requestKeys = snapshot.requests.keys();
    std::sort(requestKeys.begin(), requestKeys.end(), [](const auto &a, const auto &b) {
        if (a.destinationService != b.destinationService)
            return a.destinationService < b.destinationService;
        if (a.responseCode != b.responseCode)
            return a.responseCode < b.responseCode;
        return a.responseFlags.bits() < b.responseFlags.bits();
    });
    QList<QByteArray> requestLabels;
    QList<const RequestSeries *> requestSeries;
    requestLabels.reserve(requestKeys.size());
    requestSeries.reserve(requestKeys.size());
    for (const RequestSeriesKey &key : requestKeys) {
        requestSeries.append(&*snapshot.requests.constFind(key));
        QByteArray labels;
        destination(labels, key.destinationService);
        labels.append(",request_protocol=\"http\",response_code=\"");
        labels.append(QByteArray::number(key.responseCode));
        labels.append("\",response_flags=\"");
        key.responseFlags.appendTo(labels);
        labels.append('"');
        requestLabels.append(labels);
    }

    QList<TcpSeriesKey> tcpKeys = snapshot.tcp.keys();
    std::sort(tcpKeys.begin(), tcpKeys.end(), [](const auto &a, const auto &b) {
        if (a.destinationService != b.destinationService)
            return a.destinationService < b.destinationService;
        return a.responseFlags.bits() < b.responseFlags.bits();
    });
    QList<QByteArray> tcpLabels;
    QList<const TcpSeries *> tcpSeries;
    tcpLabels.reserve(tcpKeys.size());
    tcpSeries.reserve(tcpKeys.size());
    for (const TcpSeriesKey &key : tcpKeys) {
        tcpSeries.append(&*snapshot.tcp.constFind(key));
        QByteArray labels;
        destination(labels, key.destinationService);
        labels.append(",request_protocol=\"tcp\",response_flags=\"");
        key.responseFlags.appendTo(labels);
        labels.append('"');
        tcpLabels.append(labels);
    }

    QByteArray out;
    out.reserve(1024 + requestKeys.size() * 6000 + tcpKeys.size() * 800);

    appendHeader(out, "istio_requests_total", "counter", "Requests handled by the gateway.");
    for (qsizetype i = 0; i < requestKeys.size(); ++i) {
        appendSample(out, "istio_requests_total", "", requestLabels[i],
                     snapshot.requests.value(requestKeys[i]).requests);
    }

    auto histogram = [&](const char *name, const char *help, HistogramMember member) {
        appendHeader(out, name, "histogram", help);
        for (qsizetype i = 0; i < requestKeys.size(); ++i) {
            const BucketHistogram &h = requestSeries[i]->*member;
            for (int b = 0; b < BucketHistogram::BoundCount; ++b) {
                out.append(name).append("_bucket{").append(requestLabels[i]).append(",le=\"");
                out.append(BucketHistogram::BoundLabels[std::size_t(b)]).append("\"} ");
                out.append(QByteArray::number(h.cumulativeCount(b))).append('\n');
            }
            out.append(name).append("_bucket{").append(requestLabels[i]).append(",le=\"+Inf\"} ");
            out.append(QByteArray::number(h.count())).append('\n');
            appendSample(out, name, "_sum", requestLabels[i], h.sum());
            appendSample(out, name, "_count", requestLabels[i], h.count());
        }
    };
    histogram("istio_request_duration_milliseconds", "Duration of requests in milliseconds.",
              &RequestSeries::durationMs);
    histogram("istio_request_bytes", "HTTP request body sizes in bytes.",
              &RequestSeries::requestBytes);
    histogram("istio_response_bytes", "HTTP response body sizes in bytes.",
              &RequestSeries::responseBytes);

    auto tcpCounter = [&](const char *name, const char *help, quint64 TcpSeries::*member) {
        appendHeader(out, name, "counter", help);
        for (qsizetype i = 0; i < tcpKeys.size(); ++i)
            appendSample(out, name, "", tcpLabels[i], tcpSeries[i]->*member);
    };
    tcpCounter("istio_tcp_connections_opened_total", "TCP connections opened.",
               &TcpSeries::opened);
    tcpCounter("istio_tcp_connections_closed_total", "TCP connections closed.",
               &TcpSeries::closed);
    tcpCounter("istio_tcp_sent_bytes_total", "Bytes sent to clients on TCP connections.",
               &TcpSeries::sentBytes);
    tcpCounter("istio_tcp_received_bytes_total", "Bytes received from clients on TCP connections.",
               &TcpSeries::receivedBytes);

    appendHeader(out, "meshgate_downstream_connections_active", "gauge",
                 "Client connections currently open.");
    out.append("meshgate_downstream_connections_active ");
    out.append(QByteArray::number(snapshot.activeConnections())).append('\n');
    return out;
}

} // namespace meshgate
