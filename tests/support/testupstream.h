// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "managedprocess.h"

#include <QString>

#include <chrono>

namespace meshgate::test {

// A tiny Python HTTP/1.1 server for what httpbin does badly:
//   POST/PUT any path  streams the body (Content-Length or chunked) into SHA-256 and answers
//                      {"bytes": N, "sha256": "..."}; optionally reads no faster than a set rate,
//                      so a proxy that does not apply backpressure has to buffer.
//   GET /slow/<ms>     answers "slow done" after <ms> milliseconds.
//   GET /status/<code> answers <code> with the body "status <code>".
//   GET /fault/<kind>  misbehaves, for upstream-failure tests:
//                        rst-before-headers  reads the request, then resets the connection (RST)
//                        fin-before-headers  reads the request, then closes it (FIN), no answer
//                        rst-mid-body        promises 1 MiB, sends 64 KiB, then resets
//                        garbage             answers bytes that are not HTTP, then closes
//   GET anything else  answers "test upstream".
// It prints "REQ <METHOD> <target>" when a request's headers arrive, so a test knows a request
// is in flight before it has been answered.
class TestUpstream final
{
public:
    TestUpstream() = default;
    Q_DISABLE_COPY_MOVE(TestUpstream)

    // readBytesPerSecond 0 = read bodies as fast as they come.
    bool start(double readBytesPerSecond = 0, std::chrono::milliseconds timeout = std::chrono::seconds(15));

    quint16 port() const { return m_port; }
    QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }

    int countRequests(const QByteArray &method, const QByteArray &target) const;
    bool waitForRequest(const QByteArray &method, const QByteArray &target, std::chrono::milliseconds timeout);
    // Waits until at least `count` requests for `target` have arrived.
    bool waitForRequests(const QByteArray &method, const QByteArray &target, int count,
                         std::chrono::milliseconds timeout);
    // Every request that arrived, whatever its target.
    int totalRequests() const;
    QByteArray diagnostics() const;

private:
    ManagedProcess m_process;
    quint16 m_port = 0;
};

} // namespace meshgate::test
