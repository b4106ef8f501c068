// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/resources.h"

#include <vector>

namespace meshgate {

// "Create ServiceEntry/VirtualService for this host" (from a 404 NR row of the access log):
// a DNS ServiceEntry for the host and a VirtualService that routes it, bound to the Gateways
// with a server on the port the request arrived on (or the mesh when there is none).
class ServiceScaffold final
{
public:
    static std::vector<Resource> forHost(const ConfigSet &config, const QString &host, quint16 gatewayPort);
    // A DNS-1123 name derived from the host and not yet taken by a resource of that kind.
    static QString freeName(const ConfigSet &config, ResourceKind kind, const QString &host);
};

} // namespace meshgate
