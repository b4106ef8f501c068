// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/accesslogpanel.h"

#include "logs/accesslogdetails.h"
#include "logs/accesslogfilter.h"
#include "logs/accesslogmodel.h"
#include "logs/tailfollower.h"
#include "logs/tracedescription.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace meshgate {

namespace {

const QString kGroup = QStringLiteral("accessLogPanel/");

QString number(quint64 n)
{
    return QLocale().toString(n);
}

} // namespace

AccessLogPanel::AccessLogPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new AccessLogModel(this))
    , m_filter(new AccessLogFilter(this))
    , m_view(new QTableView(this))
    , m_follower(nullptr)
    , m_details(new AccessLogDetails(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_toolBar(new QToolBar(this))
    , m_filterEdit(new QLineEdit(this))
    , m_filterError(new QLabel(this))
    , m_counter(new QLabel(this))
    , m_formatter(AccessLogFormatter::classic())
{
    m_filter->setSourceModel(m_model);

    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // Fixed row heights: the view never measures rows, which is what keeps 100,000 of them cheap.
    QHeaderView *rows = m_view->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumSectionSize(1);
    rows->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    // Wide enough for typical values (a header title may be wider); the user resizes from here.
    const char *samples[AccessLogModel::ColumnCount] = {
        "00:00:00.000", "127.000.0.1:65535", "OPTIONS", "api.example.com:8080", "/status/418?show=all",
        "Status", "UF,URX", "1,000,000", "1,000,000", "10,000 ms", "255.255.255.255:443",
        "outbound|8080|v1|api.example.com", "reviews-v2",
    };
    for (int c = 0; c < AccessLogModel::ColumnCount; ++c) {
        const int text = fontMetrics().horizontalAdvance(QLatin1String(samples[c]));
        const int title = fontMetrics().horizontalAdvance(AccessLogModel::columnTitle(c));
        columns->resizeSection(c, std::max(text, title) + 18);
    }

    m_follower = new TailFollower(m_view);

    buildActions();
    buildLayout();
    restoreSettings();

    connect(m_model, &AccessLogModel::countsChanged, this, &AccessLogPanel::updateCounter);
    connect(m_filter, &AccessLogFilter::filterApplied, this, &AccessLogPanel::updateCounter);
    connect(m_filter, &AccessLogFilter::errorChanged, this, &AccessLogPanel::handleFilterError);
    connect(m_filter, &AccessLogFilter::noteChanged, this, [this] { handleFilterError(m_filter->errorString()); });
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &AccessLogFilter::setFilterText);
    connect(m_filterEdit, &QLineEdit::returnPressed, this, [this] { m_filter->applyFilterText(m_filterEdit->text()); });
    connect(m_follower, &TailFollower::followingChanged, m_followAction, &QAction::setChecked);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    // A new filter resets the view without a current-row signal: nothing is selected any more.
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &AccessLogPanel::showRowMenu);
    connect(columns, &QWidget::customContextMenuRequested, this,
            [this, columns](const QPoint &pos) { showColumnsMenu(columns->mapToGlobal(pos)); });
    connect(columns, &QHeaderView::sectionMoved, this, &AccessLogPanel::saveHeaderState);

    updateCounter();
    updateActions();
}

AccessLogPanel::~AccessLogPanel()
{
    saveHeaderState();
    QSettings settings;
    settings.setValue(kGroup + QStringLiteral("splitter"), m_splitter->saveState());
}

void AccessLogPanel::buildActions()
{
    auto make = [this](const QString &text, const QKeySequence &key, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tr("%1 (%2)", "tooltip (shortcut)").arg(tip, key.toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };
    m_focusFilterAction = make(tr("&Filter"), QKeySequence(tr("Ctrl+Shift+F")), tr("Edit the filter"));
    connect(m_focusFilterAction, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });

    m_pauseAction = make(tr("&Pause"), QKeySequence(tr("Ctrl+Shift+P")),
                         tr("Stop adding rows; new entries wait and are added on resume"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    connect(m_pauseAction, &QAction::toggled, this, &AccessLogPanel::setPaused);

    m_followAction = make(tr("F&ollow"), QKeySequence(tr("Ctrl+Shift+O")),
                          tr("Keep the newest entry in view (scrolling up turns this off)"));
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    m_followAction->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    connect(m_followAction, &QAction::triggered, this, &AccessLogPanel::setFollowTail);
    // Ctrl+End always means "to the newest", never "stop following" as the toggle would.
    m_newestAction = make(tr("Go to the &newest entry"), QKeySequence(tr("Ctrl+End")),
                          tr("Scroll to the newest entry and follow new ones"));
    connect(m_newestAction, &QAction::triggered, this, [this] { setFollowTail(true); });

    m_clearAction = make(tr("C&lear"), QKeySequence(tr("Ctrl+Shift+L")), tr("Remove every entry from the table"));
    m_clearAction->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    connect(m_clearAction, &QAction::triggered, this, &AccessLogPanel::clear);

    m_copyAction = make(tr("&Copy line"), QKeySequence::Copy, tr("Copy the selected entries in the active log format"));
    connect(m_copyAction, &QAction::triggered, this, &AccessLogPanel::copySelectedLines);

    m_exportAction = make(tr("&Export…"), QKeySequence(tr("Ctrl+Shift+E")),
                          tr("Save the rows that pass the filter as JSON lines, CSV or log text"));
    m_exportAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    connect(m_exportAction, &QAction::triggered, this, &AccessLogPanel::exportWithDialog);

    m_detailsAction = make(tr("&Details"), QKeySequence(tr("Ctrl+Shift+D")), tr("Show every field of the selected entry"));
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    connect(m_detailsAction, &QAction::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        QSettings().setValue(kGroup + QStringLiteral("details"), on);
        updateDetails();
    });

    m_columnsAction = make(tr("Col&umns"), QKeySequence(tr("Ctrl+Shift+K")), tr("Choose the columns to show"));
    connect(m_columnsAction, &QAction::triggered, this, [this] {
        QWidget *button = m_toolBar->widgetForAction(m_columnsAction);
        showColumnsMenu(button ? button->mapToGlobal(QPoint(0, button->height())) : QCursor::pos());
    });

    m_capacityAction = make(tr("&Buffer size…"), QKeySequence(tr("Ctrl+Shift+B")),
                            tr("How many entries the table keeps before dropping the oldest"));
    connect(m_capacityAction, &QAction::triggered, this, &AccessLogPanel::askCapacity);

    m_traceAction = make(tr("&Trace this request"), QKeySequence(tr("Ctrl+Shift+T")),
                         tr("Explain how the route table handles this request"));
    connect(m_traceAction, &QAction::triggered, this, [this] {
        const QString description = traceDescriptionForCurrent();
        if (!description.isEmpty())
            Q_EMIT traceRequested(description);
    });

    m_createServiceAction = make(tr("Create &ServiceEntry/VirtualService for this host"),
                                 QKeySequence(tr("Ctrl+Shift+N")), tr("Route this host, which has no route yet"));
    connect(m_createServiceAction, &QAction::triggered, this, [this] {
        const LogRow *row = currentRow();
        const QString host = createServiceHostForCurrent();
        if (row && !host.isEmpty())
            Q_EMIT createServiceRequested(host, TraceDescription::portOf(row->toRecord(), m_listeners));
    });
}

void AccessLogPanel::buildLayout()
{
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setPlaceholderText(tr("Filter: words, status:5xx, host:httpbin.org, flag:NR, method:POST, path:/status, -status:2xx"));
    m_filterEdit->setToolTip(tr("<p>Free words must all appear somewhere in the entry. Fields:<br>"
                                "<b>status:</b>5xx, 404 or 0 &nbsp; <b>host:</b>name or *.suffix &nbsp; "
                                "<b>flag:</b>NR, UF, none, any<br><b>method:</b>POST, TCP, TLS &nbsp; "
                                "<b>path:</b>/prefix &nbsp; <b>cluster: route: client: upstream:</b> contains</p>"
                                "<p>The same field twice or a comma list means either (status:4xx,5xx); "
                                "a leading - excludes (-status:2xx).</p>"));
    m_filterEdit->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);

    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addWidget(m_filterEdit);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_pauseAction);
    m_toolBar->addAction(m_followAction);
    m_toolBar->addAction(m_clearAction);
    m_toolBar->addAction(m_exportAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_columnsAction);
    m_toolBar->addAction(m_detailsAction);
    m_toolBar->addSeparator();
    m_counter->setContentsMargins(6, 0, 4, 0);
    m_counter->setToolTip(tr("Rows shown / rows the table keeps at most; the oldest are dropped beyond that"));
    m_toolBar->addWidget(m_counter);
    m_filterEdit->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 28);
    m_filterEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_filterError->setContentsMargins(6, 0, 6, 2);
    m_filterError->setWordWrap(true);
    m_filterError->hide();

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_filterError);
    layout->addWidget(m_splitter, 1);
}

void AccessLogPanel::restoreSettings()
{
    QSettings settings;
    m_model->setCapacity(settings.value(kGroup + QStringLiteral("capacity"), AccessLogModel::DefaultCapacity).toInt());
    const QByteArray header = settings.value(kGroup + QStringLiteral("header")).toByteArray();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
    const QByteArray splitter = settings.value(kGroup + QStringLiteral("splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_detailsAction->setChecked(settings.value(kGroup + QStringLiteral("details"), true).toBool());
    m_details->setVisible(m_detailsAction->isChecked());
}

void AccessLogPanel::saveHeaderState() const
{
    QSettings().setValue(kGroup + QStringLiteral("header"), m_view->horizontalHeader()->saveState());
}

void AccessLogPanel::setFormatter(const AccessLogFormatter &formatter)
{
    m_formatter = formatter;
    updateDetails();
}

bool AccessLogPanel::isFollowingTail() const
{
    return m_follower->isFollowing();
}

quint64 AccessLogPanel::droppedCount() const
{
    return m_model->droppedCount() + m_pendingDropped;
}

QString AccessLogPanel::filterText() const
{
    return m_filterEdit->text();
}

void AccessLogPanel::appendRecords(const QList<LogRow> &records)
{
    if (!m_paused) {
        m_model->appendRecords(records);
        return;
    }
    for (const LogRow &r : records)
        m_pending.push_back(r); // shares the packed bytes
    const auto cap = std::size_t(m_model->capacity());
    while (m_pending.size() > cap) {
        m_pending.pop_front();
        ++m_pendingDropped;
    }
    updateCounter();
}

void AccessLogPanel::setListenerStates(const QList<ListenerState> &listeners)
{
    m_listeners = listeners;
    updateActions();
}

void AccessLogPanel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_pauseAction->setChecked(paused);
    m_pauseAction->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pauseAction->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    if (!paused && !m_pending.empty()) {
        std::vector<LogRow> rows(std::make_move_iterator(m_pending.begin()), std::make_move_iterator(m_pending.end()));
        m_pending.clear();
        m_model->appendRows(std::move(rows));
    }
    updateCounter();
}

void AccessLogPanel::setFollowTail(bool follow)
{
    m_follower->setFollowing(follow);
    m_followAction->setChecked(m_follower->isFollowing());
}

void AccessLogPanel::setFilterText(const QString &text)
{
    m_filterEdit->setText(text);
}

void AccessLogPanel::setCapacity(int rows)
{
    m_model->setCapacity(rows);
    QSettings().setValue(kGroup + QStringLiteral("capacity"), m_model->capacity());
    updateCounter();
}

void AccessLogPanel::clear()
{
    m_model->clear();
    m_pending.clear();
    m_pendingDropped = 0;
    m_details->clear();
    updateCounter();
    updateActions();
}

QString AccessLogPanel::counterText() const
{
    const int shown = m_filter->rowCount();
    QString text = tr("%1 / %2").arg(number(quint64(shown)), number(quint64(m_model->capacity())));
    if (m_filter->isFiltering())
        text += tr(" · filtered from %1").arg(number(quint64(m_model->rowCount())));
    if (const quint64 dropped = droppedCount())
        text += tr(" · %1 dropped").arg(number(dropped));
    if (m_paused)
        text += tr(" · paused, %1 waiting").arg(number(m_pending.size()));
    return text;
}

void AccessLogPanel::updateCounter()
{
    m_counter->setText(counterText());
}

void AccessLogPanel::handleFilterError(const QString &error)
{
    // An error (the filter was refused) in red; otherwise a note about the applied filter in the
    // normal text colour.
    m_filterError->setText(error.isEmpty() ? m_filter->note() : tr("Filter not applied: %1").arg(error));
    QPalette messagePalette;
    if (!error.isEmpty())
        messagePalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_filterError->setPalette(messagePalette);
    m_filterError->setVisible(!m_filterError->text().isEmpty());
    QPalette palette = m_filterEdit->palette();
    if (error.isEmpty()) {
        palette = QPalette();
    } else {
        const QColor base = palette.color(QPalette::Base);
        const QColor red(0xe5, 0x39, 0x35);
        palette.setColor(QPalette::Base, QColor((base.red() * 3 + red.red()) / 4, (base.green() * 3 + red.green()) / 4,
                                                (base.blue() * 3 + red.blue()) / 4));
    }
    m_filterEdit->setPalette(palette);
}

const LogRow *AccessLogPanel::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const int source = current.isValid() ? m_filter->sourceRow(current.row()) : -1;
    return source < 0 ? nullptr : &m_model->logRow(source);
}

QList<int> AccessLogPanel::selectedSourceRows() const
{
    QModelIndexList selected = m_view->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<int> rows;
    rows.reserve(selected.size());
    for (const QModelIndex &index : std::as_const(selected))
        if (const int source = m_filter->sourceRow(index.row()); source >= 0)
            rows.append(source);
    if (rows.isEmpty()) {
        const QModelIndex current = m_view->selectionModel()->currentIndex();
        if (const int source = current.isValid() ? m_filter->sourceRow(current.row()) : -1; source >= 0)
            rows.append(source);
    }
    return rows;
}

QString AccessLogPanel::selectedLines() const
{
    QByteArray out;
    for (const int row : selectedSourceRows())
        m_formatter.appendTo(out, m_model->record(row));
    return QString::fromUtf8(out);
}

void AccessLogPanel::copySelectedLines()
{
    const QString lines = selectedLines();
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines);
}

QString AccessLogPanel::traceDescriptionForCurrent() const
{
    const LogRow *row = currentRow();
    return row ? TraceDescription::fromRecord(row->toRecord(), m_listeners) : QString();
}

QString AccessLogPanel::createServiceHostForCurrent() const
{
    const LogRow *row = currentRow();
    if (!row || !row->responseFlags().testFlag(ResponseFlags::NoRouteFound))
        return {};
    return TraceDescription::hostOf(row->toRecord());
}

void AccessLogPanel::updateActions()
{
    const LogRow *row = currentRow();
    m_copyAction->setEnabled(row != nullptr);
    m_traceAction->setEnabled(row != nullptr && (!row->isTcp() || !row->text(LogRow::Text::RequestedServerName).isEmpty()));
    const QString host = createServiceHostForCurrent();
    m_createServiceAction->setEnabled(!host.isEmpty());
    m_createServiceAction->setText(host.isEmpty() ? tr("Create &ServiceEntry/VirtualService for this host")
                                                  : tr("Create &ServiceEntry/VirtualService for %1").arg(host));
}

void AccessLogPanel::updateDetails()
{
    if (!m_details->isVisible() && !m_detailsAction->isChecked())
        return;
    const LogRow *row = currentRow();
    if (!row) {
        m_details->clear();
        return;
    }
    const AccessLogRecord record = row->toRecord();
    m_details->showRecord(record, QString::fromUtf8(m_formatter.format(record)));
}

void AccessLogPanel::showRowMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_view->selectionModel()->isRowSelected(index.row(), {}))
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    updateActions();
    QMenu menu(this);
    menu.addAction(m_copyAction);
    menu.addSeparator();
    menu.addAction(m_traceAction);
    if (m_createServiceAction->isEnabled())
        menu.addAction(m_createServiceAction);
    menu.addSeparator();
    menu.addAction(m_detailsAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void AccessLogPanel::showColumnsMenu(const QPoint &globalPos)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    int visible = 0;
    for (int c = 0; c < AccessLogModel::ColumnCount; ++c)
        visible += header->isSectionHidden(c) ? 0 : 1;
    // In the order the user arranged them.
    for (int v = 0; v < AccessLogModel::ColumnCount; ++v) {
        const int c = header->logicalIndex(v);
        QAction *action = menu.addAction(AccessLogModel::columnTitle(c));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        action->setEnabled(header->isSectionHidden(c) || visible > 1); // never hide the last one
        connect(action, &QAction::toggled, this, [this, header, c](bool on) {
            header->setSectionHidden(c, !on);
            saveHeaderState();
        });
    }
    menu.addSeparator();
    QAction *reset = menu.addAction(tr("Reset columns"));
    connect(reset, &QAction::triggered, this, [this, header] {
        for (int c = 0; c < AccessLogModel::ColumnCount; ++c) {
            header->setSectionHidden(c, false);
            header->moveSection(header->visualIndex(c), c);
        }
        saveHeaderState();
    });
    menu.exec(globalPos);
}

QList<int> AccessLogPanel::visibleColumnsInOrder() const
{
    const QHeaderView *header = m_view->horizontalHeader();
    QList<int> columns;
    for (int v = 0; v < header->count(); ++v) {
        const int c = header->logicalIndex(v);
        if (!header->isSectionHidden(c))
            columns.append(c);
    }
    return columns;
}

AccessLogExporter::Result AccessLogPanel::exportVisibleRows(const QString &path, AccessLogExporter::Format format) const
{
    return AccessLogExporter::write(
        path, format, m_filter->rowCount(),
        [this](qsizetype i) -> const LogRow & { return m_model->logRow(m_filter->sourceRow(int(i))); }, m_formatter,
        visibleColumnsInOrder());
}

void AccessLogPanel::exportWithDialog()
{
    const QString json = tr("JSON lines (*.jsonl)");
    const QString csv = tr("CSV, visible columns (*.csv)");
    const QString text = tr("Text in the active log format (*.log *.txt)");
    QString selected = json;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Access Log"), QStringLiteral("access-log.jsonl"),
                                                QStringList{json, csv, text}.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    AccessLogExporter::Format format = AccessLogExporter::Format::Text;
    if (selected == json)
        format = AccessLogExporter::Format::JsonLines;
    else if (selected == csv)
        format = AccessLogExporter::Format::Csv;
    else
        format = AccessLogExporter::formatForFileName(path);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const AccessLogExporter::Result result = exportVisibleRows(path, format);
    QApplication::restoreOverrideCursor();
    if (!result.ok)
        QMessageBox::warning(this, tr("Export Access Log"), result.error);
}

void AccessLogPanel::askCapacity()
{
    bool ok = false;
    const int rows = QInputDialog::getInt(this, tr("Access Log Buffer"), tr("Entries to keep (the oldest are dropped):"),
                                          m_model->capacity(), AccessLogModel::MinimumCapacity,
                                          AccessLogModel::MaximumCapacity, 10000, &ok);
    if (ok)
        setCapacity(rows);
}

} // namespace meshgate
