// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engine.h"

#include "config/validator.h"
#include "engine/adminserver.h"
#include "engine/clusterruntime.h"
#include "engine/dnscache.h"
#include "engine/enginesink.h"
#include "engine/epolldispatcher.h"
#include "engine/threadlauncher.h"
#include "engine/listenersocket.h"
#include "engine/worker.h"
#include "log/accesslogformatter.h"
#include "log/accesslogwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaMethod>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

namespace meshgate {

namespace {

// Gives the free functions here a translation context lupdate can see.
struct EngineText
{
    Q_DECLARE_TR_FUNCTIONS(Engine)
};

QString meshKey(const EngineSettings &s)
{
    return QStringLiteral("mesh:") + s.bindAddress.toString() + QLatin1Char(':') + QString::number(s.meshPort);
}

QString protocolName(const ListenerSpec &spec)
{
    return spec.protocol.isEmpty() ? QStringLiteral("HTTP") : spec.protocol;
}

// Desktop sessions start processes with a soft RLIMIT_NOFILE of 1024 while allowing far more.
// Every downstream connection holds a descriptor (two while proxied), so the engine raises its
// soft limit to the hard one; otherwise a crowd of idle or slow clients would run accept() into
// EMFILE long before --max-connections. Returns a warning when even the hard limit is too low.
QString raiseFileLimit(int maxConnections)
{
    rlimit rl{};
    if (::getrlimit(RLIMIT_NOFILE, &rl) != 0)
        return {};
    if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < rl.rlim_max) {
        rlimit raised = rl;
        raised.rlim_cur = rl.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            rl = raised;
    }
    const rlim_t needed = rlim_t(maxConnections) + 64; // listeners, log file, admin, pipes
    if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < needed)
        return EngineText::tr("the open-file limit (%1) is below --max-connections %2; clients beyond it will not be "
                  "accepted (raise it with ulimit -n)")
            .arg(quint64(rl.rlim_cur))
            .arg(maxConnections);
    return {};
}

} // namespace

Engine::Engine(const EngineSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_dns(std::make_unique<DnsCache>())
    , m_clusters(std::make_unique<ClusterRuntimeRegistry>())
    , m_sink(std::make_unique<EngineSink>())
{
    qRegisterMetaType<QList<LogRow>>();
    qRegisterMetaType<TrafficSample>();
    auto formatter = AccessLogFormatter::create(settings.accessLogFormat);
    if (auto *f = std::get_if<AccessLogFormatter>(&formatter))
        m_formatter = std::make_shared<AccessLogFormatter>(*f);
    else
        m_formatter = std::make_shared<AccessLogFormatter>(AccessLogFormatter::classic());

    m_logClock.start();
    m_logTimer.setInterval(100);
    connect(&m_logTimer, &QTimer::timeout, this, &Engine::drainSink);
    m_statsTimer.setInterval(1000);
    connect(&m_statsTimer, &QTimer::timeout, this, &Engine::collectStats);
    m_drainTimer.setSingleShot(true);
    connect(&m_drainTimer, &QTimer::timeout, this, &Engine::finishShutdown);
}

Engine::~Engine()
{
    stopNow();
}

QString Engine::checkSettings(const EngineSettings &settings)
{
    auto formatter = AccessLogFormatter::create(settings.accessLogFormat);
    if (const auto *error = std::get_if<FormatError>(&formatter))
        return EngineText::tr("--access-log-format: %1").arg(error->toString());
    return {};
}

std::shared_ptr<const RouteTable> Engine::table() const
{
    QMutexLocker lock(&m_stateMutex);
    return m_table;
}

QList<ListenerState> Engine::listenerStates() const
{
    QMutexLocker lock(&m_stateMutex);
    QList<ListenerState> out = m_listeners;
    for (ListenerState &l : out)
        if (const auto counter = m_listenerConnections.value(l.key))
            l.connections = counter->load(std::memory_order_relaxed);
    return out;
}

bool Engine::anyListening() const
{
    QMutexLocker lock(&m_stateMutex);
    return std::any_of(m_listeners.begin(), m_listeners.end(), [](const ListenerState &l) {
        return l.state == ListenerState::State::Listening && l.role != ListenerState::Role::Admin;
    });
}

StatsSnapshot Engine::totals() const
{
    QMutexLocker lock(&m_stateMutex);
    return m_totals;
}

quint64 Engine::droppedLogRecords() const
{
    return m_sink->droppedLogs() + (m_logWriter ? m_logWriter->droppedRecords() : 0);
}

quint16 Engine::adminPort() const
{
    return m_admin ? m_admin->port() : 0;
}

template<typename F>
void Engine::onEachWorker(F &&f)
{
    for (Worker *w : m_workers)
        QMetaObject::invokeMethod(w, [w, f] { f(w); }, Qt::QueuedConnection);
}

void Engine::startWorkers()
{
    const QString limitWarning = raiseFileLimit(m_settings.maxConnections);
    if (!limitWarning.isEmpty())
        Q_EMIT message(limitWarning);
    // The log writer first: workers hand it their first batch 100 ms after they start.
    if (!m_settings.accessLogPath.isEmpty()) {
        m_logThread = new QThread;
        m_logThread->setObjectName(QStringLiteral("meshgate-accesslog"));
        m_logWriter = new AccessLogWriter(m_settings.accessLogPath, *m_formatter);
        m_logWriter->moveToThread(m_logThread);
        connect(m_logThread, &QThread::started, m_logWriter, &AccessLogWriter::start);
        connect(m_logWriter, &AccessLogWriter::writeError, this,
                [this](const QString &why) { Q_EMIT message(EngineText::tr("access log: %1 (proxying continues)").arg(why)); });
        startThread(m_logThread);
        m_sink->setFileWriter(m_logWriter);
    }
    const int count = m_settings.effectiveWorkers();
    for (int i = 0; i < count; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("meshgate-worker-%1").arg(i));
        // epoll instead of GLib's poll over every descriptor: the cost per wake-up stays flat
        // with thousands of connections.
        thread->setEventDispatcher(new EpollEventDispatcher);
        auto *worker = new Worker(i, m_settings, *m_dns, *m_clusters, *m_sink, m_activeDownstream,
                                  m_formatter->requiredRequestHeaders(), m_formatter->requiredResponseHeaders());
        worker->moveToThread(thread);
        connect(worker, &Worker::rejectedConnection, this, [this](const QString &why) {
            // Rate-limited: a flood of refusals must not become a flood of messages.
            static qint64 last = 0;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (now - last >= 1000) {
                last = now;
                Q_EMIT message(EngineText::tr("connection refused: %1").arg(why));
            }
        }, Qt::QueuedConnection);
        startThread(thread);
        QMetaObject::invokeMethod(worker, &Worker::initialize, Qt::QueuedConnection);
        m_threads.push_back(thread);
        m_workers.push_back(worker);
    }
    if (m_settings.adminPort != 0) {
        m_adminThread = new QThread;
        m_adminThread->setObjectName(QStringLiteral("meshgate-admin"));
        m_admin = new AdminServer(this);
        QString error;
        if (!m_admin->listen(m_settings.bindAddress, m_settings.adminPort, &error)) {
            ListenerState state;
            state.role = ListenerState::Role::Admin;
            state.key = QStringLiteral("admin");
            state.bind = m_settings.bindAddress;
            state.listenPort = m_settings.adminPort;
            state.protocol = QStringLiteral("HTTP");
            state.state = ListenerState::State::Failed;
            state.error = error;
            m_listeners.append(state);
            Q_EMIT message(EngineText::tr("admin endpoint not available: %1").arg(error));
        } else {
            ListenerState state;
            state.role = ListenerState::Role::Admin;
            state.key = QStringLiteral("admin");
            state.bind = m_settings.bindAddress;
            state.listenPort = m_admin->port();
            state.protocol = QStringLiteral("HTTP");
            m_listeners.append(state);
        }
        m_admin->moveToThread(m_adminThread);
        startThread(m_adminThread);
    }
    m_logTimer.start();
    m_statsTimer.start();
    m_running = true;
}

void Engine::startThread(QThread *thread)
{
    if (m_launcher)
        m_launcher->start(thread);
    else
        thread->start();
}

Engine::ApplyResult Engine::apply(const ConfigSet &config)
{
    ApplyResult result;
    if (m_shuttingDown)
        return result;
    // What is refused is returned, not also announced: the caller reports it once, its own way.
    result.diagnostics = Validator::validate(config);
    if (hasErrors(result.diagnostics))
        return result;
    RouteTable::CompileResult compiled = RouteTable::compile(config, m_settings);
    result.compileWarnings = compiled.warnings;
    if (!compiled.table)
        return result;
    std::vector<WantedListener> wanted = wantedListeners(*compiled.table);
    // A change that cannot open a port it adds is refused before anything is swapped, so the
    // running listeners keep serving (closing 8080 to fail on 8081 would leave nothing).
    if (m_running && !openNewListeners(wanted, &result.refusals))
        return result;
    if (!m_running)
        startWorkers();
    {
        QMutexLocker lock(&m_stateMutex);
        m_table = compiled.table;
    }
    // The table first, then the sockets: a worker must know a listener before it accepts on it.
    std::shared_ptr<const RouteTable> table = compiled.table;
    onEachWorker([table](Worker *w) { w->setTable(table); });
    syncListeners(std::move(wanted));
    result.applied = true;
    Q_EMIT configApplied(table->generation());
    return result;
}

std::vector<Engine::WantedListener> Engine::wantedListeners(const RouteTable &table) const
{
    std::vector<WantedListener> wanted;
    for (const ListenerSpec &spec : table.listeners()) {
        ListenerState s;
        s.role = ListenerState::Role::Gateway;
        s.key = spec.key();
        s.bind = spec.bind;
        s.listenPort = spec.listenPort;
        s.gatewayPort = spec.gatewayPort;
        s.protocol = protocolName(spec);
        s.gateways = spec.gateways;
        wanted.push_back({s, false, {}});
    }
    if (m_settings.meshPort != 0) {
        ListenerState s;
        s.role = ListenerState::Role::Mesh;
        s.key = meshKey(m_settings);
        s.bind = m_settings.bindAddress;
        s.listenPort = m_settings.meshPort;
        s.protocol = QStringLiteral("HTTP");
        s.gateways = {QStringLiteral("mesh")};
        wanted.push_back({s, true, {}});
    }
    return wanted;
}

bool Engine::openNewListeners(std::vector<WantedListener> &wanted, QStringList *refusals)
{
    const QList<ListenerState> running = listenerStates();
    const auto stateOf = [&](const QString &key) -> const ListenerState * {
        const auto it = std::find_if(running.begin(), running.end(), [&](const ListenerState &l) { return l.key == key; });
        return it == running.end() ? nullptr : &*it;
    };
    // Ports of listeners this change closes: a new bind on one of them (127.0.0.1:8080 becoming
    // 0.0.0.0:8080) conflicts only with ourselves, and opens once the old socket is closed.
    QSet<quint16> freed;
    for (const ListenerState &l : running) {
        const bool kept = std::any_of(wanted.begin(), wanted.end(), [&](const WantedListener &w) { return w.state.key == l.key; });
        if (!kept && l.state == ListenerState::State::Listening && l.role != ListenerState::Role::Admin)
            freed.insert(l.listenPort);
    }
    for (WantedListener &w : wanted) {
        const ListenerState *now = stateOf(w.state.key);
        if (now && now->state == ListenerState::State::Listening)
            continue;
        QString error;
        w.fds = ListenerSocket::open(w.state.bind, w.state.listenPort, int(m_workers.size()), &error);
        if (!w.fds.isEmpty())
            continue;
        if (freed.contains(w.state.listenPort)) {
            w.afterClose = true;
            continue;
        }
        // A port that was already failing does not block other changes; it is tried again.
        // Named as the user wrote it (gateway and port), then where it would listen.
        if (!now && w.state.role == ListenerState::Role::Gateway)
            refusals->append(EngineText::tr("gateway %1 port %2 (%3 on %4): %5")
                                 .arg(w.state.gateways.join(QStringLiteral(", ")))
                                 .arg(w.state.gatewayPort)
                                 .arg(w.state.protocol, w.state.key, error));
        else if (!now)
            refusals->append(EngineText::tr("%1 listener %2: %3").arg(w.state.protocol, w.state.key, error));
    }
    if (refusals->isEmpty())
        return true;
    for (WantedListener &w : wanted) {
        ListenerSocket::closeAll(w.fds);
        w.fds.clear();
    }
    return false;
}

void Engine::openListener(const WantedListener &wanted, int attemptsLeft)
{
    ListenerState state = wanted.state;
    QString error;
    const QList<int> fds = wanted.fds.isEmpty()
        ? ListenerSocket::open(state.bind, state.listenPort, int(m_workers.size()), &error)
        : wanted.fds;
    if (fds.isEmpty() && attemptsLeft > 0) {
        // The workers close the socket that held this port when their event loops get to it.
        QTimer::singleShot(20, this, [this, wanted, attemptsLeft, generation = m_table ? m_table->generation() : 0] {
            if (m_shuttingDown || !m_table || m_table->generation() != generation)
                return; // a newer configuration decides about this port now
            openListener(wanted, attemptsLeft - 1);
            Q_EMIT listenersChanged(listenerStates());
        });
        return;
    }
    if (fds.isEmpty()) {
        // No message(): listenersChanged carries it, and both front ends say it from there (the
        // headless runner once per listener, the GUI in its indicator and Listeners panel).
        state.state = ListenerState::State::Failed;
        state.error = error;
    } else {
        state.state = ListenerState::State::Listening;
        state.listenPort = ListenerSocket::boundPort(fds.first());
        const QByteArray k = state.key.toLatin1();
        auto counter = std::make_shared<std::atomic<int>>(0);
        m_listenerConnections.insert(state.key, counter);
        for (size_t i = 0; i < m_workers.size(); ++i) {
            const int fd = fds[qsizetype(i)];
            QMetaObject::invokeMethod(
                m_workers[i], [w = m_workers[i], k, fd, mesh = wanted.mesh, counter] { w->addListener(k, fd, mesh, counter); },
                Qt::QueuedConnection);
        }
    }
    QMutexLocker lock(&m_stateMutex);
    m_listeners.append(state);
}

void Engine::syncListeners(std::vector<WantedListener> wanted)
{
    QList<ListenerState> previous;
    {
        QMutexLocker lock(&m_stateMutex);
        previous = m_listeners;
        m_listeners.clear();
        for (const ListenerState &l : previous)
            if (l.role == ListenerState::Role::Admin)
                m_listeners.append(l);
    }
    // Close what is no longer wanted; keep what is, untouched.
    for (const ListenerState &old : previous) {
        if (old.role == ListenerState::Role::Admin)
            continue;
        const bool keep = std::any_of(wanted.begin(), wanted.end(), [&](const WantedListener &w) { return w.state.key == old.key; });
        if (!keep && old.state == ListenerState::State::Listening) {
            m_listenerConnections.remove(old.key);
            const QByteArray k = old.key.toLatin1();
            onEachWorker([k](Worker *w) { w->removeListener(k); });
        }
    }
    for (WantedListener &w : wanted) {
        auto it = std::find_if(previous.begin(), previous.end(), [&](const ListenerState &l) { return l.key == w.state.key; });
        if (it != previous.end() && it->state == ListenerState::State::Listening) {
            ListenerState s = w.state;
            s.listenPort = it->listenPort;
            QMutexLocker lock(&m_stateMutex);
            m_listeners.append(s);
            continue;
        }
        // New, or failed before (the port may be free now).
        openListener(w, w.afterClose ? 50 : 0);
    }
    Q_EMIT listenersChanged(listenerStates());
}

void Engine::drainSink()
{
    // Runs every 100 ms whether or not anything arrived: held rows settle with time.
    QList<LogRow> arrived = m_sink->takeLogs();
    // Headless nobody shows them (the file got them from the workers): no sorting for nobody.
    static const QMetaMethod batchSignal = QMetaMethod::fromSignal(&Engine::accessLogBatch);
    if (!isSignalConnected(batchSignal))
        return;
    const qint64 monotonicNow = m_logClock.elapsed();
    m_reorder.add(arrived, monotonicNow);
    const QList<LogRow> batch = m_reorder.takeSettled(QDateTime::currentMSecsSinceEpoch(), monotonicNow);
    if (!batch.isEmpty())
        Q_EMIT accessLogBatch(batch); // the file got these from the workers already
}

void Engine::flushLogs()
{
    m_reorder.add(m_sink->takeLogs());
    const QList<LogRow> batch = m_reorder.takeAll();
    if (!batch.isEmpty())
        Q_EMIT accessLogBatch(batch);
}

void Engine::collectStats()
{
    StatsSnapshot delta = m_sink->takeStats();
    TrafficSample sample;
    {
        QMutexLocker lock(&m_stateMutex);
        m_totals.merge(delta);
        // The running total keeps counters, not a growing traffic window.
        m_totals.traffic = TrafficWindow();
        sample = TrafficSample::fromWindow(delta.traffic, m_totals.activeConnections(),
                                           QDateTime::currentMSecsSinceEpoch());
    }
    Q_EMIT trafficSample(sample);
}

void Engine::reopenAccessLog()
{
    if (m_logWriter)
        QMetaObject::invokeMethod(m_logWriter, &AccessLogWriter::reopen, Qt::QueuedConnection);
}

void Engine::shutdown()
{
    if (!m_running || m_shuttingDown) {
        if (!m_running)
            Q_EMIT stopped();
        return;
    }
    m_shuttingDown = true;
    onEachWorker([](Worker *w) { w->beginDrain(); });
    {
        QMutexLocker lock(&m_stateMutex);
        m_listeners.clear();
    }
    // Poll until the workers are idle or the drain timeout passes.
    auto *poll = new QTimer(this);
    poll->setInterval(50);
    connect(poll, &QTimer::timeout, this, [this, poll] {
        if (m_activeDownstream.load() == 0) {
            poll->stop();
            poll->deleteLater();
            m_drainTimer.stop();
            finishShutdown();
        }
    });
    poll->start();
    m_drainTimer.start(m_settings.drainTimeout);
}

void Engine::finishShutdown()
{
    stopNow();
    Q_EMIT stopped();
}

void Engine::stopNow()
{
    if (!m_running)
        return;
    m_running = false;
    for (size_t i = 0; i < m_workers.size(); ++i) {
        Worker *w = m_workers[i];
        // Destroy each worker on its own thread, then join the thread.
        QMetaObject::invokeMethod(w, [w] { delete w; }, Qt::BlockingQueuedConnection);
        m_threads[i]->quit();
        m_threads[i]->wait();
        delete m_threads[i];
    }
    m_workers.clear();
    m_threads.clear();
    flushLogs();
    collectStats();
    if (m_admin) {
        QMetaObject::invokeMethod(m_admin, [a = m_admin] { delete a; }, Qt::BlockingQueuedConnection);
        m_admin = nullptr;
        m_adminThread->quit();
        m_adminThread->wait();
        delete m_adminThread;
        m_adminThread = nullptr;
    }
    if (m_logWriter) {
        m_sink->setFileWriter(nullptr); // the workers are gone: nothing pushes any more
        QMetaObject::invokeMethod(m_logWriter, [w = m_logWriter] {
            w->stop();
            delete w;
        }, Qt::BlockingQueuedConnection);
        m_logWriter = nullptr;
        m_logThread->quit();
        m_logThread->wait();
        delete m_logThread;
        m_logThread = nullptr;
    }
    m_logTimer.stop();
    m_statsTimer.stop();
}

} // namespace meshgate
