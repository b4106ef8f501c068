// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/diagnostic.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <array>

namespace meshgate {

class Workspace;
struct WorkspaceDiagnostic;

// All diagnostics of the workspace as a table: severity, message, resource, location.
class ProblemsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsModel)
public:
    enum Column { SeverityColumn, MessageColumn, ResourceColumn, LocationColumn, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // quint64; 0 for file-level problems
        TextLineRole,                   // line in the resource's YAML tab; 0 if none
        TextColumnRole,
        SeverityRole, // int(Diagnostic::Severity)
        SortRole,     // errors first, then by location
    };

    explicit ProblemsModel(Workspace *workspace, QObject *parent = nullptr);
    ~ProblemsModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString locationText(const WorkspaceDiagnostic &d) const;

private:
    void handleDiagnosticsChanged();

    Workspace *m_workspace;
    int m_rows = 0;
    std::array<QIcon, 3> m_severityIcons;
};

} // namespace meshgate
