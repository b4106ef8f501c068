// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheustext.h"

#include <algorithm>

namespace meshgate::test {

std::optional<double> prometheusSum(const QByteArray &text, const QByteArray &metric, const QList<QByteArray> &labels)
{
    std::optional<double> sum;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.startsWith(metric + '{'))
            continue;
        const qsizetype close = line.lastIndexOf('}');
        if (close < 0)
            continue;
        const QByteArray labelSet = line.mid(metric.size(), close - metric.size() + 1);
        if (!std::all_of(labels.begin(), labels.end(), [&](const QByteArray &l) { return labelSet.contains(l); }))
            continue;
        bool ok = false;
        const double value = line.mid(close + 1).trimmed().split(' ').first().toDouble(&ok);
        if (ok)
            sum = sum.value_or(0) + value;
    }
    return sum;
}

} // namespace meshgate::test
