// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>

#include <utility>

namespace meshgate {

// Counts per name (host, route) for "top N" lists. Clients choose Host headers and SNIs, so
// the number of distinct names is capped; hits on names that no longer fit are counted in
// overflow() instead of growing the table.
class TopCounter final
{
public:
    static constexpr int DefaultMaxKeys = 1000;

    explicit TopCounter(int maxKeys = DefaultMaxKeys) : m_maxKeys(maxKeys) { }

    // Allocates only the first time a name is seen.
    void add(QByteArrayView name, quint64 n = 1);
    void merge(const TopCounter &other);

    // Highest counts first, ties by name; at most `n` entries.
    QList<std::pair<QByteArray, quint64>> top(int n) const;
    quint64 count(QByteArrayView name) const;
    quint64 overflow() const { return m_overflow; }
    qsizetype size() const { return m_counts.size(); }
    bool isEmpty() const { return m_counts.isEmpty() && m_overflow == 0; }

private:
    QHash<QByteArray, quint64> m_counts;
    quint64 m_overflow = 0;
    int m_maxKeys;
};

} // namespace meshgate
