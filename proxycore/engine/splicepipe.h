// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace meshgate {

class StreamSocket;

// Relays bytes socket → pipe → socket with splice(2), so a TCP relay (TLS passthrough, plain
// TCP routes, CONNECT tunnels) does not copy every byte into user space and back.
//
// One pipe serves every relay of a worker thread because each call leaves it empty: what the
// destination does not take at once is read back from the pipe and queued on the destination
// like any other write, so the destination's write buffer stays the only queue and backpressure
// works as before. When the destination already has queued bytes (order), or the kernel refuses
// splice, the caller copies as before.
class SplicePipe final
{
    Q_DISABLE_COPY_MOVE(SplicePipe)
public:
    // Must be created on the thread that uses it (it keeps SIGPIPE from that thread).
    SplicePipe();
    ~SplicePipe();

    enum class Result {
        Moved,      // *count bytes left `from`; they are sent or queued on `to`
        WouldBlock, // nothing to read now
        Eof,        // `from` reached end of stream
        Fallback,   // nothing read: use readInto() + write() this time (that path also reports errors)
    };
    Result move(StreamSocket &from, StreamSocket &to, qsizetype max, qsizetype *count);

    bool isUsable() const { return m_read >= 0; }

    // Capacity requested for the pipe: with 4 KiB pages a 64 KiB read made of small TCP segments
    // can need more than the default 16 slots.
    static constexpr int kPipeSize = 256 * 1024;

private:
    void close();

    int m_read = -1;
    int m_write = -1;
    QByteArray m_spill; // bytes the destination did not take, on their way to its write buffer
};

} // namespace meshgate
