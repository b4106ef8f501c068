// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/resources.h"

#include <QString>
#include <QStringList>

#include <optional>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace meshgate::formutil {

// Text forms of model values used in line edits and table cells. Parsers return std::nullopt
// for text they cannot read, so a form can refuse the edit instead of guessing.

QStringList protocols(); // the port protocols Istio knows, for pickers
QString joinList(const QStringList &items);       // "a, b"
QStringList splitList(const QString &text);       // commas or spaces; empty items dropped
QString mapText(const StringMap &map);            // "k=v, k2=v2"
std::optional<StringMap> parseMap(const QString &text);
QString intText(const std::optional<int> &value); // "" when unset
struct IntField
{
    bool ok = false;           // false: not a number, the edit is refused
    std::optional<int> value;  // empty: the field was cleared
};
IntField parseInt(const QString &text);

// Header conditions in one cell: "name=value" exact, "name^=value" prefix, "name~=regex".
QString headersText(const QMap<QString, StringMatch> &headers);
std::optional<QMap<QString, StringMatch>> parseHeaders(const QString &text);
QString headersHelp();

// Widget updates that never fight the user: a field being edited keeps its text.
void setText(QLineEdit *edit, const QString &text);
void setComboText(QComboBox *combo, const QString &text);
void setCell(QTableWidget *table, int row, int column, const QString &text);
QString cell(const QTableWidget *table, int row, int column);
void setRowCount(QTableWidget *table, int rows);

} // namespace meshgate::formutil
