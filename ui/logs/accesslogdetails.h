// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "log/accesslogrecord.h"

#include <QWidget>

class QTreeWidget;

namespace meshgate {

// Every field of one access-log entry, as a two-column "field / value" list the user can
// select and copy from.
class AccessLogDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessLogDetails)
public:
    explicit AccessLogDetails(QWidget *parent = nullptr);
    ~AccessLogDetails() override;

    // `line` is the entry in the active log format.
    void showRecord(const AccessLogRecord &record, const QString &line);
    void clear();
    // The fields shown, as "name: value" lines (what Copy puts on the clipboard).
    QString text() const;

private:
    void copySelection();

    QTreeWidget *m_tree;
};

} // namespace meshgate
