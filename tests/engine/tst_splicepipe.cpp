// SPDX-License-Identifier: GPL-3.0-or-later
// SplicePipe: the TCP relay's zero-copy path. Bytes must arrive unchanged and in order whether
// the destination takes them at once or not, end of stream must be seen, and a destination whose
// peer is gone must surface as a socket error (not as SIGPIPE killing the process).
#include "engine/splicepipe.h"
#include "engine/streamsocket.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace meshgate;

namespace {

// A connected loopback TCP pair, both ends non-blocking.
struct TcpPair
{
    int a = -1;
    int b = -1;
    TcpPair()
    {
        const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof(addr);
        ::bind(listener, reinterpret_cast<sockaddr *>(&addr), sizeof(addr));
        ::listen(listener, 1);
        ::getsockname(listener, reinterpret_cast<sockaddr *>(&addr), &len);
        a = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        ::connect(a, reinterpret_cast<sockaddr *>(&addr), sizeof(addr));
        b = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
        ::close(listener);
        for (int fd : {a, b})
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    ~TcpPair()
    {
        if (a >= 0)
            ::close(a);
        if (b >= 0)
            ::close(b);
    }
};

QByteArray randomBytes(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator gen(42);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char(gen.generate());
    return out;
}

void readAvailable(int fd, QByteArray *into)
{
    char buf[65536];
    for (;;) {
        const ssize_t n = ::recv(fd, buf, sizeof(buf), 0);
        if (n <= 0)
            return;
        into->append(buf, n);
    }
}

// What TcpProxySession::relay does with one wake-up: splice, or copy when told to.
SplicePipe::Result relayOnce(SplicePipe &pipe, StreamSocket &from, StreamSocket &to, bool *copied = nullptr)
{
    qsizetype n = 0;
    const SplicePipe::Result r = pipe.move(from, to, 64 * 1024, &n);
    if (r != SplicePipe::Result::Fallback)
        return r;
    if (copied)
        *copied = true;
    QByteArray buffer;
    const Transport::ReadStatus s = from.readInto(buffer, 64 * 1024, &n);
    if (s == Transport::ReadStatus::Data) {
        to.write(buffer);
        return SplicePipe::Result::Moved;
    }
    return s == Transport::ReadStatus::Eof ? SplicePipe::Result::Eof : SplicePipe::Result::WouldBlock;
}

} // namespace

class TestSplicePipe : public QObject
{
    Q_OBJECT

private slots:
    void relaysBytesUnchangedAndSeesEndOfStream()
    {
        SplicePipe pipe;
        QVERIFY(pipe.isUsable());
        TcpPair source;
        TcpPair destination;
        StreamSocket from(source.b, nullptr);
        StreamSocket to(destination.a, nullptr);
        source.b = destination.a = -1; // owned by the StreamSockets now

        const QByteArray sent = randomBytes(3 * 1024 * 1024 + 123);
        QByteArray received;
        qsizetype offset = 0;
        bool eof = false;
        for (int i = 0; i < 100000 && !eof; ++i) {
            if (offset < sent.size()) {
                const ssize_t n = ::send(source.a, sent.constData() + offset, size_t(sent.size() - offset), MSG_NOSIGNAL);
                if (n > 0)
                    offset += n;
                if (offset == sent.size())
                    ::shutdown(source.a, SHUT_WR);
            }
            eof = relayOnce(pipe, from, to) == SplicePipe::Result::Eof;
            QCoreApplication::processEvents(); // lets `to` flush what it queued
            readAvailable(destination.b, &received);
        }
        QVERIFY(eof);
        QTRY_COMPARE(to.pendingBytes(), qsizetype(0));
        readAvailable(destination.b, &received);
        QCOMPARE(received.size(), sent.size());
        QVERIFY(received == sent);
    }

    void queuesWhatTheDestinationRefusesAndKeepsOrder()
    {
        SplicePipe pipe;
        TcpPair source;
        TcpPair destination;
        const int small = 16 * 1024;
        ::setsockopt(destination.a, SOL_SOCKET, SO_SNDBUF, &small, sizeof(small));
        ::setsockopt(destination.b, SOL_SOCKET, SO_RCVBUF, &small, sizeof(small));
        StreamSocket from(source.b, nullptr);
        StreamSocket to(destination.a, nullptr);
        source.b = destination.a = -1;

        // The destination's reader is asleep: the kernel soon refuses bytes and the rest queues.
        const QByteArray sent = randomBytes(1024 * 1024);
        qsizetype offset = 0;
        bool copied = false;
        for (int i = 0; i < 10000 && (offset < sent.size() || to.pendingBytes() == 0); ++i) {
            const ssize_t n = ::send(source.a, sent.constData() + offset, size_t(sent.size() - offset), MSG_NOSIGNAL);
            if (n > 0)
                offset += n;
            relayOnce(pipe, from, to, &copied);
            if (to.pendingBytes() > 0 && offset == sent.size())
                break;
        }
        QVERIFY2(to.pendingBytes() > 0, "the destination never refused anything");
        // With bytes queued, splicing more would overtake them: the relay must copy instead.
        ::shutdown(source.a, SHUT_WR);
        bool eof = false;
        QByteArray received;
        // Time-bound, not count-bound: with a receive buffer smaller than loopback's 64 KiB MSS,
        // the kernel can leave the window shut until a timer fires (6.18 here: ~300 ms in all).
        QDeadlineTimer deadline(20000);
        while (!(eof && to.pendingBytes() == 0) && !deadline.hasExpired()) {
            if (!eof)
                eof = relayOnce(pipe, from, to, &copied) == SplicePipe::Result::Eof;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            const qsizetype before = received.size();
            readAvailable(destination.b, &received);
            if (received.size() == before && eof)
                QTest::qWait(1);
        }
        QVERIFY(copied);
        QVERIFY(eof);
        readAvailable(destination.b, &received);
        QCOMPARE(received.size(), sent.size());
        QVERIFY(received == sent);
    }

    void destinationGoneIsAnErrorNotASignal()
    {
        SplicePipe pipe;
        TcpPair source;
        TcpPair destination;
        StreamSocket from(source.b, nullptr);
        StreamSocket to(destination.a, nullptr);
        source.b = destination.a = -1;
        ::close(destination.b); // the destination's peer goes away
        destination.b = -1;

        const QByteArray chunk = randomBytes(64 * 1024);
        for (int i = 0; i < 200 && to.lastError() == 0; ++i) {
            ::send(source.a, chunk.constData(), size_t(chunk.size()), MSG_NOSIGNAL);
            relayOnce(pipe, from, to);
            QCoreApplication::processEvents();
        }
        // Still running (no SIGPIPE), and the failure is on the destination for the session to see.
        QVERIFY(to.lastError() == EPIPE || to.lastError() == ECONNRESET);
        // The shared pipe is left empty and usable for the next relay.
        QVERIFY(pipe.isUsable());
    }
};

QTEST_GUILESS_MAIN(TestSplicePipe)
#include "tst_splicepipe.moc"
