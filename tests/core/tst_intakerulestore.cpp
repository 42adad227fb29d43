// SPDX-License-Identifier: GPL-3.0-or-later
// A connection's intake rules as the editors save them: moved, or replaced as a whole list.
#include "core/ConnectionStore.h"
#include "core/IntakeRule.h"
#include "core/Workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TestIntakeRuleStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_connection = 0;

    static IntakeRule rule(const QString &pattern, const QString &dataset = {})
    {
        IntakeRule r;
        r.pattern = pattern;
        r.dataset = dataset;
        return r;
    }

    QStringList patterns() const
    {
        QStringList out;
        for (const IntakeRule &r : IntakeRuleStore(*m_ws).list(m_connection))
            out << r.pattern;
        return out;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_ws = std::make_unique<Workspace>();
        QString error;
        QVERIFY2(m_ws->open(m_dir.filePath(u"ws%1.sqlite"_s.arg(++n)), &error), qPrintable(error));
        Connection c;
        c.name = u"actito"_s;
        c.host = u"sftp.actito.example"_s;
        c.user = u"ce"_s;
        c.keyFile = u"/keys/id_ed25519"_s;
        QVERIFY2(ConnectionStore(*m_ws).save(c, &error), qPrintable(error));
        m_connection = c.id;
        for (const QString &p : {u"a_*.csv"_s, u"b_*.csv"_s, u"c_*.csv"_s}) {
            IntakeRule r = rule(p);
            r.connectionId = c.id;
            QVERIFY2(IntakeRuleStore(*m_ws).add(r, &error), qPrintable(error));
        }
    }
    void cleanup() { m_ws.reset(); }

    void moveKeepsTheOthersInOrder()
    {
        QString error;
        IntakeRuleStore store(*m_ws);
        QVERIFY2(store.move(m_connection, 3, 1, &error), qPrintable(error));
        QCOMPARE(patterns(), (QStringList{u"c_*.csv"_s, u"a_*.csv"_s, u"b_*.csv"_s}));
        QVERIFY2(store.move(m_connection, 1, 2, &error), qPrintable(error));
        QCOMPARE(patterns(), (QStringList{u"a_*.csv"_s, u"c_*.csv"_s, u"b_*.csv"_s}));
        // Numbered 1..n, as list and remove number them.
        QSqlQuery q(m_ws->database());
        QVERIFY(q.exec(u"SELECT group_concat(position) FROM (SELECT position FROM intake_rules ORDER BY position)"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"1,2,3"_s);

        QVERIFY(!store.move(m_connection, 4, 1, &error));
        QCOMPARE(error, u"There is no rule 4: the connection's rules are numbered 1 to 3."_s);
        QVERIFY(!store.move(m_connection, 1, 0, &error));
        QCOMPARE(patterns(), (QStringList{u"a_*.csv"_s, u"c_*.csv"_s, u"b_*.csv"_s}));
    }

    void replaceWritesTheWholeList()
    {
        QString error;
        IntakeRule archived = rule(u"*/opens_*.csv"_s, u"actito.email_openings"_s);
        archived.subfolders = 2;
        archived.dateOrder = DateOrder::DayFirst;
        archived.after = IntakeRule::After::Archive;
        archived.archiveDir = u"done"_s;
        QList<IntakeRule> rules{rule(u"b_*.csv"_s), archived};
        QVERIFY2(IntakeRuleStore(*m_ws).replace(m_connection, rules, &error), qPrintable(error));
        QVERIFY(rules.at(0).id > 0 && rules.at(1).id > 0);
        QCOMPARE(rules.at(1).connectionId, m_connection);
        const QList<IntakeRule> stored = IntakeRuleStore(*m_ws).list(m_connection);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).pattern, u"b_*.csv"_s);
        const IntakeRule &r = stored.at(1);
        QCOMPARE(r.id, rules.at(1).id);
        QCOMPARE(r.pattern, u"*/opens_*.csv"_s);
        QCOMPARE(r.subfolders, 2);
        QCOMPARE(r.dataset, u"actito.email_openings"_s);
        QCOMPARE(r.dateOrder, DateOrder::DayFirst);
        QCOMPARE(r.after, IntakeRule::After::Archive);
        QCOMPARE(r.archiveDir, u"done"_s);

        QList<IntakeRule> none;
        QVERIFY2(IntakeRuleStore(*m_ws).replace(m_connection, none, &error), qPrintable(error));
        QVERIFY(patterns().isEmpty());
    }

    // One bad rule, and nothing changes: the list is written whole or not at all.
    void replaceRefusesABadList()
    {
        QString error;
        QList<IntakeRule> rules{rule(u"x_*.csv"_s), rule(u"opens[.csv"_s)};
        QVERIFY(!IntakeRuleStore(*m_ws).replace(m_connection, rules, &error));
        QVERIFY2(error.startsWith(u"Rule 2: "_s) && error.contains(u"no closing ']'"_s), qPrintable(error));
        QCOMPARE(patterns(), (QStringList{u"a_*.csv"_s, u"b_*.csv"_s, u"c_*.csv"_s}));
    }

    // The GUI's writes run in a transaction of their own (WorkspaceWrite): the store's own
    // must nest in it, and a rollback of the outer one takes its changes back.
    void nestsInACallersTransaction()
    {
        QString error;
        QSqlQuery q(m_ws->database());
        QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s));
        QList<IntakeRule> rules{rule(u"z_*.csv"_s)};
        QVERIFY2(IntakeRuleStore(*m_ws).replace(m_connection, rules, &error), qPrintable(error));
        QVERIFY2(IntakeRuleStore(*m_ws).add(rules[0], &error), qPrintable(error));
        QVERIFY2(IntakeRuleStore(*m_ws).move(m_connection, 2, 1, &error), qPrintable(error));
        QCOMPARE(patterns(), (QStringList{u"z_*.csv"_s, u"z_*.csv"_s}));
        QVERIFY(q.exec(u"ROLLBACK"_s)); // still open: nothing above committed it
        QCOMPARE(patterns(), (QStringList{u"a_*.csv"_s, u"b_*.csv"_s, u"c_*.csv"_s}));

        QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s));
        QVERIFY2(IntakeRuleStore(*m_ws).move(m_connection, 1, 3, &error), qPrintable(error));
        QVERIFY(q.exec(u"COMMIT"_s));
        QCOMPARE(patterns(), (QStringList{u"b_*.csv"_s, u"c_*.csv"_s, u"a_*.csv"_s}));
    }
};

QTEST_GUILESS_MAIN(TestIntakeRuleStore)
#include "tst_intakerulestore.moc"
