// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace meshgate {

// Splits a byte stream into CRLF-terminated lines within a byte budget (a head, a trailer section
// or one chunk-size line). A line that lies inside the fed buffer is returned as a view into it,
// without copying; only a line split across feed calls is assembled in an internal buffer whose
// capacity is reused.
class HttpLineReader final
{
public:
    enum class Kind : quint8 { NeedMore, Line, TooLong, BareLineFeed };
    struct Result
    {
        Kind kind;
        qsizetype consumed;
        QByteArrayView line; // without the CRLF; valid until the next call
    };

    // Starts a new section: the bytes of all its lines together may not exceed budget.
    void start(qsizetype budget);
    Result next(const char *data, qsizetype len);
    // Bytes of the current section seen so far.
    qsizetype used() const { return m_used; }
    // Bytes the section may still take before next() says TooLong.
    qsizetype remainingBudget() const { return m_budget - m_used; }
    // Accounts for a complete line the caller parsed straight from its buffer. false (nothing
    // accounted; use next()) when part of a line is buffered or the budget would be exceeded.
    bool consumeLine(qsizetype length)
    {
        if (m_partialReturned) {
            m_partial.resize(0);
            m_partialReturned = false;
        }
        if (!m_partial.isEmpty() || m_used + length > m_budget)
            return false;
        m_used += length;
        return true;
    }
    // Part of a line has been received but not its end.
    bool hasPartial() const { return !m_partialReturned && !m_partial.isEmpty(); }
    void release() { m_partial = QByteArray(); }

private:
    QByteArray m_partial;
    qsizetype m_budget = 0;
    qsizetype m_used = 0;
    bool m_partialReturned = false;
};

} // namespace meshgate
