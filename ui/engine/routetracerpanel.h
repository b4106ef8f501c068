// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/routetable.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTreeWidget;

namespace meshgate {

// "Why did this request go there?": describe a request (gateway, port, host or SNI, method,
// path, headers — or one line like "GET http://httpbin.org/status/418 gateway=proxy port=80")
// and see RouteTable::explain's answer: the decision first, then every listener, virtual host
// and route that was considered and why it did or did not match.
class RouteTracerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouteTracerPanel)
public:
    explicit RouteTracerPanel(QWidget *parent = nullptr);
    ~RouteTracerPanel() override;

    // The table to explain against (Engine::table() after configApplied, or one compiled from
    // the configuration being edited). The current trace is re-run.
    void setRouteTable(std::shared_ptr<const RouteTable> table);

    // The request line the form describes, and the last explanation (none before a trace, or
    // when the description does not parse).
    QString descriptionText() const;
    const std::optional<Explanation> &explanation() const { return m_explanation; }
    QString decisionText() const;
    QString errorText() const { return m_error; }
    QStringList gatewayChoices() const;

    // The form, for tests and for wiring shortcuts.
    QComboBox *gatewayBox() const { return m_gateway; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *lineEdit() const { return m_line; }
    QTreeWidget *resultTree() const { return m_tree; }

public Q_SLOTS:
    // Fills the form from a RequestDescription line and traces it (AccessLogPanel::traceRequested).
    void traceRequest(const QString &description);
    void trace();

Q_SIGNALS:
    // Asks the main window to bring this panel forward (after traceRequest from elsewhere).
    void showRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildForm();
    void handleFormChanged();
    void handleLineEdited();
    void applyLine(bool fillForm);
    void fillForm(const RequestDescription &request);
    void updateKind();
    void updateGateways();
    void showExplanation(const Explanation &e);
    void showMessage(const QString &text, bool error);

    std::shared_ptr<const RouteTable> m_table;
    std::optional<Explanation> m_explanation;
    QString m_error;

    QComboBox *m_gateway = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_method = nullptr;
    QComboBox *m_scheme = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_path = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QLineEdit *m_line = nullptr;
    QPushButton *m_traceButton = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLabel *m_decision = nullptr;
    QTreeWidget *m_tree = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer m_lineDebounce;
    bool m_filling = false; // form updates from the line must not echo back
    // The user asked for the current trace (Trace, Enter, a typed line, traceRequest). Until then
    // a request without a host (or SNI) is one nobody has described yet: the form's defaults
    // alone would show a red "400: the request has no Host header" before any input.
    bool m_requested = false;
};

} // namespace meshgate
