// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/accesslogrecord.h"
#include "log/logrow.h"

#include <QAbstractTableModel>
#include <QList>

#include <vector>

namespace meshgate {

// The live access log as a table: a ring buffer of at most capacity() rows. A batch is appended
// with one beginInsertRows; when the ring is full the oldest rows go first, with one
// beginRemoveRows per batch. Rows never change once appended, so display strings are built in
// data() on demand (only the visible rows are ever asked for) instead of being stored.
//
// Every row also has a sequence number that never changes (the count of rows appended before
// it since the last clear), so a filter can remember rows across removals at the front.
class AccessLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessLogModel)
public:
    enum Column {
        TimeColumn,
        ClientColumn,
        MethodColumn,
        AuthorityColumn,
        PathColumn,
        StatusColumn,
        FlagsColumn,
        BytesInColumn,
        BytesOutColumn,
        DurationColumn,
        UpstreamHostColumn,
        ClusterColumn,
        RouteColumn,
        ColumnCount
    };
    static constexpr int DefaultCapacity = 100000;
    static constexpr int MinimumCapacity = 100;
    static constexpr int MaximumCapacity = 2000000;

    explicit AccessLogModel(QObject *parent = nullptr);
    ~AccessLogModel() override;

    int capacity() const { return m_capacity; }
    // Shrinking drops the oldest rows (counted as dropped); clamped to Minimum..MaximumCapacity.
    void setCapacity(int capacity);

    void appendRecords(const QList<LogRow> &records);
    void appendRows(std::vector<LogRow> rows);
    void clear();

    // Row `row` (0 = oldest kept). Valid until the next append or clear.
    const LogRow &logRow(int row) const { return m_ring[slot(row)]; }
    AccessLogRecord record(int row) const { return logRow(row).toRecord(); }
    quint64 firstSequence() const { return m_firstSequence; }
    // Rows pushed out of the ring since the last clear.
    quint64 droppedCount() const { return m_dropped; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The display text of one cell, shared by data(), CSV export and the free-text filter.
    static QString displayText(const LogRow &row, int column);
    static QString columnTitle(int column);

Q_SIGNALS:
    void countsChanged(); // rows, dropped or capacity changed (once per batch)

private:
    std::size_t slot(int row) const { return (m_head + std::size_t(row)) % m_ring.size(); }
    void append(std::vector<LogRow> rows, quint64 skipped);
    void dropOldest(int n);

    std::vector<LogRow> m_ring; // grows to m_capacity, then wraps
    std::size_t m_head = 0;     // slot of row 0
    int m_count = 0;
    int m_capacity = DefaultCapacity;
    quint64 m_firstSequence = 0;
    quint64 m_dropped = 0;
};

} // namespace meshgate
