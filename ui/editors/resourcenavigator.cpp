// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/resourcenavigator.h"

#include "common/icons.h"
#include "common/resourceops.h"
#include "common/workspace.h"
#include "editors/resourcetreemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace meshgate {

namespace {

// Paints the error and warning counts as small pills at the right of a row.
class BadgeDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int errors = index.data(ResourceTreeModel::ErrorCountRole).toInt();
        const int warnings = index.data(ResourceTreeModel::WarningCountRole).toInt();
        QStyleOptionViewItem opt = option;
        const int badgeWidth = badgesWidth(option, errors, warnings);
        opt.rect.setRight(opt.rect.right() - badgeWidth);
        QStyledItemDelegate::paint(painter, opt, index);
        if (!badgeWidth)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QFont f = option.font;
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 0.85);
        painter->setFont(f);
        int x = option.rect.right() - badgeWidth + 4;
        auto pill = [&](int count, Diagnostic::Severity severity) {
            if (!count)
                return;
            const QString text = QString::number(count);
            const int w = QFontMetrics(f).horizontalAdvance(text) + 18;
            const QRect r(x, option.rect.center().y() - 8, w, 16);
            painter->setPen(Qt::NoPen);
            painter->setBrush(Icons::severityColor(severity));
            painter->drawRoundedRect(r, 8, 8);
            painter->setPen(severity == Diagnostic::Severity::Warning ? QColor(40, 30, 0) : QColor(Qt::white));
            painter->drawText(r.adjusted(10, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
            painter->setBrush(painter->pen().color());
            painter->drawEllipse(QPointF(r.left() + 6, r.center().y() + 0.5), 2, 2);
            x += w + 3;
        };
        pill(errors, Diagnostic::Severity::Error);
        pill(warnings, Diagnostic::Severity::Warning);
        painter->restore();
    }

private:
    static int badgesWidth(const QStyleOptionViewItem &option, int errors, int warnings)
    {
        QFont f = option.font;
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 0.85);
        const QFontMetrics fm(f);
        int w = 0;
        for (int n : {errors, warnings})
            if (n)
                w += fm.horizontalAdvance(QString::number(n)) + 21;
        return w ? w + 6 : 0;
    }
};

} // namespace

ResourceNavigator::ResourceNavigator(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ResourceTreeModel(workspace, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter resources"));
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setItemDelegate(new BadgeDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setUniformRowHeights(true);
    m_view->setAnimated(false);
    m_view->expandAll();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);

    createActions();

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_view->expandAll();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ResourceNavigator::handleCurrentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ResourceNavigator::updateActions);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &ResourceNavigator::handleContextMenu);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_restoreId = currentId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        if (m_restoreId && m_workspace->entryById(m_restoreId))
            select(m_restoreId);
        else
            handleCurrentChanged();
        m_restoreId = 0;
    });
    updateActions();
}

ResourceNavigator::~ResourceNavigator() = default;

void ResourceNavigator::createActions()
{
    const QList<QKeySequence> keys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}; // ResourceKind order
    m_addMenu = new QMenu(tr("&Add Resource"), this);
    for (ResourceKind kind : ResourceTreeModel::kGroupOrder) {
        auto *a = new QAction(Icons::kind(kind), tr("Add &%1").arg(kindName(kind)), this);
        a->setShortcut(keys[int(kind)]);
        connect(a, &QAction::triggered, this, [this, kind] { addResource(kind); });
        m_add[size_t(kind)] = a;
        m_addMenu->addAction(a);
    }
    m_duplicate = new QAction(tr("Dupl&icate Resource"), this);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_duplicate, &QAction::triggered, this, [this] {
        if (const quint64 id = m_workspace->duplicateResource(currentId()))
            select(id);
    });
    m_delete = new QAction(tr("&Delete Resource"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    // Delete must not fire while the user deletes text in a form field.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_delete, &QAction::triggered, this, [this] { m_workspace->removeResources(selectedIds()); });
    m_rename = new QAction(tr("Re&name Resource"), this);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_rename, &QAction::triggered, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid() && m_model->idAt(m_proxy->mapToSource(index)))
            m_view->edit(index);
    });
    addAction(m_delete);
    addAction(m_rename);
}

void ResourceNavigator::updateActions()
{
    const bool one = currentId() != 0;
    m_duplicate->setEnabled(one);
    m_rename->setEnabled(one);
    m_delete->setEnabled(!selectedIds().isEmpty());
}

quint64 ResourceNavigator::currentId() const
{
    return m_model->idAt(m_proxy->mapToSource(m_view->currentIndex()));
}

QList<quint64> ResourceNavigator::selectedIds() const
{
    QList<quint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        if (const quint64 id = m_model->idAt(m_proxy->mapToSource(index)))
            ids.append(id);
    if (ids.isEmpty() && currentId())
        ids.append(currentId());
    return ids;
}

void ResourceNavigator::select(quint64 id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexForId(id));
    if (!index.isValid()) {
        if (id && !m_filter->text().isEmpty()) {
            m_filter->clear(); // the filter hid it; the user asked for it explicitly
            select(id);
        }
        return;
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ResourceNavigator::handleCurrentChanged()
{
    updateActions();
    const quint64 id = currentId();
    if (id == m_lastReported || (!id && m_workspace->entryById(m_lastReported)))
        return; // a click on a group header keeps the resource open
    m_lastReported = id;
    Q_EMIT currentChanged(id);
}

void ResourceNavigator::addResource(ResourceKind kind)
{
    const quint64 id = m_workspace->addResource(resourceops::makeTemplate(kind, m_workspace->config()));
    select(id);
    Q_EMIT resourceAdded(id);
}

void ResourceNavigator::handleContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    const QModelIndex index = m_proxy->mapToSource(m_view->indexAt(pos));
    if (index.isValid() && index.data(ResourceTreeModel::IsGroupRole).toBool()) {
        menu.addAction(m_add[size_t(index.data(ResourceTreeModel::KindRole).toInt())]);
    } else {
        menu.addMenu(m_addMenu);
        if (m_model->idAt(index)) {
            menu.addSeparator();
            menu.addAction(m_duplicate);
            menu.addAction(m_rename);
            menu.addAction(m_delete);
        }
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace meshgate
