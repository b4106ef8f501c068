// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/resourceops.h"
#include "common/workspace.h"
#include "editors/problemsmodel.h"
#include "editors/resourcetreemodel.h"
#include "testpaths.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace meshgate;

namespace {

QString referencePath()
{
    return test::sourceDir() + QStringLiteral("/resources/examples/reference-scenario.yaml");
}

QStringList namesIn(const ResourceTreeModel &model, ResourceKind kind)
{
    QStringList out;
    const QModelIndex group = model.groupIndex(kind);
    for (int r = 0; r < model.rowCount(group); ++r)
        out.append(model.index(r, 0, group).data().toString());
    return out;
}

} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resourceTreeGroupsByKind();
    void resourceTreeSurvivesEdits();
    void resourceTreeBadgesCountProblems();
    void resourceTreeRenamesInPlace();
    void problemsModelFollowsValidation();
};

void TestUiModels::resourceTreeGroupsByKind()
{
    Workspace ws;
    ResourceTreeModel model(&ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(ws.open({referencePath()}).ok);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Gateways (1)"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("VirtualServices (2)"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("DestinationRules (1)"));
    QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("ServiceEntries (3)"));
    QCOMPARE(namesIn(model, ResourceKind::ServiceEntry),
             (QStringList{QStringLiteral("httpbin-ext"), QStringLiteral("cnn"), QStringLiteral("localhost")}));
    const quint64 id = ws.entry(ws.indexOf(ResourceKind::VirtualService, QStringLiteral("cnn"))).id;
    const QModelIndex index = model.indexForId(id);
    QCOMPARE(index.data().toString(), QStringLiteral("cnn"));
    QCOMPARE(index.parent(), model.groupIndex(ResourceKind::VirtualService));
    QCOMPARE(model.idAt(index), id);
    QCOMPARE(model.idAt(index.parent()), quint64(0));
    QVERIFY(!(model.flags(index.parent()) & Qt::ItemIsSelectable));
}

void TestUiModels::resourceTreeSurvivesEdits()
{
    Workspace ws;
    ResourceTreeModel model(&ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(ws.open({referencePath()}).ok);
    const quint64 added = ws.addResource(resourceops::makeTemplate(ResourceKind::Gateway, ws.config()));
    QCOMPARE(namesIn(model, ResourceKind::Gateway), (QStringList{QStringLiteral("proxy"), QStringLiteral("gateway")}));
    QVERIFY(model.indexForId(added).isValid());
    const quint64 dup = ws.duplicateResource(ws.entry(ws.indexOf(ResourceKind::VirtualService, QStringLiteral("cnn"))).id);
    QCOMPARE(namesIn(model, ResourceKind::VirtualService),
             (QStringList{QStringLiteral("httpbin"), QStringLiteral("cnn"), QStringLiteral("cnn-copy")}));
    // a resource changing its kind through the YAML tab moves to its new group
    QByteArray text = ws.entryById(dup)->text;
    const QByteArray asDestinationRule = "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n"
                                         "  name: cnn-copy\nspec:\n  host: edition.cnn.com\n";
    QCOMPARE(ws.replaceFromText(dup, asDestinationRule), Workspace::TextCommit::Committed);
    QCOMPARE(namesIn(model, ResourceKind::DestinationRule), (QStringList{QStringLiteral("localhost"), QStringLiteral("cnn-copy")}));
    QCOMPARE(namesIn(model, ResourceKind::VirtualService).size(), 2);
    QVERIFY(ws.removeResources({added, dup}));
    QCOMPARE(namesIn(model, ResourceKind::Gateway), QStringList{QStringLiteral("proxy")});
    while (ws.undoStack()->canUndo())
        ws.undoStack()->undo();
    QCOMPARE(model.rowCount(model.groupIndex(ResourceKind::VirtualService)), 2);
    ws.newWorkspace();
    QCOMPARE(model.rowCount(model.groupIndex(ResourceKind::VirtualService)), 0);
}

void TestUiModels::resourceTreeBadgesCountProblems()
{
    Workspace ws;
    ResourceTreeModel model(&ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(ws.open({referencePath()}).ok);
    const int index = ws.indexOf(ResourceKind::VirtualService, QStringLiteral("httpbin"));
    const quint64 id = ws.entry(index).id;
    QCOMPARE(model.indexForId(id).data(ResourceTreeModel::ErrorCountRole).toInt(), 0);
    Resource r = ws.resource(index);
    r.as<VirtualServiceSpec>()->gateways = QStringList{QStringLiteral("nowhere")};
    r.as<VirtualServiceSpec>()->http[0].route[0].destination.port.number = 70000;
    QVERIFY(ws.replaceResource(id, r, QStringLiteral("break")));
    QTRY_VERIFY(model.indexForId(id).data(ResourceTreeModel::ErrorCountRole).toInt() >= 2);
    QVERIFY(model.indexForId(id).data(Qt::ToolTipRole).toString().contains(QStringLiteral("error")));
    QVERIFY(model.groupIndex(ResourceKind::VirtualService).data(ResourceTreeModel::ErrorCountRole).toInt() >= 2);
    QCOMPARE(model.groupIndex(ResourceKind::Gateway).data(ResourceTreeModel::ErrorCountRole).toInt(), 0);
    ws.undoStack()->undo();
    QTRY_COMPARE(model.indexForId(id).data(ResourceTreeModel::ErrorCountRole).toInt(), 0);
}

void TestUiModels::resourceTreeRenamesInPlace()
{
    Workspace ws;
    ResourceTreeModel model(&ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(ws.open({referencePath()}).ok);
    const QModelIndex gw = model.index(0, 0, model.groupIndex(ResourceKind::Gateway));
    QVERIFY(model.flags(gw) & Qt::ItemIsEditable);
    QVERIFY(model.setData(gw, QStringLiteral("edge")));
    QCOMPARE(model.index(0, 0, model.groupIndex(ResourceKind::Gateway)).data().toString(), QStringLiteral("edge"));
    QVERIFY(!model.setData(model.index(0, 0, model.groupIndex(ResourceKind::ServiceEntry)), QStringLiteral("cnn")));
}

void TestUiModels::problemsModelFollowsValidation()
{
    Workspace ws;
    ProblemsModel model(&ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(ws.open({referencePath()}).ok);
    const int clean = model.rowCount();
    const int index = ws.indexOf(ResourceKind::Gateway, QStringLiteral("proxy"));
    const quint64 id = ws.entry(index).id;
    QByteArray text = ws.entry(index).text;
    text.replace("number: 443", "number: 0");
    QCOMPARE(ws.replaceFromText(id, text), Workspace::TextCommit::Committed);
    QTRY_VERIFY(model.rowCount() > clean);
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data(ProblemsModel::EntryIdRole).toULongLong() == id
            && model.index(r, 0).data(ProblemsModel::SeverityRole).toInt() == int(Diagnostic::Severity::Error))
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, ProblemsModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
    QVERIFY(model.index(row, ProblemsModel::ResourceColumn).data().toString().startsWith(QStringLiteral("Gateway/proxy")));
    const int line = int(text.left(text.indexOf("number: 0")).count('\n')) + 1;
    QCOMPARE(model.index(row, 0).data(ProblemsModel::TextLineRole).toInt(), line);
    QCOMPARE(model.headerData(ProblemsModel::LocationColumn, Qt::Horizontal).toString(), QStringLiteral("Location"));

    // a failed import is listed too, with its file and line, until the next successful load
    QVERIFY(!ws.importText("a: [\n", QStringLiteral("bad.yaml"), Workspace::ImportMode::Merge, {}).ok);
    bool listed = false;
    for (int r = 0; r < model.rowCount(); ++r)
        listed |= model.index(r, ProblemsModel::LocationColumn).data().toString().startsWith(QStringLiteral("bad.yaml:"));
    QVERIFY(listed);
    QVERIFY(ws.open({referencePath()}).ok);
    QCOMPARE(model.rowCount(), clean);

    // Not saved anywhere yet (the built-in example): located by the name the window shows.
    QVERIFY(ws.openUntitled(test::readFile(referencePath()), QStringLiteral("Example")).ok);
    QTRY_VERIFY(model.rowCount() > 0); // sni_hosts, the proto spelling, is a warning
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString location = model.index(r, ProblemsModel::LocationColumn).data().toString();
        QVERIFY2(location.startsWith(QStringLiteral("Example:")), qPrintable(location));
    }
}

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
