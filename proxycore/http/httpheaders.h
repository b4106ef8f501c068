// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace meshgate {

// An ordered list of HTTP fields (headers or trailers). Names keep the case they were received
// in; lookups are ASCII case-insensitive. Names and values live in one byte arena and the list
// holds offsets into it, so a parsed head costs two buffers whose capacity survives clear():
// a connection that parses many messages allocates nothing per message once warmed up.
//
// Views returned by name/value accessors point into the arena; any mutation may invalidate them.
class HttpHeaders final
{
public:
    struct Field
    {
        QByteArrayView name;
        QByteArrayView value;
    };

    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = Field;
        using difference_type = qsizetype;
        using pointer = void;
        using reference = Field;

        const_iterator(const HttpHeaders *h, qsizetype i) : m_headers(h), m_index(i) {}
        Field operator*() const { return m_headers->at(m_index); }
        const_iterator &operator++() { ++m_index; return *this; }
        bool operator==(const const_iterator &o) const { return m_index == o.m_index; }
        bool operator!=(const const_iterator &o) const { return m_index != o.m_index; }

    private:
        const HttpHeaders *m_headers;
        qsizetype m_index;
    };

    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    Field at(qsizetype i) const;
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

    // Index of the first field named `name` at or after `from`, or -1.
    qsizetype indexOf(QByteArrayView name, qsizetype from = 0) const;
    bool contains(QByteArrayView name) const { return indexOf(name) >= 0; }
    qsizetype count(QByteArrayView name) const;
    // Value of the first field named `name`; a null view when absent (an empty but present value
    // is a non-null empty view).
    QByteArrayView value(QByteArrayView name) const;
    // All values of `name` joined with ", " (RFC 9110 §5.3 list combination). Allocates.
    QByteArray combinedValue(QByteArrayView name) const;

    void add(QByteArrayView name, QByteArrayView value);
    // Replaces the value of the first field named `name` in place (position and name case kept)
    // and removes later ones; appends when absent.
    void set(QByteArrayView name, QByteArrayView value);
    // Removes every field named `name`; returns how many were removed.
    qsizetype remove(QByteArrayView name);
    void removeAt(qsizetype i);
    // Empties the list and keeps both buffers' capacity.
    void clear();
    void reserve(qsizetype fields, qsizetype bytes);

    // Bytes appendTo() writes: "Name: value\r\n" per field.
    qsizetype serializedSize() const;
    void appendTo(QByteArray &out) const;
    // Writes serializedSize() bytes at out and returns the end; for head serializers.
    char *writeTo(char *out) const;

    friend bool operator==(const HttpHeaders &a, const HttpHeaders &b);
    friend bool operator!=(const HttpHeaders &a, const HttpHeaders &b) { return !(a == b); }

private:
    friend class HttpMessageParser;
    friend class HttpBodyReader;

    struct Entry
    {
        qint32 nameOffset; // into m_bytes
        qint32 nameLength;
        qint32 valueOffset;
        qint32 valueLength;
    };

    QByteArrayView nameOf(const Entry &e) const { return {m_bytes.constData() + e.nameOffset, e.nameLength}; }
    QByteArrayView valueOf(const Entry &e) const { return {m_bytes.constData() + e.valueOffset, e.valueLength}; }
    Entry store(QByteArrayView name, QByteArrayView value);
    // For the parsers: name and value lie in one field line, so the bytes from the start of the
    // name to the end of the value are copied with a single memcpy.
    void addFromLine(QByteArrayView name, QByteArrayView value);

    QByteArray m_bytes;
    QList<Entry> m_entries;
};

} // namespace meshgate
