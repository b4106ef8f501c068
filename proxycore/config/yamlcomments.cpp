// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/yamlcomments.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <vector>

namespace meshgate {

namespace {

struct Line
{
    QByteArray text;    // without the newline
    QByteArray content; // `text` without its comment, trailing blanks removed
    QByteArray comment; // "# ..." or empty
    int indent = 0;
    bool inBlockScalar = false; // a line of a `|` or `>` scalar: a '#' there is text
};

// Where a comment starts: '#' at the start or after a blank, outside quotes. Quotes are
// followed within the line only; our writer never continues a quoted scalar on a next line.
qsizetype commentStart(const QByteArray &line)
{
    char quote = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quote) {
            if (quote == '"' && c == '\\')
                ++i;
            else if (quote == '\'' && c == '\'' && i + 1 < line.size() && line[i + 1] == '\'')
                ++i; // '' is a quote inside a single-quoted scalar
            else if (c == quote)
                quote = 0;
            continue;
        }
        if ((c == '"' || c == '\'') && (i == 0 || QByteArrayView(" \t[{,:-").contains(line[i - 1])))
            quote = c;
        else if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t'))
            return i;
    }
    return -1;
}

std::vector<Line> splitLines(const QByteArray &text)
{
    static const QRegularExpression blockStart(QStringLiteral(R"((^|[:-]\s+)[|>][0-9+-]*\s*$)"));
    std::vector<Line> lines;
    int blockParent = -1; // indentation of the line that opened a block scalar; -1: none open
    for (QByteArray raw : text.split('\n')) {
        if (raw.endsWith('\r'))
            raw.chop(1); // a file saved on Windows; the regenerated text has plain newlines
        Line l;
        l.text = raw;
        while (l.indent < raw.size() && raw[l.indent] == ' ')
            ++l.indent;
        const bool blank = raw.trimmed().isEmpty();
        if (blockParent >= 0 && (blank || l.indent > blockParent)) {
            l.inBlockScalar = true;
            l.content = raw;
            lines.push_back(std::move(l));
            continue;
        }
        blockParent = -1;
        const qsizetype hash = commentStart(raw);
        l.content = hash < 0 ? raw : raw.left(hash);
        while (!l.content.isEmpty() && (l.content.back() == ' ' || l.content.back() == '\t'))
            l.content.chop(1);
        if (hash >= 0)
            l.comment = raw.mid(hash);
        if (blockStart.match(QString::fromUtf8(l.content)).hasMatch()) {
            // "- body: |": the scalar is indented past the key, not just past the dash.
            int key = l.indent;
            while (key + 1 < l.content.size() && l.content[key] == '-' && l.content[key + 1] == ' ') {
                key += 2;
                while (key < l.content.size() && l.content[key] == ' ')
                    ++key;
            }
            blockParent = key;
        }
        lines.push_back(std::move(l));
    }
    if (!lines.empty() && lines.back().text.isEmpty())
        lines.pop_back(); // the text's final newline
    return lines;
}

// Line (1-based) → the field path that starts furthest left on it; the outermost wins a tie.
QHash<int, QString> pathsByLine(const SourceInfo &source, const std::vector<Line> &lines)
{
    std::map<int, std::pair<int, QString>> best;
    const auto offer = [&](const QString &path, SourcePos pos) {
        if (!pos.isValid())
            return;
        auto it = best.find(pos.line);
        if (it == best.end() || pos.column < it->second.first
            || (pos.column == it->second.first && path.size() < it->second.second.size()))
            best[pos.line] = {pos.column, path};
    };
    for (auto it = source.keyPositions.begin(); it != source.keyPositions.end(); ++it)
        offer(it.key(), it.value());
    // A keyed field's value position is where its map or list starts, often the next line,
    // which belongs to the first key inside; only list items are placed by their value.
    for (auto it = source.fieldPositions.begin(); it != source.fieldPositions.end(); ++it)
        if (!source.keyPositions.contains(it.key()))
            offer(it.key(), it.value());
    // Top-level keys (apiVersion, kind) may not be recorded: their name is their path.
    static const QRegularExpression topKey(QStringLiteral(R"(^([A-Za-z][A-Za-z0-9]*):)"));
    for (size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].inBlockScalar || best.count(int(i) + 1))
            continue;
        const auto m = topKey.match(QString::fromUtf8(lines[i].content));
        if (m.hasMatch())
            best[int(i) + 1] = {1, m.captured(1)};
    }
    QHash<int, QString> out;
    for (const auto &[line, entry] : best)
        out.insert(line, entry.second);
    return out;
}

// "spec.http[2].route[0]" → "spec.http[2].route" → "spec.http[2]" → ... → "".
QString parentOf(const QString &path)
{
    const qsizetype cut = std::max(path.lastIndexOf(QLatin1Char('.')), path.lastIndexOf(QLatin1Char('[')));
    return cut <= 0 ? QString() : path.left(cut);
}

// The list items of a text ("spec.http[1]", "spec.http[1].route[0]"): what each one says
// (its lines without comments) and its first line, to find it again after the form deleted,
// inserted or moved items around it.
struct Item
{
    QString list;  // "spec.http"
    int index = 0;
    QString text;  // every line of the item
    QString first; // its first line
};

QHash<QString, Item> itemsOf(const SourceInfo &source, const std::vector<Line> &lines)
{
    QHash<QString, std::pair<int, int>> spans; // item path → first and last line (1-based)
    const auto offer = [&](const QString &path, SourcePos pos) {
        if (!pos.isValid())
            return;
        for (qsizetype close = path.indexOf(QLatin1Char(']')); close >= 0; close = path.indexOf(QLatin1Char(']'), close + 1)) {
            auto &span = spans[path.left(close + 1)];
            span.first = span.first == 0 ? pos.line : std::min(span.first, pos.line);
            span.second = std::max(span.second, pos.line);
        }
    };
    for (auto it = source.keyPositions.begin(); it != source.keyPositions.end(); ++it)
        offer(it.key(), it.value());
    for (auto it = source.fieldPositions.begin(); it != source.fieldPositions.end(); ++it)
        offer(it.key(), it.value());
    QHash<QString, Item> items;
    for (auto it = spans.begin(); it != spans.end(); ++it) {
        const QString &path = it.key();
        const qsizetype open = path.lastIndexOf(QLatin1Char('['));
        Item item;
        item.list = path.left(open);
        item.index = path.mid(open + 1, path.size() - open - 2).toInt();
        for (int l = it->first; l <= it->second && l <= int(lines.size()); ++l) {
            const QString line = QString::fromUtf8(lines[size_t(l - 1)].content).trimmed();
            item.text += line + QLatin1Char('\n');
            if (l == it->first)
                item.first = line;
        }
        items.insert(path, item);
    }
    return items;
}

// Old item path → new item path for the items the new text still has; those it lost are absent.
QHash<QString, QString> matchItems(const QHash<QString, Item> &oldItems, const QHash<QString, Item> &newItems)
{
    QStringList order = oldItems.keys();
    std::sort(order.begin(), order.end(), [](const QString &a, const QString &b) {
        return a.count(QLatin1Char('[')) != b.count(QLatin1Char('[')) ? a.count(QLatin1Char('[')) < b.count(QLatin1Char('['))
                                                                        : a < b;
    });
    QHash<QString, QString> mapped;
    QSet<QString> claimed;
    // Where a list is now: its own item, mapped before it (fewer brackets first); empty when
    // that item is gone, and with it everything in it.
    const auto mapList = [&](const QString &list) {
        const qsizetype close = list.lastIndexOf(QLatin1Char(']'));
        if (close < 0)
            return list;
        const auto it = mapped.constFind(list.left(close + 1));
        return it == mapped.constEnd() ? QString() : *it + list.mid(close + 1);
    };
    for (const QString &path : order) {
        const Item &item = oldItems[path];
        const QString list = mapList(item.list);
        if (list.isEmpty())
            continue;
        QList<QString> siblings;
        for (auto it = newItems.begin(); it != newItems.end(); ++it)
            if (it->list == list && !claimed.contains(it.key()))
                siblings.append(it.key());
        const auto pick = [&](const std::function<bool(const Item &)> &same) -> QString {
            QString sameIndex;
            QStringList hits;
            for (const QString &k : siblings) {
                if (same(newItems[k])) {
                    hits.append(k);
                    if (newItems[k].index == item.index)
                        sameIndex = k;
                }
            }
            // A duplicate leaves two equal items: the original keeps its place.
            return !sameIndex.isEmpty() ? sameIndex : hits.size() == 1 ? hits.front() : QString();
        };
        QString found = pick([&](const Item &n) { return n.text == item.text; });
        if (found.isEmpty())
            found = pick([&](const Item &n) { return n.first == item.first; });
        if (found.isEmpty()) {
            // An item edited beyond recognition stays where it was if the list kept its length.
            int oldCount = 0;
            for (const Item &o : oldItems)
                oldCount += o.list == item.list ? 1 : 0;
            int newCount = 0;
            for (const Item &n : newItems)
                newCount += n.list == list ? 1 : 0;
            const QString same = list + QLatin1Char('[') + QString::number(item.index) + QLatin1Char(']');
            if (oldCount == newCount && newItems.contains(same) && !claimed.contains(same))
                found = same;
        }
        if (!found.isEmpty()) {
            mapped.insert(path, found);
            claimed.insert(found);
        }
    }
    return mapped;
}

// `path` with each of its items replaced by where that item is now; empty when an item of it
// is gone.
QString followItems(const QString &path, const QHash<QString, QString> &mapped)
{
    qsizetype close = path.lastIndexOf(QLatin1Char(']'));
    if (close < 0)
        return path;
    const auto it = mapped.constFind(path.left(close + 1)); // the innermost item decides
    return it == mapped.constEnd() ? QString() : *it + path.mid(close + 1);
}

} // namespace

bool YamlComments::hasComments(const QByteArray &text)
{
    if (!text.contains('#'))
        return false;
    const std::vector<Line> lines = splitLines(text);
    return std::any_of(lines.begin(), lines.end(), [](const Line &l) { return !l.comment.isEmpty(); });
}

QByteArray YamlComments::carry(const QByteArray &before, const SourceInfo &beforeSource, const QByteArray &after,
                               const SourceInfo &afterSource)
{
    if (!hasComments(before))
        return after;
    const std::vector<Line> old = splitLines(before);
    const QHash<int, QString> oldPaths = pathsByLine(beforeSource, old);
    std::vector<Line> lines = splitLines(after);
    const QHash<int, QString> newPaths = pathsByLine(afterSource, lines);
    QHash<QString, int> newLineOf; // path → 0-based line
    for (auto it = newPaths.begin(); it != newPaths.end(); ++it)
        newLineOf.insert(it.value(), it.key() - 1);

    // Items the form deleted, inserted or moved are found again by what they say.
    const QHash<QString, QString> moved = matchItems(itemsOf(beforeSource, old), itemsOf(afterSource, lines));

    // Where an old path lives now: itself, or its nearest parent; -1 when nothing matches.
    const auto target = [&](QString path, bool *exact) {
        *exact = true;
        QString now = followItems(path, moved);
        while (now.isEmpty() && path.contains(QLatin1Char('['))) {
            // Its item is gone: the comment stays with the list, not with whatever took the
            // item's place.
            *exact = false;
            path = path.left(path.lastIndexOf(QLatin1Char('[')));
            now = followItems(path, moved);
        }
        path = now;
        while (!path.isEmpty()) {
            if (const auto it = newLineOf.constFind(path); it != newLineOf.constEnd())
                return *it;
            path = parentOf(path);
            *exact = false;
        }
        return -1;
    };

    std::vector<QList<QByteArray>> above(lines.size()); // comment lines to put before each new line
    std::vector<QByteArray> trailing(lines.size());
    QList<QByteArray> atEnd;
    QList<QByteArray> pending; // comment-only lines waiting for the next line with a field
    const auto place = [&](int line, const QList<QByteArray> &comments) {
        if (line < 0)
            atEnd += comments;
        else
            above[size_t(line)] += comments;
    };
    for (size_t i = 0; i < old.size(); ++i) {
        const Line &l = old[i];
        if (l.inBlockScalar)
            continue;
        if (l.content.trimmed().isEmpty()) {
            if (!l.comment.isEmpty())
                pending.append(l.comment);
            continue;
        }
        const auto path = oldPaths.constFind(int(i) + 1);
        if (path == oldPaths.constEnd()) {
            // A line without a field of its own (a flow list's continuation): its trailing
            // comment waits with the block above for the next line that has one.
            if (!l.comment.isEmpty())
                pending.append(l.comment);
            continue;
        }
        bool exact = false;
        const int line = target(*path, &exact);
        place(line, pending);
        pending.clear();
        if (l.comment.isEmpty())
            continue;
        if (line >= 0 && exact && trailing[size_t(line)].isEmpty() && lines[size_t(line)].comment.isEmpty())
            trailing[size_t(line)] = l.comment;
        else
            place(line, {l.comment});
    }
    atEnd += pending;

    QByteArray out;
    for (size_t i = 0; i < lines.size(); ++i) {
        const QByteArray indent(lines[i].indent, ' ');
        for (const QByteArray &c : above[i])
            out += indent + c + '\n';
        out += lines[i].text;
        if (!trailing[i].isEmpty())
            out += "  " + trailing[i];
        out += '\n';
    }
    for (const QByteArray &c : atEnd)
        out += c + '\n';
    return out;
}

} // namespace meshgate
