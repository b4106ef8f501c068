// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/revocationcheck.h"

#include "tls/x509certificate.h"

#include <QFile>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <vector>

namespace meshgate {

std::shared_ptr<const RevocationCheck> RevocationCheck::load(const QString &caFile, const QString &crlFile, QString *error)
{
    std::shared_ptr<RevocationCheck> check(new RevocationCheck);
    check->m_store = X509_STORE_new();
    const QByteArray caPath = QFile::encodeName(caFile);
    const bool cas = caFile.isEmpty() ? X509_STORE_set_default_paths(check->m_store) == 1
                                      : X509_STORE_load_file(check->m_store, caPath.constData()) == 1;
    QFile in(crlFile);
    int crls = 0;
    if (in.open(QIODevice::ReadOnly)) {
        const QByteArray pem = in.readAll();
        const std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
        while (X509_CRL *crl = PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr)) {
            crls += X509_STORE_add_crl(check->m_store, crl) == 1 ? 1 : 0;
            X509_CRL_free(crl);
        }
    }
    ERR_clear_error(); // the end of the PEM input leaves an error; this thread's queue is QSslSocket's too
    if (!cas)
        *error = QStringLiteral("cannot read CA certificates from %1").arg(caFile);
    else if (crls == 0)
        *error = QStringLiteral("cannot read a certificate revocation list from %1").arg(crlFile);
    if (!error->isEmpty())
        return nullptr;
    X509_STORE_set_flags(check->m_store, X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL);
    return check;
}

RevocationCheck::~RevocationCheck()
{
    X509_STORE_free(m_store);
}

QByteArray RevocationCheck::verify(const QSslCertificate &peer, const QList<QSslCertificate> &chain) const
{
    const X509Ptr leaf = toX509(peer);
    if (!leaf)
        return QByteArrayLiteral("unreadable peer certificate");
    std::vector<X509Ptr> rest;
    const auto freeStack = [](STACK_OF(X509) *stack) { sk_X509_free(stack); }; // the certificates are in `rest`
    const std::unique_ptr<STACK_OF(X509), decltype(freeStack)> untrusted(sk_X509_new_null(), freeStack);
    for (const QSslCertificate &c : chain) {
        if (c == peer)
            continue; // Qt lists the peer's own certificate first on one side and not the other
        if (X509Ptr x = toX509(c)) {
            sk_X509_push(untrusted.get(), x.get());
            rest.push_back(std::move(x));
        }
    }
    const std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx(X509_STORE_CTX_new(), &X509_STORE_CTX_free);
    QByteArray reason;
    if (!ctx || X509_STORE_CTX_init(ctx.get(), m_store, leaf.get(), untrusted.get()) != 1)
        reason = QByteArrayLiteral("cannot verify the peer certificate");
    else if (X509_verify_cert(ctx.get()) != 1)
        reason = X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get()));
    ERR_clear_error();
    return reason;
}

} // namespace meshgate
