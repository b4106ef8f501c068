// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"
#include "log/accesslogformatter.h"
#include "logs/accesslogexporter.h"
#include "log/logrow.h"

#include <QWidget>

#include <deque>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;
class QToolBar;

namespace meshgate {

class AccessLogDetails;
class AccessLogFilter;
class AccessLogModel;
class TailFollower;

// The live access log: a filter bar, the table (newest at the bottom, followed like a tail),
// and a details pane for the selected entry. Feed it Engine::accessLogBatch; everything else
// (buffer size, columns, details pane) it keeps in QSettings under "accessLogPanel/".
class AccessLogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessLogPanel)
public:
    explicit AccessLogPanel(QWidget *parent = nullptr);
    ~AccessLogPanel() override;

    AccessLogModel *model() const { return m_model; }
    AccessLogFilter *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    AccessLogDetails *details() const { return m_details; }

    // The format "Copy" and text export use; classic until set.
    void setFormatter(const AccessLogFormatter &formatter);
    const AccessLogFormatter &formatter() const { return m_formatter; }

    bool isPaused() const { return m_paused; }
    bool isFollowingTail() const;
    int pendingCount() const { return int(m_pending.size()); }
    // Rows the ring pushed out plus rows a full pause buffer could not keep.
    quint64 droppedCount() const;
    QString counterText() const;
    QString filterText() const;

    // Exports the rows that pass the filter, in view order.
    AccessLogExporter::Result exportVisibleRows(const QString &path, AccessLogExporter::Format format) const;
    // The selected rows (view order) in the active log format, one per line.
    QString selectedLines() const;
    // For the selected row: what "Trace this request" would send, and the NR host, or empty.
    QString traceDescriptionForCurrent() const;
    QString createServiceHostForCurrent() const;

public Q_SLOTS:
    void appendRecords(const QList<LogRow> &records);
    void setListenerStates(const QList<ListenerState> &listeners);
    void setPaused(bool paused);
    void setFollowTail(bool follow);
    void setFilterText(const QString &text); // debounced like typing
    void setCapacity(int rows);
    void clear();
    void copySelectedLines();

Q_SIGNALS:
    // "Trace this request": a RequestDescription-compatible line for RouteTracerPanel::traceRequest.
    void traceRequested(const QString &description);
    // "Create ServiceEntry/VirtualService for this host" on a no-route (NR) row.
    void createServiceRequested(const QString &host, quint16 port);

private:
    void buildActions();
    void buildLayout();
    void restoreSettings();
    void saveHeaderState() const;
    void updateCounter();
    void updateActions();
    void updateDetails();
    void showRowMenu(const QPoint &pos);
    void showColumnsMenu(const QPoint &globalPos);
    void handleFilterError(const QString &error);
    void exportWithDialog();
    void askCapacity();
    const LogRow *currentRow() const;
    QList<int> selectedSourceRows() const;
    QList<int> visibleColumnsInOrder() const;

    AccessLogModel *m_model;
    AccessLogFilter *m_filter;
    QTableView *m_view;
    TailFollower *m_follower;
    AccessLogDetails *m_details;
    QSplitter *m_splitter;
    QToolBar *m_toolBar;
    QLineEdit *m_filterEdit;
    QLabel *m_filterError;
    QLabel *m_counter;

    QAction *m_focusFilterAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_followAction = nullptr;
    QAction *m_newestAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_columnsAction = nullptr;
    QAction *m_capacityAction = nullptr;
    QAction *m_traceAction = nullptr;
    QAction *m_createServiceAction = nullptr;

    AccessLogFormatter m_formatter;
    QList<ListenerState> m_listeners;
    bool m_paused = false;
    std::deque<LogRow> m_pending; // arrived while paused, capped at the model's capacity
    quint64 m_pendingDropped = 0;
};

} // namespace meshgate
