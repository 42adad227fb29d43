// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON reader Civitas messages go through, checked against Qt's own parser: every value
// it reads is the cell QJsonDocument's value would give, and what Qt refuses it refuses too,
// at the character that breaks the text.
#include "intake/JsonTree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {

// The cell QJsonValue gives, as CivitasJson wrote it before it had its own reader.
QByteArray qtCell(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().toUtf8();
    if (v.isDouble()) {
        const qint64 whole = v.toInteger(std::numeric_limits<qint64>::min());
        if (whole != std::numeric_limits<qint64>::min())
            return QByteArray::number(whole);
        return QByteArray::number(v.toDouble(), 'g', 17);
    }
    if (v.isBool())
        return v.toBool() ? "1" : "0";
    return {};
}

// Walks both trees side by side; a difference fails the test with its path.
void compare(const JsonTree::Value &mine, const QJsonValue &qt, const QString &path)
{
    if (qt.isObject()) {
        QVERIFY2(mine.isObject(), qPrintable(path));
        const QJsonObject o = qt.toObject();
        QCOMPARE(mine.count(), o.size());
        for (auto it = o.begin(); it != o.end(); ++it)
            compare(mine.member(it.key().toUtf8()), it.value(), path + u'.' + it.key());
    } else if (qt.isArray()) {
        QVERIFY2(mine.isArray(), qPrintable(path));
        const QJsonArray a = qt.toArray();
        const QList<JsonTree::Value> elements = mine.elements();
        QCOMPARE(elements.size(), a.size());
        for (int i = 0; i < a.size(); ++i)
            compare(elements.at(i), a.at(i), path + u'[' + QString::number(i) + u']');
    } else {
        QVERIFY2(mine.isValid(), qPrintable(path));
        QCOMPARE(mine.text(), qtCell(qt));
        QCOMPARE(mine.sharedText(), qtCell(qt));
    }
}

} // namespace

class TestJsonTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatQtReads_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("outreach") << QByteArray("{\"outreachId\": \"0ecba66b\", \"students\": [{\"institutionPersonID\": \"100001\",\n"
            "            \"firstName\": \"Zoë\"}], \"outreachProperties\": [{\"outreachPropertyId\": 3, \"name\": \"isAttrition\", \"value\": \"0\"}]}");
        QTest::newRow("escapes") << QByteArray("[\"a\\\"b\", \"back\\\\slash\", \"\\/\", \"\\b\\f\\n\\r\\t\", \"\\u00e9t\\u00C9\", \"\\u20ac\"]");
        QTest::newRow("surrogate pair") << QByteArray("{\"emoji\": \"\\ud83d\\ude00 ok\"}");
        QTest::newRow("numbers") << QByteArray(
            "[0, -0, 7, -12, 1.5, -2.25e-3, 1e3, 1E+2, 1.0, 9007199254740993, -9223372036854775807, 12345678901234567890, 0.1]");
        QTest::newRow("literals and empties") << QByteArray("{\"t\": true, \"f\": false, \"n\": null, \"a\": [], \"o\": {}, \"s\": \"\"}");
        QTest::newRow("nested") << QByteArray("[[[[{\"k\": [1, {\"k\": \"v\"}]}]]]]");
        QTest::newRow("white space") << QByteArray(" \t\r\n{ \"a\" :\n[ 1 ,\t2 ] }\r\n ");
        // Qt is lenient where RFC 8259 is not; so is the reader, so that no message Qt took is refused.
        QTest::newRow("unknown escape, raw tab, 1.") << QByteArray("[\"a\\xb\", \"a\tb\", 1.]");
        QTest::newRow("UTF-8 as is") << QByteArray("{\"name\": \"Ba\xc5\x9f\xc3\xa7\xc4\xb1 \xe2\x82\xac \xf0\x9f\x98\x80\"}");
    }

    void readsWhatQtReads()
    {
        QFETCH(QByteArray, json);
        QJsonParseError qtError{};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &qtError);
        QCOMPARE(qtError.error, QJsonParseError::NoError);
        JsonTree tree;
        JsonTree::Error error;
        QVERIFY2(tree.parse(json, &error), qPrintable(error.message));
        compare(tree.root(), doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), u"$"_s);
    }

    void memberByEscapedName()
    {
        JsonTree tree;
        JsonTree::Error error;
        const QByteArray json("{\"na\\u006De\": \"x\", \"other\": 1}");
        QVERIFY(tree.parse(json, &error));
        QCOMPARE(tree.root().member("name").text(), QByteArray("x"));
        QVERIFY(!tree.root().member("missing").isValid());
        QVERIFY(tree.root().member("missing").text().isEmpty());
    }

    void refusesWhatQtRefuses_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("offset"); // the byte that breaks the text
        QTest::addColumn<QString>("says");
        QTest::newRow("array not closed") << QByteArray("{\n \"a\": [\n}") << 10 << u"expected a value"_s;
        QTest::newRow("missing comma") << QByteArray("{\"a\": 1 \"b\": 2}") << 8 << u"expected ',' or '}'"_s;
        QTest::newRow("trailing comma") << QByteArray("[1, 2,]") << 6 << u"expected a value"_s;
        QTest::newRow("unquoted name") << QByteArray("{a: 1}") << 1 << u"member's name"_s;
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 5 << u"expected ':'"_s;
        QTest::newRow("unterminated string") << QByteArray("[\"abc") << 1 << u"closing double quote"_s;
        QTest::newRow("short \\u") << QByteArray("[\"\\u12G4\"]") << 6 << u"hexadecimal"_s;
        QTest::newRow("leading zero") << QByteArray("[01]") << 2 << u"expected ',' or ']'"_s;
        QTest::newRow("bare minus") << QByteArray("[-]") << 2 << u"digit"_s;
        QTest::newRow("misspelt literal") << QByteArray("[tru]") << 1 << u"expected a value"_s;
        QTest::newRow("two documents") << QByteArray("{}\n{}") << 3 << u"after the JSON value"_s;
        QTest::newRow("invalid UTF-8") << QByteArray("[\"a\xff\"]") << 1 << u"UTF-8"_s;
        QTest::newRow("empty") << QByteArray("  ") << 2 << u"ends where a value"_s;
        QTest::newRow("too deep") << QByteArray(1100, '[') + QByteArray(1100, ']') << 512 << u"levels deep"_s;
    }

    void refusesWhatQtRefuses()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, offset);
        QFETCH(QString, says);
        QJsonParseError qtError{};
        QJsonDocument::fromJson(json, &qtError);
        QVERIFY(qtError.error != QJsonParseError::NoError);
        JsonTree tree;
        JsonTree::Error error;
        QVERIFY(!tree.parse(json, &error));
        QCOMPARE(error.offset, qsizetype(offset));
        QVERIFY2(error.message.contains(says), qPrintable(error.message));
        QVERIFY(!tree.root().isValid());
    }

    void sharedTextOutlivesNothing()
    {
        // A string with escapes is decoded into memory of its own; one without shares the text.
        const QByteArray json("[\"plain\", \"esc\\\"aped\"]");
        JsonTree tree;
        JsonTree::Error error;
        QVERIFY(tree.parse(json, &error));
        const QList<JsonTree::Value> e = tree.root().elements();
        const QByteArray plain = e.at(0).sharedText();
        const QByteArray escaped = e.at(1).sharedText();
        QCOMPARE(plain, QByteArray("plain"));
        QVERIFY(plain.constData() == json.constData() + 2);
        QCOMPARE(escaped, QByteArray("esc\"aped"));
        const auto inside = [&json](const char *p) { return p >= json.constData() && p < json.constData() + json.size(); };
        QVERIFY(!inside(escaped.constData()));
    }
};

QTEST_GUILESS_MAIN(TestJsonTree)
#include "tst_jsontree.moc"
