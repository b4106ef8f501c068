// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QHeaderView;

namespace meshgate {

// Column widths chosen for English titles cut translated ones mid-word ("rivater Schlüsse" for
// "Privater Schlüssel", "Schweregrac"), so every fixed width goes through here.

// The width section needs to show its whole title (margins, icon and sort indicator included).
int sectionTitleWidth(const QHeaderView *header, int section);
// Resizes section to width, or to its title's width when that is wider.
void resizeSectionToFitTitle(QHeaderView *header, int section, int width);

} // namespace meshgate
