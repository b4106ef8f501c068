// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/workspace.h"

#include "common/documentsplitter.h"
#include "common/resourceops.h"
#include "common/resourcetext.h"
#include "common/safefilewriter.h"
#include "common/workspacecommands.h"
#include "config/configexporter.h"
#include "config/validator.h"
#include "routing/routetablecompiler.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSignalBlocker>
#include <QTimer>

namespace meshgate {

namespace {

QByteArray fingerprintOf(const QByteArray &content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256);
}

// How long edits are batched before the workspace is validated again.
constexpr int kValidateDelayMs = 150;

int linesOf(const QByteArray &text)
{
    return int(text.count('\n')) + (text.isEmpty() || text.endsWith('\n') ? 0 : 1);
}

} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_validateTimer(new QTimer(this))
{
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(kValidateDelayMs);
    connect(m_validateTimer, &QTimer::timeout, this, &Workspace::validate);
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT dirtyChanged(!clean); });
}

Workspace::~Workspace()
{
    // The commands point back at this workspace; drop them before the entries go, quietly:
    // whoever listens may be half destroyed already.
    const QSignalBlocker stackBlocker(&m_undoStack);
    blockSignals(true);
    m_undoStack.clear();
}

// ---------------------------------------------------------------- contents

int Workspace::indexOfId(quint64 id) const
{
    for (size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].id == id)
            return int(i);
    return -1;
}

const WorkspaceEntry *Workspace::entryById(quint64 id) const
{
    const int index = indexOfId(id);
    return index < 0 ? nullptr : &m_entries[size_t(index)];
}

int Workspace::indexOf(ResourceKind kind, const QString &name, const QString &ns) const
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const Resource &r = m_entries[i].resource;
        if (r.kind() == kind && r.metadata.name == name && (ns.isEmpty() || r.metadata.effectiveNamespace() == ns))
            return int(i);
    }
    return -1;
}

QList<quint64> Workspace::ids() const
{
    QList<quint64> out;
    for (const WorkspaceEntry &e : m_entries)
        out.append(e.id);
    return out;
}

ConfigSet Workspace::config() const
{
    ConfigSet set;
    set.resources.reserve(m_entries.size());
    for (const WorkspaceEntry &e : m_entries)
        set.resources.push_back(e.resource);
    return set;
}

QString Workspace::displayName() const
{
    if (!m_files.isEmpty())
        return QFileInfo(m_files.first()).fileName();
    return m_untitledName.isEmpty() ? tr("Untitled") : m_untitledName;
}

// ---------------------------------------------------------------- load / save

WorkspaceEntry Workspace::assignId(WorkspaceEntry entry)
{
    entry.id = m_nextId++;
    return entry;
}

void Workspace::reset(std::vector<WorkspaceEntry> entries, std::vector<ForeignDocument> foreign, QStringList files,
                      Diagnostics loadProblems)
{
    m_undoStack.clear();
    m_entries = std::move(entries);
    m_foreign = std::move(foreign);
    m_files = std::move(files);
    m_diskFingerprints.clear();
    m_loadProblems = std::move(loadProblems);
    m_rejectedProblems.clear();
    const QList<quint64> drafted = m_drafts.keys();
    m_drafts.clear();
    for (quint64 id : drafted)
        Q_EMIT draftChanged(id);
    Q_EMIT resourcesReset();
    Q_EMIT filesChanged();
    Q_EMIT contentChanged();
    revalidateNow();
}

Workspace::LoadOutcome Workspace::open(const QStringList &paths)
{
    LoadOutcome outcome;
    std::vector<WorkspaceEntry> entries;
    std::vector<ForeignDocument> foreign;
    QStringList files;
    QHash<QString, QByteArray> fingerprints;
    bool failed = false;
    for (const QString &given : paths) {
        const QString path = given.startsWith(QLatin1Char(':')) ? given : QFileInfo(given).absoluteFilePath();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            outcome.diagnostics.append({Diagnostic::Severity::Error, tr("cannot read %1: %2").arg(path, file.errorString()),
                                        path, {}, {}, {}, QStringLiteral("io")});
            failed = true;
            continue;
        }
        const QByteArray content = file.readAll();
        fingerprints.insert(path, fingerprintOf(content));
        DocumentSplitter::Result split = DocumentSplitter::split(content, path, DocumentSplitter::Layout::Exact);
        outcome.diagnostics += split.diagnostics;
        if (split.syntaxError) {
            failed = true;
            continue;
        }
        const size_t base = entries.size();
        for (WorkspaceEntry &e : split.entries)
            entries.push_back(assignId(std::move(e)));
        for (const auto &f : split.foreign)
            foreign.push_back({path, f.afterEntry < 0 ? 0 : entries[base + size_t(f.afterEntry)].id, f.text});
        if (!files.contains(path))
            files.append(path);
    }
    if (failed) {
        // The current workspace stays; the problems are shown next to it.
        reject(outcome.diagnostics, Rejected::Open);
        return outcome;
    }
    m_untitledName.clear();
    reset(std::move(entries), std::move(foreign), files, outcome.diagnostics);
    m_diskFingerprints = std::move(fingerprints);
    outcome.ok = true;
    return outcome;
}

Workspace::LoadOutcome Workspace::openUntitled(const QByteArray &text, const QString &displayName)
{
    LoadOutcome outcome;
    DocumentSplitter::Result split = DocumentSplitter::split(text, displayName, DocumentSplitter::Layout::Exact);
    outcome.diagnostics = split.diagnostics;
    if (split.syntaxError) {
        reject(outcome.diagnostics, Rejected::Open);
        return outcome;
    }
    std::vector<WorkspaceEntry> entries;
    for (WorkspaceEntry &e : split.entries) {
        e.file.clear();
        entries.push_back(assignId(std::move(e)));
    }
    std::vector<ForeignDocument> foreign;
    for (const auto &f : split.foreign)
        foreign.push_back({QString(), f.afterEntry < 0 ? 0 : entries[size_t(f.afterEntry)].id, f.text});
    m_untitledName = displayName;
    reset(std::move(entries), std::move(foreign), {}, outcome.diagnostics);
    outcome.ok = true;
    return outcome;
}

void Workspace::newWorkspace()
{
    m_untitledName.clear();
    reset({}, {}, {}, {});
}

QString Workspace::fileOf(const WorkspaceEntry &entry) const
{
    return m_files.contains(entry.file) ? entry.file : mainFile();
}

std::vector<Workspace::FileDocument> Workspace::documentsOf(const QString &file) const
{
    std::vector<FileDocument> docs;
    auto foreignFile = [this](const ForeignDocument &f) { return m_files.contains(f.file) ? f.file : mainFile(); };
    auto foreignAfter = [&](quint64 id) {
        for (const ForeignDocument &f : m_foreign)
            if (f.afterId == id && foreignFile(f) == file)
                docs.push_back({f.text, 0});
    };
    QSet<quint64> placed{0};
    foreignAfter(0);
    for (const WorkspaceEntry &e : m_entries) {
        if (fileOf(e) != file)
            continue;
        docs.push_back({e.text, e.id});
        placed.insert(e.id);
        foreignAfter(e.id);
    }
    for (const ForeignDocument &f : m_foreign) // their neighbour was deleted or moved away
        if (!placed.contains(f.afterId) && foreignFile(f) == file)
            docs.push_back({f.text, 0});
    return docs;
}

QByteArray Workspace::fileContent(const QString &file) const
{
    QList<QByteArray> texts;
    for (const FileDocument &d : documentsOf(file))
        texts.append(d.text);
    return DocumentSplitter::join(texts);
}

QHash<quint64, int> Workspace::lineOffsets() const
{
    QHash<quint64, int> offsets;
    const QStringList files = m_files.isEmpty() ? QStringList{QString()} : m_files;
    for (const QString &file : files) {
        int offset = 0;
        for (const FileDocument &d : documentsOf(file)) {
            if (d.entryId)
                offsets.insert(d.entryId, offset);
            offset += linesOf(d.text) + 1; // the separator line
        }
    }
    return offsets;
}

Workspace::SaveOutcome Workspace::save(OverwriteChanged overwrite)
{
    SaveOutcome outcome;
    if (m_files.isEmpty() || mainFile().startsWith(QLatin1Char(':'))) {
        outcome.needsPath = true;
        return outcome;
    }
    if (overwrite == OverwriteChanged::No) {
        // An editor or `git pull` may have changed a file while it was open here; writing over
        // that without asking would lose it.
        outcome.changedOnDisk = changedOnDisk();
        if (!outcome.changedOnDisk.isEmpty())
            return outcome;
    }
    for (const QString &file : std::as_const(m_files)) {
        const QByteArray content = fileContent(file);
        const SafeFileWriter::Result written = SafeFileWriter::write(file, content);
        if (!written.ok) {
            outcome.error = tr("Could not save %1: %2").arg(file, written.error);
            return outcome;
        }
        m_diskFingerprints.insert(file, fingerprintOf(content));
    }
    m_undoStack.setClean();
    outcome.ok = true;
    return outcome;
}

QStringList Workspace::changedOnDisk() const
{
    QStringList changed;
    for (const QString &file : m_files) {
        const auto known = m_diskFingerprints.constFind(file);
        QFile onDisk(file);
        if (known != m_diskFingerprints.constEnd() && onDisk.open(QIODevice::ReadOnly)
            && fingerprintOf(onDisk.readAll()) != *known)
            changed.append(file);
    }
    return changed;
}

void Workspace::adoptDiskFingerprints(const QHash<QString, QByteArray> &fingerprints)
{
    for (auto it = fingerprints.begin(); it != fingerprints.end(); ++it)
        if (m_files.contains(it.key()))
            m_diskFingerprints.insert(it.key(), it.value());
}

Workspace::SaveOutcome Workspace::saveAs(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QStringList oldFiles = m_files;
    const QString oldUntitled = m_untitledName;
    std::vector<QString> oldEntryFiles;
    for (WorkspaceEntry &e : m_entries) {
        oldEntryFiles.push_back(e.file);
        e.file = absolute;
    }
    m_files = QStringList{absolute};
    SaveOutcome outcome = save(OverwriteChanged::Yes); // the user picked this file to write
    if (!outcome.ok) {
        m_files = oldFiles;
        m_untitledName = oldUntitled;
        for (size_t i = 0; i < m_entries.size(); ++i)
            m_entries[i].file = oldEntryFiles[i];
        return outcome;
    }
    for (ForeignDocument &f : m_foreign)
        f.file = absolute;
    m_untitledName.clear();
    Q_EMIT filesChanged();
    revalidateNow(); // file positions moved
    return outcome;
}

// ---------------------------------------------------------------- import / export

Workspace::ImportOutcome Workspace::importText(const QByteArray &text, const QString &sourceName, ImportMode mode,
                                               const ClashResolver &resolve)
{
    ImportOutcome outcome;
    DocumentSplitter::Result split = DocumentSplitter::split(text, sourceName, DocumentSplitter::Layout::Trimmed);
    outcome.diagnostics = split.diagnostics;
    if (split.syntaxError) {
        reject(split.diagnostics, Rejected::Import);
        return outcome;
    }
    m_loadProblems = split.diagnostics;
    scheduleValidation(); // the old rows go even if every incoming resource is then skipped

    std::vector<WorkspaceEntry> incoming;
    for (WorkspaceEntry &e : split.entries) {
        e.file.clear();
        incoming.push_back(assignId(std::move(e)));
    }
    if (mode == ImportMode::Replace) {
        outcome.added = int(incoming.size());
        m_undoStack.push(new ReplaceAllCommand(this, m_entries, std::move(incoming),
                                               tr("Import %1 (replace)").arg(sourceName)));
        outcome.ok = true;
        return outcome;
    }

    std::vector<WorkspaceEntry> before;
    std::vector<WorkspaceEntry> after;
    std::vector<InsertEntriesCommand::Item> inserts;
    for (WorkspaceEntry &e : incoming) {
        const Resource &r = e.resource;
        const int existing = indexOf(r.kind(), r.metadata.name, r.metadata.effectiveNamespace());
        if (existing >= 0) {
            const ClashChoice choice = resolve ? resolve(m_entries[size_t(existing)].resource, r) : ClashChoice::KeepBoth;
            if (choice == ClashChoice::Skip) {
                ++outcome.skipped;
                continue;
            }
            if (choice == ClashChoice::Replace) {
                before.push_back(m_entries[size_t(existing)]);
                e.id = before.back().id;
                e.file = before.back().file;
                after.push_back(std::move(e));
                ++outcome.replaced;
                continue;
            }
            Resource renamed = r;
            QStringList taken;
            for (const WorkspaceEntry &w : m_entries)
                if (w.resource.kind() == r.kind())
                    taken.append(w.resource.metadata.name);
            for (const auto &item : inserts)
                if (item.entry.resource.kind() == r.kind())
                    taken.append(item.entry.resource.metadata.name);
            renamed.metadata.name = resourceops::uniqueName(r.metadata.name, taken);
            const quint64 id = e.id;
            e = ResourceText::fromResource(renamed, QString());
            e.id = id;
        }
        inserts.push_back({count() + int(inserts.size()), std::move(e)});
        ++outcome.added;
    }
    outcome.ok = true;
    if (after.empty() && inserts.empty())
        return outcome;
    const QString text_ = tr("Import %1").arg(sourceName);
    if (!after.empty() && !inserts.empty()) {
        auto *macro = new QUndoCommand(text_);
        new ReplaceEntriesCommand(this, std::move(before), std::move(after), text_, macro);
        new InsertEntriesCommand(this, std::move(inserts), text_, macro);
        m_undoStack.push(macro);
    } else if (!after.empty()) {
        m_undoStack.push(new ReplaceEntriesCommand(this, std::move(before), std::move(after), text_));
    } else {
        m_undoStack.push(new InsertEntriesCommand(this, std::move(inserts), text_));
    }
    return outcome;
}

Workspace::ImportOutcome Workspace::importFiles(const QStringList &paths, ImportMode mode, const ClashResolver &resolve)
{
    // All files or none: read and check them first, then import them as one undoable step.
    QByteArray combined;
    QList<QByteArray> texts;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            ImportOutcome failed;
            failed.diagnostics.append({Diagnostic::Severity::Error,
                                       tr("cannot read %1: %2").arg(path, file.errorString()), path, {}, {}, {},
                                       QStringLiteral("io")});
            reject(failed.diagnostics, Rejected::Import);
            return failed;
        }
        const QByteArray text = file.readAll();
        const DocumentSplitter::Result check = DocumentSplitter::split(text, path, DocumentSplitter::Layout::Trimmed);
        if (check.syntaxError) {
            ImportOutcome failed;
            failed.diagnostics = check.diagnostics;
            reject(check.diagnostics, Rejected::Import);
            return failed;
        }
        texts.append(text);
    }
    if (paths.size() == 1)
        return importText(texts.first(), paths.first(), mode, resolve);
    return importText(DocumentSplitter::join(texts), tr("%n file(s)", nullptr, int(paths.size())), mode, resolve);
}

QByteArray Workspace::exportYaml(const QList<quint64> &ids, ApiVersion version) const
{
    std::vector<const Resource *> selected;
    for (const WorkspaceEntry &e : m_entries)
        if (ids.isEmpty() || ids.contains(e.id))
            selected.push_back(&e.resource);
    return ConfigExporter::toYaml(selected, version);
}

// ---------------------------------------------------------------- edits

QString Workspace::uniqueName(ResourceKind kind, const QString &ns, const QString &base) const
{
    QStringList taken;
    for (const WorkspaceEntry &e : m_entries)
        if (e.resource.kind() == kind && e.resource.metadata.effectiveNamespace() == ns)
            taken.append(e.resource.metadata.name);
    return resourceops::uniqueName(base, taken);
}

bool Workspace::replaceMany(std::vector<WorkspaceEntry> after, const QString &description)
{
    std::vector<WorkspaceEntry> before;
    for (const WorkspaceEntry &e : after)
        before.push_back(*entryById(e.id));
    m_undoStack.push(new ReplaceEntriesCommand(this, std::move(before), std::move(after), description));
    return true;
}

bool Workspace::replaceResource(quint64 id, const Resource &resource, const QString &description)
{
    const WorkspaceEntry *current = entryById(id);
    if (!current || ConfigExporter::toYaml(resource) == ConfigExporter::toYaml(current->resource))
        return false;
    WorkspaceEntry after = ResourceText::regenerate(resource, *current);
    after.id = id;
    std::vector<WorkspaceEntry> list;
    list.push_back(std::move(after));
    return replaceMany(std::move(list), description);
}

Workspace::TextCommit Workspace::replaceFromText(quint64 id, const QByteArray &text)
{
    const WorkspaceEntry *current = entryById(id);
    if (!current)
        return TextCommit::Rejected;
    if (text == current->text) {
        discardDraft(id);
        return TextCommit::Unchanged;
    }
    ResourceText::Parsed parsed = ResourceText::parseOne(text, current->file);
    if (!parsed.entry) {
        m_drafts.insert(id, {text, parsed.diagnostics});
        Q_EMIT draftChanged(id);
        scheduleValidation();
        return TextCommit::Rejected;
    }
    WorkspaceEntry after = std::move(*parsed.entry);
    after.id = id;
    after.file = current->file;
    const QString description = tr("Edit %1 in YAML").arg(current->resource.displayName());
    if (m_drafts.remove(id))
        Q_EMIT draftChanged(id);
    std::vector<WorkspaceEntry> list;
    list.push_back(std::move(after));
    replaceMany(std::move(list), description);
    return TextCommit::Committed;
}

quint64 Workspace::addResource(const Resource &resource)
{
    Resource r = resource;
    r.metadata.name = uniqueName(r.kind(), r.metadata.effectiveNamespace(), r.metadata.name);
    WorkspaceEntry e = assignId(ResourceText::fromResource(r, QString()));
    const quint64 id = e.id;
    std::vector<InsertEntriesCommand::Item> items;
    items.push_back({count(), std::move(e)});
    m_undoStack.push(new InsertEntriesCommand(this, std::move(items), tr("Add %1").arg(r.displayName())));
    return id;
}

quint64 Workspace::duplicateResource(quint64 id)
{
    const int index = indexOfId(id);
    if (index < 0)
        return 0;
    Resource r = m_entries[size_t(index)].resource;
    r.metadata.name = uniqueName(r.kind(), r.metadata.effectiveNamespace(), r.metadata.name + QStringLiteral("-copy"));
    // Without the original's comments: they describe the original (and a file header would be doubled).
    WorkspaceEntry e = assignId(ResourceText::fromResource(r, m_entries[size_t(index)].file));
    const quint64 newId = e.id;
    std::vector<InsertEntriesCommand::Item> items;
    items.push_back({index + 1, std::move(e)});
    m_undoStack.push(new InsertEntriesCommand(this, std::move(items),
                                              tr("Duplicate %1").arg(m_entries[size_t(index)].resource.displayName())));
    return newId;
}

bool Workspace::removeResources(const QList<quint64> &ids)
{
    const QString description = ids.size() == 1 && entryById(ids.first())
        ? tr("Delete %1").arg(entryById(ids.first())->resource.displayName())
        : tr("Delete %n resource(s)", nullptr, int(ids.size()));
    auto *command = new RemoveEntriesCommand(this, ids, description);
    if (command->isEmpty()) {
        delete command;
        return false;
    }
    m_undoStack.push(command);
    return true;
}

bool Workspace::renameResource(quint64 id, const QString &newName)
{
    const WorkspaceEntry *current = entryById(id);
    const QString name = newName.trimmed();
    if (!current || name.isEmpty() || name == current->resource.metadata.name)
        return false;
    const Resource &old = current->resource;
    if (indexOf(old.kind(), name, old.metadata.effectiveNamespace()) >= 0)
        return false;

    Resource renamed = old;
    renamed.metadata.name = name;
    std::vector<WorkspaceEntry> after;
    WorkspaceEntry self = ResourceText::regenerate(renamed, *current);
    self.id = id;
    after.push_back(std::move(self));
    if (old.kind() == ResourceKind::Gateway) {
        // A renamed Gateway that its VirtualServices no longer find would silently stop routing.
        for (const WorkspaceEntry &e : m_entries) {
            Resource vs = e.resource;
            if (!resourceops::renameGatewayReferences(vs, qualifiedName(old), name, old.metadata.effectiveNamespace()))
                continue;
            WorkspaceEntry updated = ResourceText::regenerate(vs, e);
            updated.id = e.id;
            after.push_back(std::move(updated));
        }
    }
    return replaceMany(std::move(after), tr("Rename %1 to %2").arg(old.displayName(), name));
}

bool Workspace::moveHttpRoute(quint64 id, int from, int to)
{
    const WorkspaceEntry *current = entryById(id);
    if (!current || !current->resource.as<VirtualServiceSpec>())
        return false;
    Resource r = current->resource;
    if (!resourceops::move(r.as<VirtualServiceSpec>()->http, from, to))
        return false;
    return replaceResource(id, r, tr("Move HTTP route %1 to position %2").arg(from + 1).arg(to + 1));
}

bool Workspace::moveTlsRoute(quint64 id, int from, int to)
{
    const WorkspaceEntry *current = entryById(id);
    if (!current || !current->resource.as<VirtualServiceSpec>())
        return false;
    Resource r = current->resource;
    if (!resourceops::move(r.as<VirtualServiceSpec>()->tls, from, to))
        return false;
    return replaceResource(id, r, tr("Move TLS route %1 to position %2").arg(from + 1).arg(to + 1));
}

// ---------------------------------------------------------------- drafts

std::optional<QByteArray> Workspace::draftText(quint64 id) const
{
    auto it = m_drafts.constFind(id);
    if (it == m_drafts.constEnd())
        return std::nullopt;
    return it->text;
}

void Workspace::discardDraft(quint64 id)
{
    if (!m_drafts.remove(id))
        return;
    Q_EMIT draftChanged(id);
    scheduleValidation();
}

static bool commandTouches(const QUndoCommand *command, quint64 id)
{
    if (const auto *entries = dynamic_cast<const EntryCommand *>(command))
        return entries->touches(id);
    // A command that cannot say what it writes is taken to write everything: Undo then takes a
    // draft back first rather than perhaps overwrite it.
    if (command->childCount() == 0)
        return true;
    for (int i = 0; i < command->childCount(); ++i) // a macro (import that adds and replaces)
        if (commandTouches(command->child(i), id))
            return true;
    return false;
}

QList<quint64> Workspace::draftsOverwrittenBy(HistoryStep step) const
{
    QList<quint64> out;
    if (m_drafts.isEmpty())
        return out;
    const QUndoCommand *next = m_undoStack.command(step == HistoryStep::Undo ? m_undoStack.index() - 1
                                                                              : m_undoStack.index());
    if (!next)
        return out;
    for (const WorkspaceEntry &e : m_entries)
        if (m_drafts.contains(e.id) && commandTouches(next, e.id))
            out.append(e.id);
    return out;
}

// ---------------------------------------------------------------- low level (undo commands)

void Workspace::setEntryAt(int index, WorkspaceEntry entry)
{
    if (index < 0 || index >= count())
        return;
    WorkspaceEntry &slot = m_entries[size_t(index)];
    const bool kindChanged = slot.resource.kind() != entry.resource.kind();
    slot = std::move(entry);
    if (m_drafts.remove(slot.id))
        Q_EMIT draftChanged(slot.id);
    if (kindChanged)
        Q_EMIT resourcesReset();
    else
        Q_EMIT resourceChanged(index);
    Q_EMIT contentChanged();
    scheduleValidation();
}

void Workspace::insertEntryAt(int index, WorkspaceEntry entry)
{
    m_entries.insert(m_entries.begin() + std::clamp(index, 0, count()), std::move(entry));
    Q_EMIT resourcesReset();
    Q_EMIT contentChanged();
    scheduleValidation();
}

void Workspace::removeEntryAt(int index)
{
    if (index < 0 || index >= count())
        return;
    const quint64 id = m_entries[size_t(index)].id;
    m_entries.erase(m_entries.begin() + index);
    if (m_drafts.remove(id))
        Q_EMIT draftChanged(id);
    Q_EMIT resourcesReset();
    Q_EMIT contentChanged();
    scheduleValidation();
}

void Workspace::setAllEntries(std::vector<WorkspaceEntry> entries)
{
    m_entries = std::move(entries);
    const QList<quint64> drafted = m_drafts.keys();
    m_drafts.clear();
    for (quint64 id : drafted)
        Q_EMIT draftChanged(id);
    Q_EMIT resourcesReset();
    Q_EMIT contentChanged();
    scheduleValidation();
}

// ---------------------------------------------------------------- diagnostics

void Workspace::scheduleValidation()
{
    // Only edits come here: a note about a file that was not opened has served its purpose.
    m_rejectedProblems.clear();
    m_validateTimer->start();
}

void Workspace::revalidateNow()
{
    validate();
}

void Workspace::reject(const Diagnostics &problems, Rejected what)
{
    m_rejectedProblems = problems;
    for (Diagnostic &d : m_rejectedProblems)
        d.message = (what == Rejected::Open ? tr("Not opened: %1") : tr("Not imported: %1")).arg(d.message);
    revalidateNow();
}

void Workspace::clearLoadProblems()
{
    if (m_loadProblems.isEmpty() && m_rejectedProblems.isEmpty())
        return;
    m_loadProblems.clear();
    m_rejectedProblems.clear();
    revalidateNow();
}

QList<WorkspaceDiagnostic> Workspace::diagnosticsFor(quint64 id) const
{
    QList<WorkspaceDiagnostic> out;
    for (const WorkspaceDiagnostic &d : m_diagnostics)
        if (d.entryId == id)
            out.append(d);
    return out;
}

WorkspaceDiagnostic Workspace::place(const Diagnostic &d, const WorkspaceEntry *entry,
                                     const QHash<quint64, int> &offsets, bool fromDraft) const
{
    WorkspaceDiagnostic w;
    w.diagnostic = d;
    w.fromDraft = fromDraft;
    if (!entry) {
        w.file = d.file;
        w.filePos = d.pos;
        return w;
    }
    w.entryId = entry->id;
    w.textPos = d.pos;
    w.file = fileOf(*entry);
    if (!fromDraft && d.pos.isValid())
        w.filePos = {d.pos.line + offsets.value(entry->id), d.pos.column};
    w.diagnostic.file = w.file;
    w.diagnostic.pos = fromDraft ? SourcePos{} : w.filePos;
    if (w.diagnostic.resource.isEmpty())
        w.diagnostic.resource = entry->resource.displayName();
    return w;
}

void Workspace::setEngineSettings(const EngineSettings &settings)
{
    m_engineSettings = settings;
    scheduleValidation();
}

void Workspace::validate()
{
    m_validateTimer->stop();
    const QHash<quint64, int> offsets = lineOffsets();
    QList<WorkspaceDiagnostic> out;
    for (const Diagnostic &d : std::as_const(m_loadProblems))
        out.append(place(d, nullptr, offsets, false));
    for (const WorkspaceEntry &e : m_entries) {
        auto draft = m_drafts.constFind(e.id);
        if (draft != m_drafts.constEnd())
            for (const Diagnostic &d : draft->diagnostics)
                out.append(place(d, &e, offsets, true));
        for (const Diagnostic &d : e.parseDiagnostics)
            out.append(place(d, &e, offsets, false));
        for (const Diagnostic &d : withoutEchoesOf(e.parseDiagnostics, Validator::validateResource(e.resource)))
            out.append(place(d, &e, offsets, false));
    }
    // Cross-resource findings name their resource; same-named ones are told apart by position,
    // and the n-th "defined twice" finding belongs to the (n+1)-th resource of that name.
    QHash<QString, int> duplicatesSeen;
    auto placeNamed = [&](const Diagnostic &d) {
        std::vector<const WorkspaceEntry *> candidates;
        for (const WorkspaceEntry &e : m_entries)
            if (e.resource.displayName() == d.resource)
                candidates.push_back(&e);
        const WorkspaceEntry *owner = candidates.empty() ? nullptr : candidates.front();
        if (d.code == u"duplicate-name") {
            const int n = ++duplicatesSeen[d.resource];
            owner = candidates.size() > size_t(n) ? candidates[size_t(n)] : owner;
        } else {
            for (const WorkspaceEntry *e : candidates)
                if (e->resource.source.find(d.fieldPath).line == d.pos.line) {
                    owner = e;
                    break;
                }
        }
        out.append(place(d, owner, offsets, false));
    };
    const ConfigSet current = config();
    for (const Diagnostic &d : Validator::validateCrossResource(current))
        placeNamed(d);
    // Ports are only worth checking in a configuration Apply would take.
    const bool anyError = std::any_of(out.cbegin(), out.cend(), [](const WorkspaceDiagnostic &w) {
        return w.diagnostic.severity == Diagnostic::Severity::Error;
    });
    if (m_engineSettings && !anyError)
        for (const Diagnostic &d : RouteTableCompiler::check(current, *m_engineSettings))
            placeNamed(d);
    m_errorCount = 0;
    m_warningCount = 0;
    for (const WorkspaceDiagnostic &w : std::as_const(out)) {
        if (w.diagnostic.severity == Diagnostic::Severity::Error)
            ++m_errorCount;
        else if (w.diagnostic.severity == Diagnostic::Severity::Warning)
            ++m_warningCount;
    }
    for (const Diagnostic &d : std::as_const(m_rejectedProblems)) {
        WorkspaceDiagnostic w = place(d, nullptr, offsets, false);
        w.rejected = true;
        // Shown as information: it says what happened to a file, not what is wrong with the
        // workspace (an Error icon beside a status bar saying "valid" confused users).
        w.diagnostic.severity = Diagnostic::Severity::Info;
        out.append(w);
    }
    m_diagnostics = std::move(out);
    Q_EMIT diagnosticsChanged();
}

} // namespace meshgate
