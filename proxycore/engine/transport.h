// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>

namespace meshgate {

// A byte stream the sessions read and write without caring whether it is a plain TCP socket
// (StreamSocket) or TLS on top of one (SslTransport). Event delivery is a plain callback
// interface: one virtual call per event, no signal dispatch on the hot path.
class Transport : public QObject
{
    Q_OBJECT
public:
    class Handler
    {
    public:
        virtual ~Handler() = default;
        virtual void transportReadable(Transport *transport) = 0;
        // The pending write buffer drained below the low-water mark after being high.
        virtual void transportWritable(Transport *transport) = 0;
        // An outgoing connect (and TLS handshake) finished; `error` empty on success.
        virtual void transportConnected(Transport *transport, const QByteArray &error) = 0;
    };

    enum class ReadStatus { Data, WouldBlock, Eof, Error };

    using QObject::QObject;

    void setHandler(Handler *handler) { m_handler = handler; }
    Handler *handler() const { return m_handler; }

    virtual ReadStatus readInto(QByteArray &buffer, qsizetype max, qsizetype *count) = 0;
    virtual bool write2(QByteArrayView a, QByteArrayView b) = 0;
    bool write(QByteArrayView data) { return write2(data, {}); }
    virtual qsizetype pendingBytes() const = 0;
    bool writeBufferHigh() const { return pendingBytes() >= kHighWater; }
    virtual void shutdownWrite() = 0;
    virtual void setReadEnabled(bool enabled) = 0;
    virtual bool isOpen() const = 0;
    virtual void close() = 0;
    virtual void abort() = 0; // reset (RST) instead of FIN
    // False only when every byte the peer sent so far is known to have been read (closing
    // then sends FIN, not RST); true when unsure.
    virtual bool mayHaveUnreadInput() const { return true; }
    virtual const QByteArray &localAddressText() = 0;
    virtual const QByteArray &peerAddressText() = 0;
    // Why the transport failed, for %UPSTREAM_TRANSPORT_FAILURE_REASON% ("connection refused",
    // "TLS error: ...").
    virtual QByteArray failureReason() const = 0;

    static constexpr qsizetype kHighWater = 256 * 1024;
    static constexpr qsizetype kLowWater = 64 * 1024;

protected:
    Handler *m_handler = nullptr;
};

} // namespace meshgate
