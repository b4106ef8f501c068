// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>

namespace meshgate {

// Which engine settings the command line set for this run (and so win over the saved ones).
// AppOptions carries only the resulting values, where a flag given with its default value looks
// like no flag at all; the arguments themselves say what the user asked for.
struct CommandLineOverrides
{
    bool bindAddress = false;
    bool portOffset = false;
    bool meshPort = false;
    bool adminPort = false;
    bool workers = false;
    bool maxConnections = false;
    bool requestHeadersTimeout = false;
    bool accessLogFormat = false;
    bool accessLogFile = false;
    bool connectTo = false;
    // Each flag's value as typed ("--port-offset" -> "30000"), so notes can say what wins.
    QHash<QString, QString> values;

    // Reads QCommandLineParser's long-option forms: "--name value" and "--name=value", up to "--".
    static CommandLineOverrides fromArguments(const QStringList &arguments);

    QStringList flags() const; // the flags given, e.g. {"--mesh-port"}
    bool any() const { return !flags().isEmpty(); }
};

} // namespace meshgate
