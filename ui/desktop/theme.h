// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

#include <optional>

namespace meshgate {

enum class ThemeMode { System, Light, Dark };

QString themeModeKey(ThemeMode mode); // "system", "light", "dark" (what QSettings stores)
std::optional<ThemeMode> themeModeFromKey(const QString &key);

// The application's look: the style and palette it started with ("system"), or Fusion with a
// light or a dark palette. Widgets that paint their own colours (syntax highlighting, diffs,
// status text) pick them from the palette they are given, through the helpers here, so they stay
// readable whichever palette is active.
class Theme final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Theme)
public:
    // Remembers the style and palette the application has now, to return to them for System.
    explicit Theme(QObject *parent = nullptr);
    ~Theme() override;

    ThemeMode mode() const { return m_mode; }
    void apply(ThemeMode mode);

    static QPalette lightPalette();
    static QPalette darkPalette();
    static bool isDark(const QPalette &palette);

    // WCAG 2 contrast ratio of two colours, from 1 (same luminance) to 21 (black on white).
    static double contrast(const QColor &a, const QColor &b);

    enum class Status { Ok, Warning, Error, Neutral };
    // Text colour for a state, readable on the palette's window and base colours.
    static QColor statusColor(Status status, const QPalette &palette);

Q_SIGNALS:
    void modeChanged(meshgate::ThemeMode mode);

private:
    QString m_systemStyle;
    QPalette m_systemPalette;
    ThemeMode m_mode = ThemeMode::System;
};

} // namespace meshgate
