// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/resources.h"
#include "engine/enginesettings.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace meshgate {

class DestinationRuleForm;
class GatewayForm;
class ResourceForm;
class ServiceEntryForm;
class VirtualServiceForm;
class Workspace;
class YamlEditor;

// The centre of the window: one resource, as a form and as YAML, always showing the same state.
// Form edits become one undo command each; YAML is committed after a short typing pause when it
// parses into one resource, and otherwise kept as a draft (shown in Problems) while the form
// keeps the last valid state and is locked until the YAML is fixed or the draft discarded.
class ResourceEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceEditor)
public:
    static constexpr int kYamlCommitDelayMs = 400;

    explicit ResourceEditor(Workspace *workspace, QWidget *parent = nullptr);
    ~ResourceEditor() override;

    quint64 currentId() const { return m_id; }
    void showResource(quint64 id); // 0: nothing selected
    // Where Gateway ports really listen (the Gateway form says so).
    void setEngineSettings(const EngineSettings &settings);
    void showForm();
    void showYaml();
    void jumpTo(int line, int column); // in the YAML tab
    void commitPendingYaml();          // the typing pause is over now (before undo, save, switching)
    void undo();
    void redo();
    // What Undo and Redo would do now: the history, and also YAML that does not parse (a draft),
    // which Undo takes back first and Redo brings back.
    bool canUndo() const;
    bool canRedo() const;
    QString undoText() const;
    QString redoText() const;

    QTabWidget *tabs() const { return m_tabs; }
    YamlEditor *yamlEditor() const { return m_yaml; }
    QLineEdit *nameEdit() const { return m_name; }
    GatewayForm *gatewayForm() const { return m_gatewayForm; }
    ServiceEntryForm *serviceEntryForm() const { return m_serviceEntryForm; }
    DestinationRuleForm *destinationRuleForm() const { return m_destinationRuleForm; }
    VirtualServiceForm *virtualServiceForm() const { return m_virtualServiceForm; }
    ResourceForm *currentForm() const;
    bool isFormLocked() const;

Q_SIGNALS:
    void currentResourceChanged(quint64 id);
    void historyChanged(); // canUndo(), canRedo() or their texts may have changed

private:
    QWidget *buildHeader();
    QWidget *buildFormTab();
    void refresh(bool reloadText);
    void updateContext();
    void updateMarkers();
    void updateBanner();
    void updateHeaderStatus();
    void handleResourceChanged(int index);
    void handleResourcesReset();
    void handleFormEdited(const Resource &resource, const QString &description);
    void handleNameEdited();
    void handleNamespaceEdited();
    void commitYaml();
    quint64 draftToTakeBack() const; // 0: none
    bool undoneDraftCanReturn() const;
    bool hasPendingTyping() const; // typed, not committed yet, and not what is committed
    QString draftDescription(quint64 id) const;

    Workspace *m_workspace;
    quint64 m_id = 0;
    std::optional<EngineSettings> m_engineSettings;
    // Text that did not parse, taken back by Undo, newest last. Redo brings each back while the
    // history stands where it was taken; a new edit (not Undo or Redo) ends them all, as typing
    // ends the redo history in a text editor.
    struct UndoneDraft
    {
        quint64 id = 0;
        QByteArray text;
        int historyIndex = 0;
    };
    std::vector<UndoneDraft> m_undoneDrafts;
    bool m_steppingHistory = false; // Undo or Redo is moving the history: not a new edit
    QStackedWidget *m_pages;
    QLabel *m_kindIcon;
    QLabel *m_kindLabel;
    QLineEdit *m_name;
    QLineEdit *m_namespace;
    QLabel *m_apiVersion;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_bannerDiscard;
    QStackedWidget *m_forms;
    QScrollArea *m_formScroll = nullptr;
    GatewayForm *m_gatewayForm;
    ServiceEntryForm *m_serviceEntryForm;
    DestinationRuleForm *m_destinationRuleForm;
    VirtualServiceForm *m_virtualServiceForm;
    YamlEditor *m_yaml;
    QTimer *m_yamlTimer;
};

} // namespace meshgate
