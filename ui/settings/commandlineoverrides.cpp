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
            if (arg == name) {
                result.*(flag.member) = true;
                result.values.insert(name, arguments.value(i + 1));
            } else if (arg.startsWith(name) && arg.size() > name.size() && arg[name.size()] == u'=') {
                result.*(flag.member) = true;
                result.values.insert(name, arg.mid(name.size() + 1));
            }
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
