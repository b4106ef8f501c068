// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/virtualserviceform.h"

#include "common/resourceops.h"
#include "editors/formutil.h"
#include "editors/httprouteeditor.h"
#include "editors/routelist.h"
#include "editors/routeutil.h"
#include "editors/tlsrouteeditor.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace meshgate {

namespace {

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

VirtualServiceForm::VirtualServiceForm(QWidget *parent)
    : ResourceForm(parent)
    , m_hosts(new QLineEdit(this))
    , m_gatewayBoxes(new QWidget(this))
    , m_gatewayLayout(new QHBoxLayout(m_gatewayBoxes))
    , m_gatewayHint(new QLabel(this))
    , m_httpList(new RouteList(this))
    , m_httpEditor(new HttpRouteEditor(this))
    , m_tlsList(new RouteList(this))
    , m_tlsEditor(new TlsRouteEditor(this))
    , m_tcpNote(new QLabel(this))
{
    m_hosts->setPlaceholderText(tr("httpbin.org, *.example.com"));
    m_hosts->setToolTip(tr("The hosts (Host header or SNI) these routes apply to, separated by commas"));
    m_gatewayLayout->setContentsMargins(0, 0, 0, 0);
    m_gatewayHint->setForegroundRole(QPalette::PlaceholderText);
    m_gatewayHint->setWordWrap(true);
    m_tcpNote->setForegroundRole(QPalette::PlaceholderText);

    RouteActions http{};
    m_httpSection = buildSection(tr("HTTP routes — the first matching route wins; drag or Alt+Up/Alt+Down to reorder"),
                                 m_httpList, m_httpEditor, http);
    m_httpAdd = http.add;
    m_httpUp = http.up;
    m_httpDown = http.down;
    m_httpDuplicate = http.duplicate;
    m_httpDelete = http.remove;
    m_tlsSection = buildSection(tr("TLS routes (by SNI) — the first matching route wins"), m_tlsList, m_tlsEditor,
                                m_tlsActions);

    auto *head = new QFormLayout;
    head->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    head->addRow(tr("Ho&sts"), m_hosts);
    head->addRow(tr("Gateways"), m_gatewayBoxes);
    head->addRow(QString(), m_gatewayHint);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_httpSection, 3);
    layout->addWidget(m_tlsSection, 2);
    layout->addWidget(m_tcpNote);
    layout->addStretch(0);

    connect(m_hosts, &QLineEdit::editingFinished, this, &VirtualServiceForm::handleHostsEdited);
    connect(m_httpList, &RouteList::currentRowChanged, this, &VirtualServiceForm::showHttpRoute);
    connect(m_tlsList, &RouteList::currentRowChanged, this, &VirtualServiceForm::showTlsRoute);
    connect(m_httpList, &RouteList::moveRequested, this, &VirtualServiceForm::moveHttp);
    connect(m_tlsList, &RouteList::moveRequested, this, &VirtualServiceForm::moveTls);

    connect(m_httpEditor, &HttpRouteEditor::edited, this, [this](const HttpRoute &route, const QString &description) {
        const int row = m_httpList->currentRow();
        VirtualServiceSpec *vs = m_resource.as<VirtualServiceSpec>();
        if (!vs || row < 0 || row >= int(vs->http.size()))
            return;
        vs->http[size_t(row)] = route;
        commit(description);
    });
    connect(m_tlsEditor, &TlsRouteEditor::edited, this, [this](const TlsRoute &route, const QString &description) {
        const int row = m_tlsList->currentRow();
        VirtualServiceSpec *vs = m_resource.as<VirtualServiceSpec>();
        if (!vs || row < 0 || row >= int(vs->tls.size()))
            return;
        vs->tls[size_t(row)] = route;
        commit(description);
    });

    connect(m_httpAdd, &QAction::triggered, this, [this] {
        VirtualServiceSpec *vs = m_resource.as<VirtualServiceSpec>();
        HttpRoute r;
        HttpRouteDestination d;
        d.destination.host = vs->hosts.value(0, m_context.serviceHosts.value(0));
        r.route.push_back(d);
        vs->http.push_back(r);
        m_selectHttpAfterFill = int(vs->http.size()) - 1;
        commit(tr("Add HTTP route"));
    });
    connect(m_httpUp, &QAction::triggered, this, [this] { moveHttp(m_httpList->currentRow(), m_httpList->currentRow() - 1); });
    connect(m_httpDown, &QAction::triggered, this, [this] { moveHttp(m_httpList->currentRow(), m_httpList->currentRow() + 1); });
    connect(m_httpDuplicate, &QAction::triggered, this, [this] {
        VirtualServiceSpec *vs = m_resource.as<VirtualServiceSpec>();
        const int row = m_httpList->currentRow();
        if (row < 0 || row >= int(vs->http.size()))
            return;
        HttpRoute copy = vs->http[size_t(row)];
        if (!copy.name.isEmpty())
            copy.name += QStringLiteral("-copy");
        vs->http.insert(vs->http.begin() + row + 1, copy);
        m_selectHttpAfterFill = row + 1;
        commit(tr("Duplicate HTTP route %1").arg(row + 1));
    });
    connect(m_httpDelete, &QAction::triggered, this, [this] {
        VirtualServiceSpec *vs = m_resource.as<VirtualServiceSpec>();
        const int row = m_httpList->currentRow();
        if (row < 0 || row >= int(vs->http.size()))
            return;
        vs->http.erase(vs->http.begin() + row);
        commit(tr("Delete HTTP route %1").arg(row + 1));
    });

    connect(m_tlsActions.add, &QAction::triggered, this, [this] {
        VirtualServiceSpec *vs = m_resource.as<VirtualServiceSpec>();
        TlsRoute r;
        TlsMatchAttributes m;
        m.port = 443;
        m.sniHosts = vs->hosts.mid(0, 1);
        r.match.push_back(m);
        RouteDestination d;
        d.destination.host = vs->hosts.value(0);
        d.destination.hasPort = true;
        d.destination.port.number = 443;
        r.route.push_back(d);
        vs->tls.push_back(r);
        commit(tr("Add TLS route"));
    });
    connect(m_tlsActions.up, &QAction::triggered, this, [this] { moveTls(m_tlsList->currentRow(), m_tlsList->currentRow() - 1); });
    connect(m_tlsActions.down, &QAction::triggered, this, [this] { moveTls(m_tlsList->currentRow(), m_tlsList->currentRow() + 1); });
    connect(m_tlsActions.duplicate, &QAction::triggered, this, [this] {
        VirtualServiceSpec *vs = m_resource.as<VirtualServiceSpec>();
        const int row = m_tlsList->currentRow();
        if (row < 0 || row >= int(vs->tls.size()))
            return;
        vs->tls.insert(vs->tls.begin() + row + 1, vs->tls[size_t(row)]);
        commit(tr("Duplicate TLS route %1").arg(row + 1));
    });
    connect(m_tlsActions.remove, &QAction::triggered, this, [this] {
        VirtualServiceSpec *vs = m_resource.as<VirtualServiceSpec>();
        const int row = m_tlsList->currentRow();
        if (row < 0 || row >= int(vs->tls.size()))
            return;
        vs->tls.erase(vs->tls.begin() + row);
        commit(tr("Delete TLS route %1").arg(row + 1));
    });
}

VirtualServiceForm::~VirtualServiceForm() = default;

QGroupBox *VirtualServiceForm::buildSection(const QString &title, RouteList *list, QWidget *editor,
                                            RouteActions &actions)
{
    auto *box = new QGroupBox(title, this);
    auto makeAction = [box](const QString &text, const QKeySequence &key, const QString &tip) {
        auto *a = new QAction(text, box);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(key.isEmpty() ? tip : tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + QLatin1Char(')'));
        box->addAction(a);
        return a;
    };
    actions.add = makeAction(tr("Add"), QKeySequence(Qt::ALT | Qt::Key_Insert), tr("Add a route at the end"));
    actions.up = makeAction(tr("&Move Up"), QKeySequence(Qt::ALT | Qt::Key_Up), tr("Move the route up: it is tried earlier"));
    actions.down = makeAction(tr("Move Do&wn"), QKeySequence(Qt::ALT | Qt::Key_Down), tr("Move the route down: it is tried later"));
    actions.duplicate = makeAction(tr("Duplicate"), QKeySequence(Qt::ALT | Qt::Key_D), tr("Duplicate the route"));
    actions.remove = makeAction(tr("Delete"), QKeySequence(Qt::ALT | Qt::Key_Delete), tr("Delete the route"));

    list->setMinimumWidth(260);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    // Tab order: the list, its buttons, then the route's editor (the buttons are made last).
    QWidget *previous = list;
    for (QAction *a : {actions.add, actions.up, actions.down, actions.duplicate, actions.remove}) {
        QWidget *button = buttonFor(a, box);
        buttons->addWidget(button);
        setTabOrder(previous, button);
        previous = button;
    }
    buttons->addStretch(1);
    auto *left = new QVBoxLayout;
    left->addWidget(list, 1);
    left->addLayout(buttons);
    auto *row = new QHBoxLayout(box);
    row->addLayout(left, 2);
    row->addWidget(editor, 3);
    return box;
}

void VirtualServiceForm::setContext(const FormContext &context)
{
    ResourceForm::setContext(context);
    m_httpEditor->setContext(context);
    m_tlsEditor->setContext(context);
    fillGateways();
}

void VirtualServiceForm::setResource(const Resource &resource)
{
    m_resource = resource;
    fill();
}

QCheckBox *VirtualServiceForm::gatewayBox(const QString &ref) const
{
    for (const GatewayCheck &check : m_gatewayChecks)
        if (check.ref == ref)
            return check.box;
    return nullptr;
}

void VirtualServiceForm::fillGateways()
{
    const VirtualServiceSpec *vs = m_resource.as<VirtualServiceSpec>();
    const QStringList current = vs ? vs->gateways : QStringList();
    QStringList offered = m_context.gatewayRefs;
    offered.append(QStringLiteral("mesh"));
    for (const QString &ref : current)
        if (!offered.contains(ref))
            offered.append(ref); // referenced but missing: shown so it can be unchecked

    QStringList shown;
    for (const GatewayCheck &check : std::as_const(m_gatewayChecks))
        shown.append(check.ref);
    if (shown != offered) {
        // deleteLater: this can run inside the clicked() of one of these boxes.
        for (const GatewayCheck &check : std::as_const(m_gatewayChecks)) {
            check.box->hide();
            check.box->deleteLater();
        }
        m_gatewayChecks.clear();
        while (QLayoutItem *item = m_gatewayLayout->takeAt(0))
            delete item;
        for (const QString &ref : offered) {
            auto *box = new QCheckBox(ref, m_gatewayBoxes);
            if (ref == u"mesh")
                box->setToolTip(tr("Sidecars and the local proxy's mesh port: traffic that did not come through a Gateway"));
            else if (!m_context.gatewayRefs.contains(ref))
                box->setText(tr("%1 (missing)").arg(ref));
            connect(box, &QCheckBox::clicked, this, &VirtualServiceForm::handleGatewayToggled);
            m_gatewayLayout->addWidget(box);
            m_gatewayChecks.append({ref, box});
        }
        m_gatewayLayout->addStretch(1);
    }
    for (const GatewayCheck &check : std::as_const(m_gatewayChecks)) {
        check.box->setChecked(current.contains(check.ref));
        if (!m_context.gatewayRefs.contains(check.ref) && check.ref != u"mesh")
            check.box->setStyleSheet(QStringLiteral("color: #c53030;"));
    }
    m_gatewayHint->setText(current.isEmpty() ? tr("No gateway selected: the routes apply to the mesh (sidecars) only.")
                                             : QString());
    m_gatewayHint->setVisible(current.isEmpty());
}

void VirtualServiceForm::fill()
{
    const VirtualServiceSpec *vs = m_resource.as<VirtualServiceSpec>();
    if (!vs)
        return;
    formutil::setText(m_hosts, formutil::joinList(vs->hosts));
    fillGateways();
    QStringList http;
    for (const HttpRoute &r : vs->http)
        http.append(routeutil::httpRouteSummary(r));
    m_httpList->setSummaries(http);
    if (m_selectHttpAfterFill >= 0 && m_selectHttpAfterFill < m_httpList->count()) {
        const QSignalBlocker blocker(m_httpList);
        m_httpList->setCurrentRow(m_selectHttpAfterFill);
    }
    m_selectHttpAfterFill = -1;
    QStringList tls;
    for (const TlsRoute &r : vs->tls)
        tls.append(routeutil::tlsRouteSummary(r));
    m_tlsList->setSummaries(tls);
    m_httpSection->setTitle(tr("HTTP routes (%1) — the first matching route wins; drag or Alt+Up/Alt+Down to reorder")
                                .arg(vs->http.size()));
    m_tlsSection->setTitle(tr("TLS routes (%1) — by SNI; the first matching route wins").arg(vs->tls.size()));
    // An empty section shrinks to its Add button instead of a large blank list.
    shrinkWhenEmpty(m_httpSection, m_httpList, m_httpEditor, {m_httpUp, m_httpDown, m_httpDuplicate, m_httpDelete},
                    !vs->http.empty(), 3);
    shrinkWhenEmpty(m_tlsSection, m_tlsList, m_tlsEditor,
                    {m_tlsActions.up, m_tlsActions.down, m_tlsActions.duplicate, m_tlsActions.remove}, !vs->tls.empty(), 2);
    auto *box = static_cast<QBoxLayout *>(layout());
    box->setStretch(box->count() - 1, vs->http.empty() && vs->tls.empty() ? 1 : 0);
    showHttpRoute(m_httpList->currentRow());
    showTlsRoute(m_tlsList->currentRow());
    m_tcpNote->setText(vs->tcp.empty() ? QString() : tr("%n TCP route(s): edit them in the YAML tab", nullptr, int(vs->tcp.size())));
    m_tcpNote->setVisible(!vs->tcp.empty());
}

void VirtualServiceForm::shrinkWhenEmpty(QGroupBox *section, QWidget *list, QWidget *editor,
                                         const QList<QAction *> &actions, bool any, int stretch)
{
    list->setVisible(any);
    editor->setVisible(any);
    for (QAction *a : actions)
        for (QObject *o : a->associatedObjects())
            if (auto *button = qobject_cast<QToolButton *>(o))
                button->setVisible(any);
    static_cast<QBoxLayout *>(layout())->setStretchFactor(section, any ? stretch : 0);
}

void VirtualServiceForm::showHttpRoute(int row)
{
    const VirtualServiceSpec *vs = m_resource.as<VirtualServiceSpec>();
    const bool valid = vs && row >= 0 && row < int(vs->http.size());
    m_httpEditor->setEnabled(valid);
    m_httpEditor->setRoute(valid ? vs->http[size_t(row)] : HttpRoute{}, row);
    updateActions();
}

void VirtualServiceForm::showTlsRoute(int row)
{
    const VirtualServiceSpec *vs = m_resource.as<VirtualServiceSpec>();
    const bool valid = vs && row >= 0 && row < int(vs->tls.size());
    m_tlsEditor->setEnabled(valid);
    m_tlsEditor->setRoute(valid ? vs->tls[size_t(row)] : TlsRoute{}, row);
    updateActions();
}

void VirtualServiceForm::updateActions()
{
    const int h = m_httpList->currentRow();
    m_httpUp->setEnabled(h > 0);
    m_httpDown->setEnabled(h >= 0 && h + 1 < m_httpList->count());
    m_httpDuplicate->setEnabled(h >= 0);
    m_httpDelete->setEnabled(h >= 0);
    const int t = m_tlsList->currentRow();
    m_tlsActions.up->setEnabled(t > 0);
    m_tlsActions.down->setEnabled(t >= 0 && t + 1 < m_tlsList->count());
    m_tlsActions.duplicate->setEnabled(t >= 0);
    m_tlsActions.remove->setEnabled(t >= 0);
}

void VirtualServiceForm::handleHostsEdited()
{
    VirtualServiceSpec *vs = m_resource.as<VirtualServiceSpec>();
    const QStringList hosts = formutil::splitList(m_hosts->text());
    if (!vs || hosts == vs->hosts)
        return;
    vs->hosts = hosts;
    commit(tr("Edit VirtualService hosts"));
}

void VirtualServiceForm::handleGatewayToggled()
{
    VirtualServiceSpec *vs = m_resource.as<VirtualServiceSpec>();
    if (!vs)
        return;
    // Keep the user's order for the gateways that stay; append the new ones.
    QStringList checked;
    for (const GatewayCheck &check : std::as_const(m_gatewayChecks))
        if (check.box->isChecked())
            checked.append(check.ref);
    QStringList gateways;
    for (const QString &g : std::as_const(vs->gateways))
        if (checked.contains(g))
            gateways.append(g);
    for (const QString &g : std::as_const(checked))
        if (!gateways.contains(g))
            gateways.append(g);
    vs->gateways = gateways;
    commit(tr("Edit VirtualService gateways"));
}

void VirtualServiceForm::moveHttp(int from, int to)
{
    VirtualServiceSpec *vs = m_resource.as<VirtualServiceSpec>();
    if (!vs || !resourceops::move(vs->http, from, to))
        return;
    m_httpList->setCurrentRow(to); // the selection follows the route
    commit(tr("Move HTTP route %1 to position %2").arg(from + 1).arg(to + 1));
}

void VirtualServiceForm::moveTls(int from, int to)
{
    VirtualServiceSpec *vs = m_resource.as<VirtualServiceSpec>();
    if (!vs || !resourceops::move(vs->tls, from, to))
        return;
    m_tlsList->setCurrentRow(to);
    commit(tr("Move TLS route %1 to position %2").arg(from + 1).arg(to + 1));
}

} // namespace meshgate
