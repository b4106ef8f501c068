// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace meshgate {

namespace {

QPixmap canvas(int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    return pm;
}

QPixmap badge(int size, const QColor &color, const QString &letters)
{
    QPixmap pm = canvas(size);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    const QRectF r(0.5, size * 0.1, size - 1.0, size * 0.8);
    p.drawRoundedRect(r, size * 0.18, size * 0.18);
    QFont f;
    f.setBold(true);
    f.setPixelSize(letters.size() > 1 ? int(size * 0.42) : int(size * 0.58));
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(r, Qt::AlignCenter, letters);
    return pm;
}

QPixmap severityMark(int size, Diagnostic::Severity severity)
{
    QPixmap pm = canvas(size);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(Icons::severityColor(severity));
    const QRectF r(1, 1, size - 2, size - 2);
    QString mark = QStringLiteral("!");
    switch (severity) {
    case Diagnostic::Severity::Error:
        p.drawEllipse(r);
        break;
    case Diagnostic::Severity::Warning: {
        QPainterPath tri;
        tri.moveTo(r.center().x(), r.top());
        tri.lineTo(r.right(), r.bottom());
        tri.lineTo(r.left(), r.bottom());
        tri.closeSubpath();
        p.drawPath(tri);
        break;
    }
    case Diagnostic::Severity::Info:
        p.drawEllipse(r);
        mark = QStringLiteral("i");
        break;
    }
    QFont f;
    f.setBold(true);
    f.setPixelSize(int(size * 0.62));
    p.setFont(f);
    p.setPen(severity == Diagnostic::Severity::Warning ? QColor(40, 30, 0) : QColor(Qt::white));
    QRectF text = r;
    if (severity == Diagnostic::Severity::Warning)
        text.translate(0, size * 0.1);
    p.drawText(text, Qt::AlignCenter, mark);
    return pm;
}

} // namespace

QColor Icons::kindColor(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Gateway:
        return QColor(0x2b, 0x6c, 0xb0);
    case ResourceKind::VirtualService:
        return QColor(0x2f, 0x85, 0x5a);
    case ResourceKind::DestinationRule:
        return QColor(0x80, 0x5a, 0xd5);
    case ResourceKind::ServiceEntry:
        return QColor(0xc0, 0x56, 0x21);
    }
    return Qt::gray;
}

QColor Icons::severityColor(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return QColor(0xd0, 0x30, 0x30);
    case Diagnostic::Severity::Warning:
        return QColor(0xe8, 0xa3, 0x17);
    case Diagnostic::Severity::Info:
        return QColor(0x31, 0x82, 0xce);
    }
    return Qt::gray;
}

QIcon Icons::kind(ResourceKind kind)
{
    static constexpr const char *letters[] = {"G", "SE", "DR", "VS"}; // ResourceKind order
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(badge(size, kindColor(kind), QString::fromLatin1(letters[int(kind)])));
    return icon;
}

QIcon Icons::severity(Diagnostic::Severity severity)
{
    QIcon icon;
    for (int size : {12, 16, 24, 32})
        icon.addPixmap(severityMark(size, severity));
    return icon;
}

} // namespace meshgate
