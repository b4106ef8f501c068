// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/logrowpacker.h"

namespace meshgate {

LogRow LogRowPacker::pack(const AccessLogRecord &record)
{
    const qsizetype size = LogRow::packedSize(record);
    if (size > kMaxSharedRow)
        return LogRow::fromRecord(record);
    if (!m_chunk || m_used + size > kChunkSize) {
        // Rows already cut keep the old chunk alive; this packer lets go of it.
        m_chunk = std::shared_ptr<char[]>(new char[std::size_t(kChunkSize)]);
        m_used = 0;
    }
    char *dest = m_chunk.get() + m_used;
    m_used += size;
    return LogRow::pack(record, dest, std::shared_ptr<const char>(m_chunk, dest));
}

} // namespace meshgate
