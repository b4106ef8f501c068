// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/topcounter.h"

#include <algorithm>

namespace meshgate {

void TopCounter::add(QByteArrayView name, quint64 n)
{
    if (name.isEmpty())
        return;
    // A raw-data key looks the name up without copying it; only a new name is deep-copied.
    const QByteArray probe = QByteArray::fromRawData(name.data(), name.size());
    if (auto it = m_counts.find(probe); it != m_counts.end()) {
        *it += n;
        return;
    }
    if (m_counts.size() >= m_maxKeys) {
        m_overflow += n;
        return;
    }
    m_counts.insert(name.toByteArray(), n);
}

void TopCounter::merge(const TopCounter &other)
{
    for (auto it = other.m_counts.cbegin(); it != other.m_counts.cend(); ++it) {
        if (auto mine = m_counts.find(it.key()); mine != m_counts.end())
            *mine += it.value();
        else if (m_counts.size() < m_maxKeys)
            m_counts.insert(it.key(), it.value());
        else
            m_overflow += it.value();
    }
    m_overflow += other.m_overflow;
}

QList<std::pair<QByteArray, quint64>> TopCounter::top(int n) const
{
    QList<std::pair<QByteArray, quint64>> all;
    all.reserve(m_counts.size());
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        all.append({it.key(), it.value()});
    const auto byCount = [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    };
    const qsizetype keep = std::clamp<qsizetype>(n, 0, all.size());
    std::partial_sort(all.begin(), all.begin() + keep, all.end(), byCount);
    all.resize(keep);
    return all;
}

quint64 TopCounter::count(QByteArrayView name) const
{
    return m_counts.value(QByteArray::fromRawData(name.data(), name.size()), 0);
}

} // namespace meshgate
