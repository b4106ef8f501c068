// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/commandlineoverrides.h"

namespace meshgate {

namespace {

struct Flag
{
    const char *name;
    bool CommandLineOverrides::*member;
};

constexpr Flag kFlags[] = {
    {"--bind", &CommandLineOverrides::bindAddress},
    {"--port-offset", &CommandLineOverrides::portOffset},
    {"--mesh-port", &CommandLineOverrides::meshPort},
    {"--admin-port", &CommandLineOverrides::adminPort},
    {"--workers", &CommandLineOverrides::workers},
    {"--max-connections", &CommandLineOverrides::maxConnections},
    {"--request-headers-timeout", &CommandLineOverrides::requestHeadersTimeout},
    {"--access-log-format", &CommandLineOverrides::accessLogFormat},
    {"--access-log", &CommandLineOverrides::accessLogFile},
    {"--connect-to", &CommandLineOverrides::connectTo},
};

} // namespace

CommandLineOverrides CommandLineOverrides::fromArguments(const QStringList &arguments)
{
    CommandLineOverrides result;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == u"--")
            break;
        for (const Flag &flag : kFlags) {
            const QLatin1String name(flag.name);
            QString value;
            if (arg == name)
                value = arguments.value(i + 1);
            else if (arg.startsWith(name) && arg.size() > name.size() && arg[name.size()] == u'=')
                value = arg.mid(name.size() + 1);
            else
                continue;
            // A repeatable flag (--connect-to) lists every value it was given.
            QString &values = result.values[name];
            values = result.*(flag.member) ? values + QStringLiteral(", ") + value : value;
            result.*(flag.member) = true;
        }
    }
    return result;
}

QStringList CommandLineOverrides::flags() const
{
    QStringList out;
    for (const Flag &flag : kFlags)
        if (this->*(flag.member))
            out.append(QString::fromLatin1(flag.name));
    return out;
}

} // namespace meshgate
