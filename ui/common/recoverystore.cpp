// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/recoverystore.h"

#include "common/documentsplitter.h"
#include "common/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

namespace meshgate {

RecoveryStore::RecoveryStore(Workspace *workspace, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_directory(directory)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDelayMs);
    connect(m_timer, &QTimer::timeout, this, &RecoveryStore::writeNow);
}

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::dataPath() const
{
    return m_directory + QStringLiteral("/recovery.yaml");
}

QString RecoveryStore::metaPath() const
{
    return m_directory + QStringLiteral("/recovery.json");
}

void RecoveryStore::start()
{
    connect(m_workspace, &Workspace::contentChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_workspace, &Workspace::dirtyChanged, m_timer, qOverload<>(&QTimer::start));
}

std::optional<RecoveryStore::Snapshot> RecoveryStore::pending() const
{
    QFile meta(metaPath());
    QFile data(dataPath());
    if (!meta.open(QIODevice::ReadOnly) || !data.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
    Snapshot s;
    for (const QJsonValue &v : o.value(QStringLiteral("files")).toArray())
        s.files.append(v.toString());
    const QJsonObject fingerprints = o.value(QStringLiteral("fingerprints")).toObject();
    for (auto it = fingerprints.begin(); it != fingerprints.end(); ++it)
        s.fingerprints.insert(it.key(), QByteArray::fromHex(it.value().toString().toLatin1()));
    s.displayName = o.value(QStringLiteral("displayName")).toString();
    s.taken = QDateTime::fromString(o.value(QStringLiteral("taken")).toString(), Qt::ISODate);
    s.text = data.readAll();
    return s;
}

void RecoveryStore::discard()
{
    QFile::remove(dataPath());
    QFile::remove(metaPath());
}

void RecoveryStore::writeNow()
{
    m_timer->stop();
    if (!m_workspace->isDirty()) {
        discard();
        return;
    }
    QList<QByteArray> texts;
    for (int i = 0; i < m_workspace->count(); ++i)
        texts.append(m_workspace->entry(i).text);
    QJsonObject meta;
    meta.insert(QStringLiteral("files"), QJsonArray::fromStringList(m_workspace->files()));
    QJsonObject fingerprints;
    const QHash<QString, QByteArray> known = m_workspace->diskFingerprints();
    for (auto it = known.begin(); it != known.end(); ++it)
        fingerprints.insert(it.key(), QString::fromLatin1(it.value().toHex()));
    meta.insert(QStringLiteral("fingerprints"), fingerprints);
    meta.insert(QStringLiteral("displayName"), m_workspace->displayName());
    meta.insert(QStringLiteral("taken"), QDateTime::currentDateTime().toString(Qt::ISODate));
    QDir().mkpath(m_directory);
    // Data first, then the metadata that makes it count: a crash in between leaves no snapshot.
    QSaveFile data(dataPath());
    if (!data.open(QIODevice::WriteOnly))
        return;
    data.write(DocumentSplitter::join(texts));
    if (!data.commit())
        return;
    QSaveFile metaFile(metaPath());
    if (metaFile.open(QIODevice::WriteOnly)) {
        metaFile.write(QJsonDocument(meta).toJson());
        metaFile.commit();
    }
}

} // namespace meshgate
