// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/diskchangewatcher.h"
#include "common/workspace.h"
#include "testpaths.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace meshgate;

namespace {

QString referencePath()
{
    return test::sourceDir() + QStringLiteral("/resources/examples/reference-scenario.yaml");
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

quint64 idOf(const Workspace &ws, ResourceKind kind, const QString &name)
{
    const int index = ws.indexOf(kind, name);
    return index < 0 ? 0 : ws.entry(index).id;
}

const WorkspaceDiagnostic *findCode(const Workspace &ws, const QString &code)
{
    for (const WorkspaceDiagnostic &d : ws.diagnostics())
        if (d.diagnostic.code == code)
            return &d;
    return nullptr;
}

const QByteArray kNewServiceEntry = "apiVersion: networking.istio.io/v1\n"
                                    "kind: ServiceEntry\n"
                                    "metadata:\n"
                                    "  name: example\n"
                                    "spec:\n"
                                    "  hosts: [example.org]\n"
                                    "  ports: [{number: 80, name: http, protocol: HTTP}]\n"
                                    "  resolution: DNS\n";

const QByteArray kHttpbinVs = "apiVersion: networking.istio.io/v1\n"
                              "kind: VirtualService\n"
                              "metadata:\n"
                              "  name: httpbin\n"
                              "spec:\n"
                              "  hosts: [httpbin.org]\n"
                              "  http:\n"
                              "  - route:\n"
                              "    - destination: {host: httpbin.org}\n";

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void openKeepsTextAndComments();
    void openWithSyntaxErrorKeepsWorkspace();
    void openWithAMisspeltKindKeepsWorkspace();
    void importWithSyntaxErrorKeepsConfig();
    void importMergeAsksOnClash();
    void importKeepBothRenames();
    void importReplaceModeIsOneUndoStep();
    void importFromClipboardHeredoc();
    void saveIsAtomicAndKeepsOneBackup();
    void saveFailureKeepsWorkspaceDirty();
    void saveAsksBeforeReplacingOutsideChanges();
    void outsideChangesReloadOnlyWithoutUnsavedEdits();
    void undoRedoRestoresTextAndDirtyFlag();
    void renameGatewayUpdatesReferences();
    void moveHttpRouteChangesExportOrder();
    void formEditsKeepTheCommentsThroughSave();
    void invalidYamlBecomesDraft();
    void semanticErrorInYamlIsCommittedAndPlaced();
    void unsupportedDocumentsSurviveSave();
    void filePositionsFollowTheSavedLayout();
    void portsTheEngineWouldSkipAreProblems();
    void exportSelectionWithApiVersion();
    void duplicateAndRemove();
    void headerCommentsAndSeparatorsRoundTrip();
    void listDocumentsGetTheirOwnText();
};

void TestWorkspace::openKeepsTextAndComments()
{
    Workspace ws;
    const Workspace::LoadOutcome loaded = ws.open({referencePath()});
    QVERIFY(loaded.ok);
    QCOMPARE(ws.count(), 7);
    QVERIFY(!ws.isDirty());
    QCOMPARE(ws.displayName(), QStringLiteral("reference-scenario.yaml"));
    // The YAML tab shows what the user wrote, comment included, and saving an untouched
    // workspace writes the file back byte for byte.
    QVERIFY(ws.entry(0).text.contains("# use istio default ingress gateway"));
    QCOMPARE(ws.fileContent(ws.mainFile()), test::readFile(referencePath()));
    QVERIFY(!ws.hasErrors());
}

void TestWorkspace::openWithSyntaxErrorKeepsWorkspace()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.yaml"));
    QVERIFY(writeFile(bad, "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata:\n  name: [oops\n"));
    Workspace ws;
    QVERIFY(ws.open({referencePath()}).ok);
    const Workspace::LoadOutcome failed = ws.open({bad});
    QVERIFY(!failed.ok);
    QCOMPARE(ws.count(), 7);
    QCOMPARE(ws.mainFile(), referencePath());
    QVERIFY(!failed.diagnostics.isEmpty());
    QCOMPARE(failed.diagnostics.first().file, bad);
    QVERIFY(failed.diagnostics.first().pos.line >= 4);
    // and it is listed with the other problems, saying the file was not opened; it is not a
    // problem of the workspace, so it does not stand in the way of Apply
    const WorkspaceDiagnostic *shown = findCode(ws, failed.diagnostics.first().code);
    QVERIFY(shown);
    QCOMPARE(shown->entryId, quint64(0));
    QCOMPARE(shown->file, bad);
    QVERIFY(shown->rejected);
    QCOMPARE(shown->diagnostic.severity, Diagnostic::Severity::Info);
    QVERIFY2(shown->diagnostic.message.startsWith(u"Not opened: "), qPrintable(shown->diagnostic.message));
    QVERIFY(!ws.hasErrors());
    QCOMPARE(ws.errorCount(), 0);

    // The next edit of the workspace takes the note away.
    const quint64 id = ws.ids().first();
    Resource renamed = ws.resource(0);
    renamed.metadata.name += QStringLiteral("-x");
    QVERIFY(ws.replaceResource(id, renamed, QStringLiteral("rename")));
    ws.revalidateNow();
    QVERIFY(!findCode(ws, failed.diagnostics.first().code));
}

void TestWorkspace::openWithAMisspeltKindKeepsWorkspace()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.yaml"));
    QVERIFY(writeFile(bad, kNewServiceEntry + "---\napiVersion: networking.istio.io/v1beta1\nkind: Gatway\nmetadata: {name: g}\n"));
    Workspace ws;
    QVERIFY(ws.open({referencePath()}).ok);
    const Workspace::LoadOutcome failed = ws.open({bad});
    QVERIFY(!failed.ok); // not half a file: the Gateway someone meant to write is not dropped
    QCOMPARE(ws.count(), 7);
    QCOMPARE(failed.diagnostics.size(), 1);
    QCOMPARE(failed.diagnostics.first().code, QStringLiteral("unknown-kind"));
    QCOMPARE(failed.diagnostics.first().pos.line, 11);
    QVERIFY2(failed.diagnostics.first().message.contains(QStringLiteral("did you mean \"Gateway\"")),
             qPrintable(failed.diagnostics.first().message));

    // Kinds of other API groups (and Istio's other networking kinds) are still kept as written.
    const QString other = dir.filePath(QStringLiteral("other.yaml"));
    QVERIFY(writeFile(other, kNewServiceEntry + "---\napiVersion: networking.istio.io/v1\nkind: Sidecar\nmetadata: {name: s}\n"
                             "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n"));
    const Workspace::LoadOutcome opened = ws.open({other});
    QVERIFY(opened.ok);
    QCOMPARE(ws.count(), 1);
    QCOMPARE(opened.diagnostics.size(), 2);
    QCOMPARE(opened.diagnostics[0].severity, Diagnostic::Severity::Warning);
}

void TestWorkspace::importWithSyntaxErrorKeepsConfig()
{
    Workspace ws;
    QVERIFY(ws.open({referencePath()}).ok);
    const QByteArray before = ws.fileContent(ws.mainFile());
    const QByteArray text = kNewServiceEntry + "---\n" + "apiVersion: v1\nkind: Gateway\nspec:\n  servers: [\n";
    const Workspace::ImportOutcome outcome =
        ws.importText(text, QStringLiteral("pasted.yaml"), Workspace::ImportMode::Merge, {});
    QVERIFY(!outcome.ok);
    QCOMPARE(ws.count(), 7);
    QCOMPARE(ws.undoStack()->count(), 0);
    QVERIFY(!ws.isDirty());
    QCOMPARE(ws.fileContent(ws.mainFile()), before);
    QVERIFY(!outcome.diagnostics.isEmpty());
    const Diagnostic &d = outcome.diagnostics.first();
    QCOMPARE(d.severity, Diagnostic::Severity::Error);
    QCOMPARE(d.file, QStringLiteral("pasted.yaml"));
    QVERIFY2(d.pos.line >= 12 && d.pos.line <= 14, qPrintable(d.toString()));
}

void TestWorkspace::importMergeAsksOnClash()
{
    Workspace ws;
    QVERIFY(ws.open({referencePath()}).ok);
    QStringList asked;
    const auto resolve = [&](const Resource &existing, const Resource &incoming) {
        asked.append(existing.displayName() + QLatin1Char('|') + incoming.displayName());
        return Workspace::ClashChoice::Replace;
    };
    const Workspace::ImportOutcome outcome = ws.importText(kHttpbinVs + "---\n" + kNewServiceEntry,
                                                           QStringLiteral("x.yaml"), Workspace::ImportMode::Merge, resolve);
    QVERIFY(outcome.ok);
    QCOMPARE(asked, QStringList{QStringLiteral("VirtualService/httpbin|VirtualService/httpbin")});
    QCOMPARE(outcome.replaced, 1);
    QCOMPARE(outcome.added, 1);
    QCOMPARE(ws.count(), 8);
    const Resource &vs = ws.resource(ws.indexOf(ResourceKind::VirtualService, QStringLiteral("httpbin")));
    QCOMPARE(vs.as<VirtualServiceSpec>()->http.size(), size_t(1));
    QVERIFY(ws.isDirty());
    ws.undoStack()->undo(); // one step undoes the whole import
    QCOMPARE(ws.count(), 7);
    QCOMPARE(ws.resource(ws.indexOf(ResourceKind::VirtualService, QStringLiteral("httpbin")))
                 .as<VirtualServiceSpec>()->http.size(),
             size_t(2));
    QVERIFY(!ws.isDirty());
}

void TestWorkspace::importKeepBothRenames()
{
    Workspace ws;
    QVERIFY(ws.open({referencePath()}).ok);
    const Workspace::ImportOutcome outcome =
        ws.importText(kHttpbinVs, QStringLiteral("x.yaml"), Workspace::ImportMode::Merge,
                      [](const Resource &, const Resource &) { return Workspace::ClashChoice::KeepBoth; });
    QVERIFY(outcome.ok);
    QCOMPARE(ws.count(), 8);
    QVERIFY(ws.indexOf(ResourceKind::VirtualService, QStringLiteral("httpbin-2")) >= 0);
    QVERIFY(ws.indexOf(ResourceKind::VirtualService, QStringLiteral("httpbin")) >= 0);

    const Workspace::ImportOutcome skipped =
        ws.importText(kHttpbinVs, QStringLiteral("x.yaml"), Workspace::ImportMode::Merge,
                      [](const Resource &, const Resource &) { return Workspace::ClashChoice::Skip; });
    QCOMPARE(skipped.skipped, 1);
    QCOMPARE(ws.count(), 8);
}

void TestWorkspace::importReplaceModeIsOneUndoStep()
{
    Workspace ws;
    QVERIFY(ws.open({referencePath()}).ok);
    QVERIFY(ws.importText(kNewServiceEntry, QStringLiteral("x.yaml"), Workspace::ImportMode::Replace, {}).ok);
    QCOMPARE(ws.count(), 1);
    QCOMPARE(ws.resource(0).metadata.name, QStringLiteral("example"));
    ws.undoStack()->undo();
    QCOMPARE(ws.count(), 7);
}

void TestWorkspace::importFromClipboardHeredoc()
{
    Workspace ws;
    ws.newWorkspace();
    const QByteArray pasted = "$ kubectl apply -f - <<EOF\n" + kNewServiceEntry + "EOF\n";
    const Workspace::ImportOutcome outcome =
        ws.importText(pasted, QStringLiteral("clipboard"), Workspace::ImportMode::Merge, {});
    QVERIFY(outcome.ok);
    QCOMPARE(ws.count(), 1);
    QVERIFY(!ws.entry(0).text.contains("kubectl"));
    QVERIFY(!ws.entry(0).text.contains("EOF"));
    QVERIFY(ws.entry(0).text.startsWith("apiVersion"));
}

void TestWorkspace::saveIsAtomicAndKeepsOneBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.yaml"));
    const QByteArray original = test::readFile(referencePath());
    QVERIFY(writeFile(path, original));
    const QString link = dir.filePath(QStringLiteral("link.yaml"));
    QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(link).constData()), 0);

    Workspace ws;
    QVERIFY(ws.open({path}).ok);
    const quint64 id = idOf(ws, ResourceKind::ServiceEntry, QStringLiteral("cnn"));
    QVERIFY(ws.renameResource(id, QStringLiteral("cnn-ext")));
    QVERIFY(ws.isDirty());
    QSignalSpy dirty(&ws, &Workspace::dirtyChanged);
    const Workspace::SaveOutcome saved = ws.save();
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QVERIFY(!ws.isDirty());
    QCOMPARE(dirty.count(), 1);

    const QByteArray written = test::readFile(path);
    QVERIFY(written.contains("name: cnn-ext"));
    QCOMPARE(test::readFile(path + QStringLiteral(".bak")), original);
    // The new content arrived by renaming a complete temporary file over the old one, so a
    // reader holding the old inode (here: a hard link) still sees the complete old file.
    QCOMPARE(test::readFile(link), original);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3); // ws.yaml, ws.yaml.bak, link.yaml

    QVERIFY(ws.renameResource(id, QStringLiteral("cnn-2")));
    QVERIFY(ws.save().ok);
    QCOMPARE(test::readFile(path + QStringLiteral(".bak")), written); // one backup: the previous save
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3);
}

void TestWorkspace::saveFailureKeepsWorkspaceDirty()
{
    QTemporaryDir dir;
    Workspace ws;
    QVERIFY(ws.open({referencePath()}).ok);
    QVERIFY(ws.renameResource(idOf(ws, ResourceKind::ServiceEntry, QStringLiteral("cnn")), QStringLiteral("x")));
    const Workspace::SaveOutcome failed = ws.saveAs(dir.path()); // a directory cannot be written as a file
    QVERIFY(!failed.ok);
    QVERIFY(!failed.error.isEmpty());
    QVERIFY(ws.isDirty());
    QCOMPARE(ws.mainFile(), referencePath());
}

void TestWorkspace::saveAsksBeforeReplacingOutsideChanges()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.yaml"));
    QVERIFY(writeFile(path, test::readFile(referencePath())));
    Workspace ws;
    QVERIFY(ws.open({path}).ok);
    const quint64 id = idOf(ws, ResourceKind::ServiceEntry, QStringLiteral("cnn"));
    QVERIFY(ws.renameResource(id, QStringLiteral("cnn-here")));

    // Another program edits the file meanwhile: save writes nothing and names the file.
    const QByteArray theirs = test::readFile(path) + "# added by a colleague's git pull\n";
    QVERIFY(writeFile(path, theirs));
    const Workspace::SaveOutcome refused = ws.save();
    QVERIFY(!refused.ok);
    QCOMPARE(refused.changedOnDisk, QStringList{QFileInfo(path).absoluteFilePath()});
    QCOMPARE(test::readFile(path), theirs);
    QVERIFY(ws.isDirty());

    // Told to, it overwrites (their version stays as the backup) and from then on saves freely.
    QVERIFY(ws.save(Workspace::OverwriteChanged::Yes).ok);
    QVERIFY(test::readFile(path).contains("name: cnn-here"));
    QCOMPARE(test::readFile(path + QStringLiteral(".bak")), theirs);
    QVERIFY(ws.renameResource(id, QStringLiteral("cnn-again")));
    const Workspace::SaveOutcome again = ws.save();
    QVERIFY2(again.ok && again.changedOnDisk.isEmpty(), qPrintable(again.changedOnDisk.join(u',')));

    // A file that vanished is simply written again.
    QVERIFY(QFile::remove(path));
    QVERIFY(ws.renameResource(id, QStringLiteral("cnn-back")));
    QVERIFY(ws.save().ok);
    QVERIFY(test::readFile(path).contains("name: cnn-back"));
}

void TestWorkspace::outsideChangesReloadOnlyWithoutUnsavedEdits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.yaml"));
    const QByteArray original = test::readFile(referencePath());
    QVERIFY(writeFile(path, original));
    Workspace ws;
    QVERIFY(ws.open({path}).ok);
    DiskChangeWatcher watcher(&ws);
    QSignalSpy reloaded(&watcher, &DiskChangeWatcher::reloaded);
    QSignalSpy underEdits(&watcher, &DiskChangeWatcher::changedUnderEdits);

    // Our own save is not an outside change.
    QVERIFY(ws.renameResource(idOf(ws, ResourceKind::ServiceEntry, QStringLiteral("cnn")), QStringLiteral("cnn-ours")));
    QVERIFY(ws.save().ok);
    QTest::qWait(800); // past the 300 ms the watcher lets a burst settle
    QCOMPARE(reloaded.count(), 0);

    // Another program's change, with nothing unsaved here: the workspace follows the disk.
    QByteArray theirs = test::readFile(path);
    theirs.replace("name: cnn-ours", "name: cnn-theirs");
    QVERIFY(writeFile(path, theirs));
    QTRY_COMPARE(reloaded.count(), 1);
    QVERIFY(ws.indexOf(ResourceKind::ServiceEntry, QStringLiteral("cnn-theirs")) >= 0);
    QVERIFY(!ws.isDirty());

    // With an unsaved edit, the edit stays and the change is only reported.
    QVERIFY(ws.renameResource(idOf(ws, ResourceKind::ServiceEntry, QStringLiteral("cnn-theirs")), QStringLiteral("mine")));
    theirs.replace("name: cnn-theirs", "name: cnn-later");
    QVERIFY(writeFile(path, theirs));
    QTRY_COMPARE(underEdits.count(), 1);
    QCOMPARE(reloaded.count(), 1);
    QVERIFY(ws.indexOf(ResourceKind::ServiceEntry, QStringLiteral("mine")) >= 0);
    QCOMPARE(ws.save().changedOnDisk.size(), 1); // and Save asks
}

void TestWorkspace::undoRedoRestoresTextAndDirtyFlag()
{
    Workspace ws;
    QVERIFY(ws.open({referencePath()}).ok);
    const int index = ws.indexOf(ResourceKind::Gateway, QStringLiteral("proxy"));
    const QByteArray originalText = ws.entry(index).text;
    Resource changed = ws.resource(index);
    changed.as<GatewaySpec>()->servers[0].port.number = 8080;
    QVERIFY(ws.replaceResource(ws.entry(index).id, changed, QStringLiteral("port")));
    QVERIFY(!ws.replaceResource(ws.entry(index).id, changed, QStringLiteral("same again"))); // no empty steps
    QCOMPARE(ws.undoStack()->count(), 1);
    QVERIFY(ws.entry(index).text.contains("number: 8080"));
    QVERIFY(ws.isDirty());
    ws.undoStack()->undo();
    QCOMPARE(ws.entry(index).text, originalText);
    QVERIFY(!ws.isDirty());
    ws.undoStack()->redo();
    QCOMPARE(*ws.resource(index).as<GatewaySpec>()->servers[0].port.number, 8080);
}

void TestWorkspace::renameGatewayUpdatesReferences()
{
    Workspace ws;
    QVERIFY(ws.open({referencePath()}).ok);
    QVERIFY(ws.renameResource(idOf(ws, ResourceKind::Gateway, QStringLiteral("proxy")), QStringLiteral("edge")));
    const VirtualServiceSpec *vs =
        ws.resource(ws.indexOf(ResourceKind::VirtualService, QStringLiteral("httpbin"))).as<VirtualServiceSpec>();
    QCOMPARE(vs->gateways, (QStringList{QStringLiteral("edge"), QStringLiteral("mesh")}));
    QCOMPARE(vs->http[0].match[0].gateways, QStringList{QStringLiteral("edge")});
    ws.revalidateNow();
    QVERIFY(!findCode(ws, QStringLiteral("IST0101")));
    QCOMPARE(ws.undoStack()->count(), 1);
    ws.undoStack()->undo();
    QVERIFY(ws.indexOf(ResourceKind::Gateway, QStringLiteral("proxy")) >= 0);
    QCOMPARE(ws.resource(ws.indexOf(ResourceKind::VirtualService, QStringLiteral("cnn")))
                 .as<VirtualServiceSpec>()->tls[0].match[0].gateways,
             QStringList{QStringLiteral("proxy")});
    // a name that is taken is refused
    QVERIFY(!ws.renameResource(idOf(ws, ResourceKind::ServiceEntry, QStringLiteral("cnn")), QStringLiteral("localhost")));
}

void TestWorkspace::moveHttpRouteChangesExportOrder()
{
    Workspace ws;
    QVERIFY(ws.open({referencePath()}).ok);
    const quint64 id = idOf(ws, ResourceKind::VirtualService, QStringLiteral("httpbin"));
    QByteArray exported = ws.exportYaml({id}, ApiVersion::Keep);
    QVERIFY(exported.indexOf("prefix: /status") < exported.indexOf("host: localhost.local"));
    QVERIFY(ws.moveHttpRoute(id, 1, 0));
    exported = ws.exportYaml({id}, ApiVersion::Keep);
    QVERIFY(exported.indexOf("host: localhost.local") < exported.indexOf("prefix: /status"));
    QVERIFY(!ws.moveHttpRoute(id, 0, 5));
}

// A form edit, a rename and a moved route regenerate the resource's text; the comments in it
// are carried over, and the saved file still has them (before, every form edit deleted them).
void TestWorkspace::formEditsKeepTheCommentsThroughSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("app.yaml"));
    QVERIFY(writeFile(path, R"(apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  name: edge  # shared with team-b
spec:
  servers:
  - port: {number: 80, name: http, protocol: HTTP}
    hosts: ["*.example.test"]
---
# Canary routing, see the runbook
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: app  # owned by team-a
spec:
  hosts: [app.example.test]
  gateways: [edge]
  http:
  # header first
  - name: canary
    match: [{headers: {x-canary: {exact: "yes"}}}]
    route: [{destination: {host: app.internal, subset: v2}}]
  # everyone else
  - name: stable
    route: [{destination: {host: app.internal, subset: v1}}]  # v1 until the migration ends
)"));
    Workspace ws;
    QVERIFY(ws.open({path}).ok);
    const quint64 id = idOf(ws, ResourceKind::VirtualService, QStringLiteral("app"));
    Resource r = ws.entryById(id)->resource;
    r.as<VirtualServiceSpec>()->http[1].timeout = QStringLiteral("3s"); // as the route form does
    QVERIFY(ws.replaceResource(id, r, QStringLiteral("Set timeout")));
    QVERIFY(ws.moveHttpRoute(id, 1, 0));
    QVERIFY(ws.renameResource(id, QStringLiteral("shop")));
    QVERIFY(ws.save().ok);

    const QByteArray saved = test::readFile(path);
    for (const char *comment : {"# shared with team-b", "# Canary routing, see the runbook", "# owned by team-a",
                                "# header first", "# everyone else", "# v1 until the migration ends"})
        QVERIFY2(saved.contains(comment), (QByteArray(comment) + " is gone:\n" + saved).constData());
    // The route's comments moved with it, and the edit is in the file.
    QVERIFY(saved.indexOf("# everyone else") < saved.indexOf("- name: stable"));
    QVERIFY(saved.indexOf("- name: stable") < saved.indexOf("# header first"));
    QVERIFY(saved.indexOf("# header first") < saved.indexOf("- name: canary"));
    Workspace reopened;
    QVERIFY(reopened.open({path}).ok);
    const WorkspaceEntry *shop = reopened.entryById(idOf(reopened, ResourceKind::VirtualService, QStringLiteral("shop")));
    QVERIFY(shop);
    QCOMPARE(shop->resource.as<VirtualServiceSpec>()->http[0].name, QStringLiteral("stable"));
    QCOMPARE(shop->resource.as<VirtualServiceSpec>()->http[0].timeout, QStringLiteral("3s"));
}

void TestWorkspace::invalidYamlBecomesDraft()
{
    Workspace ws;
    QVERIFY(ws.open({referencePath()}).ok);
    const int index = ws.indexOf(ResourceKind::Gateway, QStringLiteral("proxy"));
    const quint64 id = ws.entry(index).id;
    const QByteArray good = ws.entry(index).text;
    QByteArray broken = good;
    broken.replace("    - httpbin.org\n", "    - [httpbin.org\n");
    QCOMPARE(ws.replaceFromText(id, broken), Workspace::TextCommit::Rejected);
    QCOMPARE(ws.entry(index).text, good); // the last good state stays
    QCOMPARE(ws.undoStack()->count(), 0);
    QVERIFY(ws.hasDraft(id));
    QCOMPARE(*ws.draftText(id), broken);
    ws.revalidateNow();
    QVERIFY(ws.hasErrors());
    const QList<WorkspaceDiagnostic> mine = ws.diagnosticsFor(id);
    QVERIFY(!mine.isEmpty());
    QVERIFY(mine.first().fromDraft);
    QVERIFY(mine.first().textPos.line >= 13);

    // fixing the text commits it and the draft goes away
    QCOMPARE(ws.replaceFromText(id, good + "# fixed\n"), Workspace::TextCommit::Committed);
    QVERIFY(!ws.hasDraft(id));
    ws.revalidateNow();
    QVERIFY(!ws.hasErrors());
}

void TestWorkspace::semanticErrorInYamlIsCommittedAndPlaced()
{
    Workspace ws;
    QVERIFY(ws.open({referencePath()}).ok);
    const int index = ws.indexOf(ResourceKind::VirtualService, QStringLiteral("httpbin"));
    const quint64 id = ws.entry(index).id;
    QByteArray text = ws.entry(index).text;
    const int at = text.indexOf("number: 80");
    QVERIFY(at > 0);
    const int line = int(text.left(at).count('\n')) + 1;
    text.replace(at, 10, "number: 99999");
    QCOMPARE(ws.replaceFromText(id, text), Workspace::TextCommit::Committed);
    ws.revalidateNow();
    QVERIFY(ws.hasErrors());
    const WorkspaceDiagnostic *d = findCode(ws, QStringLiteral("port-range"));
    QVERIFY(d);
    QCOMPARE(d->entryId, id);
    QCOMPARE(d->textPos.line, line);
    // in the file the VirtualService starts after the other documents
    const int fileLine = int(ws.fileContent(ws.mainFile()).left(ws.fileContent(ws.mainFile()).indexOf("number: 99999")).count('\n')) + 1;
    QCOMPARE(d->filePos.line, fileLine);
}

void TestWorkspace::unsupportedDocumentsSurviveSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mixed.yaml"));
    const QByteArray service = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{port: 80}]\n";
    const QByteArray content = kNewServiceEntry + "---\n" + service + "---\n# trailing note\n" + kHttpbinVs;
    QVERIFY(writeFile(path, content));
    Workspace ws;
    const Workspace::LoadOutcome loaded = ws.open({path});
    QVERIFY(loaded.ok);
    QCOMPARE(ws.count(), 2);
    QVERIFY(!loaded.diagnostics.isEmpty()); // "skipped: Service is not one of ..."
    QCOMPARE(loaded.diagnostics.first().pos.line, 11);
    QCOMPARE(ws.fileContent(path), content);
    QVERIFY(ws.removeResources({ws.entry(1).id}));
    QVERIFY(ws.save().ok);
    QVERIFY(test::readFile(path).contains("kind: Service"));
}

void TestWorkspace::filePositionsFollowTheSavedLayout()
{
    Workspace ws;
    QVERIFY(ws.open({referencePath()}).ok);
    const int index = ws.indexOf(ResourceKind::VirtualService, QStringLiteral("cnn"));
    Resource r = ws.resource(index);
    r.as<VirtualServiceSpec>()->tls[0].match[0].gateways = QStringList{QStringLiteral("nowhere")};
    QVERIFY(ws.replaceResource(ws.entry(index).id, r, QStringLiteral("edit")));
    ws.revalidateNow();
    const WorkspaceDiagnostic *d = findCode(ws, QStringLiteral("IST0101"));
    QVERIFY(d);
    const QByteArray file = ws.fileContent(ws.mainFile());
    const int expected = int(file.left(file.indexOf("- nowhere")).count('\n')) + 1;
    QCOMPARE(d->filePos.line, expected);
    const QByteArray text = ws.entry(index).text;
    QCOMPARE(d->textPos.line, int(text.left(text.indexOf("- nowhere")).count('\n')) + 1);
}

void TestWorkspace::portsTheEngineWouldSkipAreProblems()
{
    // The reference Gateway serves 80 (HTTP) and 443 (TLS). A second Gateway with TLS on 8080
    // lands on 80's local port under the automatic offset: the engine would skip it.
    Workspace ws;
    QVERIFY(ws.open({referencePath()}).ok);
    const QByteArray gateway = "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata:\n  name: extra\nspec:\n"
                               "  servers:\n  - port:\n      number: 8080\n      name: tls\n      protocol: TLS\n"
                               "    tls:\n      mode: PASSTHROUGH\n    hosts:\n    - '*'\n";
    QVERIFY(ws.importText(gateway, QStringLiteral("extra.yaml"), Workspace::ImportMode::Merge, {}).ok);
    const quint64 id = idOf(ws, ResourceKind::Gateway, QStringLiteral("extra"));
    QVERIFY(id);
    ws.revalidateNow();
    QVERIFY2(!findCode(ws, QStringLiteral("local-port")), "no engine settings yet: nothing said about local ports");

    ws.setEngineSettings(EngineSettings{});
    ws.revalidateNow();
    const WorkspaceDiagnostic *d = findCode(ws, QStringLiteral("local-port"));
    QVERIFY(d);
    QCOMPARE(d->diagnostic.severity, Diagnostic::Severity::Warning);
    QCOMPARE(d->entryId, id);
    QCOMPARE(d->textPos.line, 8); // "number: 8080" in the Gateway's own YAML
    QVERIFY2(d->diagnostic.message.contains(QStringLiteral("port 80 of Gateway")), qPrintable(d->diagnostic.message));
    QVERIFY(!ws.hasErrors()); // a warning: Apply still runs what it can

    // A port offset that keeps them apart: the warning goes.
    EngineSettings apart;
    apart.portOffset = 10000;
    ws.setEngineSettings(apart);
    ws.revalidateNow();
    QVERIFY(!findCode(ws, QStringLiteral("local-port")));
}

void TestWorkspace::exportSelectionWithApiVersion()
{
    Workspace ws;
    QVERIFY(ws.open({referencePath()}).ok);
    const QByteArray all = ws.exportYaml({}, ApiVersion::V1);
    QCOMPARE(all.count("apiVersion: networking.istio.io/v1\n"), 7);
    const QByteArray one = ws.exportYaml({idOf(ws, ResourceKind::Gateway, QStringLiteral("proxy"))}, ApiVersion::V1beta1);
    QCOMPARE(one.count("kind:"), 1);
    QVERIFY(one.contains("apiVersion: networking.istio.io/v1beta1"));
}

void TestWorkspace::duplicateAndRemove()
{
    Workspace ws;
    QVERIFY(ws.open({referencePath()}).ok);
    QSignalSpy reset(&ws, &Workspace::resourcesReset);
    const quint64 copy = ws.duplicateResource(idOf(ws, ResourceKind::VirtualService, QStringLiteral("httpbin")));
    QVERIFY(copy);
    QCOMPARE(ws.entryById(copy)->resource.metadata.name, QStringLiteral("httpbin-copy"));
    QCOMPARE(ws.count(), 8);
    QVERIFY(ws.removeResources({copy, idOf(ws, ResourceKind::Gateway, QStringLiteral("proxy"))}));
    QCOMPARE(ws.count(), 6);
    ws.undoStack()->undo();
    QCOMPARE(ws.count(), 8);
    QCOMPARE(ws.resource(0).metadata.name, QStringLiteral("proxy")); // back in its place
    QVERIFY(reset.count() >= 3);
    const quint64 added = ws.addResource(ws.resource(0));
    QCOMPARE(ws.entryById(added)->resource.metadata.name, QStringLiteral("proxy-2"));
}

void TestWorkspace::headerCommentsAndSeparatorsRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.yaml"));
    const QByteArray content = "# Workspace for the demo\n---\n" + kNewServiceEntry + "---\n" + kHttpbinVs + "---\n# end\n";
    QVERIFY(writeFile(path, content));
    Workspace ws;
    QVERIFY(ws.open({path}).ok);
    QCOMPARE(ws.count(), 2);
    QVERIFY(ws.entry(0).text.startsWith("# Workspace for the demo\n---\n"));
    QCOMPARE(ws.fileContent(path), content);
    // positions inside a text that starts with a comment are still right
    const QByteArray text = ws.entry(0).text;
    QCOMPARE(ws.entry(0).resource.source.find(QStringLiteral("spec.resolution")).line,
             int(text.left(text.indexOf("resolution:")).count('\n')) + 1);
}

void TestWorkspace::listDocumentsGetTheirOwnText()
{
    const QByteArray list = "apiVersion: v1\nkind: List\nitems:\n"
                            "- apiVersion: networking.istio.io/v1\n  kind: ServiceEntry\n  metadata: {name: a}\n"
                            "  spec: {hosts: [a.example.com], ports: [{number: 80, name: http, protocol: HTTP}], resolution: DNS}\n"
                            "- apiVersion: networking.istio.io/v1\n  kind: ServiceEntry\n  metadata: {name: b}\n"
                            "  spec: {hosts: [b.example.com], ports: [{number: 80, name: http, protocol: HTTP}], resolution: DNS}\n";
    Workspace ws;
    QVERIFY(ws.openUntitled(list, QStringLiteral("list")).ok);
    QCOMPARE(ws.count(), 2);
    QVERIFY(ws.entry(1).text.contains("name: b"));
    QVERIFY(!ws.entry(1).text.contains("name: a"));
    QVERIFY(ws.entry(0).text.startsWith("apiVersion: networking.istio.io/v1\nkind: ServiceEntry"));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
