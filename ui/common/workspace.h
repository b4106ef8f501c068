// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/workspaceentry.h"
#include "config/resourceencoder.h"
#include "engine/enginesettings.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <functional>
#include <optional>
#include <vector>

class QTimer;

namespace meshgate {

// The document the GUI edits: the resources with their YAML texts, the files they live in, the
// undo history and the diagnostics of the current state. Every content change goes through an
// undo command; diagnostics are recomputed shortly after each change (batched, so typing does
// not validate on every keystroke). Knows nothing about widgets, so it is tested headless.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)
public:
    enum class ImportMode { Merge, Replace };
    enum class ClashChoice { Replace, KeepBoth, Skip };
    // Asked once per imported resource whose kind/namespace/name already exists.
    using ClashResolver = std::function<ClashChoice(const Resource &existing, const Resource &incoming)>;

    struct LoadOutcome
    {
        bool ok = false;         // false: the workspace was left as it was
        Diagnostics diagnostics; // syntax errors (when !ok), skipped documents
    };
    struct ImportOutcome
    {
        bool ok = false;
        int added = 0;
        int replaced = 0;
        int skipped = 0;
        Diagnostics diagnostics;
    };
    struct SaveOutcome
    {
        bool ok = false;
        bool needsPath = false; // untitled: ask for a file name and call saveAs()
        // Files another program changed since they were opened or last saved: nothing was
        // written; ask the user, then save(OverwriteChanged::Yes).
        QStringList changedOnDisk;
        QString error;
    };
    enum class OverwriteChanged { No, Yes };
    enum class TextCommit {
        Committed, // the text replaced the resource (one undo command)
        Unchanged, // the text is what the resource already has
        Rejected,  // does not parse into one resource: kept as a draft, the resource is untouched
    };

    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // ---- contents
    int count() const { return int(m_entries.size()); }
    const WorkspaceEntry &entry(int index) const { return m_entries[size_t(index)]; }
    const Resource &resource(int index) const { return entry(index).resource; }
    int indexOfId(quint64 id) const;
    const WorkspaceEntry *entryById(quint64 id) const;
    int indexOf(ResourceKind kind, const QString &name, const QString &ns = QString()) const;
    QList<quint64> ids() const;
    ConfigSet config() const;

    // ---- document
    QStringList files() const { return m_files; } // the main file first; empty while untitled
    QString mainFile() const { return m_files.value(0); }
    QString displayName() const; // file name, or the name given to an untitled workspace
    bool isDirty() const { return !m_undoStack.isClean(); }
    QUndoStack *undoStack() { return &m_undoStack; }

    LoadOutcome open(const QStringList &paths);
    // Loads text that has no file of its own yet (the built-in example, a recovered session).
    LoadOutcome openUntitled(const QByteArray &text, const QString &displayName);
    void newWorkspace();
    SaveOutcome save(OverwriteChanged overwrite = OverwriteChanged::No);
    // Files whose content on disk is no longer what was opened or last saved here (a file that
    // is gone is not listed: saving simply writes it again).
    QStringList changedOnDisk() const;
    // What each file held when opened or last saved (SHA-256), for crash recovery: a restored
    // session compares the disk with what it had, not with what is there at restore time.
    QHash<QString, QByteArray> diskFingerprints() const { return m_diskFingerprints; }
    void adoptDiskFingerprints(const QHash<QString, QByteArray> &fingerprints);
    SaveOutcome saveAs(const QString &path);
    QByteArray fileContent(const QString &file) const; // what save() writes to `file`

    ImportOutcome importText(const QByteArray &text, const QString &sourceName, ImportMode mode,
                             const ClashResolver &resolve);
    ImportOutcome importFiles(const QStringList &paths, ImportMode mode, const ClashResolver &resolve);
    // `ids` empty: everything. Regenerated from the model, in workspace order.
    QByteArray exportYaml(const QList<quint64> &ids, ApiVersion version) const;

    // ---- edits; each pushes one undo command and returns false when nothing changed
    bool replaceResource(quint64 id, const Resource &resource, const QString &description);
    TextCommit replaceFromText(quint64 id, const QByteArray &text);
    quint64 addResource(const Resource &resource);
    quint64 duplicateResource(quint64 id);
    bool removeResources(const QList<quint64> &ids);
    bool renameResource(quint64 id, const QString &newName); // also rewrites references to a Gateway
    bool moveHttpRoute(quint64 id, int from, int to);
    bool moveTlsRoute(quint64 id, int from, int to);

    // ---- YAML tab text that does not parse yet; kept so switching resources never loses it
    std::optional<QByteArray> draftText(quint64 id) const;
    bool hasDraft(quint64 id) const { return m_drafts.contains(id); }
    bool hasDrafts() const { return !m_drafts.isEmpty(); }
    void discardDraft(quint64 id);
    // Drafted entries the next undo (or redo) command would overwrite, in workspace order.
    enum class HistoryStep { Undo, Redo };
    QList<quint64> draftsOverwrittenBy(HistoryStep step) const;

    // ---- diagnostics
    const QList<WorkspaceDiagnostic> &diagnostics() const { return m_diagnostics; }
    QList<WorkspaceDiagnostic> diagnosticsFor(quint64 id) const;
    int errorCount() const { return m_errorCount; }
    int warningCount() const { return m_warningCount; }
    bool hasErrors() const { return m_errorCount > 0; }
    void revalidateNow();
    void clearLoadProblems();
    // The engine's port offset, bind address and own ports decide which Gateway servers it skips;
    // with them, Problems also lists those (nothing is said about ports until they are set).
    void setEngineSettings(const EngineSettings &settings);

    // ---- used by the undo commands only
    void setEntryAt(int index, WorkspaceEntry entry);
    void insertEntryAt(int index, WorkspaceEntry entry);
    void removeEntryAt(int index);
    void setAllEntries(std::vector<WorkspaceEntry> entries);

Q_SIGNALS:
    void resourceChanged(int index);
    void resourcesReset(); // added, removed, reordered, or a resource changed its kind
    void diagnosticsChanged();
    void dirtyChanged(bool dirty);
    void filesChanged();
    void draftChanged(quint64 id);
    void contentChanged(); // any of the above content changes; for autosave

private:
    struct Draft
    {
        QByteArray text;
        Diagnostics diagnostics;
    };
    struct FileDocument
    {
        QByteArray text;
        quint64 entryId = 0; // 0: a foreign document
    };

    void reset(std::vector<WorkspaceEntry> entries, std::vector<ForeignDocument> foreign, QStringList files,
               Diagnostics loadProblems);
    WorkspaceEntry assignId(WorkspaceEntry entry);
    QString fileOf(const WorkspaceEntry &entry) const;
    std::vector<FileDocument> documentsOf(const QString &file) const;
    QHash<quint64, int> lineOffsets() const;
    void scheduleValidation();
    void validate();
    WorkspaceDiagnostic place(const Diagnostic &d, const WorkspaceEntry *entry, const QHash<quint64, int> &offsets,
                              bool fromDraft) const;
    QString uniqueName(ResourceKind kind, const QString &ns, const QString &base) const;
    bool replaceMany(std::vector<WorkspaceEntry> after, const QString &description);

    std::vector<WorkspaceEntry> m_entries;
    std::vector<ForeignDocument> m_foreign;
    QStringList m_files;
    QHash<QString, QByteArray> m_diskFingerprints; // per file: its content as opened or last saved
    QString m_untitledName;
    Diagnostics m_loadProblems;
    // Problems of a file or text that was not taken in (the workspace stayed as it was): listed
    // so that they can be found, but not counted, since Apply uses the workspace, not that file.
    // The next open, import or edit replaces them.
    Diagnostics m_rejectedProblems;
    enum class Rejected { Open, Import };
    void reject(const Diagnostics &problems, Rejected what);
    QHash<quint64, Draft> m_drafts;
    QList<WorkspaceDiagnostic> m_diagnostics;
    int m_errorCount = 0;
    int m_warningCount = 0;
    quint64 m_nextId = 1;
    QUndoStack m_undoStack;
    QTimer *m_validateTimer;
    std::optional<EngineSettings> m_engineSettings;
};

} // namespace meshgate
