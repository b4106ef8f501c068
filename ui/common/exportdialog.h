// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/resourceencoder.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace meshgate {

class Workspace;

// Export: pick resources (all, or the navigator's selection preselected) and an apiVersion,
// see the YAML that will be written, then save it to a file or copy it for `kubectl apply`.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)
public:
    enum class Destination { None, File, Clipboard };

    ExportDialog(const Workspace *workspace, const QList<quint64> &preselected, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QList<quint64> selectedIds() const;
    ApiVersion apiVersion() const;
    QByteArray yaml() const;
    Destination destination() const { return m_destination; }

    QListWidget *resourceList() const { return m_list; }
    QComboBox *apiVersionCombo() const { return m_version; }
    QString summaryText() const;
    int unknownFieldCount() const { return m_unknownFields; } // in the selected resources
    int errorCount() const { return m_errorCount; }            // Problems' errors of the selected resources

private:
    void updatePreview();

    const Workspace *m_workspace;
    QListWidget *m_list;
    QComboBox *m_version;
    QPlainTextEdit *m_preview;
    QLabel *m_summary;
    Destination m_destination = Destination::None;
    int m_unknownFields = 0;
    int m_errorCount = 0;
};

} // namespace meshgate
