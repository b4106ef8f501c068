// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace meshgate {

namespace {

// Gives the free functions here a translation context lupdate can see.
struct CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

bool toPort(const QString &text, quint16 *out, bool allowZero)
{
    bool ok = false;
    const uint v = text.toUInt(&ok);
    if (!ok || v > 65535 || (!allowZero && v == 0))
        return false;
    *out = quint16(v);
    return true;
}

} // namespace

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    Result result;
    AppOptions &o = result.options;

    QCommandLineParser p;
    p.setApplicationDescription(CommandLineText::tr("Meshgate: an Istio-style ingress gateway and proxy manager for your desktop."));
    const QCommandLineOption helpOption = p.addHelpOption();
    const QCommandLineOption versionOption = p.addVersionOption();
    const QCommandLineOption config({QStringLiteral("c"), QStringLiteral("config")},
                                    CommandLineText::tr("Load Istio resources from FILE (repeatable)."), CommandLineText::tr("FILE"));
    const QCommandLineOption headless(QStringLiteral("headless"), CommandLineText::tr("Run the proxy engine without a window."));
    const QCommandLineOption validate(QStringLiteral("validate"),
                                      CommandLineText::tr("Check the configuration, print FILE:LINE:COL diagnostics and exit."));
    const QCommandLineOption exportOpt(QStringLiteral("export"),
                                       CommandLineText::tr("Write the configuration as kubectl-ready YAML to FILE ('-' = stdout)."),
                                       CommandLineText::tr("FILE"));
    const QCommandLineOption apiVersion(QStringLiteral("api-version"),
                                        CommandLineText::tr("apiVersion for --export: v1, v1beta1, v1alpha3 or keep (default)."),
                                        CommandLineText::tr("V"));
    const QCommandLineOption explain(QStringLiteral("explain"),
                                     CommandLineText::tr("Explain how a request is routed, e.g. \"GET http://httpbin.org/status/418 "
                                        "gateway=proxy port=80 header:x-canary=yes\" or \"TLS edition.cnn.com "
                                        "gateway=proxy\", and exit. Without port=, the URL's or the gateway's only "
                                        "port of that kind."),
                                     CommandLineText::tr("REQUEST"));
    const QCommandLineOption bind(QStringLiteral("bind"), CommandLineText::tr("Address the listeners bind to (default 127.0.0.1)."),
                                  CommandLineText::tr("ADDRESS"));
    const QCommandLineOption portOffset(QStringLiteral("port-offset"),
                                        CommandLineText::tr("Added to every Gateway port (default: 8000 below 1024, else 0)."),
                                        CommandLineText::tr("N"));
    const QCommandLineOption meshPort(QStringLiteral("mesh-port"),
                                      CommandLineText::tr("Port of the mesh forward proxy (default 15001, 0 = off)."), CommandLineText::tr("PORT"));
    const QCommandLineOption meshAllowRemote(QStringLiteral("mesh-allow-remote"),
                                             CommandLineText::tr("Let non-loopback clients use the mesh forward proxy."));
    const QCommandLineOption adminPort(QStringLiteral("admin-port"),
                                       CommandLineText::tr("Port of the admin endpoint (default 15000, 0 = off)."), CommandLineText::tr("PORT"));
    const QCommandLineOption adminToken(QStringLiteral("admin-token"),
                                        CommandLineText::tr("Bearer token the admin endpoint requires when bound to a non-loopback "
                                           "address."),
                                        CommandLineText::tr("TOKEN"));
    const QCommandLineOption connectTo(QStringLiteral("connect-to"),
                                       CommandLineText::tr("Connect to ADDR:PORT instead of HOST:PORT (curl semantics, repeatable)."),
                                       CommandLineText::tr("HOST:PORT:ADDR:PORT"));
    const QCommandLineOption accessLog(QStringLiteral("access-log"),
                                       CommandLineText::tr("Write the access log to FILE ('-' = stdout, the default when headless)."),
                                       CommandLineText::tr("FILE"));
    const QCommandLineOption accessLogFormat(QStringLiteral("access-log-format"),
                                             CommandLineText::tr("classic (default), istio, envoy, json, or Envoy %OPERATORS%."),
                                             CommandLineText::tr("FORMAT"));
    const QCommandLineOption workers(QStringLiteral("workers"), CommandLineText::tr("Worker threads (default: number of cores)."),
                                     CommandLineText::tr("N"));
    const QCommandLineOption outbound(QStringLiteral("outbound-policy"),
                                      CommandLineText::tr("Mesh traffic to unknown hosts: ALLOW_ANY (default) or REGISTRY_ONLY."),
                                      CommandLineText::tr("POLICY"));
    const QCommandLineOption maxConnections(QStringLiteral("max-connections"),
                                            CommandLineText::tr("Maximum concurrent downstream connections (default 10000)."), CommandLineText::tr("N"));
    const QCommandLineOption headerTimeout(QStringLiteral("request-headers-timeout"),
                                           CommandLineText::tr("Seconds a client may take to send request headers (default 10)."),
                                           CommandLineText::tr("SECONDS"));
    const QCommandLineOption tcpRelay(QStringLiteral("tcp-relay"),
                                      CommandLineText::tr("How TCP relays (TLS passthrough) move bytes: copy (default) or splice."),
                                      CommandLineText::tr("MODE"));
    for (const auto &opt : {config, headless, validate, exportOpt, apiVersion, explain, bind, portOffset, meshPort,
                            meshAllowRemote, adminPort, adminToken, connectTo, accessLog, accessLogFormat, workers,
                            outbound, maxConnections, headerTimeout, tcpRelay})
        p.addOption(opt);

    if (!p.parse(arguments)) {
        result.error = p.errorText();
        return result;
    }
    // --help-all too: QCommandLineParser adds it, and left to Qt it needs a display to print.
    if (p.isSet(helpOption) || p.isSet(QStringLiteral("help-all"))) {
        result.exitNow = true;
        result.error.clear();
        QTextStream(stdout) << p.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("meshgate"));
        return result;
    }
    if (p.isSet(versionOption)) {
        result.exitNow = true;
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                            << '\n';
        return result;
    }
    if (!p.positionalArguments().isEmpty()) {
        result.error = CommandLineText::tr("unexpected argument '%1' (config files go after -c)").arg(p.positionalArguments().first());
        return result;
    }

    o.configFiles = p.values(config);
    o.headless = p.isSet(headless);
    o.validate = p.isSet(validate);
    o.exportPath = p.value(exportOpt);
    o.explain = p.value(explain);
    if (p.isSet(apiVersion)) {
        const auto v = apiVersionFromString(p.value(apiVersion));
        if (!v) {
            result.error = CommandLineText::tr("--api-version must be v1, v1beta1, v1alpha3 or keep, not '%1'").arg(p.value(apiVersion));
            return result;
        }
        o.apiVersion = *v;
    }
    EngineSettings &e = o.engine;
    if (p.isSet(bind) && !e.bindAddress.setAddress(p.value(bind))) {
        result.error = CommandLineText::tr("--bind needs an IP address, not '%1'").arg(p.value(bind));
        return result;
    }
    if (p.isSet(portOffset)) {
        bool ok = false;
        const int v = p.value(portOffset).toInt(&ok);
        if (!ok || v < 0 || v > 65535) {
            result.error = CommandLineText::tr("--port-offset needs a number between 0 and 65535");
            return result;
        }
        e.portOffset = v;
    }
    if (p.isSet(meshPort) && !toPort(p.value(meshPort), &e.meshPort, true)) {
        result.error = CommandLineText::tr("--mesh-port needs a port number (0 = off)");
        return result;
    }
    if (p.isSet(adminPort) && !toPort(p.value(adminPort), &e.adminPort, true)) {
        result.error = CommandLineText::tr("--admin-port needs a port number (0 = off)");
        return result;
    }
    e.meshAllowRemote = p.isSet(meshAllowRemote);
    e.adminToken = p.value(adminToken);
    for (const QString &rule : p.values(connectTo)) {
        QString why;
        const auto parsed = ConnectToRule::parse(rule, &why);
        if (!parsed) {
            result.error = QStringLiteral("--connect-to: ") + why;
            return result;
        }
        e.connectTo.append(*parsed);
    }
    o.accessLogSet = p.isSet(accessLog);
    e.accessLogPath = o.accessLogSet ? p.value(accessLog) : (o.headless ? QStringLiteral("-") : QString());
    e.recordAccessLog = !o.headless || !e.accessLogPath.isEmpty(); // the GUI's log panel reads them
    if (p.isSet(accessLogFormat))
        e.accessLogFormat = p.value(accessLogFormat);
    if (p.isSet(workers)) {
        bool ok = false;
        e.workers = p.value(workers).toInt(&ok);
        if (!ok || e.workers < 1 || e.workers > 256) {
            result.error = CommandLineText::tr("--workers needs a number between 1 and 256");
            return result;
        }
    }
    if (p.isSet(outbound)) {
        const QString v = p.value(outbound).toUpper();
        if (v == u"ALLOW_ANY")
            e.outboundPolicy = OutboundPolicy::AllowAny;
        else if (v == u"REGISTRY_ONLY")
            e.outboundPolicy = OutboundPolicy::RegistryOnly;
        else {
            result.error = CommandLineText::tr("--outbound-policy must be ALLOW_ANY or REGISTRY_ONLY");
            return result;
        }
    }
    if (p.isSet(maxConnections)) {
        bool ok = false;
        e.maxConnections = p.value(maxConnections).toInt(&ok);
        if (!ok || e.maxConnections < 1) {
            result.error = CommandLineText::tr("--max-connections needs a positive number");
            return result;
        }
    }
    if (p.isSet(tcpRelay)) {
        const QString v = p.value(tcpRelay);
        if (v != u"copy" && v != u"splice") {
            result.error = CommandLineText::tr("--tcp-relay must be copy or splice, not '%1'").arg(v);
            return result;
        }
        e.spliceRelay = v == u"splice";
    }
    if (p.isSet(headerTimeout)) {
        bool ok = false;
        const double s = p.value(headerTimeout).toDouble(&ok);
        if (!ok || s <= 0) {
            result.error = CommandLineText::tr("--request-headers-timeout needs a positive number of seconds");
            return result;
        }
        e.requestHeadersTimeout = std::chrono::milliseconds(qint64(s * 1000));
    }
    return result;
}

} // namespace meshgate
