// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace wb {

// A read-only JSON document (RFC 8259, UTF-8) as a flat list of nodes over the text it was
// parsed from. Civitas sends tens of thousands of small messages whose every value ends up as
// UTF-8 in SQLite: QJsonDocument turns each into UTF-16 and back and allocates per value,
// which cost more than the rest of taking the message in. Here a value's text is sliced from
// the input, decoded only when it has escapes. The text must outlive the tree.
class JsonTree
{
public:
    enum class Type : quint8 { Null, Bool, Number, String, Array, Object };

    // Where the text is not JSON: the byte offset of the first character that cannot be
    // taken, and what was expected there.
    struct Error
    {
        qsizetype offset = 0;
        QString message;
    };

    class Value
    {
    public:
        Value() = default;
        bool isValid() const { return m_tree != nullptr; }
        Type type() const;
        bool isObject() const { return isValid() && type() == Type::Object; }
        bool isArray() const { return isValid() && type() == Type::Array; }
        // An object's member, or an invalid Value. Keys are compared as written (decoded).
        Value member(QByteArrayView key) const;
        // An array's elements, or an object's values, in order.
        QList<Value> elements() const;
        qsizetype count() const;
        // The value as a cell: a string's UTF-8, a number's digits (a whole number as an
        // integer, as QJsonValue::toInteger gives it), 1 or 0 for a boolean, empty otherwise.
        QByteArray text() const;
        // The same, but a string without escapes shares the parsed text's memory instead of
        // copying it: for cells used while that text lives.
        QByteArray sharedText() const;

    private:
        friend class JsonTree;
        Value(const JsonTree *tree, int node) : m_tree(tree), m_node(node) {}
        const JsonTree *m_tree = nullptr;
        int m_node = 0;
    };

    // False with *error when `text` is not one JSON value (surrounded by white space only).
    bool parse(QByteArrayView text, Error *error);
    Value root() const { return m_nodes.isEmpty() ? Value() : Value(this, 0); }

private:
    struct Node
    {
        Type type;
        bool escaped = false; // a string whose slice holds escapes
        int end = 0;          // the index past this node's subtree
        int count = 0;        // an array's elements, an object's members
        qsizetype begin = 0;  // the slice: a string's content between its quotes, a number's
        qsizetype size = 0;   // digits, a literal's letters
    };
    friend class Value;
    class Parser;

    QByteArray decoded(const Node &n) const;
    QByteArrayView slice(const Node &n) const { return m_text.sliced(n.begin, n.size); }

    QByteArrayView m_text;
    QList<Node> m_nodes;
};

} // namespace wb
