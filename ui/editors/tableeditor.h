// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QAbstractItemDelegate;
class QLabel;
class QTableWidget;
class QToolButton;

namespace meshgate {

// A table of rows with Add and Remove buttons, the building block of the forms (servers, ports,
// endpoints, subsets, matches, destinations). It reports edits; the form owns the model.
class TableEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableEditor)
public:
    TableEditor(const QStringList &headers, const QString &addText, QWidget *parent = nullptr);
    ~TableEditor() override;

    QTableWidget *table() const { return m_table; }
    QToolButton *addButton() const { return m_add; }
    QToolButton *removeButton() const { return m_remove; }
    void setColumnDelegate(int column, QAbstractItemDelegate *delegate);
    void setColumnToolTip(int column, const QString &tip);
    // The initial width of a column, widened to its title (translated titles run long).
    void setColumnWidth(int column, int width);
    void setRows(const QList<QStringList> &rows); // does not report cellEdited
    QString text(int row, int column) const;
    int currentRow() const;
    void editCell(int row, int column);
    void setNote(const QString &text); // a line under the table (e.g. the weight sum)
    QLabel *note() const { return m_note; }

Q_SIGNALS:
    void addRequested();
    void removeRequested(int row);
    void cellEdited(int row, int column);

private:
    QTableWidget *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
    QLabel *m_note;
    bool m_filling = false;
};

} // namespace meshgate
