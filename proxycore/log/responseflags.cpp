// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/responseflags.h"

#include <array>
#include <bit>

namespace meshgate {

namespace {

// Indexed by bit position; must stay in step with the enum (which follows Envoy's print order).
constexpr std::array<QByteArrayView, ResponseFlags::FlagCount> kShortNames = {
    "LH", "UH", "UT", "LR", "UR", "UF", "UC", "UO", "NR", "DI", "FI", "RL", "UAEX", "RLSE",
    "DC", "URX", "SI", "IH", "DPE", "UMSDR", "RFCF", "NFCF", "DT", "UPE", "NC", "OM", "DF", "DO",
};

} // namespace

void ResponseFlags::appendTo(QByteArray &out) const
{
    if (m_bits == 0) {
        out.append('-');
        return;
    }
    bool first = true;
    for (std::uint32_t rest = m_bits; rest != 0; rest &= rest - 1) {
        if (!first)
            out.append(',');
        first = false;
        out.append(kShortNames[std::countr_zero(rest)]);
    }
}

QByteArray ResponseFlags::toString() const
{
    QByteArray out;
    appendTo(out);
    return out;
}

QByteArrayView ResponseFlags::shortName(Flag f)
{
    const auto bits = static_cast<std::uint32_t>(f);
    if (!std::has_single_bit(bits) || std::countr_zero(bits) >= FlagCount)
        return {};
    return kShortNames[std::countr_zero(bits)];
}

std::optional<ResponseFlags> ResponseFlags::fromString(QByteArrayView text)
{
    ResponseFlags flags;
    if (text == "-")
        return flags;
    if (text.isEmpty())
        return std::nullopt;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(',', start);
        if (end < 0)
            end = text.size();
        const QByteArrayView name = text.sliced(start, end - start);
        bool found = false;
        for (int i = 0; i < FlagCount; ++i) {
            if (kShortNames[i] == name) {
                flags.m_bits |= 1u << i;
                found = true;
                break;
            }
        }
        if (!found)
            return std::nullopt;
        start = end + 1;
    }
    return flags;
}

} // namespace meshgate
