// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/resources.h"
#include "editors/resourceform.h"

#include <QWidget>

namespace meshgate {

class TableEditor;

// One TLS (SNI) route of a VirtualService: its matches (SNI hosts, port, gateways) and its
// weighted destinations.
class TlsRouteEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsRouteEditor)
public:
    enum MatchColumn { SniColumn, PortColumn, GatewaysColumn };

    explicit TlsRouteEditor(QWidget *parent = nullptr);
    ~TlsRouteEditor() override;

    void setRoute(const TlsRoute &route, int index);
    void setContext(const FormContext &context) { m_context = context; }
    TableEditor *matches() const { return m_matches; }
    TableEditor *destinations() const { return m_destinations; }

Q_SIGNALS:
    void edited(const meshgate::TlsRoute &route, const QString &description);

private:
    void fill();
    void handleMatchEdited(int row, int column);
    void handleDestinationEdited(int row, int column);

    TlsRoute m_route;
    int m_index = -1;
    FormContext m_context;
    TableEditor *m_matches;
    TableEditor *m_destinations;
};

} // namespace meshgate
