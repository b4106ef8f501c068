// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/resourceencoder.h"
#include "engine/enginesettings.h"

#include <QStringList>

namespace meshgate {

// What the user asked for on the command line; shared by GUI and headless modes.
struct AppOptions
{
    QStringList configFiles;
    bool headless = false;
    bool validate = false;
    QString exportPath; // "-" = stdout
    ApiVersion apiVersion = ApiVersion::Keep;
    QString explain;
    EngineSettings engine;
    bool accessLogSet = false;
};

class CommandLine final
{
public:
    struct Result
    {
        AppOptions options;
        QString error;       // one line; exit code 2
        bool exitNow = false; // --help / --version were handled
    };
    static Result parse(const QStringList &arguments);
};

} // namespace meshgate
