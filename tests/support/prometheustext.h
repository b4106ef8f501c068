// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace meshgate::test {

// Sum of the samples of `metric` in a Prometheus text exposition whose label set contains every
// one of `labels` (e.g. `response_code="418"`); nullopt when no sample matches.
std::optional<double> prometheusSum(const QByteArray &text, const QByteArray &metric, const QList<QByteArray> &labels);

} // namespace meshgate::test
