// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/formutil.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableWidget>

namespace meshgate::formutil {

QStringList protocols()
{
    return {QStringLiteral("HTTP"), QStringLiteral("HTTPS"), QStringLiteral("HTTP2"), QStringLiteral("GRPC"),
            QStringLiteral("TCP"),  QStringLiteral("TLS"),   QStringLiteral("MONGO")};
}

QString joinList(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral(R"([,\s]+)"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QString mapText(const StringMap &map)
{
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value());
    return parts.join(QStringLiteral(", "));
}

std::optional<StringMap> parseMap(const QString &text)
{
    StringMap out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        if (p.isEmpty())
            continue;
        const qsizetype eq = p.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return std::nullopt;
        out.insert(p.left(eq).trimmed(), p.mid(eq + 1).trimmed());
    }
    return out;
}

QString intText(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

IntField parseInt(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {true, std::nullopt};
    bool ok = false;
    const int v = t.toInt(&ok);
    if (!ok)
        return {};
    return {true, v};
}

QString headersText(const QMap<QString, StringMatch> &headers)
{
    QStringList parts;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        switch (it->kind) {
        case StringMatch::Kind::Exact:
        case StringMatch::Kind::None:
            parts.append(it.key() + QLatin1Char('=') + it->value);
            break;
        case StringMatch::Kind::Prefix:
            parts.append(it.key() + QStringLiteral("^=") + it->value);
            break;
        case StringMatch::Kind::Regex:
            parts.append(it.key() + QStringLiteral("~=") + it->value);
            break;
        }
    }
    return parts.join(QStringLiteral("; "));
}

std::optional<QMap<QString, StringMatch>> parseHeaders(const QString &text)
{
    static const QRegularExpression item(QStringLiteral(R"(^\s*([^=^~\s]+)\s*(\^=|~=|=)(.*)$)"));
    QMap<QString, StringMatch> out;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch m = item.match(part);
        if (!m.hasMatch())
            return std::nullopt;
        StringMatch s;
        const QString op = m.captured(2);
        s.kind = op == u"^=" ? StringMatch::Kind::Prefix : op == u"~=" ? StringMatch::Kind::Regex : StringMatch::Kind::Exact;
        s.value = m.captured(3).trimmed();
        out.insert(m.captured(1).toLower(), s);
    }
    return out;
}

QString headersHelp()
{
    return QCoreApplication::translate("formutil",
                                       "Header conditions separated by \";\": name=value (exact), "
                                       "name^=value (prefix), name~=regex");
}

void setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text || (edit->hasFocus() && edit->isModified()))
        return;
    edit->setText(text);
    edit->setModified(false);
}

void setComboText(QComboBox *combo, const QString &text)
{
    int index = combo->findData(text);
    if (index < 0)
        index = combo->findText(text);
    if (index < 0 && !combo->isEditable()) {
        combo->addItem(text, text); // a value the list does not offer (validation will say why)
        index = combo->count() - 1;
    }
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setEditText(text);
}

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    QTableWidgetItem *item = table->item(row, column);
    if (!item) {
        table->setItem(row, column, new QTableWidgetItem(text));
        return;
    }
    if (item->text() != text)
        item->setText(text);
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void setRowCount(QTableWidget *table, int rows)
{
    if (table->rowCount() != rows)
        table->setRowCount(rows);
}

} // namespace meshgate::formutil
