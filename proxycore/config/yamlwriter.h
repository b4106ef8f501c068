// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/node.h"

#include <QByteArray>
#include <QJsonValue>

#include <vector>

namespace meshgate {

// Writes Node trees as block YAML in the style kubectl prints (sequences not indented under
// their key). Strings are quoted only when a plain scalar would read back as something else,
// so the output reads back into the same tree and writing it again gives the same bytes.
class YamlWriter final
{
public:
    static QByteArray write(const Node &document);
    static QByteArray writeAll(const std::vector<Node> &documents); // joined with "---"

    static bool needsQuotes(const QString &text);
    // Written without quotes, `text` reads back as the same characters (whether it then reads
    // as a string, a number or a boolean is another matter).
    static bool readsBackPlain(const QString &text);
    // A mapping key as it is written (quoted and escaped when it must be).
    static QByteArray encodeKey(const QString &key);
    // YAML allows at most 1024 characters for an implicit key.
    static constexpr qsizetype kMaxKeyLength = 1024;

    // The same tree as JSON (for /config_dump): plain scalars become numbers/booleans/null
    // where they read as such.
    static QJsonValue toJson(const Node &node);

private:
    // Blanks at either end, control characters, `: ` or ` #` inside: quotes whatever the start.
    static bool hasUnsafeCharacters(const QString &nonEmptyText);
};

} // namespace meshgate
