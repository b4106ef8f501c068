// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/httprouteeditor.h"

#include "editors/combodelegate.h"
#include "editors/formutil.h"
#include "editors/routeutil.h"
#include "editors/tableeditor.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

namespace meshgate {

namespace {

QString kindText(StringMatch::Kind kind)
{
    switch (kind) {
    case StringMatch::Kind::Exact:
        return QStringLiteral("exact");
    case StringMatch::Kind::Prefix:
        return QStringLiteral("prefix");
    case StringMatch::Kind::Regex:
        return QStringLiteral("regex");
    case StringMatch::Kind::None:
        break;
    }
    return {};
}

StringMatch::Kind kindFromText(const QString &text)
{
    if (text == u"exact")
        return StringMatch::Kind::Exact;
    if (text == u"prefix")
        return StringMatch::Kind::Prefix;
    if (text == u"regex")
        return StringMatch::Kind::Regex;
    return StringMatch::Kind::None;
}

} // namespace

HttpRouteEditor::HttpRouteEditor(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_timeout(new QLineEdit(this))
    , m_retryAttempts(new QLineEdit(this))
    , m_perTryTimeout(new QLineEdit(this))
    , m_retryOn(new QLineEdit(this))
    , m_matches(new TableEditor({tr("URI match"), tr("URI"), tr("Method"), tr("Headers"), tr("Port"), tr("Gateways")},
                                tr("Add match"), this))
    , m_destinations(new TableEditor({tr("Host"), tr("Port"), tr("Subset"), tr("Weight")}, tr("Add destination"), this))
    , m_other(new QLabel(this))
{
    m_name->setPlaceholderText(tr("optional; shows in access logs"));
    m_timeout->setPlaceholderText(tr("e.g. 5s; default: none"));
    // The attempts placeholder depends on the route (see fill()): Istio retries twice by default,
    // but not at all when a retries block leaves attempts out.
    m_retryAttempts->setToolTip(tr("How many times a failed request is tried again. 0 turns retries off."));
    m_perTryTimeout->setPlaceholderText(tr("e.g. 2s; default: the route timeout"));
    m_perTryTimeout->setToolTip(tr("The time each attempt may take, the first one included"));
    m_retryOn->setPlaceholderText(tr("e.g. 5xx,reset,connect-failure,gateway-error"));
    m_retryOn->setToolTip(tr("Conditions that retry a request, separated by commas: 5xx, gateway-error, reset, "
                             "reset-before-request, connect-failure, refused-stream, retriable-4xx, "
                             "retriable-status-codes, or status codes such as 503.\nEmpty: "
                             "connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes "
                             "(with 503)."));
    m_matches->setColumnDelegate(UriKindColumn,
                                 new ComboDelegate({QString(), QStringLiteral("exact"), QStringLiteral("prefix"),
                                                    QStringLiteral("regex")},
                                                   false, this));
    m_matches->setColumnDelegate(MethodColumn,
                                 new ComboDelegate({QString(), QStringLiteral("GET"), QStringLiteral("POST"),
                                                    QStringLiteral("PUT"), QStringLiteral("DELETE"),
                                                    QStringLiteral("PATCH"), QStringLiteral("HEAD"),
                                                    QStringLiteral("OPTIONS")},
                                                   true, this));
    m_matches->setColumnDelegate(PortColumn, new NumberDelegate(1, 65535, this));
    m_matches->setColumnToolTip(HeadersColumn, formutil::headersHelp());
    m_matches->setColumnToolTip(GatewaysColumn, tr("Only requests arriving through these gateways (\"mesh\" for "
                                                   "sidecars), separated by commas"));
    m_matches->setColumnWidth(UriKindColumn, 80);
    m_matches->setColumnWidth(UriColumn, 140);
    m_matches->setColumnWidth(MethodColumn, 70);
    m_matches->setColumnWidth(HeadersColumn, 140);
    m_matches->setColumnWidth(PortColumn, 60);

    m_destinations->setColumnDelegate(routeutil::HostColumn,
                                      new ComboDelegate([this](const QModelIndex &) { return m_context.serviceHosts; },
                                                        true, this));
    m_destinations->setColumnDelegate(routeutil::PortColumn, new NumberDelegate(1, 65535, this));
    m_destinations->setColumnDelegate(routeutil::SubsetColumn, new ComboDelegate(
                                                                   [this](const QModelIndex &index) {
                                                                       const QString host = m_destinations->text(
                                                                           index.row(), routeutil::HostColumn);
                                                                       return QStringList{QString()}
                                                                           + m_context.subsetsByHost.value(host);
                                                                   },
                                                                   true, this));
    m_destinations->setColumnDelegate(routeutil::WeightColumn, new NumberDelegate(0, 100, this));
    m_destinations->setColumnWidth(routeutil::HostColumn, 200);
    m_destinations->setColumnWidth(routeutil::PortColumn, 70);
    m_destinations->setColumnWidth(routeutil::SubsetColumn, 90);

    m_other->setWordWrap(true);
    m_other->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addRow(tr("Route &name"), m_name);
    layout->addRow(tr("&Timeout"), m_timeout);
    layout->addRow(tr("Retry atte&mpts"), m_retryAttempts);
    layout->addRow(tr("&Per-try timeout"), m_perTryTimeout);
    layout->addRow(tr("&Retry on"), m_retryOn);
    layout->addRow(tr("Match any of"), m_matches);
    layout->addRow(tr("Destinations"), m_destinations);
    layout->addRow(QString(), m_other);

    connect(m_name, &QLineEdit::editingFinished, this, &HttpRouteEditor::handleFieldsEdited);
    connect(m_timeout, &QLineEdit::editingFinished, this, &HttpRouteEditor::handleFieldsEdited);
    for (QLineEdit *edit : {m_retryAttempts, m_perTryTimeout, m_retryOn})
        connect(edit, &QLineEdit::editingFinished, this, &HttpRouteEditor::handleRetriesEdited);
    connect(m_matches, &TableEditor::cellEdited, this, &HttpRouteEditor::handleMatchEdited);
    connect(m_destinations, &TableEditor::cellEdited, this, &HttpRouteEditor::handleDestinationEdited);
    connect(m_matches, &TableEditor::addRequested, this, [this] {
        HttpMatchRequest m;
        m.uri.kind = StringMatch::Kind::Prefix;
        m.uri.value = QStringLiteral("/");
        m_route.match.push_back(m);
        Q_EMIT edited(m_route, tr("Add match to route %1").arg(m_index + 1));
    });
    connect(m_matches, &TableEditor::removeRequested, this, [this](int row) {
        m_route.match.erase(m_route.match.begin() + row);
        Q_EMIT edited(m_route, tr("Remove match from route %1").arg(m_index + 1));
    });
    connect(m_destinations, &TableEditor::addRequested, this, &HttpRouteEditor::handleAddDestination);
    connect(m_destinations, &TableEditor::removeRequested, this, [this](int row) {
        m_route.route.erase(m_route.route.begin() + row);
        Q_EMIT edited(m_route, tr("Remove destination from route %1").arg(m_index + 1));
    });
}

HttpRouteEditor::~HttpRouteEditor() = default;

void HttpRouteEditor::setRoute(const HttpRoute &route, int index)
{
    m_route = route;
    m_index = index;
    fill();
}

void HttpRouteEditor::fill()
{
    formutil::setText(m_name, m_route.name);
    formutil::setText(m_timeout, m_route.timeout);
    const HttpRetry retry = m_route.retries.value_or(HttpRetry{});
    formutil::setText(m_retryAttempts, formutil::intText(retry.attempts));
    m_retryAttempts->setPlaceholderText(m_route.retries ? tr("not set: no retries") : tr("Istio's default: 2"));
    formutil::setText(m_perTryTimeout, retry.perTryTimeout);
    formutil::setText(m_retryOn, retry.retryOn);
    QList<QStringList> matches;
    for (const HttpMatchRequest &m : m_route.match)
        matches.append({kindText(m.uri.kind), m.uri.value, m.method.value, formutil::headersText(m.headers),
                        formutil::intText(m.port), formutil::joinList(m.gateways)});
    m_matches->setRows(matches);
    QList<QStringList> destinations;
    std::vector<std::optional<int>> weights;
    for (const HttpRouteDestination &d : m_route.route) {
        destinations.append(routeutil::destinationRow(d.destination, d.weight));
        weights.push_back(d.weight);
    }
    m_destinations->setRows(destinations);
    const routeutil::WeightCheck check = routeutil::checkWeights(weights);
    m_destinations->setNote(check.text);
    m_destinations->note()->setStyleSheet(routeutil::weightCheckStyle(check));
    const QStringList other = routeutil::otherHttpFields(m_route);
    m_other->setText(other.isEmpty() ? QString()
                                     : tr("Also set on this route (edit in the YAML tab): %1").arg(other.join(QStringLiteral(", "))));
    m_other->setVisible(!other.isEmpty());
}

void HttpRouteEditor::handleFieldsEdited()
{
    const QString name = m_name->text().trimmed();
    const QString timeout = m_timeout->text().trimmed();
    if (name == m_route.name && timeout == m_route.timeout)
        return;
    m_route.name = name;
    m_route.timeout = timeout;
    Q_EMIT edited(m_route, tr("Edit route %1").arg(m_index + 1));
}

void HttpRouteEditor::handleRetriesEdited()
{
    const formutil::IntField attempts = formutil::parseInt(m_retryAttempts->text());
    if (!attempts.ok) {
        m_retryAttempts->setModified(false); // not a number: show the route's value again
        fill();
        return;
    }
    HttpRetry retry = m_route.retries.value_or(HttpRetry{});
    const QString perTryTimeout = m_perTryTimeout->text().trimmed();
    const QString retryOn = m_retryOn->text().trimmed();
    if (attempts.value == retry.attempts && perTryTimeout == retry.perTryTimeout && retryOn == retry.retryOn)
        return; // an explicit `retries: {}` (retries off) stays as it is
    retry.attempts = attempts.value;
    retry.perTryTimeout = perTryTimeout;
    retry.retryOn = retryOn;
    // retryRemoteLocalities and unknown keys are not edited here; they keep the block.
    if (!retry.attempts && retry.perTryTimeout.isEmpty() && retry.retryOn.isEmpty() && !retry.retryRemoteLocalities
        && retry.extras.empty())
        m_route.retries.reset();
    else
        m_route.retries = std::move(retry);
    Q_EMIT edited(m_route, tr("Edit retries of route %1").arg(m_index + 1));
}

void HttpRouteEditor::handleMatchEdited(int row, int column)
{
    if (row < 0 || row >= int(m_route.match.size()))
        return;
    HttpMatchRequest &m = m_route.match[size_t(row)];
    const QString text = m_matches->text(row, column);
    switch (column) {
    case UriKindColumn:
        m.uri.kind = kindFromText(text);
        if (m.uri.kind == StringMatch::Kind::None)
            m.uri.value.clear();
        break;
    case UriColumn:
        m.uri.value = text;
        if (m.uri.kind == StringMatch::Kind::None && !text.isEmpty())
            m.uri.kind = StringMatch::Kind::Prefix;
        if (text.isEmpty())
            m.uri.kind = StringMatch::Kind::None;
        break;
    case MethodColumn:
        m.method.value = text.toUpper();
        m.method.kind = text.isEmpty() ? StringMatch::Kind::None : StringMatch::Kind::Exact;
        break;
    case HeadersColumn: {
        const auto headers = formutil::parseHeaders(text);
        if (!headers) {
            fill();
            return;
        }
        m.headers = *headers;
        break;
    }
    case PortColumn: {
        const auto port = formutil::parseInt(text);
        if (!port.ok) {
            fill();
            return;
        }
        m.port = port.value;
        break;
    }
    case GatewaysColumn:
        m.gateways = formutil::splitList(text);
        break;
    default:
        return;
    }
    Q_EMIT edited(m_route, tr("Edit match %1 of route %2").arg(row + 1).arg(m_index + 1));
}

void HttpRouteEditor::handleDestinationEdited(int row, int column)
{
    if (row < 0 || row >= int(m_route.route.size()))
        return;
    HttpRouteDestination &d = m_route.route[size_t(row)];
    if (!routeutil::applyDestinationCell(d.destination, d.weight, column, m_destinations->text(row, column))) {
        fill();
        return;
    }
    Q_EMIT edited(m_route, tr("Edit destination %1 of route %2").arg(row + 1).arg(m_index + 1));
}

void HttpRouteEditor::handleAddDestination()
{
    HttpRouteDestination d;
    d.destination.host = m_route.route.empty() ? m_context.serviceHosts.value(0) : m_route.route.back().destination.host;
    const bool unweighted = std::all_of(m_route.route.begin(), m_route.route.end(),
                                        [](const HttpRouteDestination &x) { return !x.weight; });
    m_route.route.push_back(d);
    if (unweighted && m_route.route.size() > 1) {
        // Start from an even split that sums to 100, like a traffic-shifting wizard would.
        const int n = int(m_route.route.size());
        for (int i = 0; i < n; ++i)
            m_route.route[size_t(i)].weight = 100 / n + (i == 0 ? 100 % n : 0);
    }
    Q_EMIT edited(m_route, tr("Add destination to route %1").arg(m_index + 1));
}

} // namespace meshgate
