// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the --connect-to parser and host-name matching.
// Invariants: a parsed rule matches its own host and port; host matching is symmetric for
// overlaps, subsetOf implies overlaps, and intersect() is empty exactly when names do not overlap.
#include "engine/enginesettings.h"
#include "routing/hostmatch.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace meshgate;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto rule = ConnectToRule::parse(text)) {
        if (!rule->host.isEmpty() && !rule->matches(rule->host, rule->port ? rule->port : 1)) {
            std::fprintf(stderr, "rule does not match its own host\n");
            std::abort();
        }
    }
    const qsizetype split = text.indexOf(QLatin1Char('\n'));
    if (split < 0)
        return 0;
    const QString a = text.left(split), b = text.mid(split + 1);
    hostmatch::checkSyntax(a, true);
    hostmatch::stripPort(a);
    const bool ab = hostmatch::overlaps(a, b);
    if (ab != hostmatch::overlaps(b, a)) {
        std::fprintf(stderr, "overlaps is not symmetric\n");
        std::abort();
    }
    if (hostmatch::subsetOf(a, b) && !ab) {
        std::fprintf(stderr, "subsetOf without overlap\n");
        std::abort();
    }
    // An empty name has no non-empty intersection to report; validation rejects empty hosts
    // before any matching, so the promise only covers real names.
    if (!a.isEmpty() && !b.isEmpty() && hostmatch::intersect(a, b).isEmpty() == ab) {
        std::fprintf(stderr, "intersect disagrees with overlaps\n");
        std::abort();
    }
    return 0;
}
