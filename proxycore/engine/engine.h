// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/diagnostic.h"
#include "config/resources.h"
#include "engine/enginesettings.h"
#include "log/logreorderbuffer.h"
#include "log/logrow.h"
#include "routing/routetable.h"
#include "stats/statssnapshot.h"
#include "stats/trafficsample.h"

#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace meshgate {

class AccessLogFormatter;
class AccessLogWriter;
class AdminServer;
class ClusterRuntimeRegistry;
class DnsCache;
class EngineSink;
class ThreadLauncher;
class Worker;

// The state of one listening port, for the Listeners panel and headless start-up.
struct ListenerState
{
    enum class Role { Gateway, Mesh, Admin };
    enum class State { Listening, Failed };
    Role role = Role::Gateway;
    QString key;              // "127.0.0.1:8080"
    QHostAddress bind;
    quint16 listenPort = 0;
    quint16 gatewayPort = 0;
    QString protocol;         // HTTP, TLS, TCP, HTTPS
    QStringList gateways;
    State state = State::Listening;
    QString error;            // "port 8080 in use"
    int connections = 0;      // now (all workers)
};

// The engine facade, living on the GUI (or main) thread. It compiles configurations into route
// tables, opens and closes listeners to match, hands tables and sockets to the worker threads,
// and collects their access logs and counters in batches. It never waits on a worker.
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)
public:
    explicit Engine(const EngineSettings &settings, QObject *parent = nullptr);
    ~Engine() override;

    // A startup problem with the settings (e.g. an unknown access-log operator), or empty.
    static QString checkSettings(const EngineSettings &settings);

    struct ApplyResult
    {
        bool applied = false;
        Diagnostics diagnostics; // why it was refused (errors), plus warnings
        // Why a valid configuration was refused all the same: a listener it adds could not be
        // opened ("HTTP listener 127.0.0.1:8081: port 8081 in use"). Only once one runs; a first
        // configuration starts with the listeners it can open (listenerStates() has the rest).
        QStringList refusals;
        QStringList compileWarnings;
    };
    // Validates, compiles and hot-swaps the configuration. An invalid config is never applied:
    // the running one stays. The first successful apply starts the workers.
    ApplyResult apply(const ConfigSet &config);

    // The engine's threads are started from `launcher` (null: from the calling thread), so that
    // they keep the priority it has even after the caller lowered its own (see ThreadLauncher).
    void setThreadLauncher(ThreadLauncher *launcher) { m_launcher = launcher; }

    bool isRunning() const { return m_running; }
    const EngineSettings &settings() const { return m_settings; }
    std::shared_ptr<const RouteTable> table() const;
    QList<ListenerState> listenerStates() const;
    bool anyListening() const;
    StatsSnapshot totals() const;
    quint64 droppedLogRecords() const;
    quint16 adminPort() const;

    // Stops accepting, lets in-flight requests finish (up to the drain timeout), then stops
    // the workers and emits stopped().
    void shutdown();
    void stopNow();

    // SIGHUP: reopen the access-log file (after log rotation).
    void reopenAccessLog();

Q_SIGNALS:
    void listenersChanged(const QList<ListenerState> &listeners);
    void accessLogBatch(const QList<LogRow> &records); // at most 10 per second
    void trafficSample(const TrafficSample &sample);            // once per second
    void message(const QString &text);                          // human-readable events
    void configApplied(quint64 generation);
    void stopped();

private:
    void startWorkers();
    void startThread(QThread *thread);
    struct WantedListener
    {
        ListenerState state;
        bool mesh = false;
        QList<int> fds; // opened ahead by apply(); empty: open in syncListeners
        bool afterClose = false; // its port is held by a listener this change closes
    };
    std::vector<WantedListener> wantedListeners(const RouteTable &table) const;
    // Opens the listeners `wanted` adds to the running ones. False, with every descriptor it
    // opened closed again, when one fails that was not failing already.
    bool openNewListeners(std::vector<WantedListener> &wanted, QStringList *refusals);
    void syncListeners(std::vector<WantedListener> wanted);
    // attemptsLeft > 0: a failure is retried 20 ms later that many times (the port is being
    // released by the workers), and the listener is only listed once it has an outcome.
    void openListener(const WantedListener &wanted, int attemptsLeft = 0);
    void drainSink();
    void flushLogs(); // everything the workers handed over, held rows too (they have stopped)
    void collectStats();
    void finishShutdown();
    template<typename F>
    void onEachWorker(F &&f);

    EngineSettings m_settings;
    std::unique_ptr<DnsCache> m_dns;
    std::unique_ptr<ClusterRuntimeRegistry> m_clusters;
    std::unique_ptr<EngineSink> m_sink;
    LogReorderBuffer m_reorder; // rows of all workers back in time order for the views
    QElapsedTimer m_logClock;   // monotonic arrival times for m_reorder
    std::atomic<int> m_activeDownstream{0};
    std::vector<QThread *> m_threads;
    std::vector<Worker *> m_workers;
    std::shared_ptr<const AccessLogFormatter> m_formatter;
    AccessLogWriter *m_logWriter = nullptr;
    QThread *m_logThread = nullptr;
    AdminServer *m_admin = nullptr;
    QThread *m_adminThread = nullptr;
    ThreadLauncher *m_launcher = nullptr;

    mutable QMutex m_stateMutex; // guards what the admin thread reads
    std::shared_ptr<const RouteTable> m_table;
    StatsSnapshot m_totals;
    QList<ListenerState> m_listeners;
    QHash<QString, std::shared_ptr<std::atomic<int>>> m_listenerConnections; // by listener key

    QTimer m_logTimer;
    QTimer m_statsTimer;
    QTimer m_drainTimer;
    bool m_running = false;
    bool m_shuttingDown = false;
};

} // namespace meshgate
