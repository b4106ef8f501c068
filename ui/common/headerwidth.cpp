// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/headerwidth.h"

#include <QHeaderView>

#include <algorithm>

namespace meshgate {

int sectionTitleWidth(const QHeaderView *header, int section)
{
    // sectionSizeHint() asks the style, which knows the margins and the sort arrow; a hidden
    // section has no hint (-1).
    return std::max(0, header->sectionSizeHint(section));
}

void resizeSectionToFitTitle(QHeaderView *header, int section, int width)
{
    header->resizeSection(section, std::max(width, sectionTitleWidth(header, section)));
}

} // namespace meshgate
