// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <chrono>
#include <optional>

namespace meshgate {

// Parses Go/Kubernetes-style durations as Istio accepts them ("5s", "1.5s", "100ms", "1h30m").
std::optional<std::chrono::microseconds> parseDuration(QStringView text);

} // namespace meshgate
