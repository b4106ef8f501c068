// SPDX-License-Identifier: GPL-3.0-or-later
#include "apply/linediff.h"

namespace meshgate {

std::vector<DiffLine> lineDiff(const QStringList &a, const QStringList &b)
{
    // Trim the common head and tail first: typical edits touch a few lines of a long file.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    const qsizetype n = a.size() - head - tail, m = b.size() - head - tail;
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a[head + i] == b[head + j] ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                                                  : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    std::vector<DiffLine> out;
    for (qsizetype i = 0; i < head; ++i)
        out.push_back({DiffLine::Kind::Same, a[i]});
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[head + i] == b[head + j]) {
            out.push_back({DiffLine::Kind::Same, a[head + i]});
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
            // On a tie the old line goes first, as `diff -u` shows a change.
            out.push_back({DiffLine::Kind::Removed, a[head + i]});
            ++i;
        } else {
            out.push_back({DiffLine::Kind::Added, b[head + j]});
            ++j;
        }
    }
    for (qsizetype k = a.size() - tail; k < a.size(); ++k)
        out.push_back({DiffLine::Kind::Same, a[k]});
    return out;
}

std::vector<DiffLine> withContext(const std::vector<DiffLine> &diff, int context)
{
    std::vector<bool> keep(diff.size(), false);
    for (size_t i = 0; i < diff.size(); ++i) {
        if (diff[i].kind == DiffLine::Kind::Same)
            continue;
        const size_t from = i >= size_t(context) ? i - size_t(context) : 0;
        const size_t to = std::min(diff.size(), i + size_t(context) + 1);
        for (size_t k = from; k < to; ++k)
            keep[k] = true;
    }
    std::vector<DiffLine> out;
    bool skipped = false;
    for (size_t i = 0; i < diff.size(); ++i) {
        if (keep[i]) {
            if (skipped)
                out.push_back({DiffLine::Kind::Same, QStringLiteral("…")});
            skipped = false;
            out.push_back(diff[i]);
        } else {
            skipped = true;
        }
    }
    return out;
}

} // namespace meshgate
