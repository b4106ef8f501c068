// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/accesslogdetails.h"

#include "logs/logstyle.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace meshgate {

AccessLogDetails::AccessLogDetails(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("Upstream transport failure reason")) + 24);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *copy = new QAction(tr("&Copy"), m_tree);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &AccessLogDetails::copySelection);
    m_tree->addAction(copy);
}

AccessLogDetails::~AccessLogDetails() = default;

void AccessLogDetails::clear()
{
    m_tree->clear();
}

void AccessLogDetails::showRecord(const AccessLogRecord &r, const QString &line)
{
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    const QLocale locale;
    auto add = [this](const QString &name, const QString &value) {
        auto *item = new QTreeWidgetItem(m_tree, {name, value.isEmpty() ? QStringLiteral("-") : value});
        item->setToolTip(1, value);
    };
    auto bytes = [](const QByteArray &b) { return QString::fromUtf8(b); };

    add(tr("Log line"), line.trimmed());
    add(tr("Start time"), QDateTime::fromMSecsSinceEpoch(r.startTimeMs).toString(Qt::ISODateWithMs));
    add(tr("Method"), bytes(r.method));
    add(tr("Path"), bytes(r.path));
    add(tr("Protocol"), r.isTcp() ? tr("TCP connection") : bytes(r.protocol));
    add(tr("Authority"), bytes(r.authority));
    add(tr("Requested server name"), bytes(r.requestedServerName));
    add(tr("Response code"), r.responseCode > 0 ? QString::number(r.responseCode) : QString());
    add(tr("Response flags"),
        r.responseFlags.isEmpty() ? QString()
                                  : logstyle::describeFlags(r.responseFlags).replace(QLatin1Char('\n'), QStringLiteral("; ")));
    add(tr("Response code details"), bytes(r.responseCodeDetails));
    add(tr("Connection termination details"), bytes(r.connectionTerminationDetails));
    add(tr("Bytes received"), locale.toString(r.bytesReceived));
    add(tr("Bytes sent"), locale.toString(r.bytesSent));
    add(tr("Duration"), tr("%1 ms").arg(locale.toString(r.durationMs)));
    add(tr("Upstream service time"),
        r.upstreamServiceTimeMs ? tr("%1 ms").arg(locale.toString(*r.upstreamServiceTimeMs)) : QString());
    add(tr("Route"), bytes(r.routeName));
    add(tr("Upstream cluster"), bytes(r.upstreamCluster));
    add(tr("Upstream host"), bytes(r.upstreamHost));
    add(tr("Upstream local address"), bytes(r.upstreamLocalAddress));
    add(tr("Upstream transport failure reason"), bytes(r.upstreamTransportFailureReason));
    add(tr("Downstream remote address"), bytes(r.downstreamRemoteAddress));
    add(tr("Downstream local address"), bytes(r.downstreamLocalAddress));
    add(tr("X-Forwarded-For"), bytes(r.xForwardedFor));
    add(tr("User agent"), bytes(r.userAgent));
    add(tr("Request ID"), bytes(r.requestId));
    for (const CapturedHeader &h : r.requestHeaders)
        add(tr("Request header %1").arg(bytes(h.name)), bytes(h.value));
    for (const CapturedHeader &h : r.responseHeaders)
        add(tr("Response header %1").arg(bytes(h.name)), bytes(h.value));
    m_tree->setUpdatesEnabled(true);
}

QString AccessLogDetails::text() const
{
    QStringList lines;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        lines.append(item->text(0) + QStringLiteral(": ") + item->text(1));
    }
    return lines.join(QLatin1Char('\n'));
}

void AccessLogDetails::copySelection()
{
    QStringList lines;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->isSelected())
            lines.append(item->text(0) + QStringLiteral(": ") + item->text(1));
    }
    if (lines.size() == 1) // one field: just its value, ready to paste elsewhere
        lines.front() = m_tree->selectedItems().constFirst()->text(1);
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

} // namespace meshgate
