// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/node.h"
#include "config/resources.h"

#include <optional>

namespace meshgate {

enum class ApiVersion { Keep, V1, V1beta1, V1alpha3 };

QString apiVersionString(ApiVersion version); // "networking.istio.io/v1"
std::optional<ApiVersion> apiVersionFromString(const QString &text); // "v1", "networking.istio.io/v1", "keep"

// Typed resource -> ordered Node in the Istio API's canonical key order, with lowerCamel names
// and the extras slotted back where the API declares them.
class ResourceEncoder final
{
public:
    static Node encode(const Resource &resource, ApiVersion version = ApiVersion::Keep);
    static Node encodeSpec(const Resource &resource);
};

} // namespace meshgate
