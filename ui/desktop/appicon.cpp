// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/appicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace meshgate {

namespace {

QPixmap draw(int size, AppIcon::Badge badge)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x2b, 0x6c, 0xb0));
    p.drawRoundedRect(QRectF(0.5, 0.5, s - 1, s - 1), s * 0.2, s * 0.2);

    const QPointF gateway(s * 0.28, s * 0.5);
    const QPointF services[] = {{s * 0.74, s * 0.24}, {s * 0.74, s * 0.5}, {s * 0.74, s * 0.76}};
    QPen line(Qt::white, std::max(1.0, s * 0.07));
    line.setCapStyle(Qt::RoundCap);
    p.setPen(line);
    for (const QPointF &to : services) {
        QPainterPath path(gateway);
        path.cubicTo(QPointF(s * 0.5, gateway.y()), QPointF(s * 0.5, to.y()), to);
        p.drawPath(path);
    }
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawEllipse(gateway, s * 0.13, s * 0.13);
    for (const QPointF &to : services)
        p.drawEllipse(to, s * 0.085, s * 0.085);
    if (badge != AppIcon::Badge::None) {
        const qreal r = s * 0.17;
        const QPointF c(s - r - 0.5, s - r - 0.5);
        p.setBrush(QColor(0x1e, 0x1e, 0x1e));
        p.drawEllipse(c, r + std::max(1.0, s * 0.04), r + std::max(1.0, s * 0.04));
        p.setBrush(badge == AppIcon::Badge::Errors ? QColor(0xe5, 0x3e, 0x3e) : QColor(0x3b, 0xd1, 0x6f));
        p.drawEllipse(c, r, r);
    }
    return pm;
}

} // namespace

QIcon AppIcon::icon(Badge badge)
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128})
        icon.addPixmap(draw(size, badge));
    return icon;
}

} // namespace meshgate
