// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/resources.h"
#include "engine/enginesettings.h"

#include <QMap>
#include <QStringList>
#include <QWidget>

namespace meshgate {

// What a form offers in its pickers, taken from the rest of the workspace.
struct FormContext
{
    QStringList gatewayRefs;  // Gateways a VirtualService can reference, as it would write them
    QStringList serviceHosts; // ServiceEntry hosts
    QMap<QString, QStringList> subsetsByHost;
    // How this machine runs Gateways (bind address, port offset); unset where no engine is set up.
    std::optional<EngineSettings> engine;
};

// Base of the per-kind forms. A form edits a copy of the typed resource (so fields it does not
// show, and every `extras`, survive) and reports each finished user edit as one whole resource;
// the ResourceEditor turns that into one undo command. setResource() refreshes the widgets
// from the model without reporting anything.
class ResourceForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceForm)
public:
    explicit ResourceForm(QWidget *parent = nullptr)
        : QWidget(parent)
    {
    }
    ~ResourceForm() override = default;

    virtual void setResource(const Resource &resource) = 0;
    virtual void setContext(const FormContext &context) { m_context = context; }
    const Resource &resource() const { return m_resource; }

Q_SIGNALS:
    void edited(const meshgate::Resource &resource, const QString &description);

protected:
    void commit(const QString &description) { Q_EMIT edited(m_resource, description); }

    Resource m_resource;
    FormContext m_context;
    bool m_updating = false; // widgets are being filled from the model; their signals are not edits
};

} // namespace meshgate
