// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: YAML import + validation + export, the path every pasted or opened file takes.
// Invariants: nothing crashes or leaks; every diagnostic has a position inside the input (or
// none); an import without errors exports to YAML that imports again without errors and exports
// to the same bytes (export is canonical and stable).
#include "config/configexporter.h"
#include "config/configloader.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace meshgate;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const LoadResult first = ConfigLoader::loadText(text, QStringLiteral("fuzz.yaml"));
    const int lines = int(text.count('\n')) + 1;
    for (const Diagnostic &d : first.diagnostics) {
        if (d.pos.isValid() && (d.pos.line > lines + 1 || d.pos.column < 1)) {
            std::fprintf(stderr, "diagnostic outside the input: %s\n", qPrintable(d.toString()));
            std::abort();
        }
    }
    if (hasErrors(first.diagnostics) || first.config.resources.empty())
        return 0;
    const QByteArray once = ConfigExporter::toYaml(first.config);
    const LoadResult second = ConfigLoader::parseText(once, QStringLiteral("export.yaml"));
    if (hasErrors(second.diagnostics)) {
        std::fprintf(stderr, "export does not read back:\n%s\n--- %s\n", once.constData(),
                     qPrintable(second.diagnostics.first().toString()));
        std::abort();
    }
    const QByteArray twice = ConfigExporter::toYaml(second.config);
    if (twice != once) {
        std::fprintf(stderr, "export is not stable:\n%s\n--- vs ---\n%s\n", once.constData(), twice.constData());
        std::abort();
    }
    return 0;
}
