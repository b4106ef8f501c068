// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

#include <functional>

namespace meshgate {

// A table cell edited with a combo box: a fixed choice (protocols, TLS modes) or an editable one
// offering what the workspace knows (ServiceEntry hosts, subsets).
class ComboDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComboDelegate)
public:
    using ItemsProvider = std::function<QStringList(const QModelIndex &)>;

    ComboDelegate(QStringList items, bool editable, QObject *parent = nullptr);
    ComboDelegate(ItemsProvider provider, bool editable, QObject *parent = nullptr);
    ~ComboDelegate() override;

    void setItems(const QStringList &items) { m_items = items; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QStringList m_items;
    ItemsProvider m_provider;
    bool m_editable;
};

// A table cell holding an optional integer in a range; empty means "not set".
class NumberDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberDelegate)
public:
    NumberDelegate(int minimum, int maximum, QObject *parent = nullptr);
    ~NumberDelegate() override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_minimum;
    int m_maximum;
};

} // namespace meshgate
