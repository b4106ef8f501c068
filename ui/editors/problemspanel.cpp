// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/problemspanel.h"

#include "common/headerwidth.h"
#include "editors/problemsmodel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace meshgate {

ProblemsPanel::ProblemsPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ProblemsModel(workspace, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProblemsModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProblemsModel::SeverityColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    resizeSectionToFitTitle(header, ProblemsModel::SeverityColumn, 90);
    resizeSectionToFitTitle(header, ProblemsModel::ResourceColumn, 300);
    resizeSectionToFitTitle(header, ProblemsModel::LocationColumn, 230);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) { activateRow(index.row()); });
}

ProblemsPanel::~ProblemsPanel() = default;

void ProblemsPanel::activateRow(int proxyRow)
{
    const QModelIndex index = m_proxy->index(proxyRow, 0);
    if (!index.isValid())
        return;
    m_view->selectRow(proxyRow);
    Q_EMIT problemActivated(index.data(ProblemsModel::EntryIdRole).toULongLong(),
                            index.data(ProblemsModel::TextLineRole).toInt(),
                            index.data(ProblemsModel::TextColumnRole).toInt());
}

void ProblemsPanel::nextProblem()
{
    const int rows = m_proxy->rowCount();
    if (rows)
        activateRow((m_view->currentIndex().row() + 1) % rows);
}

void ProblemsPanel::previousProblem()
{
    const int rows = m_proxy->rowCount();
    if (rows)
        activateRow((m_view->currentIndex().row() - 1 + rows) % rows);
}

} // namespace meshgate
