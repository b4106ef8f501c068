// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;
class QLabel;

namespace meshgate {

// "Apply": what changes against the running configuration, as a coloured line diff, before the
// engine hot-reloads it. Each run of changes is headed by the resource it is in, since three
// lines of context rarely show that.
class ApplyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplyDialog)
public:
    ApplyDialog(const QByteArray &runningYaml, const QByteArray &newYaml, QWidget *parent = nullptr);

    // Fields Istio does not know (UnknownFields::shown) and how many: the engine ignores them,
    // so a misspelt `prefix` makes a route match everything. Shown above the diff.
    void setUnknownFields(int total, const QStringList &shown);
    QString warningText() const;

    int addedLines() const { return m_added; }
    int removedLines() const { return m_removed; }
    // "Kind name" (or "Kind namespace/name") of each resource with a changed line, in order.
    QStringList changedResources() const { return m_changedResources; }
    QString summaryText() const;
    QString diffText() const;

private:
    QPlainTextEdit *m_view;
    QLabel *m_summary;
    QLabel *m_warning;
    QStringList m_changedResources;
    int m_added = 0;
    int m_removed = 0;
};

} // namespace meshgate
