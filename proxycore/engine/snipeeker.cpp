// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/snipeeker.h"

#include "tls/clienthelloparser.h"

#include <QDateTime>

#include <cerrno>
#include <sys/socket.h>

namespace meshgate {

SniPeeker::SniPeeker(std::unique_ptr<StreamSocket> socket, Done done, QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_done(std::move(done))
{
    m_socket->setHandler(this);
    m_clock.start();
    m_startTimeMs = QDateTime::currentMSecsSinceEpoch();
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { finish(Outcome::NoHello); });
}

SniPeeker::~SniPeeker() = default;

void SniPeeker::start()
{
    m_timeout.start(kTimeoutMs);
    peek(); // the hello often arrives with the connection
}

std::unique_ptr<StreamSocket> SniPeeker::takeSocket()
{
    if (m_socket)
        m_socket->setHandler(nullptr);
    return std::move(m_socket);
}

void SniPeeker::transportReadable(Transport *)
{
    peek();
}

void SniPeeker::peek()
{
    if (m_finished || !m_socket)
        return;
    // Real hellos fit in the first 4 KiB; only a hello that fills it gets the parser's full cap
    // (one byte more, so that a hello still incomplete at the cap is known never to complete).
    if (m_buffer.isEmpty())
        m_buffer.resize(kFirstPeekBytes);
    ssize_t n = 0;
    for (;;) {
        n = ::recv(m_socket->descriptor(), m_buffer.data(), size_t(m_buffer.size()), MSG_PEEK);
        if (n < 0 && errno == EINTR)
            continue;
        if (n == m_buffer.size() && m_buffer.size() == kFirstPeekBytes
            && ClientHelloParser::parse(m_buffer.constData(), n).status == ClientHelloInfo::Status::Incomplete) {
            m_buffer.resize(ClientHelloParser::kMaxBufferedBytes + 1);
            continue;
        }
        break;
    }
    if (n == 0) {
        finish(Outcome::Closed);
        return;
    }
    if (n < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            m_socket->markDrained(); // nothing yet: the next bytes raise a new edge
        else
            finish(Outcome::Closed);
        return;
    }
    m_peeked = n;
    const ClientHelloInfo info = ClientHelloParser::parse(m_buffer.constData(), qsizetype(n));
    switch (info.status) {
    case ClientHelloInfo::Status::Done:
        m_sni = info.sni;
        finish(Outcome::Hello);
        return;
    case ClientHelloInfo::Status::Incomplete:
        // Everything there was has been seen (peeked, not read): wait for more to arrive.
        m_socket->markDrained();
        return;
    case ClientHelloInfo::Status::NotTls:
    case ClientHelloInfo::Status::Malformed:
    case ClientHelloInfo::Status::TooLarge:
        finish(Outcome::NoHello);
        return;
    }
}

void SniPeeker::finish(Outcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_buffer = QByteArray();
    m_done(this, outcome);
}

} // namespace meshgate
