// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/diagnostic.h"
#include "config/node.h"
#include "config/resources.h"

#include <vector>

namespace meshgate {

// Turns parsed YAML documents into typed resources. Checks types and field names (unknown
// fields get a "did you mean" warning, proto names such as `sni_hosts` are accepted with a
// warning); semantic checks belong to the Validator. Whatever is not modelled is kept in the
// resources' extras.
class ResourceDecoder final
{
public:
    struct Result
    {
        std::vector<Resource> resources;
        Diagnostics diagnostics;
    };

    static Result decode(const std::vector<Node> &documents, const QString &fileName);
};

} // namespace meshgate
