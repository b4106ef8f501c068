// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/documentsplitter.h"

#include "common/resourcetext.h"
#include "config/configexporter.h"
#include "config/configloader.h"
#include "config/resourcedecoder.h"
#include "config/yamlreader.h"

namespace meshgate {

namespace {

struct Chunk
{
    QByteArray text;
    int firstLine = 1; // 1-based line of the chunk's first line in the file
};

bool isSeparator(const QByteArray &line)
{
    if (!line.startsWith("---"))
        return false;
    const QByteArray rest = line.mid(3).trimmed();
    return rest.isEmpty() || rest.startsWith('#');
}

std::vector<Chunk> cut(const QByteArray &text)
{
    std::vector<Chunk> chunks;
    Chunk current;
    int line = 1;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        const qsizetype next = end < 0 ? text.size() : end + 1;
        const QByteArray l = text.mid(start, next - start);
        if (isSeparator(l)) {
            chunks.push_back(std::move(current));
            current = Chunk{{}, line + 1};
        } else {
            current.text += l;
        }
        start = next;
        ++line;
    }
    chunks.push_back(std::move(current));
    return chunks;
}

QByteArray trimBlankLines(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    while (!lines.isEmpty() && lines.front().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.back().trimmed().isEmpty())
        lines.removeLast();
    return lines.isEmpty() ? QByteArray() : lines.join('\n') + '\n';
}

Diagnostics shifted(Diagnostics diagnostics, int firstLine)
{
    for (Diagnostic &d : diagnostics)
        if (d.pos.isValid())
            d.pos.line += firstLine - 1;
    return diagnostics;
}

// The file could not be cut into one text per resource: every resource gets regenerated text.
DocumentSplitter::Result regenerated(const std::vector<Resource> &resources, const Diagnostics &decodeDiagnostics,
                                     const QString &file)
{
    DocumentSplitter::Result out;
    QStringList names;
    for (const Resource &r : resources) {
        out.entries.push_back(ResourceText::fromResource(r, file));
        names.append(r.displayName());
    }
    for (const Diagnostic &d : decodeDiagnostics)
        if (!names.contains(d.resource))
            out.diagnostics.append(d);
    return out;
}

} // namespace

DocumentSplitter::Result DocumentSplitter::split(const QByteArray &rawText, const QString &file, Layout layout)
{
    const QByteArray text = YamlReader::stripShellWrapper(rawText);
    YamlReader::Result yaml = YamlReader::read(text, file);
    if (!yaml.ok()) {
        Result failed;
        failed.syntaxError = true;
        failed.diagnostics = yaml.diagnostics;
        return failed;
    }
    const ResourceDecoder::Result whole = ResourceDecoder::decode(yaml.documents, file);
    // A kind its API group does not have is refused as a syntax error is: kept as a foreign
    // document it would silently drop the resource someone meant to write.
    Diagnostics unknownKinds;
    for (const Diagnostic &d : whole.diagnostics)
        if (d.code == u"unknown-kind")
            unknownKinds.append(d);
    if (!unknownKinds.isEmpty()) {
        Result failed;
        failed.syntaxError = true;
        failed.diagnostics = unknownKinds;
        return failed;
    }

    Result out;
    QByteArray pending; // comment-only documents, glued to the next resource so they are not lost
    size_t decoded = 0;
    for (Chunk &chunk : cut(text)) {
        if (layout == Layout::Trimmed)
            chunk.text = trimBlankLines(chunk.text);
        if (!YamlReader::read(chunk.text, file).ok())
            return regenerated(whole.resources, whole.diagnostics, file); // the cut went through a document
        LoadResult one = ConfigLoader::parseText(chunk.text, file);
        if (one.config.resources.size() == 1) {
            if (decoded >= whole.resources.size()
                || ConfigExporter::toYaml(one.config.resources.front())
                       != ConfigExporter::toYaml(whole.resources[decoded]))
                return regenerated(whole.resources, whole.diagnostics, file);
            ++decoded;
            WorkspaceEntry entry;
            entry.resource = std::move(one.config.resources.front());
            entry.text = pending + chunk.text;
            entry.file = file;
            entry.parseDiagnostics = one.diagnostics;
            if (!pending.isEmpty())
                ResourceText::refresh(entry); // positions must be relative to the glued text
            pending.clear();
            out.entries.push_back(std::move(entry));
            continue;
        }
        if (one.config.resources.size() > 1) // a List: its items get their own regenerated text
            return regenerated(whole.resources, whole.diagnostics, file);
        if (one.diagnostics.isEmpty()) {
            if (layout == Layout::Exact || !chunk.text.isEmpty())
                pending += chunk.text + "---\n";
            continue;
        }
        out.foreign.push_back({int(out.entries.size()) - 1, pending + chunk.text});
        out.diagnostics += shifted(one.diagnostics, chunk.firstLine);
        pending.clear();
    }
    if (decoded != whole.resources.size())
        return regenerated(whole.resources, whole.diagnostics, file);
    if (!pending.isEmpty()) {
        // Trailing comment-only documents: keep them at the end of the last text.
        pending.chop(4); // the separator added after the last chunk does not exist in the file
        if (layout == Layout::Trimmed && pending.trimmed().isEmpty()) {
            // nothing worth keeping
        } else if (!out.entries.empty()) {
            WorkspaceEntry &last = out.entries.back();
            last.text += "---\n" + pending;
            ResourceText::refresh(last);
        } else if (!pending.trimmed().isEmpty()) {
            out.foreign.push_back({-1, pending});
        }
    }
    return out;
}

QByteArray DocumentSplitter::join(const QList<QByteArray> &documents)
{
    QByteArray out;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        if (i > 0) {
            if (!out.isEmpty() && !out.endsWith('\n'))
                out += '\n';
            out += "---\n";
        }
        out += documents[i];
    }
    return out;
}

} // namespace meshgate
