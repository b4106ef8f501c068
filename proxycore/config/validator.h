// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/diagnostic.h"
#include "config/resources.h"

namespace meshgate {

// Semantic checks on decoded resources: what Istio's admission webhook rejects (per resource)
// and what `istioctl analyze` reports (across resources). Every diagnostic carries the field
// path and the file position the importer recorded for it.
class Validator final
{
public:
    static Diagnostics validate(const ConfigSet &config);
    static Diagnostics validateResource(const Resource &resource);
    static Diagnostics validateCrossResource(const ConfigSet &config);

    static bool isKnownProtocol(const QString &protocol);
};

// Collects diagnostics about one resource, resolving field paths to positions.
class ResourceDiagnostics
{
public:
    ResourceDiagnostics(const Resource &resource, Diagnostics &out)
        : m_resource(resource)
        , m_out(out)
    {
    }
    void error(const QString &path, const QString &message, const QString &code = QStringLiteral("invalid"))
    {
        add(Diagnostic::Severity::Error, path, message, code);
    }
    void warning(const QString &path, const QString &message, const QString &code = QStringLiteral("warning"))
    {
        add(Diagnostic::Severity::Warning, path, message, code);
    }
    void info(const QString &path, const QString &message, const QString &code = QStringLiteral("info"))
    {
        add(Diagnostic::Severity::Info, path, message, code);
    }
    void add(Diagnostic::Severity severity, const QString &path, const QString &message, const QString &code)
    {
        m_out.append({severity, message, m_resource.source.file, m_resource.source.find(path),
                      m_resource.displayName(), path, code});
    }

private:
    const Resource &m_resource;
    Diagnostics &m_out;
};

} // namespace meshgate
