// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/accesslogexporter.h"

#include "logs/accesslogmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>

namespace meshgate {

namespace {

// Gives the free functions here a translation context lupdate can see.
struct AccessLogExporterText
{
    Q_DECLARE_TR_FUNCTIONS(AccessLogExporter)
};

const char *columnKey(int column)
{
    static constexpr const char *keys[AccessLogModel::ColumnCount] = {
        "time", "client", "method", "authority", "path", "status", "flags",
        "bytes_in", "bytes_out", "duration_ms", "upstream_host", "cluster", "route",
    };
    return column >= 0 && column < AccessLogModel::ColumnCount ? keys[column] : "";
}

// Machine-readable cell: ISO time, plain numbers, "-" never stands for empty.
QByteArray plainCell(const LogRow &row, int column)
{
    switch (column) {
    case AccessLogModel::TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(row.startTimeMs(), Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
    case AccessLogModel::StatusColumn:
        return row.responseCode() > 0 ? QByteArray::number(row.responseCode()) : QByteArray();
    case AccessLogModel::BytesInColumn:
        return QByteArray::number(row.bytesReceived());
    case AccessLogModel::BytesOutColumn:
        return QByteArray::number(row.bytesSent());
    case AccessLogModel::DurationColumn:
        return QByteArray::number(row.durationMs());
    default:
        return AccessLogModel::displayText(row, column).toUtf8();
    }
}

void appendCsvField(QByteArray &out, const QByteArray &value)
{
    const bool quote = value.contains(',') || value.contains('"') || value.contains('\n') || value.contains('\r');
    if (!quote) {
        out += value;
        return;
    }
    out += '"';
    for (const char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

} // namespace

AccessLogExporter::Format AccessLogExporter::formatForFileName(const QString &fileName)
{
    if (fileName.endsWith(u".jsonl", Qt::CaseInsensitive) || fileName.endsWith(u".json", Qt::CaseInsensitive)
        || fileName.endsWith(u".ndjson", Qt::CaseInsensitive))
        return Format::JsonLines;
    if (fileName.endsWith(u".csv", Qt::CaseInsensitive))
        return Format::Csv;
    return Format::Text;
}

AccessLogExporter::Result AccessLogExporter::write(const QString &path, Format format, qsizetype count,
                                                   const std::function<const LogRow &(qsizetype)> &rowAt,
                                                   const AccessLogFormatter &textFormat, const QList<int> &csvColumns)
{
    Result result;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = AccessLogExporterText::tr("cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    const auto json = AccessLogFormatter::create(QStringLiteral("json"));
    const AccessLogFormatter &formatter =
        format == Format::JsonLines ? std::get<AccessLogFormatter>(json) : textFormat;

    QByteArray buffer;
    constexpr qsizetype flushAt = 256 * 1024;
    buffer.reserve(flushAt + 4096);
    if (format == Format::Csv) {
        for (qsizetype i = 0; i < csvColumns.size(); ++i) {
            if (i > 0)
                buffer += ',';
            buffer += columnKey(csvColumns[i]);
        }
        buffer += "\r\n";
    }
    for (qsizetype i = 0; i < count; ++i) {
        const LogRow &row = rowAt(i);
        if (format == Format::Csv) {
            for (qsizetype c = 0; c < csvColumns.size(); ++c) {
                if (c > 0)
                    buffer += ',';
                appendCsvField(buffer, plainCell(row, csvColumns[c]));
            }
            buffer += "\r\n";
        } else {
            formatter.appendTo(buffer, row.toRecord());
        }
        if (buffer.size() >= flushAt) {
            file.write(buffer);
            buffer.resize(0); // keeps the capacity
        }
    }
    file.write(buffer);
    if (!file.commit()) {
        result.error = AccessLogExporterText::tr("cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    result.ok = true;
    result.rows = count;
    return result;
}

} // namespace meshgate
