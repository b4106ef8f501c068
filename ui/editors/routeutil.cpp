// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/routeutil.h"

#include "editors/formutil.h"

#include <QCoreApplication>

namespace meshgate::routeutil {

namespace {

// Gives the free functions here a translation context lupdate can see.
struct routeutilText
{
    Q_DECLARE_TR_FUNCTIONS(routeutil)
};

QString matchText(const char *what, const StringMatch &m)
{
    switch (m.kind) {
    case StringMatch::Kind::None:
        return {};
    case StringMatch::Kind::Exact:
        return QStringLiteral("%1 = %2").arg(QLatin1String(what), m.value);
    case StringMatch::Kind::Prefix:
        return QStringLiteral("%1 prefix %2").arg(QLatin1String(what), m.value);
    case StringMatch::Kind::Regex:
        return QStringLiteral("%1 ~ %2").arg(QLatin1String(what), m.value);
    }
    return {};
}

} // namespace

QString httpMatchSummary(const HttpRoute &route)
{
    if (route.match.empty())
        return routeutilText::tr("every request");
    QStringList alternatives;
    for (const HttpMatchRequest &m : route.match) {
        QStringList parts;
        if (!m.gateways.isEmpty())
            parts.append(QStringLiteral("gateways=") + m.gateways.join(QLatin1Char(',')));
        if (m.port)
            parts.append(QStringLiteral("port=%1").arg(*m.port));
        parts.append(matchText("method", m.method));
        parts.append(matchText("uri", m.uri));
        parts.append(matchText("authority", m.authority));
        for (auto it = m.headers.cbegin(); it != m.headers.cend(); ++it)
            parts.append(matchText(it.key().toLatin1().constData(), *it));
        parts.removeAll(QString());
        alternatives.append(parts.isEmpty() ? routeutilText::tr("any") : parts.join(QLatin1Char(' ')));
    }
    return alternatives.join(QStringLiteral("  |  "));
}

QString tlsMatchSummary(const TlsRoute &route)
{
    if (route.match.empty())
        return routeutilText::tr("every connection");
    QStringList alternatives;
    for (const TlsMatchAttributes &m : route.match) {
        QStringList parts;
        if (!m.gateways.isEmpty())
            parts.append(QStringLiteral("gateways=") + m.gateways.join(QLatin1Char(',')));
        if (m.port)
            parts.append(QStringLiteral("port=%1").arg(*m.port));
        if (!m.sniHosts.isEmpty())
            parts.append(QStringLiteral("sniHosts ") + m.sniHosts.join(QLatin1Char(',')));
        alternatives.append(parts.isEmpty() ? routeutilText::tr("any") : parts.join(QLatin1Char(' ')));
    }
    return alternatives.join(QStringLiteral("  |  "));
}

QString destinationsSummary(const std::vector<std::pair<const Destination *, std::optional<int>>> &destinations)
{
    QStringList parts;
    for (const auto &[d, weight] : destinations) {
        QString text = d->host;
        if (d->hasPort && d->port.number)
            text += QLatin1Char(':') + QString::number(*d->port.number);
        if (!d->subset.isEmpty())
            text += QLatin1Char(' ') + d->subset;
        const int w = weight.value_or(destinations.size() == 1 ? 100 : 0);
        text += QStringLiteral("  %1%").arg(w);
        parts.append(text);
    }
    return parts.join(QStringLiteral(", "));
}

QString httpRouteSummary(const HttpRoute &route)
{
    std::vector<std::pair<const Destination *, std::optional<int>>> dests;
    for (const HttpRouteDestination &d : route.route)
        dests.emplace_back(&d.destination, d.weight);
    QString target;
    if (!dests.empty())
        target = destinationsSummary(dests);
    else if (route.redirect)
        target = routeutilText::tr("redirect");
    else if (route.directResponse)
        target = routeutilText::tr("direct response %1").arg(route.directResponse->status.value_or(0));
    else
        target = routeutilText::tr("(no destination)");
    QString head = httpMatchSummary(route);
    if (!route.name.isEmpty())
        head = route.name + QStringLiteral(":  ") + head;
    return head + QStringLiteral("\n→ ") + target;
}

QString tlsRouteSummary(const TlsRoute &route)
{
    std::vector<std::pair<const Destination *, std::optional<int>>> dests;
    for (const RouteDestination &d : route.route)
        dests.emplace_back(&d.destination, d.weight);
    return tlsMatchSummary(route) + QStringLiteral("\n→ ")
        + (dests.empty() ? routeutilText::tr("(no destination)") : destinationsSummary(dests));
}

QStringList destinationRow(const Destination &destination, const std::optional<int> &weight)
{
    return {destination.host,
            destination.hasPort ? formutil::intText(destination.port.number) : QString(),
            destination.subset,
            formutil::intText(weight)};
}

bool applyDestinationCell(Destination &destination, std::optional<int> &weight, int column, const QString &text)
{
    switch (column) {
    case HostColumn:
        destination.host = text;
        return true;
    case PortColumn: {
        const auto number = formutil::parseInt(text);
        if (!number.ok)
            return false;
        destination.port.number = number.value;
        destination.hasPort = number.value.has_value() || !destination.port.extras.empty();
        return true;
    }
    case SubsetColumn:
        destination.subset = text;
        return true;
    case WeightColumn: {
        const auto w = formutil::parseInt(text);
        if (!w.ok)
            return false;
        weight = w.value;
        return true;
    }
    }
    return false;
}

WeightCheck checkWeights(const std::vector<std::optional<int>> &weights)
{
    if (weights.empty())
        return {routeutilText::tr("No destination"), WeightCheck::Level::Ok};
    // Istio ignores the weight of a lone destination.
    if (weights.size() == 1)
        return {routeutilText::tr("All traffic goes to the one destination"), WeightCheck::Level::Ok};
    int sum = 0;
    for (const auto &w : weights) {
        if (w.value_or(0) < 0)
            return {routeutilText::tr("A weight is negative"), WeightCheck::Level::Error};
        sum += w.value_or(0);
    }
    if (sum == 0)
        return {routeutilText::tr("All weights are 0: no traffic can be routed"), WeightCheck::Level::Error};
    if (sum == 100)
        return {routeutilText::tr("Weights sum to 100"), WeightCheck::Level::Ok};
    // As the validator says: Istio splits by weight / sum, so this runs, but it is rarely meant.
    return {routeutilText::tr("Weights sum to %1, not 100: traffic is split in proportion").arg(sum), WeightCheck::Level::Warning};
}

QString weightCheckStyle(const WeightCheck &check)
{
    switch (check.level) {
    case WeightCheck::Level::Ok:
        return QStringLiteral("color: #2f855a;");
    case WeightCheck::Level::Warning:
        return QStringLiteral("color: #b7791f; font-weight: 600;");
    case WeightCheck::Level::Error:
        break;
    }
    return QStringLiteral("color: #c53030; font-weight: 600;");
}

QStringList otherHttpFields(const HttpRoute &route)
{
    QStringList out;
    if (route.redirect)
        out.append(QStringLiteral("redirect"));
    if (route.directResponse)
        out.append(QStringLiteral("directResponse"));
    if (route.rewrite)
        out.append(QStringLiteral("rewrite"));
    if (route.retries) { // the form edits attempts, perTryTimeout and retryOn
        if (route.retries->retryRemoteLocalities)
            out.append(QStringLiteral("retries.retryRemoteLocalities"));
        for (const auto &[key, value] : route.retries->extras)
            out.append(QStringLiteral("retries.") + key);
    }
    if (route.fault)
        out.append(QStringLiteral("fault"));
    if (route.mirror || !route.mirrors.empty())
        out.append(QStringLiteral("mirror"));
    if (route.corsPolicy)
        out.append(QStringLiteral("corsPolicy"));
    if (route.headers)
        out.append(QStringLiteral("headers"));
    for (const auto &[key, value] : route.extras)
        out.append(key);
    return out;
}

} // namespace meshgate::routeutil
