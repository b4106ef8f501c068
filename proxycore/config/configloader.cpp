// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/configloader.h"

#include "config/resourcedecoder.h"
#include "config/validator.h"
#include "config/yamlreader.h"

#include <QCoreApplication>
#include <QFile>

namespace meshgate {

LoadResult ConfigLoader::parseText(const QByteArray &text, const QString &fileName)
{
    LoadResult result;
    YamlReader::Result yaml = YamlReader::read(text, fileName);
    result.diagnostics = yaml.diagnostics;
    if (!yaml.ok())
        return result;
    ResourceDecoder::Result decoded = ResourceDecoder::decode(yaml.documents, fileName);
    result.diagnostics += decoded.diagnostics;
    result.config.resources = std::move(decoded.resources);
    return result;
}

LoadResult ConfigLoader::loadText(const QByteArray &text, const QString &fileName)
{
    LoadResult result = parseText(text, fileName);
    result.diagnostics += withoutEchoesOf(result.diagnostics, validate(result.config));
    return result;
}

LoadResult ConfigLoader::loadFiles(const QStringList &paths)
{
    LoadResult result;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.unreadableFiles.append(path);
            result.diagnostics.append({Diagnostic::Severity::Error,
                                       QCoreApplication::translate("ConfigLoader", "cannot read %1: %2")
                                           .arg(path, file.errorString()),
                                       path, {}, {}, {}, QStringLiteral("io")});
            continue;
        }
        LoadResult one = parseText(file.readAll(), path);
        result.diagnostics += one.diagnostics;
        for (Resource &r : one.config.resources)
            result.config.resources.push_back(std::move(r));
    }
    result.diagnostics += withoutEchoesOf(result.diagnostics, validate(result.config));
    return result;
}

Diagnostics ConfigLoader::validate(const ConfigSet &config)
{
    return Validator::validate(config);
}

} // namespace meshgate
