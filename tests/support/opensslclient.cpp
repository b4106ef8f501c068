// SPDX-License-Identifier: GPL-3.0-or-later
#include "opensslclient.h"

#include "managedprocess.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace meshgate::test {

QString TlsProbeResult::subjectCommonName() const
{
    const QStringList cn = peerCertificate.subjectInfo(QSslCertificate::CommonName);
    return cn.isEmpty() ? QString() : cn.first();
}

QByteArray TlsProbeResult::sha256Hex() const
{
    return peerCertificate.isNull() ? QByteArray() : peerCertificate.digest(QCryptographicHash::Sha256).toHex();
}

TlsProbeResult OpenSslClient::probe(quint16 port, const QString &serverName, const QString &caFile,
                                    std::chrono::milliseconds timeout)
{
    QStringList args{QStringLiteral("s_client"), QStringLiteral("-connect"),
                     QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-showcerts")};
    if (serverName.isEmpty())
        args << QStringLiteral("-noservername");
    else
        args << QStringLiteral("-servername") << serverName;
    if (!caFile.isEmpty())
        args << QStringLiteral("-CAfile") << caFile;

    TlsProbeResult result;
    ManagedProcess openssl;
    if (!openssl.start(QStringLiteral("openssl"), args)) {
        result.output = "openssl could not be started";
        return result;
    }
    // End of input makes s_client close the connection once the handshake is over (or failed).
    openssl.closeStdin();
    if (!openssl.waitForFinished(timeout)) {
        openssl.kill();
        openssl.waitForFinished(std::chrono::seconds(5));
    }
    const QByteArray out = openssl.text(ManagedProcess::Channel::Stdout);
    result.output = out + "\n--- stderr ---\n" + openssl.text(ManagedProcess::Channel::Stderr);

    const QList<QSslCertificate> chain = QSslCertificate::fromData(out, QSsl::Pem);
    if (!chain.isEmpty())
        result.peerCertificate = chain.first();
    static const QRegularExpression verify(QStringLiteral(R"(Verify return code: (\d+ \([^)]*\)))"));
    const QRegularExpressionMatch m = verify.match(QString::fromUtf8(out));
    if (m.hasMatch())
        result.verifyResult = m.captured(1);
    result.handshakeCompleted = !result.peerCertificate.isNull() && out.contains("Cipher is ")
        && !out.contains("Cipher is (NONE)");
    return result;
}

} // namespace meshgate::test
