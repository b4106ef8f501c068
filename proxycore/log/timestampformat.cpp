// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/timestampformat.h"

#include <array>

namespace meshgate {

namespace {

constexpr qint64 kMsPerDay = 86'400'000;

constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian
// calendar over the whole qint64 millisecond range we can be handed.
constexpr qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = floorDiv(y, 400);
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

constexpr std::array<const char *, 7> kWeekdayShort = {"Sun", "Mon", "Tue", "Wed",
                                                       "Thu", "Fri", "Sat"};
constexpr std::array<const char *, 7> kWeekdayLong = {"Sunday",   "Monday", "Tuesday",
                                                      "Wednesday", "Thursday", "Friday",
                                                      "Saturday"};
constexpr std::array<const char *, 12> kMonthShort = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<const char *, 12> kMonthLong = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

void appendPadded(QByteArray &out, qint64 value, int width, char pad = '0')
{
    char buf[24];
    int len = 0;
    const bool negative = value < 0;
    quint64 v = negative ? quint64(0) - quint64(value) : quint64(value);
    do {
        buf[sizeof(buf) - 1 - len++] = char('0' + v % 10);
        v /= 10;
    } while (v != 0);
    if (negative)
        out.append('-');
    for (int i = len; i < width; ++i)
        out.append(pad);
    out.append(buf + sizeof(buf) - len, len);
}

void append2(QByteArray &out, int v)
{
    const char two[2] = {char('0' + v / 10), char('0' + v % 10)};
    out.append(two, 2);
}

void appendYear(QByteArray &out, qint64 year)
{
    if (year >= 1000 && year <= 9999) {
        append2(out, int(year / 100));
        append2(out, int(year % 100));
    } else {
        appendPadded(out, year, 4);
    }
}

} // namespace

CivilTime CivilTime::fromMsecsSinceEpoch(qint64 ms)
{
    CivilTime t;
    const qint64 days = floorDiv(ms, kMsPerDay);
    qint64 msOfDay = ms - days * kMsPerDay;
    t.hour = int(msOfDay / 3'600'000);
    msOfDay %= 3'600'000;
    t.minute = int(msOfDay / 60'000);
    msOfDay %= 60'000;
    t.second = int(msOfDay / 1000);
    t.millisecond = int(msOfDay % 1000);

    const qint64 z = days + 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    t.day = int(doy - (153 * mp + 2) / 5 + 1);
    t.month = int(mp < 10 ? mp + 3 : mp - 9);
    t.year = yoe + era * 400 + (t.month <= 2);
    t.weekday = int(((days % 7) + 11) % 7); // 1970-01-01 was a Thursday
    t.yearDay = int(days - daysFromCivil(t.year, 1, 1));
    return t;
}

void TimestampFormat::appendIso8601(QByteArray &out, qint64 ms)
{
    const CivilTime t = CivilTime::fromMsecsSinceEpoch(ms);
    if (t.year >= 0 && t.year <= 9999) {
        // Fixed-width fast path: one append of 24 bytes.
        char buf[24] = {};
        auto put2 = [&buf](int at, int v) {
            buf[at] = char('0' + v / 10);
            buf[at + 1] = char('0' + v % 10);
        };
        put2(0, int(t.year / 100));
        put2(2, int(t.year % 100));
        buf[4] = '-';
        put2(5, t.month);
        buf[7] = '-';
        put2(8, t.day);
        buf[10] = 'T';
        put2(11, t.hour);
        buf[13] = ':';
        put2(14, t.minute);
        buf[16] = ':';
        put2(17, t.second);
        buf[19] = '.';
        buf[20] = char('0' + t.millisecond / 100);
        put2(21, t.millisecond % 100);
        buf[23] = 'Z';
        out.append(buf, 24);
        return;
    }
    appendYear(out, t.year);
    out.append('-');
    append2(out, t.month);
    out.append('-');
    append2(out, t.day);
    out.append('T');
    append2(out, t.hour);
    out.append(':');
    append2(out, t.minute);
    out.append(':');
    append2(out, t.second);
    out.append('.');
    appendPadded(out, t.millisecond, 3);
    out.append('Z');
}

std::variant<TimestampFormat, FormatError> TimestampFormat::create(QStringView pattern)
{
    TimestampFormat f;
    f.m_default = false;
    QString literal;
    auto flushLiteral = [&f, &literal] {
        if (!literal.isEmpty()) {
            f.m_pieces.append(Piece{Field::Literal, 0, literal.toUtf8()});
            literal.clear();
        }
    };
    auto add = [&f, &flushLiteral](Field field, int digits = 0) {
        flushLiteral();
        f.m_pieces.append(Piece{field, digits, {}});
    };
    // Composite specifiers expand into their parts so appendTo() has one switch.
    auto addDate = [&add, &literal, &flushLiteral](QChar which) {
        if (which == u'F') {
            add(Field::Year4);
            literal += u'-';
            add(Field::Month);
            literal += u'-';
            add(Field::Day);
        } else if (which == u'T' || which == u'R') {
            add(Field::Hour24);
            literal += u':';
            add(Field::Minute);
            if (which == u'T') {
                literal += u':';
                add(Field::Second);
            }
        } else { // D
            add(Field::Month);
            literal += u'/';
            add(Field::Day);
            literal += u'/';
            add(Field::Year2);
        }
        flushLiteral();
    };

    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c != u'%') {
            literal += c;
            continue;
        }
        if (i + 1 >= pattern.size())
            return FormatError{i, QStringLiteral("time pattern ends with a lone '%'")};
        const QChar s = pattern[++i];
        switch (s.unicode()) {
        case u'%': literal += u'%'; break;
        case u't': literal += u'\t'; break;
        case u'Y': add(Field::Year4); break;
        case u'y': add(Field::Year2); break;
        case u'm': add(Field::Month); break;
        case u'd': add(Field::Day); break;
        case u'e': add(Field::DaySpacePadded); break;
        case u'H': add(Field::Hour24); break;
        case u'I': add(Field::Hour12); break;
        case u'M': add(Field::Minute); break;
        case u'S': add(Field::Second); break;
        case u'p': add(Field::AmPm); break;
        case u'j': add(Field::YearDay); break;
        case u'a': add(Field::WeekdayShort); break;
        case u'A': add(Field::WeekdayLong); break;
        case u'b':
        case u'h': add(Field::MonthShort); break;
        case u'B': add(Field::MonthLong); break;
        case u'z': add(Field::Offset); break;
        case u'Z': add(Field::ZoneName); break;
        case u's': add(Field::EpochSeconds); break;
        case u'F':
        case u'T':
        case u'R':
        case u'D': addDate(s); break;
        default:
            if (s >= u'1' && s <= u'9' && i + 1 < pattern.size() && pattern[i + 1] == u'f') {
                add(Field::Fraction, s.unicode() - u'0');
                ++i;
                break;
            }
            return FormatError{i - 1, QStringLiteral("unsupported time specifier '%") + s
                                          + QStringLiteral("' (supported: %Y %y %m %d %e %H %I "
                                                           "%M %S %p %j %a %A %b %h %B %F %T %D "
                                                           "%R %z %Z %s %1f..%9f %t %%)")};
        }
    }
    flushLiteral();
    return f;
}

void TimestampFormat::appendTo(QByteArray &out, qint64 ms) const
{
    if (m_default) {
        appendIso8601(out, ms);
        return;
    }
    const CivilTime t = CivilTime::fromMsecsSinceEpoch(ms);
    for (const Piece &p : m_pieces) {
        switch (p.field) {
        case Field::Literal: out.append(p.literal); break;
        case Field::Year4: appendYear(out, t.year); break;
        case Field::Year2: append2(out, int(((t.year % 100) + 100) % 100)); break;
        case Field::Month: append2(out, t.month); break;
        case Field::Day: append2(out, t.day); break;
        case Field::DaySpacePadded: appendPadded(out, t.day, 2, ' '); break;
        case Field::Hour24: append2(out, t.hour); break;
        case Field::Hour12: append2(out, t.hour % 12 == 0 ? 12 : t.hour % 12); break;
        case Field::Minute: append2(out, t.minute); break;
        case Field::Second: append2(out, t.second); break;
        case Field::AmPm: out.append(t.hour < 12 ? "AM" : "PM"); break;
        case Field::YearDay: appendPadded(out, t.yearDay + 1, 3); break;
        case Field::WeekdayShort: out.append(kWeekdayShort[t.weekday]); break;
        case Field::WeekdayLong: out.append(kWeekdayLong[t.weekday]); break;
        case Field::MonthShort: out.append(kMonthShort[t.month - 1]); break;
        case Field::MonthLong: out.append(kMonthLong[t.month - 1]); break;
        case Field::Offset: out.append("+0000"); break;
        case Field::ZoneName: out.append("UTC"); break;
        case Field::EpochSeconds: appendPadded(out, floorDiv(ms, 1000), 1); break;
        case Field::Fraction: {
            // Nanoseconds as 9 digits, of which the first `digits` are printed.
            char nanos[9];
            int ms3 = t.millisecond;
            nanos[0] = char('0' + ms3 / 100);
            nanos[1] = char('0' + (ms3 / 10) % 10);
            nanos[2] = char('0' + ms3 % 10);
            for (int k = 3; k < 9; ++k)
                nanos[k] = '0';
            out.append(nanos, p.digits);
            break;
        }
        }
    }
}

} // namespace meshgate
