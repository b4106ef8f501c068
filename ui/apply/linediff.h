// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <vector>

namespace meshgate {

// A line diff (longest common subsequence) for the Apply preview. Configurations are at most a
// few thousand lines, so the quadratic table is fine and exact.
struct DiffLine
{
    enum class Kind { Same, Added, Removed };
    Kind kind;
    QString text;
    QString section = {}; // what part of the document the line is in (the Apply preview: a resource)
};

std::vector<DiffLine> lineDiff(const QStringList &before, const QStringList &after);

// Only the changed lines with `context` unchanged lines around them; "…" marks skipped runs.
std::vector<DiffLine> withContext(const std::vector<DiffLine> &diff, int context = 3);

} // namespace meshgate
