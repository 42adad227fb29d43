// SPDX-License-Identifier: GPL-3.0-or-later
// The programs speak French and Dutch, core messages included: writeback-cli (and
// writeback-studio's non-interactive paths) under LANG=fr_FR.UTF-8 and nl_NL.UTF-8. The
// expected words are written out here, so that a translation that is not found fails.
#include "HostProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int code = -1;
    QString out; // standard output and standard error
};

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_key;
    quint16 m_closedPort = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Result start(const QString &program, const QString &locale, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Qt takes the language from these before LANG; locales need not be installed, as Qt
        // reads the variables itself.
        for (const QString &name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
            env.remove(name);
        env.insert(u"LANG"_s, locale);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.insert(u"WRITEBACK_SCHEDULER_ROOT"_s, path(u"scheduler"_s));
        env.insert(u"WRITEBACK_SCHEDULER_FILES_ONLY"_s, u"1"_s);
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
    }

    Result cli(const QString &locale, const QStringList &args)
    {
        const QString workspace = path(locale + u"/workspace.sqlite"_s);
        return start(QStringLiteral(WRITEBACK_CLI), locale, QStringList{u"--workspace"_s, workspace} + args);
    }

    static void verifyHas(const Result &r, const QString &text)
    {
        QVERIFY2(r.out.contains(text), qPrintable(u"No \"%1\" in:\n%2"_s.arg(text, r.out)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_key = path(u"id_ed25519"_s);
        QVERIFY(wb::test::hostRun(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, m_key}));
        QTcpServer server; // a port nothing listens on
        QVERIFY(server.listen(QHostAddress::LocalHost));
        m_closedPort = server.serverPort();
    }

    void cliSpeaks_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("expected"); // doctor, import error, run report, each from the core
        const QChar nbsp(0x00a0);
        QTest::newRow("fr") << u"fr_FR.UTF-8"_s
                            << QStringList{u"Se connecter (TCP)"_s, u"Diagnostic de connexion"_s + nbsp + u':',
                                           u"a refusé la connexion sur le port"_s,
                                           u"Non exécutée"_s + nbsp + u": une étape précédente a échoué."_s,
                                           u"l'en-tête ne correspond à aucun format connu"_s,
                                           u"ÉCHEC"_s, u"Que faire ensuite"_s + nbsp + u':'};
        QTest::newRow("nl") << u"nl_NL.UTF-8"_s
                            << QStringList{u"Verbinden (TCP)"_s, u"Verbindingsdiagnose: "_s,
                                           u"heeft de verbinding op poort"_s,
                                           u"Niet uitgevoerd: een eerdere stap is mislukt."_s,
                                           u"de kopregel komt met geen enkel bekend formaat overeen"_s,
                                           u"MISLUKT"_s, u"Wat nu te doen:"_s};
    }

    void cliSpeaks()
    {
        QFETCH(QString, locale);
        QFETCH(QStringList, expected);
        QCOMPARE(cli(locale, {u"connection"_s, u"add"_s, u"c"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
                              QString::number(m_closedPort), u"--user"_s, u"u"_s, u"--key"_s, m_key})
                     .code,
                 0);
        Result doctor = cli(locale, {u"connection"_s, u"test"_s, u"c"_s});
        QCOMPARE(doctor.code, 1);
        for (const QString &text : expected.mid(0, 4))
            verifyHas(doctor, text);

        QFile csv(path(locale + u"/unknown.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("a,b\n1,2\n");
        csv.close();
        const Result import = cli(locale, {u"import"_s, csv.fileName()});
        QCOMPARE(import.code, 1);
        verifyHas(import, expected.at(4));

        // A scheduled fetch that missed its slot runs, fails and leaves its report.
        QCOMPARE(cli(locale, {u"schedule"_s, u"set"_s, u"fetch:c"_s, u"--daily"_s, u"06:00"_s}).code, 0);
        QVERIFY(wb::test::hostRun(u"sqlite3"_s, {path(locale + u"/workspace.sqlite"_s),
                                                 u"UPDATE schedules SET created_at = strftime('%Y-%m-%dT%H:%M:%fZ', "
                                                 "'now', '-3 days'), last_slot = ''"_s}));
        QCOMPARE(cli(locale, {u"run-due"_s}).code, 1);
        QDirIterator reports(path(locale + u"/reports"_s), {u"fetch-c-*.txt"_s}, QDir::Files,
                             QDirIterator::Subdirectories);
        QVERIFY(reports.hasNext());
        QFile report(reports.next());
        QVERIFY(report.open(QIODevice::ReadOnly));
        const Result text{0, QString::fromUtf8(report.readAll())};
        for (const QString &line : expected.mid(5))
            verifyHas(text, line);
    }

#ifdef WRITEBACK_STUDIO_EXE
    void studioSpeaks_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("help");
        QTest::addColumn<QString>("notWorkspace"); // from the core
        QTest::newRow("fr") << u"fr_FR.UTF-8"_s << u"Ouvrir l'espace de travail FICHIER"_s
                            << u"n'est pas un espace de travail Writeback Studio"_s;
        QTest::newRow("nl") << u"nl_NL.UTF-8"_s << u"De werkruimte BESTAND openen"_s
                            << u"is geen Writeback Studio-werkruimte"_s;
    }

    void studioSpeaks()
    {
        QFETCH(QString, locale);
        QFETCH(QString, help);
        QFETCH(QString, notWorkspace);
        const QString studio = QStringLiteral(WRITEBACK_STUDIO_EXE);
        const Result usage = start(studio, locale, {u"--help"_s});
        QCOMPARE(usage.code, 0);
        verifyHas(usage, help);

        QFile notADatabase(path(locale + u"-text.sqlite"_s));
        QVERIFY(notADatabase.open(QIODevice::WriteOnly));
        notADatabase.write(QByteArray(4096, 'x'));
        notADatabase.close();
        const Result opened = start(studio, locale, {u"--workspace"_s, notADatabase.fileName(), u"--screenshot"_s,
                                                     path(u"shots"_s)});
        QCOMPARE(opened.code, 1);
        verifyHas(opened, notWorkspace);
    }
#endif
};

QTEST_GUILESS_MAIN(TestLanguages)
#include "tst_languages.moc"
