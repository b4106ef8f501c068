// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logs/accesslogquery.h"

#include <QAbstractProxyModel>
#include <QTimer>

#include <deque>
#include <optional>

namespace meshgate {

class AccessLogModel;

// The rows of an AccessLogModel that match an AccessLogQuery. Unlike QSortFilterProxyModel it
// knows the source only ever appends at the end and drops at the front, so it keeps the
// matching rows as an ordered list of sequence numbers: a batch costs one test per new row and
// a pop at the front, never a remap of the 100,000 rows behind it. With no filter it passes
// rows straight through.
class AccessLogFilter final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessLogFilter)
public:
    static constexpr int DebounceMs = 200;

    explicit AccessLogFilter(QObject *parent = nullptr);
    ~AccessLogFilter() override;

    // Must be an AccessLogModel (anything else is ignored).
    void setSourceModel(QAbstractItemModel *model) override;
    AccessLogModel *logModel() const { return m_log; }

    QString filterText() const { return m_text; }
    // Applies after DebounceMs of quiet, so typing does not rescan on every key.
    void setFilterText(const QString &text);
    // Applies now (and cancels a pending debounce).
    void applyFilterText(const QString &text);
    // Why the current text does not parse (the previous filter stays in force), or empty.
    QString errorString() const { return m_error; }
    QString note() const { return m_note; }
    bool isFiltering() const { return m_query.has_value(); }

    int sourceRow(int proxyRow) const;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;

Q_SIGNALS:
    void filterApplied(); // a new filter took effect (the rows were rebuilt)
    void errorChanged(const QString &error);
    void noteChanged(const QString &note); // about the applied filter (AccessLogQuery::ParseResult::note)

private:
    void handleAboutToInsert(const QModelIndex &parent, int first, int last);
    void handleInserted(const QModelIndex &parent, int first, int last);
    void handleAboutToRemove(const QModelIndex &parent, int first, int last);
    void handleRemoved(const QModelIndex &parent, int first, int last);
    void handleAboutToReset();
    void handleReset();
    void handleDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void rebuild();
    void collectMatches();
    void setError(const QString &error);

    AccessLogModel *m_log = nullptr;
    QList<QMetaObject::Connection> m_connections;
    std::optional<AccessLogQuery> m_query; // nullopt: pass everything through
    std::deque<quint64> m_sequences;       // of matching rows, ascending (filtering only)
    qsizetype m_pendingRemoval = 0;        // proxy rows announced in handleAboutToRemove
    QString m_text;
    QString m_pendingText;
    QString m_error;
    QString m_note;
    QTimer m_debounce;
};

} // namespace meshgate
