// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/accesslogfilter.h"

#include "logs/accesslogmodel.h"

#include <algorithm>

namespace meshgate {

AccessLogFilter::AccessLogFilter(QObject *parent)
    : QAbstractProxyModel(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] { applyFilterText(m_pendingText); });
}

AccessLogFilter::~AccessLogFilter() = default;

void AccessLogFilter::setSourceModel(QAbstractItemModel *model)
{
    auto *log = qobject_cast<AccessLogModel *>(model);
    if (model && !log) {
        qWarning("AccessLogFilter only filters an AccessLogModel");
        return;
    }
    beginResetModel();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(log);
    m_log = log;
    if (m_log) {
        m_connections = {
            connect(m_log, &QAbstractItemModel::rowsAboutToBeInserted, this, &AccessLogFilter::handleAboutToInsert),
            connect(m_log, &QAbstractItemModel::rowsInserted, this, &AccessLogFilter::handleInserted),
            connect(m_log, &QAbstractItemModel::rowsAboutToBeRemoved, this, &AccessLogFilter::handleAboutToRemove),
            connect(m_log, &QAbstractItemModel::rowsRemoved, this, &AccessLogFilter::handleRemoved),
            connect(m_log, &QAbstractItemModel::modelAboutToBeReset, this, &AccessLogFilter::handleAboutToReset),
            connect(m_log, &QAbstractItemModel::modelReset, this, &AccessLogFilter::handleReset),
            connect(m_log, &QAbstractItemModel::dataChanged, this, &AccessLogFilter::handleDataChanged),
            connect(m_log, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged),
        };
    }
    collectMatches();
    endResetModel();
}

void AccessLogFilter::setFilterText(const QString &text)
{
    m_pendingText = text;
    m_debounce.start();
}

void AccessLogFilter::applyFilterText(const QString &text)
{
    m_debounce.stop();
    m_pendingText = text;
    AccessLogQuery::ParseResult parsed = AccessLogQuery::parse(text);
    if (!parsed.query) {
        setError(parsed.error);
        return;
    }
    setError({});
    if (parsed.note != m_note) {
        m_note = parsed.note;
        Q_EMIT noteChanged(m_note);
    }
    m_text = text;
    if (parsed.query->isEmpty())
        m_query.reset();
    else
        m_query = std::move(parsed.query);
    rebuild();
    Q_EMIT filterApplied();
}

void AccessLogFilter::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged(m_error);
}

void AccessLogFilter::rebuild()
{
    beginResetModel();
    collectMatches();
    endResetModel();
}

void AccessLogFilter::collectMatches()
{
    m_sequences.clear();
    if (!m_log || !m_query)
        return;
    const quint64 first = m_log->firstSequence();
    const int rows = m_log->rowCount();
    for (int row = 0; row < rows; ++row)
        if (m_query->matches(m_log->logRow(row)))
            m_sequences.push_back(first + quint64(row));
}

int AccessLogFilter::sourceRow(int proxyRow) const
{
    if (!m_log || proxyRow < 0 || proxyRow >= rowCount())
        return -1;
    if (!m_query)
        return proxyRow;
    return int(m_sequences[std::size_t(proxyRow)] - m_log->firstSequence());
}

QModelIndex AccessLogFilter::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_log)
        return {};
    const int row = sourceRow(proxyIndex.row());
    return row < 0 ? QModelIndex() : m_log->index(row, proxyIndex.column());
}

QModelIndex AccessLogFilter::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || !m_log || sourceIndex.model() != m_log)
        return {};
    if (!m_query)
        return createIndex(sourceIndex.row(), sourceIndex.column());
    const quint64 seq = m_log->firstSequence() + quint64(sourceIndex.row());
    const auto it = std::lower_bound(m_sequences.begin(), m_sequences.end(), seq);
    if (it == m_sequences.end() || *it != seq)
        return {};
    return createIndex(int(it - m_sequences.begin()), sourceIndex.column());
}

QModelIndex AccessLogFilter::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex AccessLogFilter::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex AccessLogFilter::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int AccessLogFilter::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_log)
        return 0;
    return m_query ? int(m_sequences.size()) : m_log->rowCount();
}

int AccessLogFilter::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_log ? 0 : m_log->columnCount();
}

bool AccessLogFilter::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

void AccessLogFilter::handleAboutToInsert(const QModelIndex &, int first, int last)
{
    if (!m_query)
        beginInsertRows({}, first, last);
}

void AccessLogFilter::handleInserted(const QModelIndex &, int first, int last)
{
    if (!m_query) {
        endInsertRows();
        return;
    }
    // The model only appends, so every match goes after the ones already known.
    const quint64 base = m_log->firstSequence();
    std::vector<quint64> matches;
    for (int row = first; row <= last; ++row)
        if (m_query->matches(m_log->logRow(row)))
            matches.push_back(base + quint64(row));
    if (matches.empty())
        return;
    const int at = int(m_sequences.size());
    beginInsertRows({}, at, at + int(matches.size()) - 1);
    m_sequences.insert(m_sequences.end(), matches.begin(), matches.end());
    endInsertRows();
}

void AccessLogFilter::handleAboutToRemove(const QModelIndex &, int first, int last)
{
    if (!m_query) {
        beginRemoveRows({}, first, last);
        return;
    }
    const quint64 from = m_log->firstSequence() + quint64(first);
    const quint64 to = m_log->firstSequence() + quint64(last);
    const auto lo = std::lower_bound(m_sequences.begin(), m_sequences.end(), from);
    const auto hi = std::upper_bound(lo, m_sequences.end(), to);
    m_pendingRemoval = hi - lo;
    if (m_pendingRemoval == 0)
        return;
    // The model removes only at the front, so the matches being removed lead the list.
    Q_ASSERT(lo == m_sequences.begin());
    beginRemoveRows({}, 0, int(m_pendingRemoval) - 1);
}

void AccessLogFilter::handleRemoved(const QModelIndex &, int, int)
{
    if (!m_query) {
        endRemoveRows();
        return;
    }
    if (m_pendingRemoval == 0)
        return;
    m_sequences.erase(m_sequences.begin(), m_sequences.begin() + m_pendingRemoval);
    m_pendingRemoval = 0;
    endRemoveRows();
}

void AccessLogFilter::handleAboutToReset()
{
    beginResetModel();
}

void AccessLogFilter::handleReset()
{
    collectMatches();
    endResetModel();
}

void AccessLogFilter::handleDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                        const QList<int> &roles)
{
    // Rows never change after they are appended; forward conservatively should that change.
    if (!m_query) {
        Q_EMIT dataChanged(mapFromSource(topLeft), mapFromSource(bottomRight), roles);
        return;
    }
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), roles);
}

} // namespace meshgate
