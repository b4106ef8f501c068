// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/epolldispatcher.h"
#include "engine/transport.h"

#include <QHostAddress>

#include <memory>

#include <sys/socket.h> // sockaddr_storage

class QSocketNotifier;

namespace meshgate {

// A non-blocking TCP stream on a raw descriptor, driven by the thread's event loop.
//
// Why not QTcpSocket: it copies every byte through its own read and write buffers and only
// writes from the event loop, which costs a copy and a loop iteration per response on the hot
// path. Here reads go straight into the caller's buffer and writes go to the kernel at once;
// only what the kernel does not take is buffered (and that size is the backpressure signal).
class StreamSocket final : public Transport, private DescriptorHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamSocket)
public:
    // Takes ownership of an accepted (or connecting) descriptor.
    StreamSocket(int fd, Handler *handler, QObject *parent = nullptr);
    ~StreamSocket() override;

    // Starts a non-blocking connect; the result arrives via Handler::socketConnected. Returns
    // nullptr (and sets *error) when the connect fails at once.
    static std::unique_ptr<StreamSocket> connectTo(const QHostAddress &address, quint16 port, Handler *handler,
                                                   int *error);

    int descriptor() const { return m_fd; }
    bool isOpen() const override { return m_fd >= 0; }
    bool isConnecting() const { return m_connecting; }

    // Appends up to `max` bytes (at most kStackChunk beyond the buffer's spare capacity) to
    // `buffer`; *count says how many.
    ReadStatus readInto(QByteArray &buffer, qsizetype max, qsizetype *count) override;
    int lastError() const { return m_error; }
    // For code that reads the descriptor itself (splice): it saw EAGAIN or the end. Until then
    // a worker thread keeps offering the socket as readable (see EpollEventDispatcher::watch).
    void markDrained()
    {
        if (m_epoll)
            m_epoll->markDrained(m_fd);
    }

    // Writes at once what the kernel takes (both pieces in one syscall) and buffers the rest.
    // False after an error.
    bool write2(QByteArrayView a, QByteArrayView b) override;
    qsizetype pendingBytes() const override { return m_pending.size() - m_pendingOffset; }

    // Closes the write side once the pending bytes are out (TCP half-close).
    void shutdownWrite() override;
    bool writeShutdown() const { return m_shutdownRequested; }
    void setReadEnabled(bool enabled) override;
    bool readEnabled() const { return m_readEnabled; }
    void close() override; // immediately; pending bytes are dropped
    // Gives up the descriptor without closing it (to hand it to another transport).
    int release();
    void abort() override; // RST via SO_LINGER 0

    // "ip:port" ("[v6]:port") of each side; computed once.
    bool mayHaveUnreadInput() const override { return !m_epoll || m_epoll->readPending(m_fd); }
    // Addresses the acceptor already knows (accept4() returns the peer's; a listener bound to
    // one address gives the local one), so localAddressText()/peerAddressText() need no
    // getsockname()/getpeername() per connection. An empty one is looked up when asked for.
    void setAddressTexts(const QByteArray &local, const QByteArray &peer)
    {
        m_localText = local;
        m_peerText = peer;
    }
    static QByteArray sockaddrText(const sockaddr_storage &address);
    const QByteArray &localAddressText() override;
    const QByteArray &peerAddressText() override;
    QByteArray failureReason() const override;
    QHostAddress peerAddress() const;
    quint16 localPort() const;

    static QByteArray addressText(const QHostAddress &address, quint16 port);

    static constexpr qsizetype kStackChunk = 64 * 1024;

private:
    void handleReadActivated();
    void handleWriteActivated();
    void descriptorReadable() override { handleReadActivated(); }
    void descriptorWritable() override { handleWriteActivated(); }
    void setReadInterest(bool enabled);
    void detachFromLoop();
    bool flushPending();
    void updateWriteNotifier();
    void setWriteInterest(bool enabled);

    int m_fd = -1;
    // On a worker thread (epoll dispatcher) readiness arrives as direct calls; elsewhere (tests,
    // the GUI thread) through notifiers.
    EpollEventDispatcher *m_epoll = nullptr;
    bool m_watchRead = false;
    bool m_watchWrite = false;
    std::unique_ptr<QSocketNotifier> m_readNotifier;
    std::unique_ptr<QSocketNotifier> m_writeNotifier;
    QByteArray m_pending;
    qsizetype m_pendingOffset = 0;
    QByteArray m_localText;
    QByteArray m_peerText;
    int m_error = 0;
    bool m_connecting = false;
    bool m_readEnabled = true;
    bool m_wasHigh = false;
    bool m_shutdownRequested = false;
    bool m_shutdownDone = false;
};

} // namespace meshgate
