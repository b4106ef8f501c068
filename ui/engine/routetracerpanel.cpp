// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/routetracerpanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace meshgate {

namespace {

const QColor kGreen(0x2e, 0x7d, 0x32);
const QColor kRed(0xc6, 0x28, 0x28);
const QColor kGrey(0x75, 0x75, 0x75);

// RequestDescription splits on whitespace and groups with quotes.
QString quoted(const QString &token)
{
    if (!token.contains(QLatin1Char(' ')) && !token.contains(QLatin1Char('"')) && !token.contains(QLatin1Char('\'')))
        return token;
    const QChar quote = token.contains(QLatin1Char('"')) ? QLatin1Char('\'') : QLatin1Char('"');
    return quote + token + quote;
}

} // namespace

RouteTracerPanel::RouteTracerPanel(QWidget *parent)
    : QWidget(parent)
{
    buildForm();
    m_lineDebounce.setSingleShot(true);
    m_lineDebounce.setInterval(300);
    connect(&m_lineDebounce, &QTimer::timeout, this, [this] {
        m_requested = true; // the user typed a request line
        applyLine(true);
    });
    handleFormChanged();
}

RouteTracerPanel::~RouteTracerPanel() = default;

void RouteTracerPanel::buildForm()
{
    m_line = new QLineEdit(this);
    m_line->setClearButtonEnabled(true);
    m_line->setPlaceholderText(tr("GET http://httpbin.org/status/418 gateway=proxy port=80   or   TLS edition.cnn.com gateway=proxy port=443"));
    m_line->setToolTip(tr("<p>A request in one line: METHOD URL-or-path, then gateway=NAME (or mesh), port=N, "
                          "host=, sni=, scheme= and header:NAME=VALUE. <b>TLS</b> name describes a TLS connection.</p>"));
    m_traceButton = new QPushButton(tr("&Trace"), this);
    m_traceButton->setDefault(true);

    m_gateway = new QComboBox(this);
    m_gateway->setEditable(true);
    m_gateway->setInsertPolicy(QComboBox::NoInsert);
    m_gateway->setMinimumContentsLength(16);
    m_gateway->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(80);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("HTTP request"));
    m_kind->addItem(tr("TLS connection (SNI)"));
    m_method = new QComboBox(this);
    m_method->setEditable(true);
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("DELETE"),
                        QStringLiteral("PATCH"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS")});
    m_scheme = new QComboBox(this);
    m_scheme->addItems({QStringLiteral("http"), QStringLiteral("https")});
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(QStringLiteral("httpbin.org"));
    m_path = new QLineEdit(QStringLiteral("/"), this);
    m_path->setPlaceholderText(QStringLiteral("/status/418"));
    m_headers = new QPlainTextEdit(this);
    m_headers->setPlaceholderText(tr("one header per line, e.g. x-user: alice"));
    m_headers->setTabChangesFocus(true);
    m_headers->setFixedHeight(fontMetrics().lineSpacing() * 3 + 10);
    m_hostLabel = new QLabel(tr("&Host:"), this);
    m_hostLabel->setBuddy(m_host);
    m_pathLabel = new QLabel(tr("P&ath:"), this);
    m_pathLabel->setBuddy(m_path);

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *form = new QGridLayout;
    form->setHorizontalSpacing(8);
    form->addWidget(label(tr("Re&quest:"), m_line), 0, 0);
    form->addWidget(m_line, 0, 1, 1, 6);
    form->addWidget(m_traceButton, 0, 7);
    form->addWidget(label(tr("&Gateway:"), m_gateway), 1, 0);
    form->addWidget(m_gateway, 1, 1);
    form->addWidget(label(tr("P&ort:"), m_port), 1, 2);
    form->addWidget(m_port, 1, 3);
    form->addWidget(label(tr("&Kind:"), m_kind), 1, 4);
    form->addWidget(m_kind, 1, 5, 1, 3);
    form->addWidget(label(tr("&Method:"), m_method), 2, 0);
    form->addWidget(m_method, 2, 1);
    form->addWidget(label(tr("S&cheme:"), m_scheme), 2, 2);
    form->addWidget(m_scheme, 2, 3);
    form->addWidget(m_hostLabel, 2, 4);
    form->addWidget(m_host, 2, 5, 1, 3);
    form->addWidget(m_pathLabel, 3, 0);
    form->addWidget(m_path, 3, 1, 1, 7);
    form->addWidget(label(tr("H&eaders:"), m_headers), 4, 0, Qt::AlignTop);
    form->addWidget(m_headers, 4, 1, 1, 7);
    form->setColumnStretch(1, 2);
    form->setColumnStretch(5, 3);

    m_decision = new QLabel(this);
    m_decision->setWordWrap(true);
    m_decision->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_decision->setContentsMargins(8, 6, 8, 6);
    m_decision->setFrameShape(QFrame::NoFrame);
    m_decision->setAutoFillBackground(true);
    QFont bold = m_decision->font();
    bold.setBold(true);
    m_decision->setFont(bold);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Considered"), tr("Why")});
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("✗ virtual host edition.cnn.com:443 ")) + 40);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *traceAction = new QAction(tr("Trace"), this);
    traceAction->setShortcuts({QKeySequence(tr("Ctrl+Return")), QKeySequence(tr("Ctrl+Enter"))});
    auto *copyAction = new QAction(tr("&Copy explanation"), this);
    copyAction->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    auto *focusAction = new QAction(tr("Edit the request line"), this);
    focusAction->setShortcut(QKeySequence(tr("Ctrl+L")));
    for (QAction *a : {traceAction, copyAction, focusAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_tree->addAction(copyAction);
    connect(traceAction, &QAction::triggered, this, &RouteTracerPanel::trace);
    connect(copyAction, &QAction::triggered, this, [this] {
        if (m_explanation)
            QApplication::clipboard()->setText(m_line->text() + QLatin1Char('\n') + m_explanation->toText());
    });
    connect(focusAction, &QAction::triggered, this, [this] {
        m_line->setFocus(Qt::ShortcutFocusReason);
        m_line->selectAll();
    });

    // The request beside its answer while the panel is wide (docked below the editor it is wide
    // and short, and under the form the tree had room for four rows); stacked when it is narrow.
    // Either way the tree, not blank form space, gets the height.
    auto *request = new QWidget(this);
    auto *requestLayout = new QVBoxLayout(request);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    requestLayout->addLayout(form);
    requestLayout->addStretch(1);
    auto *answer = new QWidget(this);
    auto *answerLayout = new QVBoxLayout(answer);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    answerLayout->addWidget(m_decision);
    answerLayout->addWidget(m_tree, 1);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(request);
    m_splitter->addWidget(answer);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);

    connect(m_traceButton, &QPushButton::clicked, this, &RouteTracerPanel::trace);
    connect(m_line, &QLineEdit::textEdited, this, [this] { m_lineDebounce.start(); });
    connect(m_line, &QLineEdit::returnPressed, this, &RouteTracerPanel::trace);
    connect(m_gateway, &QComboBox::currentTextChanged, this, &RouteTracerPanel::handleFormChanged);
    connect(m_gateway, &QComboBox::activated, this, [this](int index) {
        // Picking a gateway from the list picks one of its ports unless the port already fits.
        const QList<QVariant> ports = m_gateway->itemData(index).toList();
        if (!ports.isEmpty() && !ports.contains(QVariant(m_port->value())))
            m_port->setValue(ports.front().toInt());
    });
    connect(m_port, &QSpinBox::valueChanged, this, &RouteTracerPanel::handleFormChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateKind();
        handleFormChanged();
    });
    connect(m_method, &QComboBox::currentTextChanged, this, &RouteTracerPanel::handleFormChanged);
    connect(m_scheme, &QComboBox::currentTextChanged, this, &RouteTracerPanel::handleFormChanged);
    connect(m_host, &QLineEdit::textChanged, this, &RouteTracerPanel::handleFormChanged);
    connect(m_path, &QLineEdit::textChanged, this, &RouteTracerPanel::handleFormChanged);
    connect(m_headers, &QPlainTextEdit::textChanged, this, &RouteTracerPanel::handleFormChanged);
    updateKind();
}

void RouteTracerPanel::setRouteTable(std::shared_ptr<const RouteTable> table)
{
    m_table = std::move(table);
    updateGateways();
    applyLine(false);
}

QStringList RouteTracerPanel::gatewayChoices() const
{
    QStringList out;
    for (int i = 0; i < m_gateway->count(); ++i)
        out.append(m_gateway->itemText(i));
    return out;
}

void RouteTracerPanel::updateGateways()
{
    // Every Gateway that has a listener, with its server ports; then the mesh.
    QList<QPair<QString, QList<QVariant>>> gateways;
    if (m_table) {
        for (const ListenerSpec &l : m_table->listeners()) {
            for (const QString &g : l.gateways) {
                auto it = std::find_if(gateways.begin(), gateways.end(), [&](const auto &p) { return p.first == g; });
                if (it == gateways.end())
                    it = gateways.insert(gateways.end(), {g, {}});
                if (!it->second.contains(QVariant(int(l.gatewayPort))))
                    it->second.append(int(l.gatewayPort));
            }
        }
    }
    QString current = m_gateway->currentText();
    const QStringList offeredBefore = gatewayChoices();
    m_filling = true;
    m_gateway->clear();
    for (const auto &[name, ports] : std::as_const(gateways)) {
        QStringList portTexts;
        for (const QVariant &p : ports)
            portTexts.append(p.toString());
        m_gateway->addItem(name, ports);
        m_gateway->setItemData(m_gateway->count() - 1, tr("ports %1").arg(portTexts.join(QStringLiteral(", "))),
                               Qt::ToolTipRole);
    }
    m_gateway->addItem(QStringLiteral("mesh"));
    m_gateway->setItemData(m_gateway->count() - 1, tr("the mesh forward proxy"), Qt::ToolTipRole);
    // A Gateway picked from the list that the new configuration no longer has (another workspace
    // was opened) gives way to the first one it has; a name typed by hand stays as typed.
    const bool stale = offeredBefore.contains(current) && m_gateway->findText(current) < 0;
    const bool replace = current.isEmpty() || stale;
    if (replace && m_gateway->count() > 0) {
        current = m_gateway->itemText(0);
        const QList<QVariant> ports = m_gateway->itemData(0).toList();
        if (!ports.isEmpty() && !ports.contains(QVariant(m_port->value())))
            m_port->setValue(ports.front().toInt());
    }
    m_gateway->setCurrentText(current);
    m_filling = false;
    if (replace)
        handleFormChanged();
}

void RouteTracerPanel::updateKind()
{
    const bool tls = m_kind->currentIndex() == 1;
    m_hostLabel->setText(tls ? tr("&SNI:") : tr("&Host:"));
    m_host->setPlaceholderText(tls ? QStringLiteral("edition.cnn.com") : QStringLiteral("httpbin.org"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_method, m_scheme, m_path, m_headers})
        w->setEnabled(!tls);
}

QString RouteTracerPanel::descriptionText() const
{
    return m_line->text();
}

void RouteTracerPanel::handleFormChanged()
{
    if (m_filling)
        return;
    QStringList parts;
    const bool tls = m_kind->currentIndex() == 1;
    const QString host = m_host->text().trimmed();
    if (tls) {
        parts << QStringLiteral("TLS");
        if (!host.isEmpty())
            parts << quoted(host);
    } else {
        parts << (m_method->currentText().trimmed().isEmpty() ? QStringLiteral("GET")
                                                              : m_method->currentText().trimmed().toUpper());
        QString path = m_path->text().trimmed();
        if (!path.startsWith(QLatin1Char('/')))
            path.prepend(QLatin1Char('/'));
        parts << quoted(path);
        if (!host.isEmpty())
            parts << QStringLiteral("host=") + quoted(host);
    }
    const QString gateway = m_gateway->currentText().trimmed();
    if (!gateway.isEmpty())
        parts << QStringLiteral("gateway=") + quoted(gateway);
    parts << QStringLiteral("port=%1").arg(m_port->value());
    if (!tls) {
        if (m_scheme->currentText() == u"https")
            parts << QStringLiteral("scheme=https");
        for (const QString &line : m_headers->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            const QString name = (colon < 0 ? line : line.left(colon)).trimmed();
            const QString value = colon < 0 ? QString() : line.mid(colon + 1).trimmed();
            if (!name.isEmpty())
                parts << quoted(QStringLiteral("header:%1=%2").arg(name, value));
        }
    }
    m_line->setText(parts.join(QLatin1Char(' ')));
    applyLine(false);
}

void RouteTracerPanel::traceRequest(const QString &description)
{
    m_requested = true;
    m_line->setText(description.trimmed());
    applyLine(true);
    Q_EMIT showRequested();
}

void RouteTracerPanel::trace()
{
    m_requested = true;
    m_lineDebounce.stop();
    applyLine(true);
}

void RouteTracerPanel::applyLine(bool fill)
{
    m_lineDebounce.stop();
    QString error;
    const auto request = RequestDescription::parse(m_line->text(), &error);
    if (!request) {
        m_explanation.reset();
        m_error = error;
        showMessage(tr("Cannot trace: %1").arg(error), true);
        return;
    }
    m_error.clear();
    if (fill)
        fillForm(*request);
    if (!m_table) {
        m_explanation.reset();
        showMessage(tr("No configuration applied yet: apply one to trace requests against it."), false);
        return;
    }
    if (!m_requested && (request->tls ? request->sni : request->host).isEmpty()) {
        m_explanation.reset();
        showMessage(request->tls ? tr("Enter the SNI name, or a whole request line, to see how the connection is routed.")
                                 : tr("Enter a host, or a whole request line, to see how the request is routed."),
                    false);
        return;
    }
    m_explanation = m_table->explain(*request);
    showExplanation(*m_explanation);
}

void RouteTracerPanel::fillForm(const RequestDescription &r)
{
    m_filling = true;
    m_kind->setCurrentIndex(r.tls ? 1 : 0);
    m_gateway->setCurrentText(r.gateway);
    m_port->setValue(r.port);
    m_host->setText(r.tls ? r.sni : r.host);
    if (!r.tls) {
        m_method->setCurrentText(QString::fromLatin1(r.method));
        m_scheme->setCurrentIndex(r.scheme == "https" ? 1 : 0);
        m_path->setText(QString::fromUtf8(r.path));
        QStringList headers;
        for (const auto &[name, value] : r.headers)
            headers.append(QString::fromUtf8(name) + QStringLiteral(": ") + QString::fromUtf8(value));
        m_headers->setPlainText(headers.join(QLatin1Char('\n')));
    }
    m_filling = false;
    updateKind();
}

void RouteTracerPanel::showMessage(const QString &text, bool error)
{
    m_decision->setText(text);
    QPalette p = palette();
    p.setColor(QPalette::WindowText, error ? kRed : palette().color(QPalette::WindowText));
    m_decision->setPalette(p);
    m_tree->clear();
}

void RouteTracerPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Side by side needs room for the form and a readable "Why" column.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const Qt::Orientation orientation = width() >= em * 90 ? Qt::Horizontal : Qt::Vertical;
    if (orientation == m_splitter->orientation())
        return;
    m_splitter->setOrientation(orientation);
    // Side by side the form gets two fifths; stacked it keeps its height and the answer takes all
    // the rest. The splitter keeps the old sizes across a turn, so they are set here.
    const bool wide = orientation == Qt::Horizontal;
    m_splitter->setStretchFactor(0, wide ? 2 : 0);
    const int total = wide ? m_splitter->width() : m_splitter->height();
    const int first = wide ? total * 2 / 5 : m_splitter->widget(0)->sizeHint().height();
    m_splitter->setSizes({first, std::max(0, total - first)});
}

QString RouteTracerPanel::decisionText() const
{
    return m_decision->text();
}

void RouteTracerPanel::showExplanation(const Explanation &e)
{
    QString decision;
    QColor color;
    if (e.routed) {
        decision = tr("Forwarded %1").arg(e.summary);
        color = kGreen;
    } else {
        decision = tr("Not forwarded: %1").arg(e.summary);
        color = kRed;
    }
    m_decision->setText(decision);
    QPalette p = palette();
    p.setColor(QPalette::WindowText, color);
    QColor tint = color;
    tint.setAlpha(28);
    p.setColor(QPalette::Window, tint);
    m_decision->setPalette(p);

    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    // Without a status nobody answers: no listener (refused) or no filter chain (closed).
    const QString outcome = e.routed ? tr("forwarded") : e.status > 0 ? tr("answered locally") : tr("not answered");
    auto *result = new QTreeWidgetItem(m_tree, {tr("Decision"), outcome});
    auto add = [result](const QString &name, const QString &value) {
        if (!value.isEmpty())
            new QTreeWidgetItem(result, {name, value});
    };
    if (e.status > 0)
        add(tr("status"), QString::number(e.status));
    add(tr("response flags"), QString::fromLatin1(e.flags));
    add(tr("details"), QString::fromLatin1(e.details));
    add(tr("listener"), e.listener);
    add(tr("virtual host"), e.virtualHost);
    add(tr("route"), e.route);
    add(tr("cluster"), e.cluster);
    for (const QString &endpoint : e.endpoints)
        add(tr("endpoint"), endpoint);
    add(tr("location"), QString::fromUtf8(e.location));
    QFont bold = result->font(0);
    bold.setBold(true);
    result->setFont(0, bold);

    auto *steps = new QTreeWidgetItem(m_tree, {tr("Steps"), tr("%n considered", nullptr, int(e.steps.size()))});
    steps->setFont(0, bold);
    for (const ExplainStep &s : e.steps) {
        QString mark;
        QColor markColor;
        switch (s.verdict) {
        case ExplainStep::Verdict::Matched:
            mark = QStringLiteral("✓ ");
            markColor = kGreen;
            break;
        case ExplainStep::Verdict::NotMatched:
            mark = QStringLiteral("✗ ");
            markColor = kRed;
            break;
        case ExplainStep::Verdict::Info:
            mark = QStringLiteral("· ");
            markColor = kGrey;
            break;
        }
        auto *item = new QTreeWidgetItem(steps, {mark + s.subject, s.reason});
        item->setForeground(0, markColor);
        item->setToolTip(1, s.reason);
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(0, std::min(m_tree->columnWidth(0) + 16, std::max(200, m_tree->width() / 2)));
    m_tree->setUpdatesEnabled(true);
}

} // namespace meshgate
