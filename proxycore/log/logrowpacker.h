// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/logrow.h"

#include <memory>

namespace meshgate {

// Packs a worker's finished records into LogRows cut from 64 KiB chunks: on the request path a
// row costs a bump of an offset instead of a malloc (whose block another thread would free,
// which glibc's per-thread caches cannot recycle), and whoever drops the rows last (the GUI's
// ring, the log writer) frees one chunk per few hundred rows. A chunk lives until its last row
// is gone; rows leave the GUI's ring oldest first, so stragglers hold about one chunk.
// One packer per worker thread; not thread-safe.
class LogRowPacker final
{
public:
    LogRow pack(const AccessLogRecord &record);

    static constexpr qsizetype kChunkSize = 64 * 1024;
    // A larger row gets a block of its own rather than wasting most of a chunk.
    static constexpr qsizetype kMaxSharedRow = kChunkSize / 8;

private:
    std::shared_ptr<char[]> m_chunk;
    qsizetype m_used = 0;
};

} // namespace meshgate
