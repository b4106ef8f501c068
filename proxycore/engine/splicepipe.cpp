// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/splicepipe.h"

#include "engine/streamsocket.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

namespace meshgate {

SplicePipe::SplicePipe()
{
    int fds[2];
    if (::pipe2(fds, O_NONBLOCK | O_CLOEXEC) != 0)
        return; // no pipe, no splice: every relay copies
    m_read = fds[0];
    m_write = fds[1];
    ::fcntl(m_write, F_SETPIPE_SZ, kPipeSize); // best effort; a smaller pipe only moves less per call
    // splice() into a socket whose peer has gone raises SIGPIPE (there is no MSG_NOSIGNAL for it).
    // The headless runner ignores SIGPIPE, the GUI does not: block it for this worker thread.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

SplicePipe::~SplicePipe()
{
    close();
}

void SplicePipe::close()
{
    if (m_read >= 0)
        ::close(m_read);
    if (m_write >= 0)
        ::close(m_write);
    m_read = m_write = -1;
}

SplicePipe::Result SplicePipe::move(StreamSocket &from, StreamSocket &to, qsizetype max, qsizetype *count)
{
    *count = 0;
    if (m_read < 0 || !from.isOpen() || !to.isOpen() || to.isConnecting() || to.lastError() != 0
        || to.pendingBytes() > 0)
        return Result::Fallback;
    ssize_t n;
    do {
        n = ::splice(from.descriptor(), nullptr, m_write, nullptr, size_t(std::min<qsizetype>(max, kPipeSize)),
                     SPLICE_F_MOVE | SPLICE_F_NONBLOCK);
    } while (n < 0 && errno == EINTR);
    if (n == 0) {
        from.markDrained();
        return Result::Eof;
    }
    if (n < 0) {
        // The pipe is empty, so EAGAIN means the socket has nothing. Anything else (a reset, or
        // a socket type without splice support): recv() sees it again and records it properly.
        if (errno != EAGAIN)
            return Result::Fallback;
        from.markDrained();
        return Result::WouldBlock;
    }
    *count = n;
    qsizetype left = n;
    while (left > 0) {
        const ssize_t m = ::splice(m_read, nullptr, to.descriptor(), nullptr, size_t(left),
                                   SPLICE_F_MOVE | SPLICE_F_NONBLOCK);
        if (m > 0)
            left -= m;
        else if (m < 0 && errno == EINTR)
            continue;
        else
            break; // full (EAGAIN) or failed: the write below queues the rest or records the error
    }
    if (left == 0)
        return Result::Moved;
    m_spill.resize(left);
    qsizetype got = 0;
    while (got < left) {
        const ssize_t r = ::read(m_read, m_spill.data() + got, size_t(left - got));
        if (r > 0)
            got += r;
        else if (r < 0 && errno == EINTR)
            continue;
        else
            break;
    }
    if (got < left) {
        // Cannot happen with bytes sitting in our own pipe; if it ever does, a reset is better
        // than a stream with a hole in it; without the pipe, later relays of this thread copy.
        close();
        to.abort();
        return Result::Moved;
    }
    to.write(m_spill);
    m_spill.resize(0);
    return Result::Moved;
}

} // namespace meshgate
