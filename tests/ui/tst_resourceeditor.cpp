// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/workspace.h"
#include "editors/gatewayform.h"
#include "editors/httprouteeditor.h"
#include "editors/problemsmodel.h"
#include "editors/resourceeditor.h"
#include "editors/routelist.h"
#include "editors/routeutil.h"
#include "editors/tableeditor.h"
#include "editors/virtualserviceform.h"
#include "editors/yamleditor.h"
#include "testpaths.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>
#include <QSet>
#include <QTextBlock>
#include <QTextLayout>

using namespace meshgate;

namespace {

QString referencePath()
{
    return test::sourceDir() + QStringLiteral("/resources/examples/reference-scenario.yaml");
}

quint64 idOf(const Workspace &ws, ResourceKind kind, const QString &name)
{
    const int index = ws.indexOf(kind, name);
    return index < 0 ? 0 : ws.entry(index).id;
}

const VirtualServiceSpec &vsSpec(const Workspace &ws, const QString &name)
{
    return *ws.resource(ws.indexOf(ResourceKind::VirtualService, name)).as<VirtualServiceSpec>();
}

// Replaces `from` with `to` in the editor the way typing does (through the document, so the
// editor sees a user edit and starts its commit timer).
void typeReplace(YamlEditor *editor, const QString &from, const QString &to)
{
    const QString text = editor->toPlainText();
    const int at = int(text.indexOf(from));
    QVERIFY2(at >= 0, qPrintable(from));
    QTextCursor c(editor->document());
    c.setPosition(at);
    c.setPosition(at + int(from.size()), QTextCursor::KeepAnchor);
    editor->setTextCursor(c);
    QTest::keyClicks(editor, to);
}

int lineOf(const QString &text, const QString &needle)
{
    return int(text.left(text.indexOf(needle)).count(QLatin1Char('\n'))) + 1;
}

void setCell(TableEditor *table, int row, int column, const QString &text)
{
    QTableWidgetItem *item = table->table()->item(row, column);
    QVERIFY(item);
    item->setText(text); // what a delegate does when the user finishes editing the cell
}

// Types into a form field the way a user does: replaces its text and presses Return.
void typeInField(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

class TestResourceEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void formEditUpdatesYaml();
    void yamlEditUpdatesForm();
    void moveUpChangesExportedOrder();
    void moveShortcutWorks();
    void invalidValueShowsDiagnosticAtItsLine();
    void syntaxErrorLocksFormAndKeepsLastGoodState();
    void undoRedoAcrossFormAndYaml();
    void undoTakesBackYamlThatDoesNotParseFirst();
    void formKeepsFieldsItDoesNotShow();
    void weightIndicatorFollowsEdits();
    void retriesTypedInFormBecomeYaml();
    void clearingRetriesRemovesTheBlock();
    void retriesEditKeepsFieldsTheFormDoesNotShow();
    void undoRestoresRetries();
    void invalidRetriesShowInProblems();
    void gatewayCheckboxesEditGateways();
    void missingGatewayCanBeUnchecked();
    void gatewayFormEditsServers();
    void gatewayFormSaysWhereItsPortsListen();
    void renameFromHeader();
    void anotherResourceOpensAtTheTopOfItsForm();
    void highlighterColoursKeysValuesAndComments();
    void tableColumnsFitTheirTitles();

private:
    HttpRouteEditor *firstHttpRoute();
    const std::optional<HttpRetry> &firstRouteRetries() const;
    void setFirstRouteRetries(const QByteArray &retryLines);

    Workspace *m_ws = nullptr;
    ResourceEditor *m_editor = nullptr;
};

void TestResourceEditor::init()
{
    m_ws = new Workspace;
    QVERIFY(m_ws->open({referencePath()}).ok);
    m_editor = new ResourceEditor(m_ws);
    m_editor->resize(1200, 800);
    m_editor->showResource(idOf(*m_ws, ResourceKind::VirtualService, QStringLiteral("httpbin")));
}

void TestResourceEditor::cleanup()
{
    delete m_editor;
    delete m_ws;
}

// The form's editor of httpbin's first route (/status*), selected.
HttpRouteEditor *TestResourceEditor::firstHttpRoute()
{
    VirtualServiceForm *form = m_editor->virtualServiceForm();
    form->httpRoutes()->setCurrentRow(0);
    return form->httpRouteEditor();
}

const std::optional<HttpRetry> &TestResourceEditor::firstRouteRetries() const
{
    return vsSpec(*m_ws, QStringLiteral("httpbin")).http[0].retries;
}

// Gives httpbin's first route a retries block, as if typed in the YAML tab (each line whole).
void TestResourceEditor::setFirstRouteRetries(const QByteArray &retryLines)
{
    const quint64 id = m_editor->currentId();
    QByteArray text = m_ws->entryById(id)->text;
    const QByteArray anchor = "        prefix: /status\n";
    QVERIFY(text.contains(anchor));
    text.replace(anchor, anchor + "    retries:\n" + retryLines);
    QCOMPARE(m_ws->replaceFromText(id, text), Workspace::TextCommit::Committed);
}

void TestResourceEditor::formEditUpdatesYaml()
{
    VirtualServiceForm *form = m_editor->virtualServiceForm();
    form->httpRoutes()->setCurrentRow(0);
    setCell(form->httpRouteEditor()->destinations(), 0, routeutil::PortColumn, QStringLiteral("8080"));
    QCOMPARE(*vsSpec(*m_ws, QStringLiteral("httpbin")).http[0].route[0].destination.port.number, 8080);
    QVERIFY(m_editor->yamlEditor()->toPlainText().contains(QStringLiteral("number: 8080")));
    QCOMPARE(m_ws->undoStack()->count(), 1);
    QVERIFY(m_ws->isDirty());
    // the route list summary follows too
    QVERIFY(form->httpRoutes()->item(0)->text().contains(QStringLiteral("httpbin.org:8080")));
}

void TestResourceEditor::yamlEditUpdatesForm()
{
    m_editor->showYaml();
    typeReplace(m_editor->yamlEditor(), QStringLiteral("prefix: /status"), QStringLiteral("prefix: /anything"));
    // committed after the typing pause, without anything else happening
    QTRY_VERIFY_WITH_TIMEOUT(vsSpec(*m_ws, QStringLiteral("httpbin")).http[0].match[0].uri.value == u"/anything", 3000);
    QCOMPARE(m_ws->undoStack()->count(), 1);
    VirtualServiceForm *form = m_editor->virtualServiceForm();
    form->httpRoutes()->setCurrentRow(0);
    QCOMPARE(form->httpRouteEditor()->matches()->text(0, HttpRouteEditor::UriColumn), QStringLiteral("/anything"));
    QVERIFY(form->httpRoutes()->item(0)->text().contains(QStringLiteral("/anything")));
    // the text stays exactly as typed (comments and layout are the user's)
    QVERIFY(m_editor->yamlEditor()->toPlainText().contains(QStringLiteral("prefix: /anything")));
}

void TestResourceEditor::moveUpChangesExportedOrder()
{
    VirtualServiceForm *form = m_editor->virtualServiceForm();
    const quint64 id = idOf(*m_ws, ResourceKind::VirtualService, QStringLiteral("httpbin"));
    form->httpRoutes()->setCurrentRow(1);
    QVERIFY(form->moveUpAction()->isEnabled());
    form->moveUpAction()->trigger();
    const QByteArray exported = m_ws->exportYaml({id}, ApiVersion::Keep);
    QVERIFY(exported.indexOf("host: localhost.local") < exported.indexOf("prefix: /status"));
    QCOMPARE(form->httpRoutes()->currentRow(), 0); // the selection moved with the route
    QVERIFY(!form->moveUpAction()->isEnabled());
    const QString yaml = m_editor->yamlEditor()->toPlainText();
    QVERIFY(yaml.indexOf(QStringLiteral("localhost.local")) < yaml.indexOf(QStringLiteral("/status")));
    m_ws->undoStack()->undo();
    QCOMPARE(vsSpec(*m_ws, QStringLiteral("httpbin")).http[0].match[0].uri.value, QStringLiteral("/status"));
}

void TestResourceEditor::moveShortcutWorks()
{
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    m_editor->activateWindow();
    VirtualServiceForm *form = m_editor->virtualServiceForm();
    form->httpRoutes()->setCurrentRow(0);
    form->httpRoutes()->setFocus();
    QTRY_VERIFY(form->httpRoutes()->hasFocus());
    QTest::keyClick(form->httpRoutes(), Qt::Key_Down, Qt::AltModifier);
    QTRY_COMPARE(vsSpec(*m_ws, QStringLiteral("httpbin")).http[1].match[0].uri.value, QStringLiteral("/status"));
}

void TestResourceEditor::invalidValueShowsDiagnosticAtItsLine()
{
    m_editor->showYaml();
    YamlEditor *yaml = m_editor->yamlEditor();
    const int line = lineOf(yaml->toPlainText(), QStringLiteral("number: 80"));
    typeReplace(yaml, QStringLiteral("number: 80"), QStringLiteral("number: 99999"));
    m_editor->commitPendingYaml();
    m_ws->revalidateNow();
    QVERIFY(m_ws->hasErrors());

    ProblemsModel problems(m_ws);
    int row = -1;
    for (int r = 0; r < problems.rowCount(); ++r)
        if (problems.index(r, ProblemsModel::MessageColumn).data().toString().contains(QStringLiteral("99999 is out of range")))
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(problems.index(row, 0).data(ProblemsModel::SeverityRole).toInt(), int(Diagnostic::Severity::Error));
    QCOMPARE(problems.index(row, 0).data(ProblemsModel::TextLineRole).toInt(), line);
    QCOMPARE(problems.index(row, 0).data(ProblemsModel::EntryIdRole).toULongLong(), m_editor->currentId());
    const QByteArray file = m_ws->fileContent(m_ws->mainFile());
    const int fileLine = lineOf(QString::fromUtf8(file), QStringLiteral("number: 99999"));
    QVERIFY2(problems.index(row, ProblemsModel::LocationColumn).data().toString().startsWith(
                 QStringLiteral("reference-scenario.yaml:%1:").arg(fileLine)),
             qPrintable(problems.index(row, ProblemsModel::LocationColumn).data().toString()));
    // and the editor underlines that line
    bool marked = false;
    for (const YamlEditor::Marker &m : yaml->markers())
        marked |= m.line == line && m.message.contains(QStringLiteral("99999"));
    QVERIFY(marked);
    const int column = int(yaml->document()->findBlockByNumber(line - 1).text().indexOf(QStringLiteral("99999"))) + 1;
    QVERIFY(yaml->markerMessagesAt(line, column).contains(QStringLiteral("out of range")));
}

void TestResourceEditor::syntaxErrorLocksFormAndKeepsLastGoodState()
{
    const quint64 id = m_editor->currentId();
    const QByteArray good = m_ws->entryById(id)->text;
    m_editor->showYaml();
    typeReplace(m_editor->yamlEditor(), QStringLiteral("- httpbin.org"), QStringLiteral("- [httpbin.org"));
    m_editor->commitPendingYaml();
    QCOMPARE(m_ws->entryById(id)->text, good);
    QVERIFY(m_ws->hasDraft(id));
    QVERIFY(m_editor->isFormLocked());
    QVERIFY(m_editor->yamlEditor()->toPlainText().contains(QStringLiteral("[httpbin.org"))); // nothing typed is lost
    m_ws->revalidateNow();
    ProblemsModel problems(m_ws);
    bool draftRow = false;
    for (int r = 0; r < problems.rowCount(); ++r)
        draftRow |= problems.index(r, ProblemsModel::LocationColumn).data().toString().contains(QStringLiteral("YAML tab"));
    QVERIFY(draftRow);

    // switching away and back keeps the draft
    m_editor->showResource(idOf(*m_ws, ResourceKind::Gateway, QStringLiteral("proxy")));
    m_editor->showResource(id);
    QVERIFY(m_editor->yamlEditor()->toPlainText().contains(QStringLiteral("[httpbin.org")));

    m_ws->discardDraft(id);
    QVERIFY(!m_editor->isFormLocked());
    QCOMPARE(m_editor->yamlEditor()->toPlainText().toUtf8(), good);
}

void TestResourceEditor::undoRedoAcrossFormAndYaml()
{
    VirtualServiceForm *form = m_editor->virtualServiceForm();
    form->httpRoutes()->setCurrentRow(0);
    setCell(form->httpRouteEditor()->destinations(), 0, routeutil::PortColumn, QStringLiteral("8080"));
    m_editor->showYaml();
    typeReplace(m_editor->yamlEditor(), QStringLiteral("prefix: /status"), QStringLiteral("prefix: /x"));
    // Ctrl+Z in the YAML tab first commits what was typed, then undoes it: one history
    QTest::keyClick(m_editor->yamlEditor(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(vsSpec(*m_ws, QStringLiteral("httpbin")).http[0].match[0].uri.value, QStringLiteral("/status"));
    QCOMPARE(*vsSpec(*m_ws, QStringLiteral("httpbin")).http[0].route[0].destination.port.number, 8080);
    QVERIFY(m_editor->yamlEditor()->toPlainText().contains(QStringLiteral("prefix: /status")));
    m_editor->undo();
    QCOMPARE(*vsSpec(*m_ws, QStringLiteral("httpbin")).http[0].route[0].destination.port.number, 80);
    QCOMPARE(form->httpRouteEditor()->destinations()->text(0, routeutil::PortColumn), QStringLiteral("80"));
    QVERIFY(!m_ws->isDirty());
    m_editor->redo();
    m_editor->redo();
    QCOMPARE(*vsSpec(*m_ws, QStringLiteral("httpbin")).http[0].route[0].destination.port.number, 8080);
    QCOMPARE(vsSpec(*m_ws, QStringLiteral("httpbin")).http[0].match[0].uri.value, QStringLiteral("/x"));
    QVERIFY(m_editor->yamlEditor()->toPlainText().contains(QStringLiteral("prefix: /x")));
}

// Broken text in a YAML tab is no step in the history: Ctrl+Z must take it back, not an
// earlier edit of another resource behind it.
void TestResourceEditor::undoTakesBackYamlThatDoesNotParseFirst()
{
    VirtualServiceForm *form = m_editor->virtualServiceForm();
    form->httpRoutes()->setCurrentRow(0);
    setCell(form->httpRouteEditor()->destinations(), 0, routeutil::PortColumn, QStringLiteral("8080"));
    const quint64 gw = idOf(*m_ws, ResourceKind::Gateway, QStringLiteral("proxy"));
    m_editor->showResource(gw);
    m_editor->showYaml();
    const QByteArray good = m_ws->entryById(gw)->text;
    typeReplace(m_editor->yamlEditor(), QStringLiteral("- httpbin.org"), QStringLiteral("- [httpbin.org"));
    QTest::keyClick(m_editor->yamlEditor(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(*vsSpec(*m_ws, QStringLiteral("httpbin")).http[0].route[0].destination.port.number, 8080);
    QVERIFY(!m_ws->hasDraft(gw));
    QCOMPARE(m_editor->yamlEditor()->toPlainText().toUtf8(), good);

    m_editor->redo(); // the typed text comes back, still a draft
    QVERIFY(m_ws->hasDraft(gw));
    QVERIFY(m_editor->yamlEditor()->toPlainText().contains(QStringLiteral("- [httpbin.org")));
    QCOMPARE(m_ws->entryById(gw)->text, good);

    m_editor->undo();
    m_editor->undo(); // now the history: the VirtualService edit
    QVERIFY(!m_ws->hasDraft(gw));
    QCOMPARE(*vsSpec(*m_ws, QStringLiteral("httpbin")).http[0].route[0].destination.port.number, 80);
}

void TestResourceEditor::formKeepsFieldsItDoesNotShow()
{
    const quint64 id = m_editor->currentId();
    QByteArray text = m_ws->entryById(id)->text;
    text.replace("    route:\n    - destination:\n        host: httpbin.org",
                 "    fault:\n      abort:\n        httpStatus: 418\n        percentage:\n          value: 50\n"
                 "    mirrorPercent: 10\n    route:\n    - destination:\n        host: httpbin.org");
    QCOMPARE(m_ws->replaceFromText(id, text), Workspace::TextCommit::Committed);
    VirtualServiceForm *form = m_editor->virtualServiceForm();
    form->httpRoutes()->setCurrentRow(0);
    setCell(form->httpRouteEditor()->destinations(), 0, routeutil::PortColumn, QStringLiteral("8080"));
    const QString yaml = m_editor->yamlEditor()->toPlainText();
    QVERIFY(yaml.contains(QStringLiteral("number: 8080")));
    QVERIFY(yaml.contains(QStringLiteral("httpStatus: 418")));
    QVERIFY(yaml.contains(QStringLiteral("mirrorPercent: 10")));
}

void TestResourceEditor::weightIndicatorFollowsEdits()
{
    VirtualServiceForm *form = m_editor->virtualServiceForm();
    form->httpRoutes()->setCurrentRow(0);
    TableEditor *destinations = form->httpRouteEditor()->destinations();
    Q_EMIT destinations->addRequested();
    QCOMPARE(destinations->table()->rowCount(), 2);
    QCOMPARE(destinations->note()->text(), QStringLiteral("Weights sum to 100"));
    QCOMPARE(*vsSpec(*m_ws, QStringLiteral("httpbin")).http[0].route[1].weight, 50);
    setCell(destinations, 1, routeutil::WeightColumn, QStringLiteral("20"));
    // Istio splits by weight / sum: a warning, as the validator's, not an error.
    QCOMPARE(destinations->note()->text(), QStringLiteral("Weights sum to 70, not 100: traffic is split in proportion"));
    m_ws->revalidateNow();
    QVERIFY(!m_ws->hasErrors());
    const QList<WorkspaceDiagnostic> found = m_ws->diagnosticsFor(m_editor->currentId());
    QVERIFY(std::any_of(found.cbegin(), found.cend(), [](const WorkspaceDiagnostic &d) {
        return d.diagnostic.code == u"weight-sum" && d.diagnostic.severity == Diagnostic::Severity::Warning;
    }));
    setCell(destinations, 0, routeutil::WeightColumn, QStringLiteral("0"));
    setCell(destinations, 1, routeutil::WeightColumn, QStringLiteral("0"));
    QCOMPARE(destinations->note()->text(), QStringLiteral("All weights are 0: no traffic can be routed"));
    m_ws->revalidateNow();
    QVERIFY(m_ws->hasErrors()); // and so does the validator
}

void TestResourceEditor::retriesTypedInFormBecomeYaml()
{
    HttpRouteEditor *route = firstHttpRoute();
    QVERIFY(!route->retryAttemptsEdit()->placeholderText().isEmpty()); // Istio's default, before anything is typed
    typeInField(route->retryAttemptsEdit(), QStringLiteral("3"));
    typeInField(route->perTryTimeoutEdit(), QStringLiteral("2s"));
    typeInField(route->retryOnEdit(), QStringLiteral("5xx"));
    const QString yaml = m_editor->yamlEditor()->toPlainText();
    // (the writer may quote 5xx: it starts with a digit)
    QVERIFY2(yaml.contains(QRegularExpression(QStringLiteral("\n    retries:\n      attempts: 3\n      perTryTimeout: 2s\n"
                                                             "      retryOn: \"?5xx\"?\n"))),
             qPrintable(yaml));
    const std::optional<HttpRetry> &retries = firstRouteRetries();
    QVERIFY(retries);
    QCOMPARE(retries->attempts, std::optional<int>(3));
    QVERIFY(!vsSpec(*m_ws, QStringLiteral("httpbin")).http[1].retries); // the other route is untouched
    QCOMPARE(m_ws->undoStack()->count(), 3);
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Edit retries of route 1"));
    // editable now, so not in the "edit in the YAML tab" list
    for (const QLabel *label : route->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(QStringLiteral("retries")), qPrintable(label->text()));
    // leaving a field without changing it is no edit
    Q_EMIT route->retryOnEdit()->editingFinished();
    QCOMPARE(m_ws->undoStack()->count(), 3);
}

void TestResourceEditor::clearingRetriesRemovesTheBlock()
{
    setFirstRouteRetries("      attempts: 4\n      perTryTimeout: 3s\n      retryOn: gateway-error\n");
    HttpRouteEditor *route = firstHttpRoute();
    QCOMPARE(route->retryAttemptsEdit()->text(), QStringLiteral("4"));
    QCOMPARE(route->perTryTimeoutEdit()->text(), QStringLiteral("3s"));
    QCOMPARE(route->retryOnEdit()->text(), QStringLiteral("gateway-error"));
    typeInField(route->retryAttemptsEdit(), QString());
    typeInField(route->perTryTimeoutEdit(), QString());
    QVERIFY(firstRouteRetries()); // retryOn is still set
    typeInField(route->retryOnEdit(), QString());
    QVERIFY(!firstRouteRetries());
    QVERIFY(!m_editor->yamlEditor()->toPlainText().contains(QStringLiteral("retries")));
    QVERIFY(!m_ws->exportYaml({m_editor->currentId()}, ApiVersion::Keep).contains("retries"));
}

void TestResourceEditor::retriesEditKeepsFieldsTheFormDoesNotShow()
{
    setFirstRouteRetries("      attempts: 2\n      retryRemoteLocalities: true\n");
    HttpRouteEditor *route = firstHttpRoute();
    typeInField(route->retryAttemptsEdit(), QStringLiteral("5"));
    QString yaml = m_editor->yamlEditor()->toPlainText();
    QVERIFY2(yaml.contains(QStringLiteral("    retries:\n      attempts: 5\n      retryRemoteLocalities: true\n")),
             qPrintable(yaml));
    // emptied, the block stays for the field the form does not show, and the form names it
    typeInField(route->retryAttemptsEdit(), QString());
    yaml = m_editor->yamlEditor()->toPlainText();
    QVERIFY2(yaml.contains(QStringLiteral("    retries:\n      retryRemoteLocalities: true\n")), qPrintable(yaml));
    bool named = false;
    for (const QLabel *label : route->findChildren<QLabel *>())
        named |= label->isVisibleTo(route) && label->text().contains(QStringLiteral("retries.retryRemoteLocalities"));
    QVERIFY(named);
}

void TestResourceEditor::undoRestoresRetries()
{
    setFirstRouteRetries("      attempts: 2\n      perTryTimeout: 1s\n");
    HttpRouteEditor *route = firstHttpRoute();
    typeInField(route->retryAttemptsEdit(), QStringLiteral("7"));
    typeInField(route->perTryTimeoutEdit(), QString());
    QCOMPARE(firstRouteRetries()->attempts, std::optional<int>(7));
    m_editor->undo();
    m_editor->undo();
    const std::optional<HttpRetry> &retries = firstRouteRetries();
    QVERIFY(retries);
    QCOMPARE(retries->attempts, std::optional<int>(2));
    QCOMPARE(retries->perTryTimeout, QStringLiteral("1s"));
    QCOMPARE(route->retryAttemptsEdit()->text(), QStringLiteral("2"));
    QCOMPARE(route->perTryTimeoutEdit()->text(), QStringLiteral("1s"));
    QVERIFY(m_editor->yamlEditor()->toPlainText().contains(QStringLiteral("    retries:\n      attempts: 2\n      perTryTimeout: 1s\n")));
    m_editor->redo();
    QCOMPARE(firstRouteRetries()->attempts, std::optional<int>(7));
}

void TestResourceEditor::invalidRetriesShowInProblems()
{
    HttpRouteEditor *route = firstHttpRoute();
    typeInField(route->retryAttemptsEdit(), QStringLiteral("-1"));
    typeInField(route->perTryTimeoutEdit(), QStringLiteral("abc"));
    m_ws->revalidateNow();
    QVERIFY(m_ws->hasErrors());
    const QString yaml = m_editor->yamlEditor()->toPlainText();
    ProblemsModel problems(m_ws);
    auto lineOfProblem = [&](const QString &message) {
        for (int r = 0; r < problems.rowCount(); ++r)
            if (problems.index(r, ProblemsModel::MessageColumn).data().toString().contains(message))
                return problems.index(r, 0).data(ProblemsModel::TextLineRole).toInt();
        return -1;
    };
    QCOMPARE(lineOfProblem(QStringLiteral("\"abc\" is not a duration")), lineOf(yaml, QStringLiteral("perTryTimeout: abc")));
    QCOMPARE(lineOfProblem(QStringLiteral("attempts must not be negative")), lineOf(yaml, QStringLiteral("attempts: -1")));
    // text that is no number at all is refused: the field shows the route's value again
    typeInField(route->retryAttemptsEdit(), QStringLiteral("three"));
    QCOMPARE(firstRouteRetries()->attempts, std::optional<int>(-1));
    QCOMPARE(route->retryAttemptsEdit()->text(), QStringLiteral("-1"));
}

void TestResourceEditor::gatewayCheckboxesEditGateways()
{
    m_editor->showResource(idOf(*m_ws, ResourceKind::VirtualService, QStringLiteral("cnn")));
    VirtualServiceForm *form = m_editor->virtualServiceForm();
    QCheckBox *mesh = form->gatewayBox(QStringLiteral("mesh"));
    QCheckBox *proxy = form->gatewayBox(QStringLiteral("proxy"));
    QVERIFY(mesh && proxy);
    QVERIFY(mesh->isChecked() && proxy->isChecked());
    mesh->click();
    QCOMPARE(vsSpec(*m_ws, QStringLiteral("cnn")).gateways, QStringList{QStringLiteral("proxy")});
    QVERIFY(!m_editor->yamlEditor()->toPlainText().contains(QStringLiteral("  - mesh\n  tls")));
}

void TestResourceEditor::missingGatewayCanBeUnchecked()
{
    const quint64 id = m_editor->currentId();
    Resource r = m_ws->entryById(id)->resource;
    r.as<VirtualServiceSpec>()->gateways.append(QStringLiteral("nowhere"));
    QVERIFY(m_ws->replaceResource(id, r, QStringLiteral("add a reference to a missing gateway")));
    QCheckBox *missing = m_editor->virtualServiceForm()->gatewayBox(QStringLiteral("nowhere"));
    QVERIFY(missing);
    QVERIFY(missing->text().contains(QStringLiteral("missing")));
    missing->click(); // the box disappears while its own click is being handled
    QCOMPARE(vsSpec(*m_ws, QStringLiteral("httpbin")).gateways, (QStringList{QStringLiteral("proxy"), QStringLiteral("mesh")}));
    QTRY_VERIFY(!m_editor->virtualServiceForm()->gatewayBox(QStringLiteral("nowhere")));
}

void TestResourceEditor::gatewayFormEditsServers()
{
    m_editor->showResource(idOf(*m_ws, ResourceKind::Gateway, QStringLiteral("proxy")));
    GatewayForm *form = m_editor->gatewayForm();
    QCOMPARE(form->servers()->table()->rowCount(), 2);
    QCOMPARE(form->servers()->text(1, GatewayForm::TlsModeColumn), QStringLiteral("PASSTHROUGH"));
    setCell(form->servers(), 0, GatewayForm::HostsColumn, QStringLiteral("httpbin.org, example.org"));
    const Resource &gw = m_ws->resource(m_ws->indexOf(ResourceKind::Gateway, QStringLiteral("proxy")));
    QCOMPARE(gw.as<GatewaySpec>()->servers[0].hosts, (QStringList{QStringLiteral("httpbin.org"), QStringLiteral("example.org")}));
    QVERIFY(m_editor->yamlEditor()->toPlainText().contains(QStringLiteral("- example.org")));
    QVERIFY(m_editor->yamlEditor()->toPlainText().contains(QStringLiteral("istio: ingressgateway")));
    Q_EMIT form->servers()->removeRequested(1);
    QCOMPARE(m_ws->resource(m_ws->indexOf(ResourceKind::Gateway, QStringLiteral("proxy"))).as<GatewaySpec>()->servers.size(),
             size_t(1));
}

void TestResourceEditor::gatewayFormSaysWhereItsPortsListen()
{
    m_editor->showResource(idOf(*m_ws, ResourceKind::Gateway, QStringLiteral("proxy")));
    GatewayForm *form = m_editor->gatewayForm();
    QLabel *where = form->localPorts();
    QVERIFY(where->isHidden()); // no engine set up: nothing to say

    // The reference Gateway writes ports 80 and 443; below 1024 the automatic offset adds 8000.
    m_editor->setEngineSettings(EngineSettings{});
    QVERIFY(!where->isHidden());
    QVERIFY2(where->text().contains(QStringLiteral("port 80 at 127.0.0.1:8080")), qPrintable(where->text()));
    QVERIFY2(where->text().contains(QStringLiteral("port 443 at 127.0.0.1:8443")), qPrintable(where->text()));

    EngineSettings offset;
    offset.portOffset = 30000;
    offset.bindAddress = QHostAddress(QStringLiteral("127.0.0.5"));
    m_editor->setEngineSettings(offset);
    QVERIFY2(where->text().contains(QStringLiteral("port 80 at 127.0.0.5:30080")), qPrintable(where->text()));

    // It follows edits of the port and of a server's own bind address.
    setCell(form->servers(), 0, GatewayForm::PortColumn, QStringLiteral("9000"));
    setCell(form->servers(), 0, GatewayForm::BindColumn, QStringLiteral("127.0.0.9"));
    QVERIFY2(where->text().contains(QStringLiteral("port 9000 at 127.0.0.9:39000")), qPrintable(where->text()));
    QVERIFY(!where->text().contains(QStringLiteral(":30080")));

    offset.portOffset = 60000;
    m_editor->setEngineSettings(offset);
    QVERIFY2(where->text().contains(QStringLiteral("port 9000 nowhere (the port offset makes it 69000)")),
             qPrintable(where->text()));

    // A port the engine would skip is not promised: the TLS server moved onto the HTTP server's
    // local address clashes, and a protocol the engine does not speak is said as such.
    offset.portOffset = 30000;
    m_editor->setEngineSettings(offset);
    setCell(form->servers(), 1, GatewayForm::PortColumn, QStringLiteral("9000"));
    setCell(form->servers(), 1, GatewayForm::BindColumn, QStringLiteral("127.0.0.9"));
    QVERIFY2(where->text().contains(QStringLiteral("port 9000 at 127.0.0.9:39000, port 9000 as TLS not at all "
                                                   "(127.0.0.9:39000 already serves another protocol or TLS mode)")),
             qPrintable(where->text()));
    setCell(form->servers(), 1, GatewayForm::ProtocolColumn, QStringLiteral("UDP"));
    QVERIFY2(where->text().contains(QStringLiteral("port 9000 not at all (protocol \"UDP\" is not supported)")),
             qPrintable(where->text()));

    // With the automatic offset, Gateway ports 80 and 8080 both become local port 8080: the
    // engine serves the first and skips the second.
    m_editor->setEngineSettings(EngineSettings{});
    setCell(form->servers(), 0, GatewayForm::PortColumn, QStringLiteral("80"));
    setCell(form->servers(), 0, GatewayForm::BindColumn, QString());
    setCell(form->servers(), 1, GatewayForm::ProtocolColumn, QStringLiteral("HTTP"));
    setCell(form->servers(), 1, GatewayForm::PortColumn, QStringLiteral("8080"));
    setCell(form->servers(), 1, GatewayForm::BindColumn, QString());
    QVERIFY2(where->text().contains(QStringLiteral("port 80 at 127.0.0.1:8080, port 8080 not at all "
                                                   "(127.0.0.1:8080 already serves port 80; change a port or the port offset)")),
             qPrintable(where->text()));
}

void TestResourceEditor::renameFromHeader()
{
    m_editor->nameEdit()->setText(QStringLiteral("httpbin-v2"));
    m_editor->nameEdit()->setModified(true);
    Q_EMIT m_editor->nameEdit()->editingFinished();
    QVERIFY(m_ws->indexOf(ResourceKind::VirtualService, QStringLiteral("httpbin-v2")) >= 0);
    QVERIFY(m_editor->yamlEditor()->toPlainText().contains(QStringLiteral("name: httpbin-v2")));
}

void TestResourceEditor::highlighterColoursKeysValuesAndComments()
{
    YamlEditor editor;
    editor.setTextPreservingView(QStringLiteral("spec:  # the spec\n  port: 80\n  host: \"a\"\n---\n"));
    auto colourAt = [&](int line, int column) {
        const QTextBlock block = editor.document()->findBlockByNumber(line - 1);
        for (const QTextLayout::FormatRange &r : block.layout()->formats())
            if (column - 1 >= r.start && column - 1 < r.start + r.length)
                return r.format.foreground().color();
        return QColor();
    };
    const QColor key = colourAt(1, 1);
    const QColor comment = colourAt(1, 10);
    const QColor number = colourAt(2, 9);
    const QColor string = colourAt(3, 9);
    const QColor marker = colourAt(4, 1);
    QVERIFY(key.isValid() && comment.isValid() && number.isValid() && string.isValid() && marker.isValid());
    QCOMPARE(colourAt(2, 3), key);
    QCOMPARE(QSet<QRgb>({key.rgb(), comment.rgb(), number.rgb(), string.rgb(), marker.rgb()}).size(), 5);
}

void TestResourceEditor::tableColumnsFitTheirTitles()
{
    // Widths picked for English titles cut German ones mid-word ("rivater Schlüsse"): a column
    // is never narrower than its title, whether the form set its width or left the default.
    TableEditor table({QStringLiteral("Port"), QStringLiteral("Privater Schlüssel"),
                       QStringLiteral("Ein Spaltentitel, viel breiter als die Standardbreite")},
                      QStringLiteral("Add"));
    table.setColumnWidth(0, 70);
    table.setColumnWidth(1, 40);
    QHeaderView *header = table.table()->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column = 0; column < 3; ++column) {
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                 qPrintable(QStringLiteral("column %1: %2 px, title needs %3")
                                .arg(column)
                                .arg(header->sectionSize(column))
                                .arg(header->sectionSizeHint(column))));
    }
    QCOMPARE(header->sectionSize(0), 70); // wide enough already: left as the form asked

    GatewayForm form;
    const QHeaderView *servers = form.servers()->table()->horizontalHeader();
    for (int column = 0; column < servers->count(); ++column)
        QVERIFY(servers->sectionSize(column) >= servers->sectionSizeHint(column));
}

void TestResourceEditor::anotherResourceOpensAtTheTopOfItsForm()
{
    // Scrolled down in the VirtualService form, then the Gateway: its servers table is at the
    // top of its form, and it used to open scrolled down past it.
    m_editor->resize(900, 360);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    auto *scroll = m_editor->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QScrollBar *bar = scroll->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    QVERIFY(bar->value() > 0);
    m_editor->showResource(idOf(*m_ws, ResourceKind::Gateway, QStringLiteral("proxy")));
    QCOMPARE(bar->value(), 0);
}

QTEST_MAIN(TestResourceEditor)
#include "tst_resourceeditor.moc"
