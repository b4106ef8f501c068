// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/resources.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace meshgate::routeutil {

// One-glance descriptions of routes for the route lists ("gateways=proxy port=80 uri prefix
// /status → httpbin.org:80 100%"), and the destination columns shared by HTTP and TLS routes.

QString httpMatchSummary(const HttpRoute &route);
QString tlsMatchSummary(const TlsRoute &route);
QString destinationsSummary(const std::vector<std::pair<const Destination *, std::optional<int>>> &destinations);
QString httpRouteSummary(const HttpRoute &route);
QString tlsRouteSummary(const TlsRoute &route);

enum DestinationColumn { HostColumn, PortColumn, SubsetColumn, WeightColumn };
QStringList destinationRow(const Destination &destination, const std::optional<int> &weight);
// Applies an edited cell; false when the text cannot be read (the form then refreshes the cell).
bool applyDestinationCell(Destination &destination, std::optional<int> &weight, int column, const QString &text);

struct WeightCheck
{
    enum class Level { Ok, Warning, Error };
    QString text;
    Level level = Level::Ok;
};
// The live "weights sum to N" line under a destination table; says what the validator says.
WeightCheck checkWeights(const std::vector<std::optional<int>> &weights);
QString weightCheckStyle(const WeightCheck &check); // green, amber or red


// The HTTP route fields the form does not edit, so the user knows they are there and kept.
QStringList otherHttpFields(const HttpRoute &route);

} // namespace meshgate::routeutil
