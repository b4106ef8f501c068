// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/formaterror.h"

#include <QByteArray>
#include <QList>
#include <QStringView>

#include <variant>

namespace meshgate {

// Broken-down UTC time, computed with integer arithmetic (no QDateTime, no time zone lookup).
struct CivilTime
{
    qint64 year = 1970;
    int month = 1; // 1..12
    int day = 1; // 1..31
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millisecond = 0;
    int weekday = 4; // 0 = Sunday
    int yearDay = 0; // 0-based day of the year

    static CivilTime fromMsecsSinceEpoch(qint64 ms);
};

// %START_TIME% and %START_TIME(pattern)%. The default prints Envoy's ISO 8601 form
// 2019-01-31T14:40:18.645Z; a pattern supports the strftime subset below, always in UTC:
//   %Y %y %m %d %e %H %I %M %S %p %j %a %A %b %h %B %F %T %D %R %z %Z %s %t %%
//   (no %n: a line break would split the record)
//   %1f..%9f  fraction of the second with that many digits (digits past the ms are zero)
// Compiled once; appendTo() only does arithmetic and appends to `out`.
class TimestampFormat final
{
public:
    TimestampFormat() = default; // the ISO 8601 default

    // Offsets in a returned error are relative to `pattern`.
    static std::variant<TimestampFormat, FormatError> create(QStringView pattern);

    void appendTo(QByteArray &out, qint64 msecsSinceEpoch) const;

    static void appendIso8601(QByteArray &out, qint64 msecsSinceEpoch);

private:
    enum class Field : quint8 {
        Literal,
        Year4,
        Year2,
        Month,
        Day,
        DaySpacePadded,
        Hour24,
        Hour12,
        Minute,
        Second,
        AmPm,
        YearDay,
        WeekdayShort,
        WeekdayLong,
        MonthShort,
        MonthLong,
        Offset,
        ZoneName,
        EpochSeconds,
        Fraction,
    };
    struct Piece
    {
        Field field = Field::Literal;
        int digits = 0; // Fraction only
        QByteArray literal;
    };

    bool m_default = true;
    QList<Piece> m_pieces;
};

} // namespace meshgate
