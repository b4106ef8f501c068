// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>
#include <memory>

namespace meshgate {

namespace {

const QString kFusion = QStringLiteral("Fusion");

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

QString themeModeKey(ThemeMode mode)
{
    switch (mode) {
    case ThemeMode::Light:
        return QStringLiteral("light");
    case ThemeMode::Dark:
        return QStringLiteral("dark");
    case ThemeMode::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<ThemeMode> themeModeFromKey(const QString &key)
{
    for (ThemeMode mode : {ThemeMode::System, ThemeMode::Light, ThemeMode::Dark})
        if (key == themeModeKey(mode))
            return mode;
    return std::nullopt;
}

Theme::Theme(QObject *parent)
    : QObject(parent)
    , m_systemStyle(QApplication::style()->name())
    , m_systemPalette(QApplication::palette())
{
}

Theme::~Theme() = default;

void Theme::apply(ThemeMode mode)
{
    const QString style = mode == ThemeMode::System ? m_systemStyle : kFusion;
    if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(style);
    switch (mode) {
    case ThemeMode::System:
        QApplication::setPalette(m_systemPalette);
        break;
    case ThemeMode::Light:
        QApplication::setPalette(lightPalette());
        break;
    case ThemeMode::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
    if (mode != m_mode) {
        m_mode = mode;
        Q_EMIT modeChanged(mode);
    }
}

QPalette Theme::lightPalette()
{
    // Fusion's own palette is a light one; asking for it by name keeps "light" light on a
    // desktop whose system palette is dark.
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(kFusion));
    QPalette p = fusion ? fusion->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
    return p;
}

QPalette Theme::darkPalette()
{
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x1f);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x7f, 0x7f, 0x84);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x2a));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x40));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x91));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x36, 0x36, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4f));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x42));
    p.setColor(QPalette::Mid, QColor(0x26, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x55));
    return p;
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

double Theme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Theme::statusColor(Status status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (status) {
    case Status::Ok:
        return dark ? QColor(0x68, 0xd3, 0x91) : QColor(0x27, 0x6a, 0x48);
    case Status::Warning:
        return dark ? QColor(0xf6, 0xc4, 0x53) : QColor(0x96, 0x5c, 0x0b);
    case Status::Error:
        return dark ? QColor(0xfc, 0x81, 0x81) : QColor(0xb8, 0x25, 0x25);
    case Status::Neutral:
        break;
    }
    return dark ? QColor(0xa0, 0xa0, 0xa6) : QColor(0x66, 0x66, 0x66);
}

} // namespace meshgate
