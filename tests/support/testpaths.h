// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QString>

namespace meshgate::test {

inline QString sourceDir()
{
    return QStringLiteral(MESHGATE_SOURCE_DIR);
}

inline QString dataPath(const QString &relative)
{
    return sourceDir() + QStringLiteral("/tests/data/") + relative;
}

// ../shared sits beside the checkout in CI; elsewhere tests that need it skip with this message.
inline QString sharedDir()
{
    return QDir::cleanPath(sourceDir() + QStringLiteral("/../shared"));
}

inline bool haveShared()
{
    return QFile::exists(sharedDir() + QStringLiteral("/istio/validate.py"));
}

// The read-only reference docs (istio-semantics.md, ...) that sit in ../shared/docs.
inline QString sharedDocPath(const QString &name)
{
    return sharedDir() + QStringLiteral("/docs/") + name;
}

constexpr const char *kNoShared =
    "../shared (Istio CRD validator and fixtures) is not beside this checkout; skipping";

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace meshgate::test
