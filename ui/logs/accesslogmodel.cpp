// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/accesslogmodel.h"

#include "logs/logstyle.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace meshgate {

AccessLogModel::AccessLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

AccessLogModel::~AccessLogModel() = default;

void AccessLogModel::setCapacity(int capacity)
{
    capacity = std::clamp(capacity, MinimumCapacity, MaximumCapacity);
    if (capacity == m_capacity)
        return;
    const int excess = std::max(0, m_count - capacity);
    if (excess > 0)
        beginRemoveRows({}, 0, excess - 1);
    // Re-lay the kept rows from slot 0 so the ring can grow or shrink freely.
    std::vector<LogRow> kept;
    kept.reserve(std::size_t(m_count > 0 ? capacity : 0));
    for (int row = excess; row < m_count; ++row)
        kept.push_back(std::move(m_ring[slot(row)]));
    m_ring = std::move(kept);
    m_head = 0;
    m_count -= excess;
    m_capacity = capacity;
    m_firstSequence += quint64(excess);
    m_dropped += quint64(excess);
    if (excess > 0)
        endRemoveRows();
    Q_EMIT countsChanged();
}

void AccessLogModel::appendRecords(const QList<LogRow> &records)
{
    if (records.isEmpty())
        return;
    // Only the newest `capacity` records of an oversized batch could survive anyway.
    const qsizetype skip = std::max<qsizetype>(0, records.size() - m_capacity);
    std::vector<LogRow> rows;
    rows.reserve(std::size_t(records.size() - skip));
    for (qsizetype i = skip; i < records.size(); ++i)
        rows.push_back(records[i]); // shares the packed bytes
    append(std::move(rows), quint64(skip));
}

void AccessLogModel::appendRows(std::vector<LogRow> rows)
{
    append(std::move(rows), 0);
}

void AccessLogModel::append(std::vector<LogRow> rows, quint64 skipped)
{
    if (rows.empty())
        return;
    auto begin = rows.begin();
    if (rows.size() > std::size_t(m_capacity)) {
        const auto excess = rows.size() - std::size_t(m_capacity);
        begin += std::ptrdiff_t(excess);
        skipped += excess;
    }
    const int incoming = int(rows.end() - begin);
    const int overflow = m_count + incoming - m_capacity;
    if (overflow > 0)
        dropOldest(overflow);
    // Rows that never made it in still use up sequence numbers; counted only now, because a
    // filter maps the rows being dropped above through the sequence number they had.
    m_dropped += skipped;
    m_firstSequence += skipped;

    // Reserving the whole ring up front costs address space, not memory (pages are touched as
    // rows arrive), and spares the GUI thread a growing vector's copies: moving 64,000 rows at
    // once is a visible stall.
    if (m_ring.capacity() < std::size_t(m_capacity))
        m_ring.reserve(std::size_t(m_capacity));
    beginInsertRows({}, m_count, m_count + incoming - 1);
    for (auto it = begin; it != rows.end(); ++it) {
        if (m_ring.size() < std::size_t(m_capacity))
            m_ring.push_back(std::move(*it)); // still filling: m_head is 0
        else
            m_ring[(m_head + std::size_t(m_count)) % m_ring.size()] = std::move(*it);
        ++m_count;
    }
    endInsertRows();
    Q_EMIT countsChanged();
}

void AccessLogModel::dropOldest(int n)
{
    n = std::min(n, m_count);
    if (n <= 0)
        return;
    beginRemoveRows({}, 0, n - 1);
    if (m_ring.size() < std::size_t(m_capacity))
        m_ring.resize(std::size_t(m_capacity)); // from now on a true ring
    // The freed slots are overwritten by the rows being appended; nothing to release here.
    m_head = (m_head + std::size_t(n)) % m_ring.size();
    m_count -= n;
    m_firstSequence += quint64(n);
    m_dropped += quint64(n);
    endRemoveRows();
}

void AccessLogModel::clear()
{
    beginResetModel();
    std::vector<LogRow>().swap(m_ring); // give the memory back
    m_firstSequence += quint64(m_count);
    m_head = 0;
    m_count = 0;
    m_dropped = 0;
    endResetModel();
    Q_EMIT countsChanged();
}

int AccessLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int AccessLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccessLogModel::columnTitle(int column)
{
    switch (Column(column)) {
    case TimeColumn: return tr("Time");
    case ClientColumn: return tr("Client");
    case MethodColumn: return tr("Method");
    case AuthorityColumn: return tr("Host / SNI");
    case PathColumn: return tr("Path");
    case StatusColumn: return tr("Status");
    case FlagsColumn: return tr("Flags");
    case BytesInColumn: return tr("Bytes in");
    case BytesOutColumn: return tr("Bytes out");
    case DurationColumn: return tr("Duration");
    case UpstreamHostColumn: return tr("Upstream host");
    case ClusterColumn: return tr("Cluster");
    case RouteColumn: return tr("Route");
    case ColumnCount: break;
    }
    return {};
}

QString AccessLogModel::displayText(const LogRow &row, int column)
{
    using T = LogRow::Text;
    auto str = [&](T t) { return QString::fromUtf8(row.text(t)); };
    switch (Column(column)) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(row.startTimeMs()).toString(QStringLiteral("HH:mm:ss.zzz"));
    case ClientColumn: return str(T::DownstreamRemoteAddress);
    case MethodColumn:
        if (!row.isTcp())
            return str(T::Method);
        return row.text(T::RequestedServerName).isEmpty() ? QStringLiteral("TCP") : QStringLiteral("TLS");
    case AuthorityColumn: {
        const QByteArrayView authority = row.text(T::Authority);
        return QString::fromUtf8(authority.isEmpty() ? row.text(T::RequestedServerName) : authority);
    }
    case PathColumn: return str(T::Path);
    case StatusColumn:
        return row.responseCode() > 0 ? QString::number(row.responseCode()) : QStringLiteral("-");
    case FlagsColumn:
        return row.responseFlags().isEmpty() ? QString() : QString::fromLatin1(row.responseFlags().toString());
    case BytesInColumn: return QLocale().toString(row.bytesReceived());
    case BytesOutColumn: return QLocale().toString(row.bytesSent());
    case DurationColumn: return tr("%1 ms").arg(QLocale().toString(row.durationMs()));
    case UpstreamHostColumn: return str(T::UpstreamHost);
    case ClusterColumn: return str(T::UpstreamCluster);
    case RouteColumn: return str(T::RouteName);
    case ColumnCount: break;
    }
    return {};
}

QVariant AccessLogModel::data(const QModelIndex &index, int role) const
{
    // Item-model testers and proxies legitimately ask about invalid indexes: answer quietly.
    if (!index.isValid() || index.row() >= m_count || index.column() >= ColumnCount)
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const LogRow &row = logRow(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::TextAlignmentRole:
        switch (column) {
        case StatusColumn:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        case BytesInColumn:
        case BytesOutColumn:
        case DurationColumn:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (column == StatusColumn || column == FlagsColumn) {
            const QColor c = logstyle::statusColor(row.responseCode(), row.responseFlags());
            return c.isValid() ? QVariant(c) : QVariant();
        }
        return {};
    case Qt::BackgroundRole: {
        const QColor c = logstyle::rowTint(row.responseCode(), row.responseFlags());
        return c.isValid() ? QVariant(c) : QVariant();
    }
    case Qt::ToolTipRole:
        if (column == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(row.startTimeMs()).toString(Qt::ISODateWithMs);
        if (column == FlagsColumn && !row.responseFlags().isEmpty())
            return logstyle::describeFlags(row.responseFlags());
        if (column == StatusColumn && !row.text(LogRow::Text::ResponseCodeDetails).isEmpty())
            return QString::fromUtf8(row.text(LogRow::Text::ResponseCodeDetails));
        return {};
    default:
        return {};
    }
}

QVariant AccessLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    return {};
}

Qt::ItemFlags AccessLogModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace meshgate
