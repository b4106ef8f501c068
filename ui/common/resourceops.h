// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/resources.h"

#include <QStringList>

namespace meshgate {

// Small model transformations shared by the workspace commands and the forms.
namespace resourceops {

// Moves element `from` to position `to` (both must be valid); returns false when nothing moves.
template<typename T> bool move(std::vector<T> &items, int from, int to)
{
    if (from == to || from < 0 || to < 0 || from >= int(items.size()) || to >= int(items.size()))
        return false;
    T item = std::move(items[size_t(from)]);
    items.erase(items.begin() + from);
    items.insert(items.begin() + to, std::move(item));
    return true;
}

// Rewrites the references to Gateway `oldQualified` ("ns/name") in a VirtualService, keeping
// each reference's spelling (short or ns/name). Returns whether anything changed.
bool renameGatewayReferences(Resource &virtualService, const QString &oldQualified, const QString &newName,
                             const QString &gatewayNamespace);

// "name", "name-2", "name-3", ... : the first that `taken` does not contain.
QString uniqueName(const QString &base, const QStringList &taken);

// Hosts the registry knows (ServiceEntry hosts), sorted, for host pickers.
QStringList serviceHosts(const ConfigSet &config);
// Gateways a VirtualService in `ns` can reference: the short name for its own namespace.
QStringList gatewayReferences(const ConfigSet &config, const QString &ns);
// Subset names a DestinationRule for `host` declares.
QStringList subsetsOf(const ConfigSet &config, const QString &host);

// A new resource of `kind` that is valid in `config` where possible (hosts and gateways taken
// from what exists), so a user starts from something that works rather than from errors.
Resource makeTemplate(ResourceKind kind, const ConfigSet &config);

} // namespace resourceops
} // namespace meshgate
