// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentcontroller.h"

#include "common/diskchangewatcher.h"
#include "common/exportdialog.h"
#include "common/recentfiles.h"
#include "common/recoverystore.h"
#include "common/safefilewriter.h"
#include "editors/resourceeditor.h"
#include "editors/syntaxfixdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLockFile>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

namespace meshgate {

namespace {

// The first file whose text is not YAML at all (as opposed to YAML the model does not take).
QString fileWithYamlError(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        if (d.severity == Diagnostic::Severity::Error
            && (d.code.startsWith(QLatin1String("yaml-")) || d.code == u"unknown-kind") && !d.file.isEmpty()
            && !d.file.startsWith(QLatin1Char(':')))
            return d.file;
    return {};
}

const QString kYamlFilter = QStringLiteral("YAML (*.yaml *.yml);;All files (*)");

QAction *makeAction(const QString &text, const QKeySequence &key, QObject *parent)
{
    auto *a = new QAction(text, parent);
    a->setShortcut(key);
    return a;
}

} // namespace

DocumentController::DocumentController(Workspace *workspace, ResourceEditor *editor, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_editor(editor)
    , m_window(window)
    , m_recent(new RecentFiles(this))
{
    createActions();
    auto *disk = new DiskChangeWatcher(m_workspace, this);
    const auto names = [](const QStringList &files) {
        QStringList out;
        for (const QString &f : files)
            out.append(QFileInfo(f).fileName());
        return out.join(QStringLiteral(", "));
    };
    connect(disk, &DiskChangeWatcher::reloaded, this, [this, names](const QStringList &files) {
        Q_EMIT statusMessage(tr("Reloaded %1: it was changed on disk").arg(names(files)));
    });
    connect(disk, &DiskChangeWatcher::changedUnderEdits, this, [this, names](const QStringList &files) {
        Q_EMIT statusMessage(tr("%1 was changed on disk; your unsaved edits are kept, and Save will ask before "
                                "replacing that version")
                                 .arg(names(files)));
    });
    connect(disk, &DiskChangeWatcher::reloadFailed, this, [this, names](const QStringList &files) {
        Q_EMIT statusMessage(tr("%1 was changed on disk and does not load; the workspace is as it was (see Problems)")
                                 .arg(names(files)));
    });
    connect(m_recent, &RecentFiles::changed, this, &DocumentController::rebuildRecentMenu);
    rebuildRecentMenu();
}

DocumentController::~DocumentController() = default;

void DocumentController::createActions()
{
    m_new = makeAction(tr("&New Workspace"), QKeySequence::New, this);
    m_open = makeAction(tr("&Open…"), QKeySequence::Open, this);
    m_openExample = makeAction(tr("Open E&xample"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this);
    m_import = makeAction(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I), this);
    m_importClipboard = makeAction(tr("Import from &Clipboard"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this);
    m_export = makeAction(tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), this);
    m_save = makeAction(tr("&Save"), QKeySequence::Save, this);
    m_saveAs = makeAction(tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
    m_recentMenu = new QMenu(tr("Recent &Files"), m_window);
    m_open->setIcon(m_window->style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_save->setIcon(m_window->style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_importClipboard->setToolTip(tr("Import YAML copied from documentation; a surrounding "
                                     "\"kubectl apply -f - <<EOF\" … \"EOF\" is removed"));

    connect(m_new, &QAction::triggered, this, [this] {
        if (maybeSave())
            m_workspace->newWorkspace();
    });
    connect(m_open, &QAction::triggered, this, [this] {
        if (!maybeSave())
            return;
        const QStringList paths = QFileDialog::getOpenFileNames(m_window, tr("Open Workspace"), QString(), kYamlFilter);
        if (!paths.isEmpty())
            openFiles(paths);
    });
    connect(m_openExample, &QAction::triggered, this, [this] {
        if (maybeSave())
            openExample();
    });
    connect(m_import, &QAction::triggered, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(m_window, tr("Import Resources"), QString(), kYamlFilter);
        if (!paths.isEmpty())
            importFiles(paths);
    });
    connect(m_importClipboard, &QAction::triggered, this, [this] {
        const QString text = QApplication::clipboard()->text();
        if (text.trimmed().isEmpty()) {
            QMessageBox::information(m_window, tr("Import from Clipboard"), tr("The clipboard holds no text."));
            return;
        }
        importText(text.toUtf8(), tr("clipboard"));
    });
    connect(m_export, &QAction::triggered, this, &DocumentController::exportResources);
    connect(m_save, &QAction::triggered, this, &DocumentController::save);
    connect(m_saveAs, &QAction::triggered, this, &DocumentController::saveAs);
}

void DocumentController::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString label = i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(files[i]) : files[i];
        QAction *a = m_recentMenu->addAction(label);
        const QString path = files[i];
        connect(a, &QAction::triggered, this, [this, path] {
            if (!maybeSave())
                return;
            if (!QFile::exists(path)) {
                QMessageBox::warning(m_window, tr("Open Recent"), tr("%1 no longer exists.").arg(path));
                m_recent->remove(path);
                return;
            }
            openFiles({path});
        });
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear Recent Files"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, m_recent, &RecentFiles::clear);
    m_recentMenu->setEnabled(true);
}

void DocumentController::reportProblems(const QString &title, const QString &summary, const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics.mid(0, 8))
        lines.append(d.toString().toHtmlEscaped());
    if (diagnostics.size() > 8)
        lines.append(tr("… and %n more (see Problems)", nullptr, int(diagnostics.size() - 8)));
    QMessageBox box(QMessageBox::Warning, title, summary, QMessageBox::Ok, m_window);
    box.setInformativeText(QStringLiteral("<pre>") + lines.join(QLatin1Char('\n')) + QStringLiteral("</pre>"));
    box.exec();
}

bool DocumentController::openFiles(const QStringList &paths)
{
    const Workspace::LoadOutcome outcome = m_workspace->open(paths);
    if (!outcome.ok) {
        if (const QString broken = fileWithYamlError(outcome.diagnostics); !broken.isEmpty()) {
            // Offer to fix it where it was found; the workspace stays as it is unless the fixed
            // file opens.
            QFile file(broken);
            const QByteArray content = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            if (file.isOpen() && SyntaxFixDialog::canEdit(content)) {
                SyntaxFixDialog dialog(broken, content, m_window);
                if (dialog.exec() != QDialog::Accepted)
                    return false;
                return openFiles(paths);
            }
        }
        reportProblems(tr("Open"), tr("Could not open %1. The current workspace was kept.").arg(paths.join(QStringLiteral(", "))),
                       outcome.diagnostics);
        return false;
    }
    m_recent->add(paths);
    Q_EMIT statusMessage(tr("Opened %1: %n resource(s)", nullptr, m_workspace->count()).arg(m_workspace->displayName()));
    if (!outcome.diagnostics.isEmpty())
        reportProblems(tr("Open"), tr("Some documents were not understood; they are kept as written and shown in Problems."),
                       outcome.diagnostics);
    return true;
}

bool DocumentController::openExample()
{
    QFile file(m_examplePath);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(m_window, tr("Open Example"), tr("The example is not part of this build."));
        return false;
    }
    return m_workspace->openUntitled(file.readAll(), tr("Example")).ok;
}

std::optional<Workspace::ImportMode> DocumentController::askImportMode(int incoming)
{
    if (m_workspace->count() == 0)
        return Workspace::ImportMode::Merge;
    QMessageBox box(QMessageBox::Question, tr("Import"),
                    tr("Add the imported resources to the %n resource(s) in this workspace, or replace them?", nullptr,
                       m_workspace->count()),
                    QMessageBox::Cancel, m_window);
    box.setInformativeText(incoming > 0 ? tr("Either way, Undo takes the import back in one step.") : QString());
    QPushButton *merge = box.addButton(tr("&Add (merge)"), QMessageBox::AcceptRole);
    QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    box.setDefaultButton(merge);
    box.exec();
    if (box.clickedButton() == merge)
        return Workspace::ImportMode::Merge;
    if (box.clickedButton() == replace)
        return Workspace::ImportMode::Replace;
    return std::nullopt;
}

Workspace::ClashResolver DocumentController::interactiveResolver()
{
    // One answer can cover the rest of this import.
    auto remembered = std::make_shared<std::optional<Workspace::ClashChoice>>();
    return [this, remembered](const Resource &existing, const Resource &) {
        if (*remembered)
            return **remembered;
        QMessageBox box(QMessageBox::Question, tr("Import"),
                        tr("%1 already exists in this workspace.").arg(existing.displayName()), QMessageBox::NoButton,
                        m_window);
        QPushButton *replace = box.addButton(tr("&Replace It"), QMessageBox::DestructiveRole);
        QPushButton *both = box.addButton(tr("&Keep Both"), QMessageBox::AcceptRole);
        box.addButton(tr("&Skip"), QMessageBox::RejectRole);
        auto *all = new QCheckBox(tr("Do this for the remaining clashes"), &box);
        box.setCheckBox(all);
        box.setDefaultButton(both);
        box.exec();
        const Workspace::ClashChoice choice = box.clickedButton() == replace ? Workspace::ClashChoice::Replace
            : box.clickedButton() == both                                    ? Workspace::ClashChoice::KeepBoth
                                                                             : Workspace::ClashChoice::Skip;
        if (all->isChecked())
            *remembered = choice;
        return choice;
    };
}

void DocumentController::applyImportOutcome(const Workspace::ImportOutcome &outcome, const QString &sourceName)
{
    if (!outcome.ok) {
        reportProblems(tr("Import"), tr("Nothing was imported from %1: it is not valid YAML.").arg(sourceName),
                       outcome.diagnostics);
        return;
    }
    const QString counts = tr("%n added", nullptr, outcome.added) + QStringLiteral(", ")
        + tr("%n replaced", nullptr, outcome.replaced) + QStringLiteral(", ") + tr("%n skipped", nullptr, outcome.skipped);
    if (!outcome.diagnostics.isEmpty())
        reportProblems(tr("Import"), tr("Imported from %1 (%2), but some documents were left out.").arg(sourceName, counts),
                       outcome.diagnostics);
    else if (outcome.added + outcome.replaced == 0)
        QMessageBox::information(m_window, tr("Import"), tr("%1 holds no Istio networking resources.").arg(sourceName));
    Q_EMIT statusMessage(tr("Imported from %1: %2").arg(sourceName, counts));
}

bool DocumentController::importFiles(const QStringList &paths)
{
    const std::optional<Workspace::ImportMode> mode = askImportMode(int(paths.size()));
    if (!mode)
        return false;
    m_editor->commitPendingYaml();
    const Workspace::ImportOutcome outcome = m_workspace->importFiles(paths, *mode, interactiveResolver());
    applyImportOutcome(outcome, paths.size() == 1 ? QFileInfo(paths.first()).fileName() : tr("%n file(s)", nullptr, int(paths.size())));
    return outcome.ok;
}

bool DocumentController::importText(const QByteArray &text, const QString &sourceName)
{
    const std::optional<Workspace::ImportMode> mode = askImportMode(1);
    if (!mode)
        return false;
    m_editor->commitPendingYaml();
    const Workspace::ImportOutcome outcome = m_workspace->importText(text, sourceName, *mode, interactiveResolver());
    applyImportOutcome(outcome, sourceName);
    return outcome.ok;
}

QStringList DocumentController::draftedResources() const
{
    QStringList drafted;
    for (int i = 0; i < m_workspace->count(); ++i)
        if (m_workspace->hasDraft(m_workspace->entry(i).id))
            drafted.append(m_workspace->resource(i).displayName());
    return drafted;
}

bool DocumentController::prepareForSave()
{
    m_editor->commitPendingYaml();
    const QStringList drafted = draftedResources();
    if (drafted.isEmpty())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Save"),
        tr("The YAML of %1 has changes that do not parse. Save writes the last valid version of it.").arg(drafted.join(QStringLiteral(", "))),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Save;
}

bool DocumentController::save()
{
    return saveWorkspace(true);
}

bool DocumentController::saveWorkspace(bool askAboutDrafts)
{
    if (askAboutDrafts && !prepareForSave())
        return false;
    Workspace::SaveOutcome outcome = m_workspace->save();
    if (!outcome.changedOnDisk.isEmpty()) {
        QStringList names;
        for (const QString &file : std::as_const(outcome.changedOnDisk))
            names.append(QFileInfo(file).fileName());
        const auto answer = QMessageBox::warning(
            m_window, tr("Save"),
            tr("%1 was changed on disk by another program since it was opened or last saved here. Saving "
               "replaces those changes with this workspace (the version on disk is kept as a .bak file).")
                .arg(names.join(QStringLiteral(", "))),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return false;
        outcome = m_workspace->save(Workspace::OverwriteChanged::Yes);
    }
    if (outcome.needsPath)
        return saveWorkspaceAs(false); // drafts were asked about above, or the caller has
    if (!outcome.ok) {
        QMessageBox::critical(m_window, tr("Save"), outcome.error + QLatin1Char('\n') + tr("The file on disk was not changed."));
        return false;
    }
    Q_EMIT statusMessage(tr("Saved %1 (previous version kept as %2)")
                             .arg(m_workspace->mainFile(), QFileInfo(SafeFileWriter::backupPath(m_workspace->mainFile())).fileName()));
    return true;
}

bool DocumentController::saveAs()
{
    return saveWorkspaceAs(true);
}

bool DocumentController::saveWorkspaceAs(bool askAboutDrafts)
{
    if (askAboutDrafts && !prepareForSave())
        return false;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Workspace As"), m_workspace->mainFile(), kYamlFilter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".yaml");
    const Workspace::SaveOutcome outcome = m_workspace->saveAs(path);
    if (!outcome.ok) {
        QMessageBox::critical(m_window, tr("Save As"), outcome.error);
        return false;
    }
    m_recent->add({path});
    Q_EMIT statusMessage(tr("Saved %1").arg(path));
    return true;
}

bool DocumentController::maybeSave()
{
    m_editor->commitPendingYaml();
    // Text in a YAML tab that does not parse is not part of the workspace, so it does not make
    // it dirty; but closing would drop it without a word.
    const QStringList drafted = draftedResources();
    if (!m_workspace->isDirty() && drafted.isEmpty())
        return true;
    QString text = tr("%1 has changes that are not saved.").arg(m_workspace->displayName());
    if (!drafted.isEmpty())
        text += QStringLiteral("\n\n")
            + tr("The YAML of %1 has changes that do not parse. Save writes the last valid version; Save and "
                 "Discard both lose the text typed since. Cancel to fix it.")
                  .arg(drafted.join(QStringLiteral(", ")));
    const auto answer = QMessageBox::warning(m_window, tr("Unsaved Changes"), text,
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                             drafted.isEmpty() ? QMessageBox::Save : QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return saveWorkspace(false);
    return answer == QMessageBox::Discard;
}

void DocumentController::exportResources()
{
    m_editor->commitPendingYaml();
    if (m_workspace->count() == 0) {
        QMessageBox::information(m_window, tr("Export"), tr("There is nothing to export yet."));
        return;
    }
    QList<quint64> preselected = m_selection ? m_selection() : QList<quint64>();
    if (preselected.size() < 2)
        preselected.clear(); // one highlighted row is where the user is, not a selection: offer everything
    ExportDialog dialog(m_workspace, preselected, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedIds().isEmpty())
        return;
    const QByteArray yaml = dialog.yaml();
    if (dialog.destination() == ExportDialog::Destination::Clipboard) {
        QApplication::clipboard()->setText(QString::fromUtf8(yaml));
        Q_EMIT statusMessage(tr("Copied %n resource(s) to the clipboard", nullptr, int(dialog.selectedIds().size())));
        return;
    }
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export To"), QString(), kYamlFilter);
    if (path.isEmpty())
        return;
    const SafeFileWriter::Result written = SafeFileWriter::write(path, yaml);
    if (!written.ok) {
        QMessageBox::critical(m_window, tr("Export"), tr("Could not write %1: %2").arg(path, written.error));
        return;
    }
    Q_EMIT statusMessage(tr("Exported %n resource(s) to %1", nullptr, int(dialog.selectedIds().size())).arg(path));
}

void DocumentController::startRecovery(const QString &directory)
{
    // One running Meshgate keeps crash recovery. A second one would take the first one's unsaved
    // edits for a crash to restore, then overwrite or discard its snapshot. QLockFile clears the
    // lock of a process that is gone; the age limit is off, as a session may run for days.
    QDir().mkpath(directory);
    auto lock = std::make_unique<QLockFile>(QDir(directory).filePath(QStringLiteral("session.lock")));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        Q_EMIT statusMessage(tr("Another Meshgate is running: unsaved edits in this window are not kept for crash recovery."));
        return;
    }
    m_recoveryLock = std::move(lock);
    m_recovery = new RecoveryStore(m_workspace, directory, this);
    if (const std::optional<RecoveryStore::Snapshot> snapshot = m_recovery->pending()) {
        const auto answer = QMessageBox::question(
            m_window, tr("Restore Unsaved Changes"),
            tr("Meshgate ended without saving the changes to %1 (last recorded %2). Restore them?")
                .arg(snapshot->displayName, QLocale().toString(snapshot->taken, QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            // Open what is on disk, then apply the snapshot as one undoable step: the user can
            // compare, undo, or save.
            bool opened = false;
            if (!snapshot->files.isEmpty() && std::all_of(snapshot->files.begin(), snapshot->files.end(), [](const QString &f) { return QFile::exists(f); }))
                opened = m_workspace->open(snapshot->files).ok;
            // A file changed since the crash (a `git pull`) must still make Save ask.
            if (opened)
                m_workspace->adoptDiskFingerprints(snapshot->fingerprints);
            if (!opened)
                m_workspace->openUntitled({}, snapshot->displayName);
            m_workspace->importText(snapshot->text, tr("recovered changes"), Workspace::ImportMode::Replace, {});
        }
        m_recovery->discard();
    }
    m_recovery->start();
}

void DocumentController::discardRecovery()
{
    if (m_recovery)
        m_recovery->discard();
}

} // namespace meshgate
