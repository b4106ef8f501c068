// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/enginesettings.h"

#include <QCoreApplication>
#include <QThread>

namespace meshgate {

namespace {

bool parsePort(QStringView text, quint16 *out)
{
    if (text.isEmpty()) {
        *out = 0;
        return true;
    }
    bool ok = false;
    const uint v = text.toUInt(&ok);
    if (!ok || v < 1 || v > 65535)
        return false;
    *out = quint16(v);
    return true;
}

// Splits "host:port" where host may be "[v6]" and both may be empty. Returns why not, or an
// empty string.
QString splitHostPort(QStringView text, QString *host, quint16 *port)
{
    QStringView portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0 || close + 1 >= text.size() || text[close + 1] != QLatin1Char(':'))
            return QCoreApplication::translate("ConnectToRule", "\"%1\" is not HOST:PORT").arg(text);
        *host = text.mid(1, close - 1).toString();
        portText = text.mid(close + 2);
    } else {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return QCoreApplication::translate("ConnectToRule", "\"%1\" is not HOST:PORT").arg(text);
        *host = text.left(colon).toString();
        portText = text.mid(colon + 1);
    }
    if (!parsePort(portText, port))
        return QCoreApplication::translate("ConnectToRule", "port \"%1\" is not a number from 1 to 65535 (or empty for any)")
            .arg(portText);
    return {};
}

} // namespace

std::optional<ConnectToRule> ConnectToRule::parse(const QString &text, QString *error)
{
    // HOST:PORT:ADDR:PORT, where HOST and ADDR may be bracketed IPv6 literals.
    auto fail = [&](const QString &why) -> std::optional<ConnectToRule> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QStringView v(text);
    qsizetype split = -1;
    if (v.startsWith(QLatin1Char('['))) {
        const qsizetype close = v.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(QCoreApplication::translate("ConnectToRule", "unbalanced '[' in \"%1\"").arg(text));
        split = v.indexOf(QLatin1Char(':'), v.indexOf(QLatin1Char(':'), close) + 1);
    } else {
        const qsizetype first = v.indexOf(QLatin1Char(':'));
        split = first < 0 ? -1 : v.indexOf(QLatin1Char(':'), first + 1);
    }
    if (split < 0)
        return fail(QCoreApplication::translate("ConnectToRule", "expected HOST:PORT:ADDRESS:PORT, got \"%1\"").arg(text));
    ConnectToRule rule;
    QString why = splitHostPort(v.left(split), &rule.host, &rule.port);
    if (why.isEmpty())
        why = splitHostPort(v.mid(split + 1), &rule.targetHost, &rule.targetPort);
    if (!why.isEmpty())
        return fail(QCoreApplication::translate("ConnectToRule", "%1 in \"%2\" (expected HOST:PORT:ADDRESS:PORT)").arg(why, text));
    rule.host = rule.host.toLower();
    return rule;
}

bool ConnectToRule::matches(const QString &h, quint16 p) const
{
    return (host.isEmpty() || host.compare(h, Qt::CaseInsensitive) == 0) && (port == 0 || port == p);
}

int EngineSettings::effectiveWorkers() const
{
    return workers > 0 ? workers : std::max(1, QThread::idealThreadCount());
}

} // namespace meshgate
