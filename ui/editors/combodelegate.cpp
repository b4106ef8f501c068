// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/combodelegate.h"

#include <QComboBox>
#include <QIntValidator>
#include <QLineEdit>

namespace meshgate {

ComboDelegate::ComboDelegate(QStringList items, bool editable, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_items(std::move(items))
    , m_editable(editable)
{
}

ComboDelegate::ComboDelegate(ItemsProvider provider, bool editable, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_provider(std::move(provider))
    , m_editable(editable)
{
}

ComboDelegate::~ComboDelegate() = default;

QWidget *ComboDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(m_editable);
    combo->addItems(m_provider ? m_provider(index) : m_items);
    if (!m_editable) {
        // A choice is an edit: commit as soon as it is made, not when focus leaves.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<ComboDelegate *>(this);
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
    }
    return combo;
}

void ComboDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const QString value = index.data(Qt::EditRole).toString();
    const int found = combo->findText(value);
    if (found >= 0)
        combo->setCurrentIndex(found);
    else if (m_editable)
        combo->setEditText(value);
    else {
        combo->addItem(value);
        combo->setCurrentIndex(combo->count() - 1);
    }
}

void ComboDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const QString value = combo->currentText().trimmed();
    if (model->data(index, Qt::EditRole).toString() != value)
        model->setData(index, value, Qt::EditRole);
}

NumberDelegate::NumberDelegate(int minimum, int maximum, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_minimum(minimum)
    , m_maximum(maximum)
{
}

NumberDelegate::~NumberDelegate() = default;

QWidget *NumberDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *edit = new QLineEdit(parent);
    edit->setValidator(new QIntValidator(m_minimum, m_maximum, edit));
    return edit;
}

} // namespace meshgate
