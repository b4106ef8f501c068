// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/configexporter.h"

#include "config/yamlwriter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace meshgate {

QByteArray ConfigExporter::toYaml(const std::vector<const Resource *> &resources, ApiVersion version)
{
    std::vector<Node> docs;
    docs.reserve(resources.size());
    for (const Resource *r : resources)
        docs.push_back(ResourceEncoder::encode(*r, version));
    return YamlWriter::writeAll(docs);
}

QByteArray ConfigExporter::toYaml(const ConfigSet &config, ApiVersion version)
{
    std::vector<const Resource *> all;
    for (const Resource &r : config.resources)
        all.push_back(&r);
    return toYaml(all, version);
}

QByteArray ConfigExporter::toYaml(const Resource &resource, ApiVersion version)
{
    return YamlWriter::write(ResourceEncoder::encode(resource, version));
}

QJsonDocument ConfigExporter::toJson(const ConfigSet &config)
{
    QJsonArray items;
    for (const Resource &r : config.resources)
        items.append(YamlWriter::toJson(ResourceEncoder::encode(r)));
    QJsonObject root;
    root.insert(QStringLiteral("apiVersion"), QStringLiteral("v1"));
    root.insert(QStringLiteral("kind"), QStringLiteral("List"));
    root.insert(QStringLiteral("items"), items);
    return QJsonDocument(root);
}

} // namespace meshgate
