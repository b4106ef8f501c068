// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/resourceencoder.h"
#include "config/resources.h"

#include <QByteArray>
#include <QJsonDocument>

#include <vector>

namespace meshgate {

// kubectl-ready YAML (and JSON for /config_dump) from resources, in canonical key order.
class ConfigExporter final
{
public:
    static QByteArray toYaml(const ConfigSet &config, ApiVersion version = ApiVersion::Keep);
    static QByteArray toYaml(const std::vector<const Resource *> &resources, ApiVersion version = ApiVersion::Keep);
    static QByteArray toYaml(const Resource &resource, ApiVersion version = ApiVersion::Keep);
    static QJsonDocument toJson(const ConfigSet &config);
};

} // namespace meshgate
