// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/JsonTree.h"

#include <QCoreApplication>
#include <QUtf8StringView>

#include <cmath>
#include <limits>

namespace wb {

namespace {

// Every caller is in JsonTree::Parser, the context lupdate files their messages under.
QString tr(const char *text)
{
    return QCoreApplication::translate("wb::JsonTree::Parser", text);
}

// Far deeper than any message; keeps a hostile one from exhausting the stack.
constexpr int MaxDepth = 512;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xc0 | (c >> 6));
        out += char(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        out += char(0xe0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3f));
        out += char(0x80 | (c & 0x3f));
    } else {
        out += char(0xf0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3f));
        out += char(0x80 | ((c >> 6) & 0x3f));
        out += char(0x80 | (c & 0x3f));
    }
}

} // namespace

class JsonTree::Parser
{
public:
    Parser(QByteArrayView text, QList<Node> &nodes) : m_text(text), m_nodes(nodes) {}

    bool document(Error *error)
    {
        if (m_text.startsWith("\xef\xbb\xbf"))
            m_pos = 3;
        skipSpace();
        bool ok = value(0);
        if (ok) {
            skipSpace();
            if (m_pos < m_text.size())
                ok = fail(tr("unexpected text after the JSON value"));
        }
        if (!ok)
            *error = m_error;
        return ok;
    }

private:
    bool fail(const QString &message)
    {
        m_error = {m_pos, message};
        return false;
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }

    void skipSpace()
    {
        while (!atEnd() && isSpace(m_text[m_pos]))
            ++m_pos;
    }

    int push(Type type)
    {
        m_nodes.append(Node{type});
        return int(m_nodes.size() - 1);
    }

    bool value(int depth)
    {
        switch (peek()) {
        case '{':
            return container(Type::Object, '}', depth);
        case '[':
            return container(Type::Array, ']', depth);
        case '"':
            return string();
        case 't':
            return literal("true", Type::Bool);
        case 'f':
            return literal("false", Type::Bool);
        case 'n':
            return literal("null", Type::Null);
        default:
            if (peek() == '-' || isDigit(peek()))
                return number();
            return fail(atEnd() ? tr("the text ends where a value was expected") : tr("expected a value"));
        }
    }

    bool container(Type type, char close, int depth)
    {
        if (depth >= MaxDepth)
            return fail(tr("nested more than %1 levels deep").arg(MaxDepth));
        const int at = push(type);
        ++m_pos;
        skipSpace();
        int count = 0;
        if (peek() == close) {
            ++m_pos;
        } else {
            for (;;) {
                if (type == Type::Object) {
                    if (peek() != '"')
                        return fail(tr("expected a member's name in double quotes"));
                    if (!string())
                        return false;
                    skipSpace();
                    if (peek() != ':')
                        return fail(tr("expected ':' after the member's name"));
                    ++m_pos;
                    skipSpace();
                }
                if (!value(depth + 1))
                    return false;
                ++count;
                skipSpace();
                if (peek() == ',') {
                    ++m_pos;
                    skipSpace();
                    continue;
                }
                if (peek() == close) {
                    ++m_pos;
                    break;
                }
                return fail(type == Type::Object ? tr("expected ',' or '}' after the member")
                                                 : tr("expected ',' or ']' after the element"));
            }
        }
        Node &n = m_nodes[at];
        n.count = count;
        n.end = int(m_nodes.size());
        return true;
    }

    bool string()
    {
        const qsizetype quote = m_pos++;
        bool escaped = false;
        bool ascii = true;
        for (;;) {
            if (atEnd()) {
                m_pos = quote;
                return fail(tr("a string without its closing double quote"));
            }
            const char c = m_text[m_pos];
            if (c == '"')
                break;
            if (uchar(c) >= 0x80)
                ascii = false;
            if (c == '\\') {
                escaped = true;
                ++m_pos;
                const char e = peek();
                if (e == 'u') {
                    for (int i = 1; i <= 4; ++i)
                        if (m_pos + i >= m_text.size() || hexValue(m_text[m_pos + i]) < 0) {
                            m_pos += i;
                            return fail(tr("expected four hexadecimal digits after \\u"));
                        }
                    m_pos += 4;
                } else if (atEnd()) {
                    m_pos = quote;
                    return fail(tr("a string without its closing double quote"));
                }
                // Like Qt's parser, an unknown escape ("\x") stands for its character, and a
                // control character is taken as it is: a message Qt reads is never refused.
            }
            ++m_pos;
        }
        const QByteArrayView content = m_text.sliced(quote + 1, m_pos - quote - 1);
        if (!ascii && !QUtf8StringView(content).isValidUtf8()) {
            m_pos = quote;
            return fail(tr("a string that is not valid UTF-8"));
        }
        Node &n = m_nodes[push(Type::String)];
        n.escaped = escaped;
        n.begin = quote + 1;
        n.size = content.size();
        n.end = int(m_nodes.size());
        ++m_pos;
        return true;
    }

    bool digits()
    {
        if (!isDigit(peek()))
            return fail(tr("expected a digit in the number"));
        while (isDigit(peek()))
            ++m_pos;
        return true;
    }

    bool number()
    {
        const qsizetype begin = m_pos;
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
        } else if (!digits()) {
            return false;
        }
        if (peek() == '.') {
            ++m_pos; // "1." is read as Qt reads it: 1
            while (isDigit(peek()))
                ++m_pos;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!digits())
                return false;
        }
        Node &n = m_nodes[push(Type::Number)];
        n.begin = begin;
        n.size = m_pos - begin;
        n.end = int(m_nodes.size());
        return true;
    }

    bool literal(QByteArrayView word, Type type)
    {
        if (!m_text.sliced(m_pos).startsWith(word))
            return fail(tr("expected a value"));
        Node &n = m_nodes[push(type)];
        n.begin = m_pos;
        n.size = word.size();
        n.end = int(m_nodes.size());
        m_pos += word.size();
        return true;
    }

    QByteArrayView m_text;
    QList<Node> &m_nodes;
    qsizetype m_pos = 0;
    Error m_error;
};

bool JsonTree::parse(QByteArrayView text, Error *error)
{
    m_text = text;
    m_nodes.clear();
    // A value takes at least two bytes with its separator, mostly far more: this spares the
    // list's growth steps for a message without reserving much for a large file.
    m_nodes.reserve(qMin<qsizetype>(text.size() / 16 + 16, 1 << 16));
    if (Parser(text, m_nodes).document(error))
        return true;
    m_nodes.clear();
    return false;
}

QByteArray JsonTree::decoded(const Node &n) const
{
    const QByteArrayView s = slice(n);
    if (!n.escaped)
        return s.toByteArray();
    QByteArray out;
    out.reserve(s.size());
    // The parser has checked every escape, so each \u has its four digits.
    auto hex4 = [&s](qsizetype at) {
        char32_t v = 0;
        for (qsizetype i = at; i < at + 4; ++i)
            v = (v << 4) | char32_t(hexValue(s[i]));
        return v;
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] != '\\') {
            out += s[i];
            continue;
        }
        const char e = s[++i];
        switch (e) {
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            char32_t c = hex4(i + 1);
            i += 4;
            if (c >= 0xd800 && c < 0xdc00 && i + 6 < s.size() && s[i + 1] == '\\' && s[i + 2] == 'u') {
                const char32_t low = hex4(i + 3);
                if (low >= 0xdc00 && low < 0xe000) {
                    c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
                    i += 6;
                }
            }
            // A surrogate without its other half is no character: write the replacement one.
            appendUtf8(out, c >= 0xd800 && c < 0xe000 ? char32_t(0xfffd) : c);
            break;
        }
        default: out += e; break; // " \ /
        }
    }
    return out;
}

JsonTree::Type JsonTree::Value::type() const
{
    return m_tree->m_nodes.at(m_node).type;
}

qsizetype JsonTree::Value::count() const
{
    if (!isValid())
        return 0;
    const Node &n = m_tree->m_nodes.at(m_node);
    return n.type == Type::Array || n.type == Type::Object ? n.count : 0;
}

JsonTree::Value JsonTree::Value::member(QByteArrayView key) const
{
    if (!isObject())
        return {};
    const QList<Node> &nodes = m_tree->m_nodes;
    const Node &object = nodes.at(m_node);
    int at = m_node + 1;
    for (int i = 0; i < object.count; ++i) {
        const Node &k = nodes.at(at);
        if (k.escaped ? m_tree->decoded(k) == key : m_tree->slice(k) == key)
            return Value(m_tree, at + 1);
        at = nodes.at(at + 1).end;
    }
    return {};
}

QList<JsonTree::Value> JsonTree::Value::elements() const
{
    QList<Value> out;
    if (!isValid())
        return out;
    const QList<Node> &nodes = m_tree->m_nodes;
    const Node &n = nodes.at(m_node);
    if (n.type != Type::Array && n.type != Type::Object)
        return out;
    out.reserve(n.count);
    int at = m_node + 1;
    for (int i = 0; i < n.count; ++i) {
        if (n.type == Type::Object)
            ++at; // the member's name
        out.append(Value(m_tree, at));
        at = nodes.at(at).end;
    }
    return out;
}

QByteArray JsonTree::Value::sharedText() const
{
    if (!isValid())
        return {};
    const Node &n = m_tree->m_nodes.at(m_node);
    if (n.type != Type::String || n.escaped)
        return text();
    return QByteArray::fromRawData(m_tree->m_text.data() + n.begin, n.size);
}

QByteArray JsonTree::Value::text() const
{
    if (!isValid())
        return {};
    const Node &n = m_tree->m_nodes.at(m_node);
    switch (n.type) {
    case Type::String:
        return m_tree->decoded(n);
    case Type::Bool:
        return m_tree->m_text[n.begin] == 't' ? QByteArray("1") : QByteArray("0");
    case Type::Number: {
        const QByteArrayView digits = m_tree->slice(n);
        bool whole = false;
        const qint64 integer = digits.toLongLong(&whole);
        if (whole)
            return QByteArray::number(integer); // "-0" is 0
        // Ids beyond 2^53 lose digits as doubles: a whole number stays whole where it can.
        const double d = digits.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::abs(d) < 9.2e18)
            return QByteArray::number(qint64(d));
        return QByteArray::number(d, 'g', 17);
    }
    default:
        return {};
    }
}

} // namespace wb
