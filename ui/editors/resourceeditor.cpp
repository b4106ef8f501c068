// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/resourceeditor.h"

#include "common/icons.h"
#include "common/resourceops.h"
#include "common/workspace.h"
#include "editors/destinationruleform.h"
#include "editors/gatewayform.h"
#include "editors/serviceentryform.h"
#include "editors/virtualserviceform.h"
#include "editors/yamleditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace meshgate {

namespace {

enum Page { EmptyPage, EditorPage };
enum Tab { FormTab, YamlTab };

QString firstError(const QList<WorkspaceDiagnostic> &list, bool draftOnly)
{
    for (const WorkspaceDiagnostic &d : list)
        if (d.diagnostic.severity == Diagnostic::Severity::Error && (!draftOnly || d.fromDraft))
            return QStringLiteral("%1:%2: %3").arg(d.textPos.line).arg(d.textPos.column).arg(d.diagnostic.message);
    return {};
}

} // namespace

ResourceEditor::ResourceEditor(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_pages(new QStackedWidget(this))
    , m_kindIcon(new QLabel(this))
    , m_kindLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_namespace(new QLineEdit(this))
    , m_apiVersion(new QLabel(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_banner(new QWidget(this))
    , m_bannerText(new QLabel(this))
    , m_bannerDiscard(new QPushButton(tr("Discard YAML changes"), this))
    , m_forms(new QStackedWidget(this))
    , m_gatewayForm(new GatewayForm(this))
    , m_serviceEntryForm(new ServiceEntryForm(this))
    , m_destinationRuleForm(new DestinationRuleForm(this))
    , m_virtualServiceForm(new VirtualServiceForm(this))
    , m_yaml(new YamlEditor(this))
    , m_yamlTimer(new QTimer(this))
{
    auto *empty = new QLabel(tr("<h3>No resource selected</h3>"
                                "<p>Pick a resource on the left, or open a file (Ctrl+O), import YAML (Ctrl+I), "
                                "paste it from the clipboard (Ctrl+Shift+V) or add a resource from the Edit menu.</p>"),
                             this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);

    auto *editorPage = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPage);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(buildHeader());
    m_tabs->addTab(buildFormTab(), tr("F&orm"));
    m_tabs->addTab(m_yaml, tr("&YAML"));
    m_tabs->setDocumentMode(true);
    editorLayout->addWidget(m_tabs, 1);
    m_pages->addWidget(empty);
    m_pages->addWidget(editorPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_yamlTimer->setSingleShot(true);
    m_yamlTimer->setInterval(kYamlCommitDelayMs);
    connect(m_yamlTimer, &QTimer::timeout, this, &ResourceEditor::commitYaml);
    connect(m_yamlTimer, &QTimer::timeout, this, &ResourceEditor::historyChanged); // text unchanged: no other signal
    connect(m_yaml, &YamlEditor::userEdited, m_yamlTimer, qOverload<>(&QTimer::start));
    connect(m_yaml, &YamlEditor::userEdited, this, [this] {
        // New text for this resource replaces what Undo took back from it.
        std::erase_if(m_undoneDrafts, [this](const UndoneDraft &d) { return d.id == m_id; });
        Q_EMIT historyChanged();
    });
    connect(m_yaml, &YamlEditor::undoRequested, this, &ResourceEditor::undo);
    connect(m_yaml, &YamlEditor::redoRequested, this, &ResourceEditor::redo);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { commitPendingYaml(); });

    for (ResourceForm *form : {static_cast<ResourceForm *>(m_gatewayForm), static_cast<ResourceForm *>(m_serviceEntryForm),
                               static_cast<ResourceForm *>(m_destinationRuleForm),
                               static_cast<ResourceForm *>(m_virtualServiceForm)})
        connect(form, &ResourceForm::edited, this, &ResourceEditor::handleFormEdited);
    connect(m_name, &QLineEdit::editingFinished, this, &ResourceEditor::handleNameEdited);
    connect(m_namespace, &QLineEdit::editingFinished, this, &ResourceEditor::handleNamespaceEdited);
    connect(m_bannerDiscard, &QPushButton::clicked, this, [this] {
        m_yamlTimer->stop();
        m_workspace->discardDraft(m_id);
    });

    connect(workspace, &Workspace::resourceChanged, this, &ResourceEditor::handleResourceChanged);
    connect(workspace, &Workspace::resourcesReset, this, &ResourceEditor::handleResourcesReset);
    connect(workspace, &Workspace::diagnosticsChanged, this, [this] {
        updateMarkers();
        updateBanner();
        updateHeaderStatus();
    });
    connect(workspace->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (!m_steppingHistory)
            m_undoneDrafts.clear(); // a new edit
        Q_EMIT historyChanged();
    });
    connect(workspace, &Workspace::draftChanged, this, [this](quint64 id) {
        Q_EMIT historyChanged();
        if (id != m_id)
            return;
        if (!m_workspace->hasDraft(id) && !m_yamlTimer->isActive())
            refresh(true); // discarded: show the resource's text again
        updateBanner();
    });
    m_pages->setCurrentIndex(EmptyPage);
}

ResourceEditor::~ResourceEditor() = default;

QWidget *ResourceEditor::buildHeader()
{
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(8, 6, 8, 2);
    QFont bold = m_kindLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_kindLabel->setFont(bold);
    m_name->setToolTip(tr("metadata.name; renaming a Gateway also updates the VirtualServices that use it"));
    m_name->setMinimumWidth(180);
    m_namespace->setPlaceholderText(tr("default"));
    m_namespace->setToolTip(tr("metadata.namespace"));
    m_namespace->setMaximumWidth(140);
    m_apiVersion->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(m_kindIcon);
    row->addWidget(m_kindLabel);
    row->addSpacing(8);
    row->addWidget(new QLabel(tr("Name"), header));
    row->addWidget(m_name, 2);
    row->addWidget(new QLabel(tr("Namespace"), header));
    row->addWidget(m_namespace, 1);
    row->addSpacing(8);
    row->addWidget(m_apiVersion);
    row->addStretch(1);
    row->addWidget(m_status);
    return header;
}

QWidget *ResourceEditor::buildFormTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);

    m_banner->setAutoFillBackground(true);
    QPalette pal = m_banner->palette();
    pal.setColor(QPalette::Window, QColor(0xfe, 0xf3, 0xc7));
    pal.setColor(QPalette::WindowText, QColor(0x5f, 0x37, 0x0e));
    m_banner->setPalette(pal);
    m_bannerText->setWordWrap(true);
    auto *goYaml = new QPushButton(tr("Show YAML"), m_banner);
    connect(goYaml, &QPushButton::clicked, this, &ResourceEditor::showYaml);
    auto *bannerRow = new QHBoxLayout(m_banner);
    bannerRow->setContentsMargins(10, 6, 10, 6);
    m_bannerText->setParent(m_banner);
    m_bannerDiscard->setParent(m_banner);
    bannerRow->addWidget(m_bannerText, 1);
    bannerRow->addWidget(goYaml);
    bannerRow->addWidget(m_bannerDiscard);
    m_banner->setVisible(false);

    m_forms->addWidget(m_gatewayForm);
    m_forms->addWidget(m_serviceEntryForm);
    m_forms->addWidget(m_destinationRuleForm);
    m_forms->addWidget(m_virtualServiceForm);
    auto *scroll = new QScrollArea(tab);
    m_formScroll = scroll;
    scroll->setWidget(m_forms);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes from the last field out of the editor, not to the scroll area (which still scrolls
    // the focused field into view).
    scroll->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    return tab;
}

ResourceForm *ResourceEditor::currentForm() const
{
    return static_cast<ResourceForm *>(m_forms->currentWidget());
}

bool ResourceEditor::isFormLocked() const
{
    return !m_forms->isEnabled();
}

void ResourceEditor::showResource(quint64 id)
{
    if (id == m_id && id != 0)
        return;
    commitPendingYaml();
    m_id = m_workspace->entryById(id) ? id : 0;
    m_pages->setCurrentIndex(m_id ? EditorPage : EmptyPage);
    if (m_id) {
        updateContext();
        refresh(true);
        // Another resource starts at its top, not where the previous form was scrolled to.
        m_formScroll->verticalScrollBar()->setValue(0);
        m_formScroll->horizontalScrollBar()->setValue(0);
    }
    Q_EMIT currentResourceChanged(m_id);
    Q_EMIT historyChanged();
}

void ResourceEditor::showForm()
{
    m_tabs->setCurrentIndex(FormTab);
}

void ResourceEditor::showYaml()
{
    m_tabs->setCurrentIndex(YamlTab);
}

void ResourceEditor::jumpTo(int line, int column)
{
    showYaml();
    if (line > 0)
        m_yaml->goTo(line, column);
    m_yaml->setFocus(Qt::OtherFocusReason);
}

void ResourceEditor::commitPendingYaml()
{
    if (!m_yamlTimer->isActive())
        return;
    m_yamlTimer->stop();
    commitYaml();
    Q_EMIT historyChanged();
}

void ResourceEditor::commitYaml()
{
    if (!m_id)
        return;
    m_workspace->replaceFromText(m_id, m_yaml->toPlainText().toUtf8());
}

void ResourceEditor::undo()
{
    commitPendingYaml();
    // Text that does not parse is no step in the history: undoing the history would take back
    // an earlier edit and leave the broken text standing, or overwrite it when that edit was to
    // the same resource. Undo takes back the broken text first.
    if (const quint64 id = draftToTakeBack()) {
        m_undoneDrafts.push_back({id, m_workspace->draftText(id).value_or(QByteArray()), m_workspace->undoStack()->index()});
        m_workspace->discardDraft(id);
        Q_EMIT historyChanged();
        return;
    }
    const QScopedValueRollback stepping(m_steppingHistory, true);
    m_workspace->undoStack()->undo();
}

void ResourceEditor::redo()
{
    commitPendingYaml();
    if (undoneDraftCanReturn()) {
        const UndoneDraft draft = std::move(m_undoneDrafts.back());
        m_undoneDrafts.pop_back();
        if (draft.id == m_id) {
            m_yaml->setPlainText(QString::fromUtf8(draft.text));
            m_yamlTimer->stop();
        }
        m_workspace->replaceFromText(draft.id, draft.text); // does not parse: becomes the draft again
        Q_EMIT historyChanged();
        return;
    }
    // Typing ends the redo history in a text editor; a draft is such typing, and redoing over
    // it would throw it away.
    if (!m_workspace->draftsOverwrittenBy(Workspace::HistoryStep::Redo).isEmpty())
        return;
    const QScopedValueRollback stepping(m_steppingHistory, true);
    m_workspace->undoStack()->redo();
}

quint64 ResourceEditor::draftToTakeBack() const
{
    if (m_id && m_workspace->hasDraft(m_id))
        return m_id;
    return m_workspace->draftsOverwrittenBy(Workspace::HistoryStep::Undo).value(0, 0);
}

bool ResourceEditor::undoneDraftCanReturn() const
{
    if (m_undoneDrafts.empty())
        return false;
    const UndoneDraft &last = m_undoneDrafts.back();
    return m_workspace->entryById(last.id) && !m_workspace->hasDraft(last.id)
        && last.historyIndex == m_workspace->undoStack()->index();
}

bool ResourceEditor::hasPendingTyping() const
{
    if (!m_id || !m_yamlTimer->isActive())
        return false;
    const QByteArray typed = m_yaml->toPlainText().toUtf8();
    const WorkspaceEntry *entry = m_workspace->entryById(m_id);
    return (!entry || typed != entry->text) && typed != m_workspace->draftText(m_id);
}

QString ResourceEditor::draftDescription(quint64 id) const
{
    const WorkspaceEntry *entry = m_workspace->entryById(id);
    return tr("YAML of %1 that does not parse").arg(entry ? entry->resource.displayName() : QString());
}

bool ResourceEditor::canUndo() const
{
    return hasPendingTyping() || draftToTakeBack() || m_workspace->undoStack()->canUndo();
}

bool ResourceEditor::canRedo() const
{
    if (undoneDraftCanReturn())
        return true;
    return m_workspace->undoStack()->canRedo()
        && m_workspace->draftsOverwrittenBy(Workspace::HistoryStep::Redo).isEmpty();
}

QString ResourceEditor::undoText() const
{
    if (hasPendingTyping()) {
        const WorkspaceEntry *entry = m_workspace->entryById(m_id);
        return tr("typing in the YAML of %1").arg(entry ? entry->resource.displayName() : QString());
    }
    if (const quint64 id = draftToTakeBack())
        return draftDescription(id);
    return m_workspace->undoStack()->undoText();
}

QString ResourceEditor::redoText() const
{
    if (undoneDraftCanReturn())
        return draftDescription(m_undoneDrafts.back().id);
    return canRedo() ? m_workspace->undoStack()->redoText() : QString();
}

void ResourceEditor::refresh(bool reloadText)
{
    const WorkspaceEntry *entry = m_workspace->entryById(m_id);
    if (!entry)
        return;
    const Resource &r = entry->resource;
    m_kindIcon->setPixmap(Icons::kind(r.kind()).pixmap(22, 22));
    m_kindLabel->setText(r.kindName());
    if (!m_name->hasFocus() || !m_name->isModified())
        m_name->setText(r.metadata.name);
    if (!m_namespace->hasFocus() || !m_namespace->isModified())
        m_namespace->setText(r.metadata.ns);
    m_apiVersion->setText(r.apiVersion);

    m_forms->setCurrentIndex(int(r.kind()));
    // A stack is as wide as its widest page; only the page on show may count, or the Gateway
    // form scrolls sideways on a laptop because the VirtualService form is wide.
    for (int i = 0; i < m_forms->count(); ++i) {
        const QSizePolicy::Policy p = i == m_forms->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        if (m_forms->widget(i)->sizePolicy().horizontalPolicy() != p) {
            m_forms->widget(i)->setSizePolicy(p, p);
            m_forms->updateGeometry();
        }
    }
    currentForm()->setResource(r);

    if (reloadText) {
        const std::optional<QByteArray> draft = m_workspace->draftText(m_id);
        m_yaml->setTextPreservingView(QString::fromUtf8(draft ? *draft : entry->text));
    }
    updateMarkers();
    updateBanner();
    updateHeaderStatus();
}

void ResourceEditor::setEngineSettings(const EngineSettings &settings)
{
    m_engineSettings = settings;
    updateContext();
}

void ResourceEditor::updateContext()
{
    const ConfigSet config = m_workspace->config();
    const WorkspaceEntry *entry = m_workspace->entryById(m_id);
    FormContext context;
    context.gatewayRefs = resourceops::gatewayReferences(
        config, entry ? entry->resource.metadata.effectiveNamespace() : QStringLiteral("default"));
    context.serviceHosts = resourceops::serviceHosts(config);
    for (const QString &host : std::as_const(context.serviceHosts))
        context.subsetsByHost.insert(host, resourceops::subsetsOf(config, host));
    context.engine = m_engineSettings;
    for (ResourceForm *form : {static_cast<ResourceForm *>(m_gatewayForm), static_cast<ResourceForm *>(m_serviceEntryForm),
                               static_cast<ResourceForm *>(m_destinationRuleForm),
                               static_cast<ResourceForm *>(m_virtualServiceForm)})
        form->setContext(context);
}

void ResourceEditor::updateMarkers()
{
    QList<YamlEditor::Marker> markers;
    const bool draft = m_workspace->hasDraft(m_id);
    for (const WorkspaceDiagnostic &d : m_workspace->diagnosticsFor(m_id)) {
        // Draft markers point into the draft text, the others into the resource's text: show
        // only the set that matches what the editor holds.
        if (d.fromDraft != draft || !d.textPos.isValid())
            continue;
        markers.append({d.textPos.line, d.textPos.column, d.diagnostic.severity, d.diagnostic.message});
    }
    m_yaml->setMarkers(markers);
}

void ResourceEditor::updateBanner()
{
    const WorkspaceEntry *entry = m_workspace->entryById(m_id);
    if (!entry)
        return;
    QString text;
    const QList<WorkspaceDiagnostic> diagnostics = m_workspace->diagnosticsFor(m_id);
    if (m_workspace->hasDraft(m_id)) {
        const QString error = firstError(diagnostics, true);
        text = tr("The YAML tab has changes that do not parse yet%1. The form shows the last valid version and is "
                  "locked until the YAML is fixed or its changes are discarded.")
                   .arg(error.isEmpty() ? QString() : QStringLiteral(" (") + error + QLatin1Char(')'));
    } else if (!entry->formEditable()) {
        const QString error = firstError(diagnostics, false);
        text = tr("This resource's YAML has errors the form cannot show%1; editing the form would drop that part. "
                  "Fix it in the YAML tab.")
                   .arg(error.isEmpty() ? QString() : QStringLiteral(" (") + error + QLatin1Char(')'));
    }
    m_banner->setVisible(!text.isEmpty());
    m_bannerText->setText(text);
    m_bannerDiscard->setVisible(m_workspace->hasDraft(m_id));
    m_forms->setEnabled(text.isEmpty());
}

void ResourceEditor::updateHeaderStatus()
{
    int errors = 0;
    int warnings = 0;
    for (const WorkspaceDiagnostic &d : m_workspace->diagnosticsFor(m_id)) {
        errors += d.diagnostic.severity == Diagnostic::Severity::Error;
        warnings += d.diagnostic.severity == Diagnostic::Severity::Warning;
    }
    if (errors)
        m_status->setText(QStringLiteral("<span style='color:#c53030'>%1</span>")
                              .arg(tr("%n error(s)", nullptr, errors)
                                   + (warnings ? QStringLiteral(", ") + tr("%n warning(s)", nullptr, warnings) : QString())));
    else if (warnings)
        m_status->setText(QStringLiteral("<span style='color:#b7791f'>%1</span>").arg(tr("%n warning(s)", nullptr, warnings)));
    else
        m_status->setText(QStringLiteral("<span style='color:#2f855a'>%1</span>").arg(tr("valid")));
    m_tabs->setTabText(YamlTab, errors ? tr("&YAML (%1)").arg(errors) : tr("&YAML"));
}

void ResourceEditor::handleResourceChanged(int index)
{
    updateContext();
    if (index < 0 || index >= m_workspace->count() || m_workspace->entry(index).id != m_id)
        return;
    // A commit from this YAML tab leaves the text as typed; anything else (form, undo, rename)
    // shows the resource's new text.
    refresh(!m_yamlTimer->isActive());
}

void ResourceEditor::handleResourcesReset()
{
    updateContext();
    if (!m_workspace->entryById(m_id)) {
        m_yamlTimer->stop();
        showResource(0);
        return;
    }
    refresh(!m_yamlTimer->isActive());
}

void ResourceEditor::handleFormEdited(const Resource &resource, const QString &description)
{
    commitPendingYaml();
    if (!m_workspace->replaceResource(m_id, resource, description))
        refresh(false); // nothing changed: make sure the form shows the model again
}

void ResourceEditor::handleNameEdited()
{
    const WorkspaceEntry *entry = m_workspace->entryById(m_id);
    const QString name = m_name->text().trimmed();
    m_name->setModified(false);
    if (!entry || name == entry->resource.metadata.name)
        return;
    if (name.isEmpty() || !m_workspace->renameResource(m_id, name)) {
        m_name->setText(entry->resource.metadata.name);
        if (!name.isEmpty())
            QMessageBox::information(this, tr("Rename"),
                                     tr("There is already a %1 named \"%2\".").arg(entry->resource.kindName(), name));
    }
}

void ResourceEditor::handleNamespaceEdited()
{
    const WorkspaceEntry *entry = m_workspace->entryById(m_id);
    const QString ns = m_namespace->text().trimmed();
    m_namespace->setModified(false);
    if (!entry || ns == entry->resource.metadata.ns)
        return;
    Resource r = entry->resource;
    r.metadata.ns = ns;
    m_workspace->replaceResource(m_id, r, tr("Move %1 to namespace %2").arg(r.displayName(), ns.isEmpty() ? QStringLiteral("default") : ns));
}

} // namespace meshgate
