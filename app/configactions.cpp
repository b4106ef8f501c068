// SPDX-License-Identifier: GPL-3.0-or-later
#include "configactions.h"

#include "config/configexporter.h"
#include "headlessrunner.h"
#include "config/validator.h"
#include "routing/routetablecompiler.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>

#include <algorithm>

namespace meshgate {

namespace {

// Gives the free functions here a translation context lupdate can see.
struct ConfigActionsText
{
    Q_DECLARE_TR_FUNCTIONS(ConfigActions)
};

void printDiagnostics(const Diagnostics &diagnostics, QTextStream &out, bool includeInfo)
{
    for (const Diagnostic &d : diagnostics)
        if (includeInfo || d.severity != Diagnostic::Severity::Info)
            out << d.toString() << '\n';
}

int runValidate(const LoadResult &loaded, const EngineSettings &engine)
{
    QTextStream out(stdout);
    Diagnostics diagnostics = loaded.diagnostics;
    // With the port offset and ports given on this command line, as `--headless` would run it.
    if (!hasErrors(diagnostics))
        diagnostics += RouteTableCompiler::check(loaded.config, engine);
    printDiagnostics(diagnostics, out, false);
    out.flush(); // before the summary on stderr, so that a terminal shows them in order
    const int errors = countSeverity(diagnostics, Diagnostic::Severity::Error);
    const int warnings = countSeverity(diagnostics, Diagnostic::Severity::Warning);
    const qsizetype resources = qsizetype(loaded.config.resources.size());
    // Whole phrases, not "(s)": each language words its singular its own way.
    const QString summary = QStringList{resources == 1 ? ConfigActionsText::tr("1 resource")
                                                       : ConfigActionsText::tr("%1 resources").arg(resources),
                                        errors == 1 ? ConfigActionsText::tr("1 error") : ConfigActionsText::tr("%1 errors").arg(errors),
                                        warnings == 1 ? ConfigActionsText::tr("1 warning")
                                                      : ConfigActionsText::tr("%1 warnings").arg(warnings)}
                                .join(QStringLiteral(", "));
    QTextStream(stderr) << summary << '\n';
    return errors > 0 ? 1 : 0;
}

int runExport(const LoadResult &loaded, const AppOptions &options)
{
    QTextStream err(stderr);
    // A reference to a Gateway or host that is not in these files is an error for running them
    // here, but a cluster may well hold it (a shared gateway in istio-system): kubectl accepts the
    // YAML, so it is exported with the finding. Anything else an API server would refuse.
    QSet<QString> references;
    for (const Diagnostic &d : Validator::validateCrossResource(loaded.config))
        references.insert(d.toString());
    const int refused = int(std::count_if(loaded.diagnostics.begin(), loaded.diagnostics.end(), [&](const Diagnostic &d) {
        return d.severity == Diagnostic::Severity::Error && !references.contains(d.toString());
    }));
    if (refused > 0) {
        printDiagnostics(loaded.diagnostics, err, false);
        err << ConfigActionsText::tr("meshgate: not exporting: the configuration has errors") << '\n';
        return 1;
    }
    if (hasErrors(loaded.diagnostics))
        err << ConfigActionsText::tr("meshgate: exporting despite the errors below: they are about how the resources fit "
                                     "together (a Gateway, subset or port they refer to may be in the cluster), which an "
                                     "API server does not check")
            << '\n';
    // Warnings go with the export (README: unknown fields are exported "with a warning"): an
    // unknown field is written as it was, and a strict API server will refuse it.
    printDiagnostics(loaded.diagnostics, err, false);
    const int unknown = int(std::count_if(loaded.diagnostics.begin(), loaded.diagnostics.end(), [](const Diagnostic &d) {
        return d.code == QLatin1String("unknown-field");
    }));
    if (unknown > 0)
        err << ConfigActionsText::tr("meshgate: exported with %n unknown field(s); kubectl apply (strict field validation) "
                                     "will reject them until they are fixed", nullptr, unknown)
            << '\n';
    const QByteArray yaml = ConfigExporter::toYaml(loaded.config, options.apiVersion);
    if (options.exportPath == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(yaml) != yaml.size()) {
            err << ConfigActionsText::tr("meshgate: cannot write to standard output") << '\n';
            return 2;
        }
        return 0;
    }
    QSaveFile file(options.exportPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size() || !file.commit()) {
        err << ConfigActionsText::tr("meshgate: cannot write %1: %2").arg(options.exportPath, file.errorString()) << '\n';
        return 2;
    }
    return 0;
}

} // namespace

QString builtInExamplePath()
{
    return QStringLiteral(":/examples/reference-scenario.yaml");
}

LoadResult loadConfiguration(const AppOptions &options)
{
    return ConfigLoader::loadFiles(options.configFiles.isEmpty() ? QStringList{builtInExamplePath()}
                                                                 : options.configFiles);
}

int runCommandLineAction(const AppOptions &options)
{
    if (options.headless && !options.validate && options.exportPath.isEmpty() && options.explain.isEmpty()) {
        HeadlessRunner runner(options);
        const int code = runner.start();
        return code >= 0 ? code : QCoreApplication::exec();
    }
    if (!options.explain.isEmpty())
        return runExplain(options);
    const LoadResult loaded = loadConfiguration(options);
    if (!loaded.unreadableFiles.isEmpty()) {
        QTextStream(stderr) << "meshgate: " << loaded.diagnostics.first().message << '\n';
        return 2;
    }
    if (options.validate)
        return runValidate(loaded, options.engine);
    if (!options.exportPath.isEmpty())
        return runExport(loaded, options);
    if (!options.explain.isEmpty())
        return runExplain(options);
    return 2;
}

} // namespace meshgate
