// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesslogline.h"

#include <QList>

namespace meshgate::test {

namespace {

constexpr int kFieldsAfterStart = 17;

// Splits the part after "[START] " into fields: bare words end at a space, quoted values at a
// quote followed by a space or the end (a user agent may itself contain quotes).
std::optional<QList<QString>> splitFields(QByteArrayView rest)
{
    QList<QString> fields;
    qsizetype i = 0;
    const qsizetype n = rest.size();
    while (i < n) {
        if (rest[i] == ' ') {
            ++i;
            continue;
        }
        if (rest[i] == '"') {
            qsizetype close = -1;
            for (qsizetype j = i + 1; j < n; ++j) {
                if (rest[j] == '"' && (j + 1 == n || rest[j + 1] == ' ')) {
                    close = j;
                    break;
                }
            }
            if (close < 0)
                return std::nullopt;
            fields.append(QString::fromUtf8(rest.sliced(i + 1, close - i - 1)));
            i = close + 1;
        } else {
            qsizetype end = i;
            while (end < n && rest[end] != ' ')
                ++end;
            fields.append(QString::fromUtf8(rest.sliced(i, end - i)));
            i = end;
        }
    }
    return fields;
}

bool toInt64(const QString &text, qint64 *out)
{
    bool ok = false;
    *out = text.toLongLong(&ok);
    return ok;
}

} // namespace

std::optional<AccessLogLine> AccessLogLine::parse(QByteArrayView line, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<AccessLogLine> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
        line.chop(1);
    if (!line.startsWith('['))
        return fail(QStringLiteral("does not start with [START_TIME]"));
    const qsizetype close = line.indexOf(']');
    if (close < 0 || close + 1 >= line.size() || line[close + 1] != ' ')
        return fail(QStringLiteral("no ] after the start time"));

    AccessLogLine l;
    l.startText = QString::fromUtf8(line.sliced(1, close - 1));
    l.start = QDateTime::fromString(l.startText, Qt::ISODateWithMs);
    if (!l.start.isValid() || !l.startText.endsWith(u'Z'))
        return fail(QStringLiteral("start time '%1' is not ISO-8601 UTC").arg(l.startText));

    const auto fields = splitFields(line.sliced(close + 2));
    if (!fields)
        return fail(QStringLiteral("unbalanced quotes"));
    if (fields->size() != kFieldsAfterStart)
        return fail(QStringLiteral("%1 fields after the start time, expected %2").arg(fields->size()).arg(kFieldsAfterStart));
    const QList<QString> &f = *fields;

    const QStringList request = f[0].split(u' ');
    if (request.size() < 3)
        return fail(QStringLiteral("request line '%1' is not METHOD PATH PROTOCOL").arg(f[0]));
    l.method = request.first();
    l.protocol = request.last();
    l.path = request.mid(1, request.size() - 2).join(u' ');

    bool ok = false;
    l.code = f[1].toInt(&ok);
    if (!ok)
        return fail(QStringLiteral("response code '%1' is not a number").arg(f[1]));
    l.flagsText = f[2];
    if (l.flagsText != u"-")
        l.flags = l.flagsText.split(u',');
    if (!toInt64(f[3], &l.bytesReceived) || !toInt64(f[4], &l.bytesSent) || !toInt64(f[5], &l.durationMs))
        return fail(QStringLiteral("bytes/duration '%1 %2 %3' are not numbers").arg(f[3], f[4], f[5]));
    if (f[6] != u"-") {
        qint64 t = 0;
        if (!toInt64(f[6], &t))
            return fail(QStringLiteral("upstream service time '%1' is not a number or -").arg(f[6]));
        l.upstreamServiceTimeMs = t;
    }
    l.xForwardedFor = f[7];
    l.userAgent = f[8];
    l.requestId = f[9];
    l.authority = f[10];
    l.upstreamHost = f[11];
    l.upstreamCluster = f[12];
    l.upstreamLocal = f[13];
    l.downstreamLocal = f[14];
    l.downstreamRemote = f[15];
    l.sni = f[16];
    return l;
}

} // namespace meshgate::test
