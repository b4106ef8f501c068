// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace meshgate {

class ListenersModel;

// The ports the engine listens on (or failed to open, and why), with live connection counts.
// Either feed setListeners() yourself or attach an Engine: then it follows listenersChanged and
// refreshes the counts once a second while it is visible.
class ListenersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListenersPanel)
public:
    explicit ListenersPanel(QWidget *parent = nullptr);
    ~ListenersPanel() override;

    void setEngine(const Engine *engine);
    ListenersModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString summaryText() const;
    QAction *traceAction() const { return m_traceAction; }

public Q_SLOTS:
    void setListeners(const QList<ListenerState> &listeners);
    void refresh(); // pulls from the attached engine

Q_SIGNALS:
    // "Trace a request on this port": a RequestDescription prefix for RouteTracerPanel.
    void traceRequested(const QString &description);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateActions();
    void updateSummary();
    void copyAddress();
    void traceCurrent();

    ListenersModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QAction *m_copyAction;
    QAction *m_refreshAction;
    QAction *m_traceAction;
    QPointer<const Engine> m_engine;
    QMetaObject::Connection m_engineConnection;
    QTimer m_poll;
};

} // namespace meshgate
