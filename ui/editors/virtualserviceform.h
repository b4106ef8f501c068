// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editors/resourceform.h"

class QAction;
class QCheckBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;

namespace meshgate {

class HttpRouteEditor;
class RouteList;
class TlsRouteEditor;

// VirtualService: hosts, the gateways it binds to (checkboxes for the Gateways that exist, plus
// `mesh`), and its HTTP and TLS routes as ordered lists: first match wins, so order is edited
// directly, by drag and drop or Move Up/Down (Alt+Up/Alt+Down), each move one undo step.
class VirtualServiceForm final : public ResourceForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VirtualServiceForm)
public:
    explicit VirtualServiceForm(QWidget *parent = nullptr);
    ~VirtualServiceForm() override;

    void setResource(const Resource &resource) override;
    void setContext(const FormContext &context) override;

    QLineEdit *hostsEdit() const { return m_hosts; }
    QCheckBox *gatewayBox(const QString &ref) const;
    RouteList *httpRoutes() const { return m_httpList; }
    RouteList *tlsRoutes() const { return m_tlsList; }
    HttpRouteEditor *httpRouteEditor() const { return m_httpEditor; }
    TlsRouteEditor *tlsRouteEditor() const { return m_tlsEditor; }
    QAction *moveUpAction() const { return m_httpUp; }
    QAction *moveDownAction() const { return m_httpDown; }
    QAction *addHttpRouteAction() const { return m_httpAdd; }

private:
    struct RouteActions
    {
        QAction *add;
        QAction *up;
        QAction *down;
        QAction *duplicate;
        QAction *remove;
    };
    QGroupBox *buildSection(const QString &title, RouteList *list, QWidget *editor, RouteActions &actions);
    void fill();
    void fillGateways();
    void shrinkWhenEmpty(QGroupBox *section, QWidget *list, QWidget *editor, const QList<QAction *> &actions, bool any,
                         int stretch);
    void updateActions();
    void handleHostsEdited();
    void handleGatewayToggled();
    void moveHttp(int from, int to);
    void moveTls(int from, int to);
    void showHttpRoute(int row);
    void showTlsRoute(int row);

    QLineEdit *m_hosts;
    QWidget *m_gatewayBoxes;
    QHBoxLayout *m_gatewayLayout;
    QLabel *m_gatewayHint;
    struct GatewayCheck
    {
        QString ref;
        QCheckBox *box;
    };
    QList<GatewayCheck> m_gatewayChecks;
    RouteList *m_httpList;
    HttpRouteEditor *m_httpEditor;
    RouteList *m_tlsList;
    TlsRouteEditor *m_tlsEditor;
    QGroupBox *m_httpSection;
    QGroupBox *m_tlsSection;
    QLabel *m_tcpNote;
    QAction *m_httpAdd = nullptr;
    QAction *m_httpUp = nullptr;
    QAction *m_httpDown = nullptr;
    QAction *m_httpDuplicate = nullptr;
    QAction *m_httpDelete = nullptr;
    RouteActions m_tlsActions{};
    int m_selectHttpAfterFill = -1; // a route just added or duplicated: select it once it exists
};

} // namespace meshgate
