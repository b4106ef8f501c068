// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpheaders.h"

#include "http/httpsyntax.h"

#include <cstring>

namespace meshgate {

using httpsyntax::equalsIgnoreCase;

HttpHeaders::Field HttpHeaders::at(qsizetype i) const
{
    const Entry &e = m_entries.at(i);
    return {nameOf(e), valueOf(e)};
}

qsizetype HttpHeaders::indexOf(QByteArrayView name, qsizetype from) const
{
    for (qsizetype i = qMax<qsizetype>(from, 0); i < m_entries.size(); ++i) {
        if (equalsIgnoreCase(nameOf(m_entries[i]), name))
            return i;
    }
    return -1;
}

qsizetype HttpHeaders::count(QByteArrayView name) const
{
    qsizetype n = 0;
    for (const Entry &e : m_entries) {
        if (equalsIgnoreCase(nameOf(e), name))
            ++n;
    }
    return n;
}

QByteArrayView HttpHeaders::value(QByteArrayView name) const
{
    const qsizetype i = indexOf(name);
    return i < 0 ? QByteArrayView() : valueOf(m_entries[i]);
}

QByteArray HttpHeaders::combinedValue(QByteArrayView name) const
{
    QByteArray out;
    for (const Entry &e : m_entries) {
        if (!equalsIgnoreCase(nameOf(e), name))
            continue;
        if (!out.isNull())
            out.append(", ");
        else
            out = QByteArray("");
        out.append(valueOf(e));
    }
    return out;
}

HttpHeaders::Entry HttpHeaders::store(QByteArrayView name, QByteArrayView value)
{
    Q_ASSERT(!name.isEmpty());
    // Either view may point into the arena itself (set("a", value("b"))); the first append can
    // reallocate it, so such input is copied out first.
    const char *begin = m_bytes.constData();
    const char *end = begin + m_bytes.size();
    const auto aliases = [&](QByteArrayView v) {
        return !v.isEmpty() && v.data() >= begin && v.data() < end;
    };
    if (aliases(name) || aliases(value)) {
        const QByteArray n = name.toByteArray();
        const QByteArray v = value.toByteArray();
        return store(n, v);
    }
    // resize + memcpy: QByteArray::append goes through the general insert path, which showed up
    // in the parser benchmark's profile.
    const qsizetype offset = m_bytes.size();
    m_bytes.resize(offset + name.size() + value.size());
    char *out = m_bytes.data() + offset;
    std::memcpy(out, name.data(), size_t(name.size()));
    if (!value.isEmpty())
        std::memcpy(out + name.size(), value.data(), size_t(value.size()));
    return Entry{qint32(offset), qint32(name.size()), qint32(offset + name.size()), qint32(value.size())};
}

void HttpHeaders::addFromLine(QByteArrayView name, QByteArrayView value)
{
    Q_ASSERT(value.data() >= name.data() + name.size());
    const qsizetype offset = m_bytes.size();
    const qsizetype span = value.data() + value.size() - name.data();
    m_bytes.resize(offset + span);
    std::memcpy(m_bytes.data() + offset, name.data(), size_t(span));
    m_entries.append(Entry{qint32(offset), qint32(name.size()),
                           qint32(offset + (value.data() - name.data())), qint32(value.size())});
}

void HttpHeaders::add(QByteArrayView name, QByteArrayView value)
{
    m_entries.append(store(name, value));
}

void HttpHeaders::set(QByteArrayView name, QByteArrayView value)
{
    const qsizetype first = indexOf(name);
    if (first < 0) {
        add(name, value);
        return;
    }
    for (qsizetype i = m_entries.size() - 1; i > first; --i) {
        if (equalsIgnoreCase(nameOf(m_entries[i]), name))
            m_entries.removeAt(i);
    }
    // The old bytes stay in the arena until clear(); re-storing keeps the received name case.
    const QByteArrayView oldName = nameOf(m_entries[first]);
    m_entries[first] = store(oldName, value);
}

qsizetype HttpHeaders::remove(QByteArrayView name)
{
    const auto removed = m_entries.removeIf([&](const Entry &e) {
        return equalsIgnoreCase(nameOf(e), name);
    });
    return removed;
}

void HttpHeaders::removeAt(qsizetype i)
{
    m_entries.removeAt(i);
}

void HttpHeaders::clear()
{
    // QList::clear() keeps capacity when unshared; QByteArray::clear() would free, resize does not.
    // (resize on a never-allocated array is not free either, hence the guards.)
    if (!m_entries.isEmpty())
        m_entries.clear();
    if (!m_bytes.isEmpty())
        m_bytes.resize(0);
}

void HttpHeaders::reserve(qsizetype fields, qsizetype bytes)
{
    m_entries.reserve(fields);
    m_bytes.reserve(bytes);
}

qsizetype HttpHeaders::serializedSize() const
{
    qsizetype n = 0;
    for (const Entry &e : m_entries)
        n += e.nameLength + e.valueLength + 4;
    return n;
}

char *HttpHeaders::writeTo(char *out) const
{
    const char *base = m_bytes.constData();
    for (const Entry &e : m_entries) {
        std::memcpy(out, base + e.nameOffset, size_t(e.nameLength));
        out += e.nameLength;
        *out++ = ':';
        *out++ = ' ';
        std::memcpy(out, base + e.valueOffset, size_t(e.valueLength));
        out += e.valueLength;
        *out++ = '\r';
        *out++ = '\n';
    }
    return out;
}

void HttpHeaders::appendTo(QByteArray &out) const
{
    const qsizetype oldSize = out.size();
    out.resize(oldSize + serializedSize());
    writeTo(out.data() + oldSize);
}

bool operator==(const HttpHeaders &a, const HttpHeaders &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const auto fa = a.at(i);
        const auto fb = b.at(i);
        if (fa.name != fb.name || fa.value != fb.value)
            return false;
    }
    return true;
}

} // namespace meshgate
