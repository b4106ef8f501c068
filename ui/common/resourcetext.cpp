// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/resourcetext.h"

#include "config/configexporter.h"
#include "config/configloader.h"
#include "config/yamlcomments.h"

#include <QCoreApplication>

namespace meshgate {

ResourceText::Parsed ResourceText::parseOne(const QByteArray &text, const QString &file)
{
    Parsed out;
    LoadResult loaded = ConfigLoader::parseText(text, file);
    out.diagnostics = loaded.diagnostics;
    if (loaded.config.resources.size() > 1) {
        out.diagnostics.append({Diagnostic::Severity::Error,
                                QCoreApplication::translate("ResourceText",
                                                            "the YAML tab holds one resource, found %1; use "
                                                            "File > Import to add more")
                                    .arg(loaded.config.resources.size()),
                                file, loaded.config.resources[1].source.pos, {}, {}, QStringLiteral("one-resource")});
        return out;
    }
    if (loaded.config.resources.empty()) {
        if (!hasErrors(out.diagnostics))
            out.diagnostics.append({Diagnostic::Severity::Error,
                                    QCoreApplication::translate("ResourceText",
                                                                "no Gateway, ServiceEntry, DestinationRule or "
                                                                "VirtualService in the text"),
                                    file, {1, 1}, {}, {}, QStringLiteral("one-resource")});
        return out;
    }
    if (hasErrors(out.diagnostics))
        return out;
    WorkspaceEntry entry;
    entry.resource = std::move(loaded.config.resources.front());
    entry.text = text;
    entry.file = file;
    entry.parseDiagnostics = out.diagnostics;
    out.entry = std::move(entry);
    return out;
}

WorkspaceEntry ResourceText::fromResource(const Resource &resource, const QString &file)
{
    WorkspaceEntry entry;
    entry.resource = resource;
    entry.text = ConfigExporter::toYaml(resource);
    entry.file = file;
    refresh(entry);
    return entry;
}

WorkspaceEntry ResourceText::regenerate(const Resource &resource, const WorkspaceEntry &previous)
{
    WorkspaceEntry entry = fromResource(resource, previous.file);
    if (!YamlComments::hasComments(previous.text))
        return entry;
    const QByteArray carried = YamlComments::carry(previous.text, previous.resource.source, entry.text,
                                                   entry.resource.source);
    // A comment must never change what runs: keep it only if the text reads the same.
    const LoadResult loaded = ConfigLoader::parseText(carried, previous.file);
    if (loaded.config.resources.size() != 1 || hasErrors(loaded.diagnostics)
        || ConfigExporter::toYaml(loaded.config.resources.front()) != ConfigExporter::toYaml(resource))
        return entry;
    entry.text = carried;
    refresh(entry);
    return entry;
}

void ResourceText::refresh(WorkspaceEntry &entry)
{
    LoadResult loaded = ConfigLoader::parseText(entry.text, entry.file);
    entry.parseDiagnostics = loaded.diagnostics;
    if (loaded.config.resources.size() == 1)
        entry.resource.source = loaded.config.resources.front().source;
}

} // namespace meshgate
