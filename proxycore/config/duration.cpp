// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/duration.h"

#include <QString>

namespace meshgate {

std::optional<std::chrono::microseconds> parseDuration(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    double totalUs = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        while (i < text.size() && (text[i].isDigit() || text[i] == QLatin1Char('.')))
            ++i;
        if (i == start)
            return std::nullopt;
        bool ok = false;
        const double value = text.mid(start, i - start).toString().toDouble(&ok);
        if (!ok)
            return std::nullopt;
        const qsizetype unitStart = i;
        while (i < text.size() && !text[i].isDigit() && text[i] != QLatin1Char('.'))
            ++i;
        const QStringView unit = text.mid(unitStart, i - unitStart);
        double scale = 0;
        if (unit == u"h")
            scale = 3600e6;
        else if (unit == u"m")
            scale = 60e6;
        else if (unit == u"s")
            scale = 1e6;
        else if (unit == u"ms")
            scale = 1e3;
        else if (unit == u"us" || unit == u"µs")
            scale = 1;
        else if (unit == u"ns")
            scale = 1e-3;
        else
            return std::nullopt;
        totalUs += value * scale;
        if (totalUs > 1e16)
            return std::nullopt;
    }
    return std::chrono::microseconds(qint64(totalUs + 0.5));
}

} // namespace meshgate
