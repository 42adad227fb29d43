// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule editor, driven with clicks and keys: a weekly rule in another time zone, its
// next runs as ScheduleRule computes them, saving into the workspace and registering with the
// OS scheduler (files only, in a temporary folder), invalid input, pausing and removing.
#include "TestSupport.h"

#include "MessageBox.h"
#include "MessageWidget.h"
#include "ScheduleEditor.h"
#include "core/Workspace.h"
#include "export/ExportStore.h"
#include "jobs/JobKeys.h"
#include "jobs/ScheduleStore.h"
#include "schedule/OsScheduler.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimeEdit>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace wb;
using namespace wb::ui;

class TestScheduleEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    const QString m_job = u"export:opens"_s;

    QString schedulerRoot() const { return m_dir.filePath(u"scheduler"_s); }

    ScheduleEditor *open()
    {
        ScheduleEditor *editor = ScheduleEditor::editSchedule(*m_ws, m_job, nullptr);
        if (!QTest::qWaitForWindowExposed(editor))
            return nullptr;
        // What is stored is read, and an existing schedule's registration checked, off the UI
        // thread first.
        if (!QTest::qWaitFor([editor] { return !editor->isBusy(); }, 10000))
            return nullptr;
        return editor;
    }

    static bool saveAndWait(ScheduleEditor *editor)
    {
        QSignalSpy checked(editor, &ScheduleEditor::registrationChecked);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        return checked.wait(20000);
    }

    static void click(QWidget *w)
    {
        QTest::mouseClick(w, Qt::LeftButton, {}, QPoint(8, w->height() / 2));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        // Registrations are written as files into a temporary folder; no systemctl or crontab.
        qputenv("WRITEBACK_SCHEDULER_ROOT", schedulerRoot().toUtf8());
        qputenv("WRITEBACK_SCHEDULER_FILES_ONLY", "1");
        qputenv("WRITEBACK_CLI", WRITEBACK_CLI_EXE);
        m_ws = std::make_unique<Workspace>();
        QString error;
        QVERIFY2(m_ws->open(m_dir.filePath(u"ws.sqlite"_s), &error), qPrintable(error));
        ExportDefinition d;
        d.name = u"opens"_s;
        d.dataset = u"fullmeasure.content_card_opens"_s;
        d.columns = {{u"contact_id"_s, u"Student ID"_s}};
        d.file.name = u"opens"_s;
        d.destination.path = m_dir.filePath(u"out"_s);
        QVERIFY2(ExportStore(*m_ws).save(d, &error), qPrintable(error));
    }

    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void weeklyInAnotherZoneIsSavedAndRegistered()
    {
        ScheduleEditor *editor = open();
        QVERIFY(editor);
        // A new schedule: every day at 06:00 in this computer's zone, nothing to remove yet.
        QCOMPARE(editor->kindCombo()->currentIndex(), int(ScheduleEditor::DailyIndex));
        QVERIFY(!editor->removeButton()->isEnabled());
        QCOMPARE(editor->nextRunsList()->count(), 5);
        QVERIFY(!editor->registrationMessage()->isVisible());

        // Weekly, chosen with the keyboard: no day ticked yet, so Save is off and says why.
        editor->kindCombo()->setFocus();
        QTest::keyClick(editor->kindCombo(), Qt::Key_Down);
        QTest::keyClick(editor->kindCombo(), Qt::Key_Down);
        QCOMPARE(editor->kindCombo()->currentIndex(), int(ScheduleEditor::WeeklyIndex));
        QVERIFY(editor->dayCheck(Qt::Monday)->isVisible());
        QVERIFY(!editor->intervalSpin()->isVisible());
        QVERIFY(!editor->saveButton()->isEnabled());
        QVERIFY(editor->message()->isVisible());
        QCOMPARE(editor->message()->text(), u"A weekly schedule needs at least one day."_s);
        QCOMPARE(editor->nextRunsList()->count(), 0);
        QVERIFY(!editor->save());

        click(editor->dayCheck(Qt::Monday));
        click(editor->dayCheck(Qt::Thursday));
        QVERIFY(editor->dayCheck(Qt::Monday)->isChecked());
        QVERIFY(editor->dayCheck(Qt::Thursday)->isChecked());
        QVERIFY(!editor->message()->isVisible());
        QVERIFY(editor->saveButton()->isEnabled());

        // 07:30, typed into the time field.
        QTimeEdit *time = editor->timeEdit();
        QTest::mouseClick(time, Qt::LeftButton, {}, QPoint(6, time->height() / 2));
        // The hour selected as a user would, then typed over.
        QTest::keyClick(time, Qt::Key_Home);
        QTest::keyClick(time, Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(time, Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClicks(time, u"07:30"_s);
        QCOMPARE(time->time(), QTime(7, 30));

        // The zone, found by typing part of its name.
        QComboBox *zone = editor->zoneCombo();
        QTest::mouseClick(zone->lineEdit(), Qt::LeftButton);
        zone->lineEdit()->selectAll();
        QTest::keyClicks(zone->lineEdit(), u"brussels"_s);
        QVERIFY(!editor->saveButton()->isEnabled()); // not a zone yet
        QVERIFY(editor->message()->text().contains(u"time zone"_s));
        // The completer lists the zones whose names contain it; pick the first.
        QAbstractItemView *popup = zone->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->rowCount(), 1);
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QVERIFY(!popup->isVisible());
        QCOMPARE(zone->currentText(), u"Europe/Brussels"_s);
        QVERIFY(!editor->isBusy()); // picking a zone does not save
        QVERIFY(editor->saveButton()->isEnabled());

        ScheduleRule expected;
        expected.kind = ScheduleRule::Kind::Weekly;
        expected.days = {Qt::Monday, Qt::Thursday};
        expected.at = QTime(7, 30);
        expected.zoneId = "Europe/Brussels";
        QCOMPARE(editor->rule(), expected);
        QCOMPARE(editor->descriptionLabel()->text(), expected.describe());
        QCOMPARE(editor->descriptionLabel()->text(), u"Mondays and Thursdays at 07:30 (Europe/Brussels)"_s);

        // The next five runs, as the rule computes them, in local time and Brussels time.
        const QList<QDateTime> runs = expected.nextRuns(QDateTime::currentDateTimeUtc(), 5);
        QCOMPARE(runs.size(), 5);
        QListWidget *list = editor->nextRunsList();
        QCOMPARE(list->count(), 5);
        const QTimeZone brussels("Europe/Brussels");
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(list->item(i)->data(Qt::UserRole + 1).toDateTime(), runs[i]);
            QCOMPARE(list->item(i)->text(), ScheduleEditor::runText(runs[i], expected));
            const QDateTime there = runs[i].toTimeZone(brussels);
            QCOMPARE(there.time(), QTime(7, 30));
            QVERIFY(there.date().dayOfWeek() == Qt::Monday || there.date().dayOfWeek() == Qt::Thursday);
            QVERIFY2(list->item(i)->text().startsWith(QLocale().toString(runs[i].toLocalTime(), u"dddd d MMMM yyyy, HH:mm"_s)),
                     qPrintable(list->item(i)->text()));
            if (QTimeZone::systemTimeZoneId() != "Europe/Brussels")
                QVERIFY2(list->item(i)->text().contains(u"07:30 in Europe/Brussels"_s), qPrintable(list->item(i)->text()));
        }

        // Save: stored in the workspace, registered (as files here), and the dialog says so.
        QVERIFY(saveAndWait(editor));
        const std::optional<Schedule> stored = ScheduleStore(*m_ws).find(m_job);
        QVERIFY(stored);
        QCOMPARE(stored->rule, expected);
        QVERIFY(!stored->paused);
        const Registration registration = OsScheduler::forThisMachine()->status(jobKey(*m_ws, m_job));
        QVERIFY2(registration.installed, qPrintable(registration.detail));
        QVERIFY(!registration.files.isEmpty());
        QVERIFY(registration.files.first().startsWith(schedulerRoot()));
        QVERIFY(editor->registrationMessage()->isVisible());
        QCOMPARE(editor->registrationMessage()->tone(), Icons::Tone::Positive);
        QVERIFY2(editor->registrationMessage()->text().startsWith(u"Registered with the %1"_s.arg(registration.kind)),
                 qPrintable(editor->registrationMessage()->text()));
        QVERIFY(editor->removeButton()->isEnabled());
        editor->close();
        QTest::qWait(0);
    }

    void reopenedPausedAndUnregistered()
    {
        // Opening again shows the stored rule and what the OS has.
        ScheduleEditor *editor = open();
        QVERIFY(editor);
        QCOMPARE(editor->kindCombo()->currentIndex(), int(ScheduleEditor::WeeklyIndex));
        QVERIFY(editor->dayCheck(Qt::Monday)->isChecked());
        QVERIFY(editor->dayCheck(Qt::Thursday)->isChecked());
        QVERIFY(!editor->dayCheck(Qt::Tuesday)->isChecked());
        QCOMPARE(editor->timeEdit()->time(), QTime(7, 30));
        QCOMPARE(editor->zoneCombo()->currentText(), u"Europe/Brussels"_s);
        QCOMPARE(editor->registrationMessage()->tone(), Icons::Tone::Positive);

        // Paused, and without a writeback-cli for the OS to start: stored, but the dialog says
        // it runs only while the app is open, and why.
        click(editor->pausedCheck());
        QVERIFY(editor->paused());
        // Until saved, the dialog does not claim the new state is registered.
        QCOMPARE(editor->registrationMessage()->tone(), Icons::Tone::Info);
        QVERIFY(editor->registrationMessage()->text().startsWith(u"Not saved yet: "_s));
        qputenv("WRITEBACK_CLI", QFile::encodeName(m_dir.filePath(u"no-such-cli"_s)));
        const bool saved = saveAndWait(editor);
        qputenv("WRITEBACK_CLI", WRITEBACK_CLI_EXE);
        QVERIFY(saved);
        QVERIFY(ScheduleStore(*m_ws).find(m_job)->paused);
        QCOMPARE(editor->registrationMessage()->tone(), Icons::Tone::Warning);
        QVERIFY2(editor->registrationMessage()->text().startsWith(u"Runs only while Writeback Studio is open: "_s),
                 qPrintable(editor->registrationMessage()->text()));
        QVERIFY(editor->registrationMessage()->text().contains(u"writeback-cli"_s));

        // Every few hours: the interval appears, the days go.
        editor->kindCombo()->setFocus();
        QTest::keyClick(editor->kindCombo(), Qt::Key_Up);
        QCOMPARE(editor->kindCombo()->currentIndex(), int(ScheduleEditor::EveryHoursIndex));
        QVERIFY(editor->intervalSpin()->isVisible());
        QVERIFY(!editor->dayCheck(Qt::Monday)->isVisible());
        editor->intervalSpin()->setFocus();
        editor->intervalSpin()->selectAll();
        QTest::keyClicks(editor->intervalSpin(), u"8"_s);
        QCOMPARE(editor->rule().interval, 8);
        QCOMPARE(editor->descriptionLabel()->text(), u"Every 8 hour(s) from 07:30 (Europe/Brussels)"_s);

        // Remove, confirmed: the schedule and its registration are gone and the editor closes.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QSignalSpy removed(editor, &ScheduleEditor::removed);
        QTest::mouseClick(editor->removeButton(), Qt::LeftButton);
        QVERIFY(removed.wait(10000));
        QVERIFY(MessageBox::lastQuestion().contains(u"Export opens"_s));
        QVERIFY(!ScheduleStore(*m_ws).find(m_job));
        QVERIFY(!OsScheduler::forThisMachine()->status(jobKey(*m_ws, m_job)).installed);
    }

    void aJobThatIsGoneCannotBeScheduled()
    {
        ScheduleEditor editor(*m_ws, u"fetch:nowhere"_s);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTRY_VERIFY(!editor.isBusy());
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY(editor.message()->text().contains(u"no connection named \"nowhere\""_s));
    }
};

QTEST_MAIN(TestScheduleEditor)
#include "tst_scheduleeditor.moc"
