// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcertificate.h"

#include "managedprocess.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace meshgate::test {

using namespace std::chrono_literals;

std::optional<TestCertificate> TestCertificate::generate(const QString &directory, const QString &commonName,
                                                         const QStringList &dnsNames, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<TestCertificate> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                         | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                         | QFileDevice::ExeOther);
    QString stem = commonName;
    stem.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.-]")), QStringLiteral("_"));
    for (int i = 2; QFile::exists(QDir(directory).filePath(stem + QStringLiteral(".crt"))); ++i)
        stem = stem.section(QLatin1Char('~'), 0, 0) + QLatin1Char('~') + QString::number(i);

    TestCertificate cert;
    cert.m_commonName = commonName;
    cert.m_certificatePath = QDir(directory).filePath(stem + QStringLiteral(".crt"));
    cert.m_keyPath = QDir(directory).filePath(stem + QStringLiteral(".key"));
    QStringList sans;
    for (const QString &name : dnsNames.isEmpty() ? QStringList{commonName} : dnsNames)
        sans.append(name.startsWith(QLatin1String("URI:")) || name.startsWith(QLatin1String("IP:"))
                            || name.startsWith(QLatin1String("email:"))
                        ? name
                        : QStringLiteral("DNS:") + name);

    ManagedProcess openssl;
    const bool started = openssl.start(
        QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName,
         QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + sans.join(QLatin1Char(',')),
         QStringLiteral("-keyout"), cert.m_keyPath, QStringLiteral("-out"), cert.m_certificatePath});
    if (!started || !openssl.waitForFinished(30s) || openssl.exitCode() != 0)
        return fail(QStringLiteral("openssl req failed (%1): %2")
                        .arg(openssl.describeExit(), QString::fromUtf8(openssl.text(ManagedProcess::Channel::Stderr))));
    // nginx's workers may run as another user and read the key after dropping privileges.
    QFile::setPermissions(cert.m_keyPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                              | QFileDevice::ReadOther);
    QFile pem(cert.m_certificatePath);
    if (!pem.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read ") + cert.m_certificatePath);
    const QList<QSslCertificate> parsed = QSslCertificate::fromData(pem.readAll(), QSsl::Pem);
    if (parsed.isEmpty())
        return fail(QStringLiteral("openssl wrote no parsable certificate"));
    cert.m_certificate = parsed.first();
    return cert;
}

bool TestCertificate::writeRevocationList(const QString &path, const QList<const TestCertificate *> &revoked,
                                          QString *error) const
{
    // openssl ca keeps its state in a database directory next to the list.
    const QString db = path + QStringLiteral(".db");
    QDir().mkpath(db);
    QFile index(db + QStringLiteral("/index.txt"));
    QFile number(db + QStringLiteral("/crlnumber"));
    QFile config(db + QStringLiteral("/openssl.cnf"));
    if (!index.open(QIODevice::WriteOnly | QIODevice::Truncate) || !number.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !config.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write the CA database in ") + db;
        return false;
    }
    number.write("01\n");
    config.write("[ca]\ndefault_ca = local\n[local]\ndatabase = " + index.fileName().toUtf8() + "\ncrlnumber = "
                 + number.fileName().toUtf8() + "\ndefault_md = sha256\ndefault_crl_days = 2\n");
    index.close();
    number.close();
    config.close();
    const QStringList ca = {QStringLiteral("ca"), QStringLiteral("-config"), config.fileName(), QStringLiteral("-keyfile"),
                            m_keyPath, QStringLiteral("-cert"), m_certificatePath};
    const auto run = [&](const QStringList &more) {
        ManagedProcess openssl;
        if (openssl.start(QStringLiteral("openssl"), ca + more) && openssl.waitForFinished(30s) && openssl.exitCode() == 0)
            return true;
        *error = QStringLiteral("openssl %1 failed (%2): %3")
                     .arg(more.join(QLatin1Char(' ')), openssl.describeExit(),
                          QString::fromUtf8(openssl.text(ManagedProcess::Channel::Stderr)));
        return false;
    };
    for (const TestCertificate *cert : revoked)
        if (!run({QStringLiteral("-revoke"), cert->certificatePath()}))
            return false;
    return run({QStringLiteral("-gencrl"), QStringLiteral("-out"), path});
}

} // namespace meshgate::test
