// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/problemsmodel.h"

#include "common/icons.h"
#include "common/workspace.h"

#include <QFileInfo>

namespace meshgate {

ProblemsModel::ProblemsModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    for (auto s : {Diagnostic::Severity::Error, Diagnostic::Severity::Warning, Diagnostic::Severity::Info})
        m_severityIcons[size_t(s)] = Icons::severity(s);
    m_rows = int(workspace->diagnostics().size());
    connect(workspace, &Workspace::diagnosticsChanged, this, &ProblemsModel::handleDiagnosticsChanged);
}

ProblemsModel::~ProblemsModel() = default;

void ProblemsModel::handleDiagnosticsChanged()
{
    // The list is rebuilt as a whole by every validation; a reset is the honest signal.
    beginResetModel();
    m_rows = int(m_workspace->diagnostics().size());
    endResetModel();
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProblemsModel::locationText(const WorkspaceDiagnostic &d) const
{
    if (d.fromDraft)
        return tr("YAML tab (not parsed yet) %1:%2").arg(d.textPos.line).arg(d.textPos.column);
    // Not yet saved: the name the workspace goes by ("Example" for the built-in one).
    const QString file = d.file.isEmpty() ? m_workspace->displayName() : QFileInfo(d.file).fileName();
    if (!d.filePos.isValid())
        return file;
    return QStringLiteral("%1:%2:%3").arg(file).arg(d.filePos.line).arg(d.filePos.column);
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || index.row() >= m_workspace->diagnostics().size())
        return {};
    const WorkspaceDiagnostic &d = m_workspace->diagnostics().at(index.row());
    const Diagnostic &diag = d.diagnostic;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            switch (diag.severity) {
            case Diagnostic::Severity::Error:
                return tr("Error");
            case Diagnostic::Severity::Warning:
                return tr("Warning");
            case Diagnostic::Severity::Info:
                return tr("Info");
            }
            return {};
        case MessageColumn:
            return diag.message;
        case ResourceColumn:
            return diag.fieldPath.isEmpty() ? diag.resource : diag.resource + QStringLiteral("  ") + diag.fieldPath;
        case LocationColumn:
            return locationText(d);
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(m_severityIcons[size_t(diag.severity)]) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == LocationColumn)
            return d.file;
        return diag.code.isEmpty() ? diag.message : diag.message + QStringLiteral(" [") + diag.code + QLatin1Char(']');
    case EntryIdRole:
        return d.entryId;
    case TextLineRole:
        return d.textPos.line;
    case TextColumnRole:
        return d.textPos.column;
    case SeverityRole:
        return int(diag.severity);
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
            return int(diag.severity) * 1000000 + index.row();
        case LocationColumn:
            return QStringLiteral("%1:%2").arg(d.file).arg(d.filePos.line, 8, 10, QLatin1Char('0'));
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Message");
    case ResourceColumn:
        return tr("Resource");
    case LocationColumn:
        return tr("Location");
    }
    return {};
}

} // namespace meshgate
