// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/routetable.h"

#include <QCoreApplication>

#include <cstring>

namespace meshgate {

namespace {

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && (a.isEmpty() || qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0);
}

} // namespace

StringMatcher StringMatcher::fromConfig(const StringMatch &match, bool ignoreCase, QString *error)
{
    StringMatcher out;
    out.kind = match.kind;
    out.ignoreCase = ignoreCase;
    switch (match.kind) {
    case StringMatch::Kind::None:
        break;
    case StringMatch::Kind::Exact:
    case StringMatch::Kind::Prefix:
        out.value = ignoreCase ? match.value.toLower().toUtf8() : match.value.toUtf8();
        break;
    case StringMatch::Kind::Regex: {
        out.value = match.value.toUtf8();
        // Envoy's safe_regex is a full match (RE2); anchoring gives QRegularExpression the same meaning.
        QRegularExpression::PatternOptions options = QRegularExpression::DontCaptureOption;
        if (ignoreCase)
            options |= QRegularExpression::CaseInsensitiveOption;
        out.regex = QRegularExpression(QRegularExpression::anchoredPattern(match.value), options);
        // Compile now, while the table is private to the compiling thread; workers then only match.
        out.regex.optimize();
        if (!out.regex.isValid() && error)
            *error = QCoreApplication::translate("StringMatcher", "regex \"%1\" does not compile: %2")
                         .arg(match.value, out.regex.errorString());
        break;
    }
    }
    return out;
}

bool StringMatcher::matches(QByteArrayView text) const
{
    switch (kind) {
    case StringMatch::Kind::None:
        return true;
    case StringMatch::Kind::Exact:
        return ignoreCase ? equalsIgnoreCase(text, value) : text == QByteArrayView(value);
    case StringMatch::Kind::Prefix:
        if (text.size() < value.size())
            return false;
        return ignoreCase ? equalsIgnoreCase(text.first(value.size()), value) : text.startsWith(value);
    case StringMatch::Kind::Regex:
        // Regex evaluation needs a QString; only regex routes pay for the conversion.
        return regex.isValid() && regex.match(QString::fromUtf8(text)).hasMatch();
    }
    return false;
}

QString StringMatcher::describe() const
{
    const QString v = QString::fromUtf8(value);
    switch (kind) {
    case StringMatch::Kind::None:
        return QStringLiteral("present");
    case StringMatch::Kind::Exact:
        return QStringLiteral("exact ") + v;
    case StringMatch::Kind::Prefix:
        return QStringLiteral("prefix ") + v;
    case StringMatch::Kind::Regex:
        return QStringLiteral("regex ") + v;
    }
    return {};
}

} // namespace meshgate
