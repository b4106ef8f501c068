// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/statssnapshot.h"

#include <QByteArray>

namespace meshgate {

// Renders a StatsSnapshot (the engine's running total) as the Prometheus text exposition
// format, version 0.0.4: Istio's standard metric names and labels, so Istio dashboards and
// queries work unchanged. Series are sorted, so the same counters always give the same text.
//
// Labels: reporter, source_workload, destination_service, request_protocol, and for HTTP
// response_code and response_flags (TCP: response_flags). An Istio ingress gateway reports as a
// client proxy, hence reporter="source" by default (Istio's docs: "source if the report is from
// a client proxy or a gateway"; Kiali's gateway queries rely on it).
class PrometheusExporter final
{
public:
    struct Options
    {
        QByteArray reporter = "source";
        QByteArray sourceWorkload = "meshgate";
    };

    PrometheusExporter() = default;
    explicit PrometheusExporter(const Options &options) : m_options(options) { }

    QByteArray render(const StatsSnapshot &snapshot) const;

    // Label value escaping of the text format: backslash, double quote and line feed.
    static void appendEscapedLabelValue(QByteArray &out, QByteArrayView value);

    static constexpr const char *ContentType = "text/plain; version=0.0.4; charset=utf-8";

private:
    Options m_options;
};

} // namespace meshgate
