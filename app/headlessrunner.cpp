// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlessrunner.h"

#include "configactions.h"
#include "engine/engine.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace meshgate {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int signal)
{
    const char c = char(signal);
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &c, 1);
}

// Gives the free functions here a translation context lupdate can see.
struct HeadlessRunnerText
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessRunner)
};

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QSet<QString> filesWithResources(const ConfigSet &config)
{
    QSet<QString> files;
    for (const Resource &r : config.resources)
        files.insert(r.source.file);
    return files;
}

// The watcher also fires for every file created or removed next to the config (it watches the
// folder to see renames), and for a touch: only a change of content is a reason to reload.
QByteArray fingerprintOf(const QStringList &files)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &path : files) {
        hash.addData(path.toUtf8());
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hash.addData(QByteArrayView("<unreadable>"));
            continue;
        }
        const QByteArray content = file.readAll();
        hash.addData(QByteArray::number(content.size()) + '\0');
        hash.addData(content);
    }
    return hash.result();
}

void addTlsFiles(const std::optional<ClientTlsSettings> &tls, QStringList &out)
{
    if (tls)
        out << tls->clientCertificate << tls->privateKey << tls->caCertificates << tls->caCrl;
}

void addTlsFiles(const std::optional<TrafficPolicy> &policy, QStringList &out)
{
    if (!policy)
        return;
    addTlsFiles(policy->tls, out);
    for (const PortTrafficPolicy &p : policy->portLevelSettings)
        addTlsFiles(p.tls, out);
}

// Certificates and keys are read when a table is built, so a renewed certificate (certbot
// replacing the file) is a reason to reload just like an edit of the YAML.
QStringList tlsFilesOf(const ConfigSet &config)
{
    QStringList files;
    for (const Resource &r : config.resources) {
        if (const auto *gw = std::get_if<GatewaySpec>(&r.spec)) {
            for (const Server &s : gw->servers)
                if (s.tls)
                    files << s.tls->serverCertificate << s.tls->privateKey << s.tls->caCertificates << s.tls->caCrl;
        } else if (const auto *dr = std::get_if<DestinationRuleSpec>(&r.spec)) {
            addTlsFiles(dr->trafficPolicy, files);
            for (const Subset &subset : dr->subsets)
                addTlsFiles(subset.trafficPolicy, files);
        }
    }
    files.removeAll(QString());
    files.removeDuplicates();
    return files;
}

void printWarnings(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        if (d.severity == Diagnostic::Severity::Warning)
            err() << "  " << d.toString() << Qt::endl;
}

} // namespace

HeadlessRunner::HeadlessRunner(const AppOptions &options)
    : m_options(options)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(300); // editors write in bursts; reload once it settles
    connect(&m_reloadTimer, &QTimer::timeout, this, &HeadlessRunner::reload);
}

HeadlessRunner::~HeadlessRunner() = default;

int HeadlessRunner::start()
{
    const QString settingsError = Engine::checkSettings(m_options.engine);
    if (!settingsError.isEmpty()) {
        err() << "meshgate: " << settingsError << Qt::endl;
        return 2;
    }
    // Watch before reading: a file changed between the read and the watch (a script that starts
    // meshgate and then edits the config at once) would otherwise never be reloaded.
    watchFiles();
    const QByteArray yamlFingerprint = fingerprintOf(m_options.configFiles); // before reading: see reload()
    const LoadResult loaded = loadConfiguration(m_options);
    m_tlsFiles = tlsFilesOf(loaded.config);
    watchTlsFiles();
    // Certificates are read later still, by the workers building their tables: taking their
    // fingerprint now cannot miss a change that the running table does not have.
    m_seenFingerprint = yamlFingerprint + fingerprintOf(m_tlsFiles);
    if (!loaded.unreadableFiles.isEmpty()) {
        err() << "meshgate: " << loaded.diagnostics.first().message << Qt::endl;
        return 2;
    }
    for (const Diagnostic &d : loaded.diagnostics)
        if (d.severity != Diagnostic::Severity::Info)
            err() << d.toString() << Qt::endl;
    if (hasErrors(loaded.diagnostics)) {
        err() << HeadlessRunnerText::tr("meshgate: the configuration has errors; nothing to run") << Qt::endl;
        return 1;
    }

    m_engine = std::make_unique<Engine>(m_options.engine);
    connect(m_engine.get(), &Engine::message, this, [](const QString &text) { err() << "meshgate: " << text << Qt::endl; });
    connect(m_engine.get(), &Engine::stopped, qApp, [] { QCoreApplication::exit(0); });
    const Engine::ApplyResult applied = m_engine->apply(loaded.config);
    for (const QString &w : applied.compileWarnings)
        err() << "meshgate: " << w << Qt::endl;
    if (!applied.applied)
        return 1;
    m_filesWithResources = filesWithResources(loaded.config);
    printListeners();
    // A port opened a moment after a reload (a bind moved on the same port) is announced too.
    connect(m_engine.get(), &Engine::listenersChanged, this, [this] { printListeners(); });
    if (!m_engine->anyListening()) {
        err() << HeadlessRunnerText::tr("meshgate: no listener could be bound") << Qt::endl;
        m_engine->stopNow();
        return 3;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) == 0) {
        m_signalNotifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, this);
        connect(m_signalNotifier, &QSocketNotifier::activated, this, &HeadlessRunner::handleSignal);
        struct sigaction sa{};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        sigaction(SIGINT, &sa, nullptr);
        sigaction(SIGTERM, &sa, nullptr);
        sigaction(SIGHUP, &sa, nullptr);
    }
    ::signal(SIGPIPE, SIG_IGN);
    return -1;
}

void HeadlessRunner::watchFiles()
{
    if (m_options.configFiles.isEmpty())
        return;
    m_watcher = new QFileSystemWatcher(this);
    for (const QString &f : m_options.configFiles) {
        m_watcher->addPath(f);
        // Editors and `kubectl`-style tools replace files by rename: watch the folder too.
        m_watcher->addPath(QFileInfo(f).absolutePath());
    }
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_reloadTimer.start(); });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_reloadTimer.start(); });
}

void HeadlessRunner::watchTlsFiles()
{
    if (!m_watcher)
        return;
    QStringList paths;
    for (const QString &f : std::as_const(m_tlsFiles)) {
        const QFileInfo info(f);
        if (info.exists() && !m_watcher->files().contains(f))
            paths << f;
        // Renewal tools replace files by rename, and a missing key may appear later.
        if (!m_watcher->directories().contains(info.absolutePath()))
            paths << info.absolutePath();
    }
    paths.removeDuplicates();
    if (!paths.isEmpty())
        m_watcher->addPaths(paths);
}

void HeadlessRunner::reload()
{
    // Re-arm watches on files that were replaced.
    for (const QString &f : m_options.configFiles)
        if (!m_watcher->files().contains(f) && QFileInfo::exists(f))
            m_watcher->addPath(f);
    // Taken before the files are read, so a write that lands between the two makes the next
    // event's fingerprint differ and is reloaded, never skipped.
    const QByteArray yamlFingerprint = fingerprintOf(m_options.configFiles);
    if (yamlFingerprint + fingerprintOf(m_tlsFiles) == m_seenFingerprint)
        return;
    const LoadResult loaded = loadConfiguration(m_options);
    m_tlsFiles = tlsFilesOf(loaded.config);
    watchTlsFiles();
    m_seenFingerprint = yamlFingerprint + fingerprintOf(m_tlsFiles); // as at start()
    if (!loaded.ok()) {
        reportRejected(loaded.diagnostics, {});
        return;
    }
    // A file that held resources and now holds none is far more likely caught mid-write (or
    // truncated by a crashed editor) than meant to switch its routes off; an empty file is
    // valid YAML, so without this check it would silently drop every route it carried.
    const QSet<QString> nowWithResources = filesWithResources(loaded.config);
    for (const QString &file : std::as_const(m_filesWithResources)) {
        if (!nowWithResources.contains(file)) {
            reportRejected({}, {HeadlessRunnerText::tr("%1 no longer holds any resource (restart meshgate to run without it)").arg(file)});
            return;
        }
    }
    const Engine::ApplyResult applied = m_engine->apply(loaded.config);
    if (applied.applied) {
        m_filesWithResources = nowWithResources;
        err() << HeadlessRunnerText::tr("meshgate: configuration reloaded (generation %1)").arg(m_engine->table()->generation()) << Qt::endl;
        printListeners(); // the ports it opened, as at start-up
        // A typo in a field name is only a warning, and it changes what runs: say it now, as
        // at start-up, not only when someone thinks of --validate.
        printWarnings(loaded.diagnostics);
        for (const QString &w : applied.compileWarnings)
            err() << "  " << w << Qt::endl;
        return;
    }
    reportRejected(applied.diagnostics, applied.compileWarnings + applied.refusals);
}

void HeadlessRunner::printListeners()
{
    const QList<ListenerState> states = m_engine->listenerStates();
    // A port closed by a reload is announced again if a later one opens it.
    QSet<QString> present;
    for (const ListenerState &l : states)
        present.insert(l.key);
    m_announced.removeIf([&](const QString &said) { return !present.contains(said.section(QLatin1Char('|'), 0, 0)); });
    for (const ListenerState &l : states) {
        // Each listener's outcome once: a port that stays failed is not repeated at every reload.
        const QString said = l.key + QLatin1Char('|') + QString::number(int(l.state)) + QLatin1Char('|') + l.error;
        if (m_announced.contains(said))
            continue;
        m_announced.insert(said);
        const QString what = l.role == ListenerState::Role::Admin ? HeadlessRunnerText::tr("admin")
            : l.role == ListenerState::Role::Mesh                 ? HeadlessRunnerText::tr("mesh forward proxy")
                                                                  : HeadlessRunnerText::tr("gateway %1 port %2").arg(l.gateways.join(QLatin1Char(','))).arg(l.gatewayPort);
        if (l.state == ListenerState::State::Listening)
            err() << HeadlessRunnerText::tr("meshgate: listening on %1:%2 (%3, %4)").arg(l.bind.toString()).arg(l.listenPort).arg(l.protocol, what)
                  << Qt::endl;
        else
            err() << HeadlessRunnerText::tr("meshgate: cannot listen for %1: %2").arg(what, l.error) << Qt::endl;
    }
}

void HeadlessRunner::reportRejected(const Diagnostics &diagnostics, const QStringList &more)
{
    err() << HeadlessRunnerText::tr("meshgate: configuration change rejected; still running generation %1:")
                 .arg(m_engine->table() ? m_engine->table()->generation() : 0)
          << Qt::endl;
    for (const Diagnostic &d : diagnostics)
        if (d.severity == Diagnostic::Severity::Error)
            err() << "  " << d.toString() << Qt::endl;
    for (const QString &line : more)
        err() << "  " << line << Qt::endl;
}

void HeadlessRunner::handleSignal()
{
    char c = 0;
    if (::read(g_signalPipe[0], &c, 1) != 1)
        return;
    if (c == SIGHUP) {
        m_engine->reopenAccessLog();
        return;
    }
    err() << HeadlessRunnerText::tr("meshgate: stopping (draining for up to %1 s)").arg(m_options.engine.drainTimeout.count() / 1000.0)
          << Qt::endl;
    m_engine->shutdown();
}

int runExplain(const AppOptions &options)
{
    QTextStream out(stdout);
    QString why;
    const auto request = RequestDescription::parse(options.explain, &why);
    if (!request) {
        err() << "meshgate: --explain: " << why << Qt::endl;
        return 2;
    }
    const LoadResult loaded = loadConfiguration(options);
    if (!loaded.ok()) {
        for (const Diagnostic &d : loaded.diagnostics)
            if (d.severity == Diagnostic::Severity::Error)
                err() << d.toString() << Qt::endl;
        return 1;
    }
    const RouteTable::CompileResult compiled = RouteTable::compile(loaded.config, options.engine);
    if (!compiled.table)
        return 1;
    out << compiled.table->explain(*request).toText();
    return 0;
}

} // namespace meshgate
