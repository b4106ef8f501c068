// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/resources.h"
#include "editors/resourceform.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace meshgate {

class TableEditor;

// One HTTP route of a VirtualService: its name, timeout and retries, its match conditions (any of
// them selects the route) and its weighted destinations. Other route fields (redirect, fault, ...)
// are kept and listed so the user knows they exist.
class HttpRouteEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpRouteEditor)
public:
    enum MatchColumn { UriKindColumn, UriColumn, MethodColumn, HeadersColumn, PortColumn, GatewaysColumn };

    explicit HttpRouteEditor(QWidget *parent = nullptr);
    ~HttpRouteEditor() override;

    void setRoute(const HttpRoute &route, int index);
    void setContext(const FormContext &context) { m_context = context; }
    TableEditor *matches() const { return m_matches; }
    TableEditor *destinations() const { return m_destinations; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *retryAttemptsEdit() const { return m_retryAttempts; }
    QLineEdit *perTryTimeoutEdit() const { return m_perTryTimeout; }
    QLineEdit *retryOnEdit() const { return m_retryOn; }

Q_SIGNALS:
    void edited(const meshgate::HttpRoute &route, const QString &description);

private:
    void fill();
    void handleFieldsEdited();
    void handleRetriesEdited();
    void handleMatchEdited(int row, int column);
    void handleDestinationEdited(int row, int column);
    void handleAddDestination();

    HttpRoute m_route;
    int m_index = -1;
    FormContext m_context;
    QLineEdit *m_name;
    QLineEdit *m_timeout;
    QLineEdit *m_retryAttempts;
    QLineEdit *m_perTryTimeout;
    QLineEdit *m_retryOn;
    TableEditor *m_matches;
    TableEditor *m_destinations;
    QLabel *m_other;
};

} // namespace meshgate
