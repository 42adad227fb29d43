// SPDX-License-Identifier: GPL-3.0-or-later
// Names that come from a server: which ones may become a local file name, on every OS at once.
#include "core/LocalFileName.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TestLocalFileName : public QObject
{
    Q_OBJECT

    static qsizetype utf8(const QString &s) { return s.toUtf8().size(); }

private Q_SLOTS:
    void refused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason"); // a part of the message that only this class of name gets

        QTest::newRow("empty") << QString() << u"the file name is empty"_s;
        QTest::newRow("dot") << u"."_s << u"the name \".\" means a folder, not a file"_s;
        QTest::newRow("dot dot") << u".."_s << u"the name \"..\" means a folder, not a file"_s;
        QTest::newRow("slash") << u"../evil.csv"_s << u"holds \"/\", which separates folders"_s;
        QTest::newRow("slash inside") << u"a/b.csv"_s << u"holds \"/\", which separates folders"_s;
        QTest::newRow("backslash up") << u"..\\evil.csv"_s << u"holds \"\\\", which separates folders on Windows"_s;
        QTest::newRow("backslash deep") << u"x\\..\\..\\evil.csv"_s << u"separates folders on Windows"_s;
        QTest::newRow("drive") << u"C:evil.csv"_s << u"holds \":\", which Windows reads as a drive"_s;
        QTest::newRow("stream") << u"a.csv:hidden"_s << u"holds \":\""_s;
        for (const QChar c : QStringView(u"*?\"<>|"))
            QTest::addRow("Windows character %c", char(c.unicode()))
                << u"a%1b.csv"_s.arg(c) << u"holds \"%1\", which Windows does not allow in file names"_s.arg(c);
        QTest::newRow("NUL character") << u"a\0b.csv"_s << u"a control character (U+0000)"_s;
        QTest::newRow("SOH") << u"x\x01y.csv"_s << u"the name \"x\\x01y.csv\" holds a control character (U+0001)"_s;
        QTest::newRow("newline") << u"x\ny.csv"_s << u"\"x\\x0ay.csv\" holds a control character (U+000A)"_s;
        QTest::newRow("escape") << u"\x1b[31mred.csv"_s << u"control character (U+001B)"_s;
        QTest::newRow("unit separator") << u"a\x1f.csv"_s << u"control character (U+001F)"_s;
        QTest::newRow("DEL") << u"a\x7f.csv"_s << u"control character (U+007F)"_s;
        QTest::newRow("trailing dot") << u"trail.csv."_s << u"ends with a dot, which Windows drops"_s;
        QTest::newRow("dots only") << u"..."_s << u"ends with a dot"_s;
        QTest::newRow("trailing space") << u"trail.csv "_s << u"ends with a space, which Windows drops"_s;
        QTest::newRow("spaces only") << u"   "_s << u"ends with a space"_s;
        for (const QString &device : {u"CON"_s, u"PRN"_s, u"AUX"_s, u"NUL"_s, u"COM1"_s, u"COM9"_s, u"LPT1"_s,
                                      u"LPT9"_s, u"COM0"_s, u"LPT0"_s, u"CONIN$"_s, u"CONOUT$"_s})
            QTest::addRow("device %s", qPrintable(device))
                << device << u"the name \"%1\" is a reserved device name on Windows"_s.arg(device);
        QTest::newRow("device, extension") << u"NUL.txt"_s << u"\"NUL.txt\" is a reserved device name"_s;
        QTest::newRow("device, two extensions") << u"nul.tar.gz"_s << u"reserved device name"_s;
        QTest::newRow("device, lower case") << u"con.csv"_s << u"reserved device name"_s;
        QTest::newRow("device, mixed case") << u"cOm3.csv"_s << u"reserved device name"_s;
        QTest::newRow("device, space before extension") << u"con .csv"_s << u"reserved device name"_s;
        QTest::newRow("device, superscript one") << u"COM\u00B9.csv"_s << u"reserved device name"_s;
        QTest::newRow("device, superscript two") << u"lpt\u00B2"_s << u"reserved device name"_s;
        QTest::newRow("device, superscript three") << u"LPT\u00B3.log"_s << u"reserved device name"_s;
        QTest::newRow("256 ASCII characters") << QString(256, u'a') << u"is too long: 256 bytes in UTF-8"_s;
        // 200 UTF-16 units fit Windows, but 400 bytes do not fit Linux or macOS.
        QTest::newRow("200 accented letters") << QString(200, u'\u00E9') << u"is too long: 400 bytes in UTF-8"_s;
        QTest::newRow("first problem wins") << u"a:b.csv."_s << u"holds \":\""_s;
    }

    void refused()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        const QString problem = remoteFileNameProblem(name);
        QVERIFY2(problem.contains(reason), qPrintable(u"\"%1\" does not say \"%2\""_s.arg(problem, reason)));
        // Never the raw control character, whatever else the message says.
        QVERIFY(std::none_of(problem.begin(), problem.end(),
                             [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; }));
        QString why;
        QCOMPARE(localFileName(name, MaxFileNameBytes, &why), QString());
        QCOMPARE(why, problem);
    }

    void accepted_data()
    {
        QTest::addColumn<QString>("name");

        QTest::newRow("plain") << u"content_card_opens.csv"_s;
        QTest::newRow("accents") << u"Réponses élèves – été.csv"_s;
        QTest::newRow("spaces inside") << u"Delivery stats 22 11 2026.csv"_s;
        QTest::newRow("leading space") << u" report.csv"_s;
        QTest::newRow("dots inside") << u"activity.STATEU.2026.11.22.csv"_s;
        QTest::newRow("two dots inside") << u"a..b.csv"_s;
        QTest::newRow("hidden") << u".profile"_s;
        QTest::newRow("no extension") << u"README"_s;
        QTest::newRow("other scripts") << u"Отчёт_日本語_😀.csv"_s;
        QTest::newRow("device name inside") << u"CONTACTS.csv"_s;
        QTest::newRow("device as extension") << u"report.con"_s;
        QTest::newRow("device with suffix") << u"nul_rows.csv"_s;
        QTest::newRow("COM10") << u"COM10.csv"_s;
        QTest::newRow("LPT, letter") << u"LPTX.csv"_s;
        QTest::newRow("COM, superscript four") << u"COM\u2074.csv"_s;
        QTest::newRow("dollar elsewhere") << u"CON$.csv"_s;
        QTest::newRow("brackets and quotes") << u"report (final) [2] 'b' {c} #1 & 50% +x=y, ~z; @w!.csv"_s;
        QTest::newRow("255 ASCII characters") << QString(251, u'a') + u".csv"_s;
        QTest::newRow("255 bytes of accents") << QString(125, u'\u00E9') + u"_.csv"_s;
        QTest::newRow("U+0080 is no C0 control") << u"a\u0080b.csv"_s;
    }

    void accepted()
    {
        QFETCH(QString, name);
        QCOMPARE(remoteFileNameProblem(name), QString());
        QString why = u"untouched"_s;
        QCOMPARE(localFileName(name, MaxFileNameBytes, &why), name);
        QCOMPARE(why, u"untouched"_s);
    }

    void reservedDeviceNamesAreWindowsOnes()
    {
        QVERIFY(isReservedDeviceName(u"Com1"_s));
        QVERIFY(isReservedDeviceName(u"aux.json"_s));
        QVERIFY(isReservedDeviceName(u"  prn  .csv"_s));
        QVERIFY(!isReservedDeviceName(u"auxiliary.csv"_s));
        QVERIFY(!isReservedDeviceName(u"my.con.csv"_s));
        QVERIFY(!isReservedDeviceName(u"COM"_s));
        QVERIFY(!isReservedDeviceName(QString()));
    }

    // A long legal name still fits once a caller puts a prefix in front of it and a temporary
    // suffix behind it.
    void longNamesAreShortenedKeepingTheExtension_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qsizetype>("maxBytes");
        QTest::addColumn<QString>("expected");

        QTest::newRow("ASCII") << QString(251, u'a') + u".csv"_s << qsizetype(100) << QString(96, u'a') + u".csv"_s;
        // 'é' is two bytes: 48 of them and ".csv" make 100.
        QTest::newRow("accents") << QString(125, u'\u00E9') + u".csv"_s << qsizetype(101)
                                 << QString(48, u'\u00E9') + u".csv"_s;
        // 😀 is one surrogate pair, four bytes: never cut in half.
        QTest::newRow("surrogate pairs") << u"😀"_s.repeated(60) + u".txt"_s << qsizetype(70)
                                         << u"😀"_s.repeated(16) + u".txt"_s;
        QTest::newRow("no extension") << QString(250, u'b') << qsizetype(64) << QString(64, u'b');
        QTest::newRow("long extension is stem") << u"a."_s + QString(200, u'z') << qsizetype(64)
                                                << u"a."_s + QString(62, u'z');
        QTest::newRow("cut ends in spaces") << u"x"_s + QString(80, u' ') + u"y.csv"_s << qsizetype(64)
                                            << u"x.csv"_s;
        QTest::newRow("cut leaves a device") << u"CON"_s + QString(80, u' ') + u"y.csv"_s << qsizetype(64)
                                             << u"file.csv"_s;
        QTest::newRow("cut leaves nothing") << QString(80, u' ') + u"y.csv"_s << qsizetype(64) << u"file.csv"_s;
        QTest::newRow("fits") << u"short.csv"_s << qsizetype(64) << u"short.csv"_s;
    }

    void longNamesAreShortenedKeepingTheExtension()
    {
        QFETCH(QString, name);
        QFETCH(qsizetype, maxBytes);
        QFETCH(QString, expected);
        QCOMPARE(remoteFileNameProblem(name), QString());
        QString why;
        const QString local = localFileName(name, maxBytes, &why);
        QCOMPARE(local, expected);
        QVERIFY(why.isEmpty());
        QVERIFY(utf8(local) <= maxBytes);
        QCOMPARE(remoteFileNameProblem(local), QString());
    }

    void aNameIsQuotedWithoutItsControlCharacters()
    {
        const QString problem = remoteFileNameProblem(u"a\x01\x1b\x7f:b"_s);
        QCOMPARE(problem, u"the name \"a\\x01\\x1b\\x7f:b\" holds a control character (U+0001)"_s);
    }

    void placeholdersInANameStayAsTheyAre()
    {
        // A name is put into the message once; its own "%2" is not a place for another value.
        const QString name = u"%2%1"_s + QString(300, u'x');
        QVERIFY(remoteFileNameProblem(name).startsWith(u"the name \"%2%1xxx"_s));
        QVERIFY(remoteFileNameProblem(name).endsWith(u": 304 bytes in UTF-8, where a file name may have at most 255"_s));
    }
};

QTEST_GUILESS_MAIN(TestLocalFileName)
#include "tst_localfilename.moc"
