// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httplinereader.h"

#include <cstring>

namespace meshgate {

void HttpLineReader::start(qsizetype budget)
{
    m_budget = budget;
    m_used = 0;
    if (!m_partial.isEmpty())
        m_partial.resize(0);
    m_partialReturned = false;
}

HttpLineReader::Result HttpLineReader::next(const char *data, qsizetype len)
{
    if (m_partialReturned) {
        m_partial.resize(0);
        m_partialReturned = false;
    }
    const auto *nl = len > 0 ? static_cast<const char *>(std::memchr(data, '\n', size_t(len))) : nullptr;
    if (!nl) {
        // Check before buffering so a peer cannot make us hold more than the budget.
        if (m_used + len > m_budget)
            return {Kind::TooLong, 0, {}};
        m_partial.append(data, len);
        m_used += len;
        return {Kind::NeedMore, len, {}};
    }
    const qsizetype n = nl - data + 1;
    if (m_used + n > m_budget)
        return {Kind::TooLong, 0, {}};
    m_used += n;
    QByteArrayView line(data, n);
    if (!m_partial.isEmpty()) {
        m_partial.append(data, n);
        line = m_partial;
        m_partialReturned = true;
    }
    if (line.size() < 2 || line[line.size() - 2] != '\r')
        return {Kind::BareLineFeed, n, {}};
    return {Kind::Line, n, line.first(line.size() - 2)};
}

} // namespace meshgate
