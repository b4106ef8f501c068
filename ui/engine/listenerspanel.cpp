// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/listenerspanel.h"

#include "engine/listenersmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace meshgate {

ListenersPanel::ListenersPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ListenersModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_copyAction(new QAction(tr("&Copy address"), this))
    , m_refreshAction(new QAction(tr("&Refresh"), this))
    , m_traceAction(new QAction(tr("&Trace a request on this port"), this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    const QFontMetrics fm = fontMetrics();
    const std::pair<int, const char *> widths[] = {
        {ListenersModel::AddressColumn, "[::ffff:127.0.0.1]:65535"},
        {ListenersModel::GatewayPortColumn, "Gateway port"},
        {ListenersModel::ProtocolColumn, "Protocol"},
        {ListenersModel::GatewaysColumn, "istio-system/ingressgateway, default/proxy"},
        {ListenersModel::StateColumn, "failed: port 8080 in use"},
    };
    for (const auto &[column, sample] : widths)
        m_view->horizontalHeader()->resizeSection(column, fm.horizontalAdvance(QLatin1String(sample)) + 24);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_copyAction->setShortcut(QKeySequence::Copy);
    m_refreshAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R)); // F5 is Apply, window-wide
    m_traceAction->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    for (QAction *a : {m_copyAction, m_traceAction, m_refreshAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
        addAction(a);
    }
    connect(m_copyAction, &QAction::triggered, this, &ListenersPanel::copyAddress);
    connect(m_refreshAction, &QAction::triggered, this, &ListenersPanel::refresh);
    connect(m_traceAction, &QAction::triggered, this, &ListenersPanel::traceCurrent);
    // The admin endpoint routes nothing, so there is nothing to trace on its row.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ListenersPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListenersPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ListenersPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ListenersPanel::updateActions);

    m_summary->setContentsMargins(6, 4, 6, 4);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &ListenersPanel::refresh);
    updateSummary();
    updateActions();
}

ListenersPanel::~ListenersPanel() = default;

void ListenersPanel::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool row = current.isValid() && current.row() < int(m_model->listeners().size());
    m_copyAction->setEnabled(row);
    m_traceAction->setEnabled(row && m_model->listeners().at(current.row()).role != ListenerState::Role::Admin);
}

void ListenersPanel::setEngine(const Engine *engine)
{
    disconnect(m_engineConnection);
    m_engine = engine;
    if (engine) {
        m_engineConnection = connect(engine, &Engine::listenersChanged, this, &ListenersPanel::setListeners);
        refresh();
        if (isVisible())
            m_poll.start();
    } else {
        m_poll.stop();
    }
}

void ListenersPanel::setListeners(const QList<ListenerState> &listeners)
{
    m_model->setListeners(listeners);
    updateSummary();
}

void ListenersPanel::refresh()
{
    if (m_engine)
        setListeners(m_engine->listenerStates());
}

void ListenersPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_engine) {
        refresh();
        m_poll.start();
    }
}

void ListenersPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_poll.stop(); // connection counts nobody sees are not worth a lock every second
}

QString ListenersPanel::summaryText() const
{
    const int total = m_model->rowCount();
    if (total == 0)
        return tr("Not listening: no configuration applied, or no Gateway server Meshgate can serve.");
    const int failed = m_model->failedCount();
    if (failed == 0)
        return tr("%n port(s) listening.", nullptr, total);
    return tr("%1 listening, %2 failed: a port that is in use or needs privileges stays closed until the next apply.")
        .arg(total - failed)
        .arg(failed);
}

void ListenersPanel::updateSummary()
{
    m_summary->setText(summaryText());
}

void ListenersPanel::copyAddress()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        QApplication::clipboard()->setText(
            m_model->index(current.row(), ListenersModel::AddressColumn).data(Qt::DisplayRole).toString());
}

void ListenersPanel::traceCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const ListenerState &l = m_model->listeners().at(current.row());
    if (l.role == ListenerState::Role::Admin)
        return;
    if (l.role == ListenerState::Role::Mesh) {
        Q_EMIT traceRequested(QStringLiteral("GET / gateway=mesh port=80"));
        return;
    }
    const bool tls = l.protocol.compare(u"TLS", Qt::CaseInsensitive) == 0;
    const QString gateway = l.gateways.isEmpty() ? QString() : l.gateways.first();
    Q_EMIT traceRequested(tls ? QStringLiteral("TLS gateway=%1 port=%2").arg(gateway).arg(l.gatewayPort)
                              : QStringLiteral("GET / gateway=%1 port=%2").arg(gateway).arg(l.gatewayPort));
}

} // namespace meshgate
