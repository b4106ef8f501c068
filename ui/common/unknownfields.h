// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace meshgate {

class Workspace;

// Fields Istio does not know, in the given resources: Meshgate keeps them (nothing is lost) but
// the engine ignores them and a strict API server refuses the resource, so Export and Apply
// name them before the YAML leaves or takes effect.
struct UnknownFields
{
    int total = 0;
    QStringList shown; // "VirtualService/demo line 12: unknown field \"prefx\" …", at most `limit`, then "… and N more"

    static UnknownFields in(const Workspace &workspace, const QList<quint64> &ids, int limit = 3);
};

} // namespace meshgate
