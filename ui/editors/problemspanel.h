// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace meshgate {

class ProblemsModel;
class Workspace;

// The Problems list: every diagnostic of the workspace, errors first. Activating a row (double
// click, Enter, or F8 / Shift+F8 for next / previous) asks to show its resource at its line.
class ProblemsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsPanel)
public:
    explicit ProblemsPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~ProblemsPanel() override;

    ProblemsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void activateRow(int proxyRow);
    void nextProblem();
    void previousProblem();

Q_SIGNALS:
    void problemActivated(quint64 entryId, int line, int column);

private:
    Workspace *m_workspace;
    ProblemsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
};

} // namespace meshgate
