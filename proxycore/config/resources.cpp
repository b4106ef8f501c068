// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/resources.h"

namespace meshgate {

QString kindName(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Gateway:
        return QStringLiteral("Gateway");
    case ResourceKind::ServiceEntry:
        return QStringLiteral("ServiceEntry");
    case ResourceKind::DestinationRule:
        return QStringLiteral("DestinationRule");
    case ResourceKind::VirtualService:
        return QStringLiteral("VirtualService");
    }
    return {};
}

std::optional<ResourceKind> kindFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"gateway" || n == u"gw")
        return ResourceKind::Gateway;
    if (n == u"serviceentry" || n == u"se")
        return ResourceKind::ServiceEntry;
    if (n == u"destinationrule" || n == u"dr")
        return ResourceKind::DestinationRule;
    if (n == u"virtualservice" || n == u"vs")
        return ResourceKind::VirtualService;
    return std::nullopt;
}

SourcePos SourceInfo::find(const QString &path) const
{
    QString p = path;
    while (!p.isEmpty()) {
        auto it = fieldPositions.constFind(p);
        if (it != fieldPositions.constEnd())
            return *it;
        // Strip the last component: "a.b[2]" -> "a.b", "a.b" -> "a".
        const qsizetype bracket = p.lastIndexOf(QLatin1Char('['));
        const qsizetype dot = p.lastIndexOf(QLatin1Char('.'));
        const qsizetype cut = std::max(bracket, dot);
        if (cut <= 0)
            break;
        p.truncate(cut);
    }
    return pos;
}

QString qualifiedGatewayRef(const QString &ref, const QString &ownNamespace)
{
    if (ref == u"mesh")
        return ref;
    if (ref.contains(QLatin1Char('/')))
        return ref;
    return (ownNamespace.isEmpty() ? QStringLiteral("default") : ownNamespace) + QLatin1Char('/') + ref;
}

const Resource *ConfigSet::find(ResourceKind kind, const QString &name, const QString &ns) const
{
    for (const Resource &r : resources) {
        if (r.kind() == kind && r.metadata.name == name
            && (ns.isEmpty() || r.metadata.effectiveNamespace() == ns))
            return &r;
    }
    return nullptr;
}

} // namespace meshgate
