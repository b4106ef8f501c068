// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/exportdialog.h"

#include "common/icons.h"
#include "common/unknownfields.h"
#include "common/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace meshgate {

ExportDialog::ExportDialog(const Workspace *workspace, const QList<quint64> &preselected, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_list(new QListWidget(this))
    , m_version(new QComboBox(this))
    , m_preview(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Export Resources"));
    resize(900, 600);
    for (int i = 0; i < workspace->count(); ++i) {
        const WorkspaceEntry &e = workspace->entry(i);
        auto *item = new QListWidgetItem(Icons::kind(e.resource.kind()), e.resource.displayName(), m_list);
        item->setData(Qt::UserRole, e.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(preselected.isEmpty() || preselected.contains(e.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_version->addItem(tr("Keep each resource's apiVersion"), int(ApiVersion::Keep));
    m_version->addItem(QStringLiteral("networking.istio.io/v1"), int(ApiVersion::V1));
    m_version->addItem(QStringLiteral("networking.istio.io/v1beta1"), int(ApiVersion::V1beta1));
    m_version->addItem(QStringLiteral("networking.istio.io/v1alpha3"), int(ApiVersion::V1alpha3));
    m_version->setToolTip(tr("v1 needs Istio 1.22 or later; v1beta1 works from 1.5; v1alpha3 everywhere"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *all = new QPushButton(tr("Select &All"), this);
    auto *none = new QPushButton(tr("Select &None"), this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *selectRow = new QHBoxLayout;
    selectRow->addWidget(all);
    selectRow->addWidget(none);
    selectRow->addStretch(1);
    leftLayout->addLayout(selectRow);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *toFile = buttons->addButton(tr("&Save to File…"), QDialogButtonBox::AcceptRole);
    QPushButton *toClipboard = buttons->addButton(tr("&Copy to Clipboard"), QDialogButtonBox::AcceptRole);
    toFile->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("API &version"), m_version);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    auto setAll = [this](Qt::CheckState state) {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(state);
    };
    connect(all, &QPushButton::clicked, this, [setAll] { setAll(Qt::Checked); });
    connect(none, &QPushButton::clicked, this, [setAll] { setAll(Qt::Unchecked); });
    connect(m_list, &QListWidget::itemChanged, this, &ExportDialog::updatePreview);
    connect(m_version, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(toFile, &QPushButton::clicked, this, [this] { m_destination = Destination::File; });
    connect(toClipboard, &QPushButton::clicked, this, [this] { m_destination = Destination::Clipboard; });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    updatePreview();
}

ExportDialog::~ExportDialog() = default;

QList<quint64> ExportDialog::selectedIds() const
{
    QList<quint64> ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.append(m_list->item(i)->data(Qt::UserRole).toULongLong());
    return ids;
}

ApiVersion ExportDialog::apiVersion() const
{
    return ApiVersion(m_version->currentData().toInt());
}

QByteArray ExportDialog::yaml() const
{
    const QList<quint64> ids = selectedIds();
    return ids.isEmpty() ? QByteArray() : m_workspace->exportYaml(ids, apiVersion());
}

void ExportDialog::updatePreview()
{
    const QByteArray text = yaml();
    m_preview->setPlainText(QString::fromUtf8(text));
    const QList<quint64> ids = selectedIds();
    QString summary = tr("%n resource(s) selected", nullptr, int(ids.size()));
    // Meshgate keeps fields it does not know so that nothing is lost, but a cluster with strict
    // field validation (kubectl apply's default) refuses the whole
    // resource: say so before the YAML leaves, with where each field is.
    const UnknownFields unknown = UnknownFields::in(*m_workspace, ids);
    const int total = unknown.total;
    m_unknownFields = total;
    if (total > 0) {
        summary += QStringLiteral("<br>") + QStringLiteral("⚠ ")
            + tr("%n field(s) Istio does not know are exported as written; an API server with strict field validation "
                 "refuses such a resource. Fix them in the YAML tab, or export anyway:",
                 nullptr, total)
                  .toHtmlEscaped()
            + QStringLiteral("<br>") + unknown.shown.join(QLatin1Char('\n')).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    }
    // Errors go out as they are (the user may know the cluster has the Gateway a route names),
    // but not unannounced: --export refuses those an API server would.
    QStringList errors;
    for (const quint64 id : ids)
        for (const WorkspaceDiagnostic &d : m_workspace->diagnosticsFor(id))
            if (d.diagnostic.severity == Diagnostic::Severity::Error && !d.fromDraft)
                errors.append(QStringLiteral("%1: %2").arg(d.diagnostic.resource, d.diagnostic.message));
    m_errorCount = int(errors.size());
    if (!errors.isEmpty()) {
        const QStringList shown = errors.mid(0, 5);
        summary += QStringLiteral("<br>") + QStringLiteral("⚠ ")
            + tr("%n error(s) in Problems belong to these resources and are exported as they are:", nullptr,
                 int(errors.size()))
                  .toHtmlEscaped()
            + QStringLiteral("<br>") + shown.join(QLatin1Char('\n')).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        if (errors.size() > shown.size())
            summary += QStringLiteral("<br>") + tr("… and %n more", nullptr, int(errors.size() - shown.size())).toHtmlEscaped();
    }
    m_summary->setText(summary);
}

QString ExportDialog::summaryText() const
{
    return m_summary->text();
}

} // namespace meshgate
