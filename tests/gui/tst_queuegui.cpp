// SPDX-License-Identifier: GPL-3.0-or-later
// Message queues in the GUI: the queue editor, the Connections page listing queues beside SFTP
// connections, the queue doctor, Consume now, and consume runs on the Runs page, against a real
// RabbitMQ 4 broker. One binary, since the broker takes seconds to start.
#include "BrokerFixture.h"
#include "CivitasMessages.h"
#include "TestSupport.h"

#include "ConnectionTableModel.h"
#include "ConnectionsPage.h"
#include "ConsumeTask.h"
#include "DoctorDialog.h"
#include "DoctorStepRow.h"
#include "DoctorView.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "MessageWidget.h"
#include "QueueEditor.h"
#include "RunsModel.h"
#include "RunsPage.h"
#include "ScheduleEditor.h"
#include "core/ConnectionStore.h"
#include "core/Secrets.h"
#include "core/Workspace.h"
#include "jobs/JobHistory.h"
#include "queue/QueueDoctor.h"
#include "queue/QueueStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace wb;
using namespace wb::test;
using namespace wb::ui;

class TestQueueGui : public QObject
{
    Q_OBJECT

    BrokerFixture m_broker;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_queues = 0;

    template<typename T>
    static T *child(QWidget *w, const QString &name)
    {
        T *found = w->findChild<T *>(name);
        if (!found)
            qWarning() << "no" << name;
        return found;
    }

    static void type(QWidget *dialog, const QString &name, const QString &text)
    {
        QLineEdit *edit = child<QLineEdit>(dialog, name);
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    static QPushButton *button(QWidget *w, const QString &name) { return child<QPushButton>(w, name); }

    // With WRITEBACK_TEST_SHOTS set, the widget as it looks now, to look at by eye.
    static void shot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("WRITEBACK_TEST_SHOTS");
        if (!dir.isEmpty() && QDir().mkpath(dir))
            w->grab().save(QDir(dir).filePath(name + u".png"_s));
    }

    static QString status(QWidget *w, DoctorStep::Id id)
    {
        auto *row = w->findChild<DoctorStepRow *>(u"step-"_s + DoctorStep::idName(id));
        return row ? row->property("status").toString() : u"(no row)"_s;
    }

    // The one shown: a closed one may wait for its deletion.
    template<typename T>
    static T *shown(QWidget *parent)
    {
        for (T *w : parent->findChildren<T *>())
            if (w->isVisible())
                return w;
        return nullptr;
    }

    // A shown page on the test's workspace, with an SFTP connection beside the queues.
    std::unique_ptr<ConnectionsPage> page()
    {
        auto p = std::make_unique<ConnectionsPage>(*m_ws);
        p->resize(1000, 600);
        p->show();
        if (!QTest::qWaitForWindowExposed(p.get()))
            return {};
        return p;
    }

    // A queue of its own on the broker (RabbitMQ declares /queue/NAME when it is first sent to).
    QueueConnection addQueue(const QString &name, const QString &password, bool tls = true)
    {
        QueueConnection q;
        q.name = name;
        q.url = tls ? m_broker.tlsUrl() : m_broker.url();
        q.user = QString::fromLatin1(BrokerFixture::User);
        q.address = u"/queue/gui-%1"_s.arg(++m_queues);
        if (tls)
            q.caFile = m_broker.caFile();
        QString error;
        if (!QueueStore(*m_ws).save(q, &error))
            qWarning() << error;
        if (!password.isEmpty())
            Secrets::storeSecret(queuePasswordKey(m_ws->id(), name), password);
        return q;
    }

    // Clicks the row of `name` in the page's table.
    static void clickRow(ConnectionsPage *p, const QString &name)
    {
        const int row = p->model()->rowOf(name);
        QVERIFY(row >= 0);
        const QRect cell = p->view()->visualRect(p->model()->index(row, 0));
        QTest::mouseClick(p->view()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(p->view()->selectionModel()->selectedRows().value(0).row(), row);
    }

    DoctorDialog *runDoctor(ConnectionsPage *p, const QString &name)
    {
        clickRow(p, name);
        QTest::mouseClick(button(p, u"testButton"_s), Qt::LeftButton);
        DoctorDialog *dialog = shown<DoctorDialog>(p);
        if (!dialog)
            return nullptr;
        dialog->doctorView()->setTimeoutMs(10000);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(dialog->doctorView()->report() && !dialog->doctorView()->isRunning(), 60000); }();
        return dialog->doctorView()->report() ? dialog : nullptr;
    }

    // Clicks Consume now on `name` and waits for the result.
    ConsumeResult consume(ConnectionsPage *p, const QString &name)
    {
        clickRow(p, name);
        AmqpReceiver::Options options;
        options.idleMs = 1000;
        p->consumeTask()->setOptions(options);
        QSignalSpy done(p, &ConnectionsPage::consumeFinished);
        QTest::mouseClick(button(p, u"consumeButton"_s), Qt::LeftButton);
        if (!p->isConsuming() && done.isEmpty())
            return {};
        // The page stays usable while the messages come in.
        if (p->isConsuming())
            [&] { QVERIFY(child<QWidget>(p, u"progressRow"_s)->isVisible()); }();
        [&] { QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000); }();
        return done.isEmpty() ? ConsumeResult{} : done.first().first().value<ConsumeResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Secrets::useMemoryKeychainForTesting(true);
        qunsetenv("WRITEBACK_QUEUE_PASSWORD");
        qRegisterMetaType<ConsumeResult>();
        QVERIFY2(m_broker.start(), "the RabbitMQ broker did not start");
    }

    // Keychain calls must not outlive the application object they use.
    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_ws = std::make_unique<Workspace>();
        QString error;
        QVERIFY2(m_ws->open(m_dir->filePath(u"ws.sqlite"_s), &error), qPrintable(error));
        Connection c;
        c.name = u"fullmeasure"_s;
        c.host = u"sftp.fullmeasure.example"_s;
        c.user = u"admin"_s;
        c.keyFile = m_dir->filePath(u"id_ed25519"_s);
        c.readPath = u"incoming"_s;
        QVERIFY2(ConnectionStore(*m_ws).save(c, &error), qPrintable(error));
    }

    void cleanup()
    {
        QThreadPool::globalInstance()->waitForDone();
        m_ws.reset();
        m_dir.reset();
    }

    void editorValidates_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty name") << u"nameEdit"_s << QString() << u"The name must start with a letter or digit"_s;
        QTest::newRow("not amqp") << u"urlEdit"_s << u"https://mq.example.com"_s << u"is not an AMQP URL"_s;
        QTest::newRow("password in url") << u"urlEdit"_s << u"amqps://wb:secret@mq.example.com:5671"_s
                                         << u"must not hold a user name or password"_s;
        QTest::newRow("no user") << u"userEdit"_s << QString() << u"The user name is empty."_s;
        QTest::newRow("no address") << u"addressEdit"_s << QString() << u"The queue's address is empty."_s;
        QTest::newRow("missing CA file") << u"caEdit"_s << u"/nonexistent/ca.pem"_s << u"cannot be read"_s;
    }
    void editorValidates()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        auto p = page();
        QVERIFY(p);
        QTest::mouseClick(button(p.get(), u"addQueueButton"_s), Qt::LeftButton);
        QueueEditor *editor = shown<QueueEditor>(p.get());
        QVERIFY(editor && editor->isVisible());
        type(editor, u"nameEdit"_s, u"civitas"_s);
        type(editor, u"urlEdit"_s, u"amqps://b-1.mq.us-east-1.amazonaws.com:5671"_s);
        type(editor, u"userEdit"_s, u"writeback"_s);
        type(editor, u"addressEdit"_s, u"outreach"_s);
        auto *messages = child<MessageWidget>(editor, u"messageWidget"_s);
        QVERIFY2(button(editor, u"saveButton"_s)->isEnabled(), qPrintable(editor->problems().join(u'\n')));
        QVERIFY(!messages->isVisible());
        QVERIFY(!child<MessageWidget>(editor, u"tlsWarning"_s)->isVisible());
        // The hint says what each broker expects as the address.
        QVERIFY(child<QLabel>(editor, u"addressHint"_s)->text().contains(u"/queues/NAME"_s));

        type(editor, field, value);
        QVERIFY(!button(editor, u"saveButton"_s)->isEnabled());
        QVERIFY(!button(editor, u"testButton"_s)->isEnabled());
        QVERIFY(messages->isVisible());
        QVERIFY2(messages->text().contains(message), qPrintable(messages->text()));
        QTest::mouseClick(button(editor, u"saveButton"_s), Qt::LeftButton);
        QVERIFY(QueueStore(*m_ws).list().isEmpty());
        editor->reject();
    }

    void editorWarnsWithoutTls()
    {
        auto p = page();
        QVERIFY(p);
        QueueEditor *editor = p->addQueue();
        auto *warning = child<MessageWidget>(editor, u"tlsWarning"_s);
        type(editor, u"urlEdit"_s, u"amqp://127.0.0.1:5672"_s);
        QVERIFY(warning->isVisible());
        QCOMPARE(warning->tone(), Icons::Tone::Warning);
        QVERIFY2(warning->text().contains(u"no TLS"_s), qPrintable(warning->text()));
        // A CA file means nothing without TLS.
        FileDialog::setNextFileName(m_broker.caFile());
        QTest::mouseClick(button(editor, u"browseButton"_s), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(editor, u"caEdit"_s)->text(), QDir::toNativeSeparators(m_broker.caFile()));
        QVERIFY(editor->problems().join(u'\n').contains(u"only used with amqps://"_s));
        type(editor, u"urlEdit"_s, u"amqps://127.0.0.1:5671"_s);
        QVERIFY(!warning->isVisible());
        QVERIFY(!editor->problems().join(u'\n').contains(u"only used with amqps://"_s));
        editor->reject();
    }

    void saveEditRemove()
    {
        auto p = page();
        QVERIFY(p);
        QCOMPARE(p->model()->rowCount(), 1);
        QVERIFY(!button(p.get(), u"consumeButton"_s)->isVisible()); // no queue yet

        QTest::mouseClick(button(p.get(), u"addQueueButton"_s), Qt::LeftButton);
        QueueEditor *editor = shown<QueueEditor>(p.get());
        QVERIFY(editor);
        type(editor, u"nameEdit"_s, u"civitas"_s);
        type(editor, u"urlEdit"_s, m_broker.tlsUrl());
        type(editor, u"userEdit"_s, QString::fromLatin1(BrokerFixture::User));
        type(editor, u"passwordEdit"_s, QString::fromLatin1(BrokerFixture::Password));
        type(editor, u"addressEdit"_s, QString::fromLatin1(BrokerFixture::Queue));
        FileDialog::setNextFileName(m_broker.caFile());
        QTest::mouseClick(button(editor, u"browseButton"_s), Qt::LeftButton);
        QVERIFY2(button(editor, u"saveButton"_s)->isEnabled(), qPrintable(editor->problems().join(u'\n')));
        QPointer<QueueEditor> closing(editor);
        QTest::mouseClick(button(editor, u"saveButton"_s), Qt::LeftButton);
        // Stored on a worker, the password in the keychain on another; then the editor closes.
        QTRY_VERIFY_WITH_TIMEOUT(!closing || !closing->isVisible(), 30000);

        auto stored = QueueStore(*m_ws).find(u"civitas"_s);
        QVERIFY(stored);
        QCOMPARE(stored->url, m_broker.tlsUrl());
        QCOMPARE(stored->caFile, m_broker.caFile());
        QCOMPARE(stored->address, QString::fromLatin1(BrokerFixture::Queue));
        QCOMPARE(Secrets::readSecret(queuePasswordKey(m_ws->id(), u"civitas"_s)).value,
                 QString::fromLatin1(BrokerFixture::Password));
        QVERIFY(!readAll(m_ws->path()).contains(BrokerFixture::Password));

        // Both kinds are listed, the queue with its location; it is selected after saving.
        ConnectionTableModel *model = p->model();
        QCOMPARE(model->rowCount(), 2);
        const int row = model->rowOf(u"civitas"_s);
        QCOMPARE(p->view()->selectionModel()->selectedRows().value(0).row(), row);
        QCOMPARE(model->index(model->rowOf(u"fullmeasure"_s), ConnectionTableModel::Kind).data().toString(), u"SFTP"_s);
        QCOMPARE(model->index(row, ConnectionTableModel::Kind).data().toString(), u"Queue"_s);
        QCOMPARE(model->index(row, ConnectionTableModel::Endpoint).data().toString(), m_broker.tlsUrl());
        QCOMPARE(model->index(row, ConnectionTableModel::ReadPath).data().toString(),
                 QString::fromLatin1(BrokerFixture::Queue));
        QVERIFY(model->index(row, ConnectionTableModel::Endpoint).data(Qt::ToolTipRole).toString().contains(
            stored->location()));
        QVERIFY(button(p.get(), u"consumeButton"_s)->isVisible());
        QVERIFY(button(p.get(), u"consumeButton"_s)->isEnabled());
        clickRow(p.get(), u"fullmeasure"_s);
        QVERIFY(!button(p.get(), u"consumeButton"_s)->isEnabled());

        // Edit: the fields come back, the password stays in the keychain; a rename takes it along.
        clickRow(p.get(), u"civitas"_s);
        QTest::mouseClick(button(p.get(), u"editButton"_s), Qt::LeftButton);
        editor = shown<QueueEditor>(p.get());
        QVERIFY(editor && editor->isVisible());
        QCOMPARE(child<QLineEdit>(editor, u"urlEdit"_s)->text(), m_broker.tlsUrl());
        QVERIFY(child<QLineEdit>(editor, u"passwordEdit"_s)->text().isEmpty());
        type(editor, u"nameEdit"_s, u"fullmeasure"_s);
        closing = editor;
        QTest::mouseClick(button(editor, u"saveButton"_s), Qt::LeftButton);
        // Names are unique across queues and connections: the store says so, the editor stays.
        auto *messages = child<MessageWidget>(editor, u"messageWidget"_s);
        QTRY_VERIFY_WITH_TIMEOUT(messages->text().contains(u"SFTP connection is named"_s), 30000);
        QVERIFY(editor->isVisible());
        type(editor, u"nameEdit"_s, u"civitas-prod"_s);
        QTest::mouseClick(button(editor, u"saveButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!closing || !closing->isVisible(), 30000);
        QVERIFY(!QueueStore(*m_ws).find(u"civitas"_s));
        QVERIFY(QueueStore(*m_ws).find(u"civitas-prod"_s));
        QCOMPARE(Secrets::readSecret(queuePasswordKey(m_ws->id(), u"civitas-prod"_s)).value,
                 QString::fromLatin1(BrokerFixture::Password));
        QVERIFY(Secrets::readSecret(queuePasswordKey(m_ws->id(), u"civitas"_s)).value.isEmpty());
        QCOMPARE(model->index(model->rowOf(u"civitas-prod"_s), ConnectionTableModel::Name).data().toString(),
                 u"civitas-prod"_s);

        // Remove asks first, then the queue and its password go; the SFTP connection stays.
        clickRow(p.get(), u"civitas-prod"_s);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(button(p.get(), u"removeButton"_s), Qt::LeftButton);
        QVERIFY2(MessageBox::lastQuestion().contains(u"civitas-prod"_s), qPrintable(MessageBox::lastQuestion()));
        QCOMPARE(model->rowCount(), 2);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(button(p.get(), u"removeButton"_s), Qt::LeftButton);
        QTRY_COMPARE(model->rowCount(), 1);
        QVERIFY(!QueueStore(*m_ws).find(u"civitas-prod"_s));
        QVERIFY(ConnectionStore(*m_ws).find(u"fullmeasure"_s));
        QTRY_VERIFY(Secrets::readSecret(queuePasswordKey(m_ws->id(), u"civitas-prod"_s)).value.isEmpty());
    }

    void doctorPassesAndNamesFailures()
    {
        addQueue(u"good"_s, QString::fromLatin1(BrokerFixture::Password));
        addQueue(u"wrong-password"_s, u"not-the-password"_s);
        addQueue(u"plain"_s, QString::fromLatin1(BrokerFixture::Password), false);
        // Sent to once, so that RabbitMQ declares the queues and the doctor can open them.
        for (int i = 1; i <= 3; ++i)
            QVERIFY(m_broker.send(u"/queue/gui-%1"_s.arg(m_queues - 3 + i), civitasMessages(1, 1)));
        auto p = page();
        QVERIFY(p);

        DoctorDialog *dialog = runDoctor(p.get(), u"good"_s);
        QVERIFY(dialog);
        QVERIFY2(dialog->doctorView()->report()->passed(), qPrintable(dialog->doctorView()->report()->toText()));
        for (const DoctorStep &step : QueueDoctor::plannedSteps()) {
            // RabbitMQ may not say how many messages wait; the step is then skipped, not failed.
            if (step.id == DoctorStep::Id::Waiting)
                QVERIFY(status(dialog, step.id) != u"failed"_s);
            else
                QCOMPARE(status(dialog, step.id), u"passed"_s);
        }
        auto *summary = child<MessageWidget>(dialog, u"doctorMessage"_s);
        QCOMPARE(summary->tone(), Icons::Tone::Positive);
        QVERIFY2(summary->text().contains(u"The queue can be read"_s), qPrintable(summary->text()));
        auto *tls = dialog->findChild<DoctorStepRow *>(u"step-tls"_s);
        QVERIFY2(child<QLabel>(tls, u"detail"_s)->text().contains(u"Certificate:"_s),
                 qPrintable(child<QLabel>(tls, u"detail"_s)->text()));
        QVERIFY(!child<QLabel>(dialog->findChild<DoctorStepRow *>(u"step-waiting"_s), u"detail"_s)->text().isEmpty());
        shot(dialog, u"queue-doctor-passed"_s);
        dialog->close();

        dialog = runDoctor(p.get(), u"wrong-password"_s);
        QVERIFY(dialog);
        QCOMPARE(status(dialog, DoctorStep::Id::Tls), u"passed"_s);
        QCOMPARE(status(dialog, DoctorStep::Id::QueueLogin), u"failed"_s);
        QCOMPARE(status(dialog, DoctorStep::Id::OpenQueue), u"skipped"_s);
        summary = child<MessageWidget>(dialog, u"doctorMessage"_s);
        QCOMPARE(summary->tone(), Icons::Tone::Negative);
        QVERIFY2(summary->text().contains(u"step 4"_s), qPrintable(summary->text()));
        auto *login = dialog->findChild<DoctorStepRow *>(u"step-login"_s);
        QVERIFY(login);
        QVERIFY(child<QLabel>(login, u"advice"_s)->isVisible());
        shot(dialog, u"queue-doctor-login-failed"_s);
        // "Run again" after typing nothing new runs the same doctor again.
        QTest::mouseClick(button(dialog, u"rerunButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->doctorView()->isRunning() && dialog->doctorView()->report(), 60000);
        QCOMPARE(status(dialog, DoctorStep::Id::QueueLogin), u"failed"_s);
        dialog->close();

        dialog = runDoctor(p.get(), u"plain"_s);
        QVERIFY(dialog);
        QCOMPARE(status(dialog, DoctorStep::Id::Tls), u"warning"_s);
        QCOMPARE(status(dialog, DoctorStep::Id::OpenQueue), u"passed"_s);
        summary = child<MessageWidget>(dialog, u"doctorMessage"_s);
        QCOMPARE(summary->tone(), Icons::Tone::Warning);
        QVERIFY2(summary->text().contains(u"with a warning at step 3"_s), qPrintable(summary->text()));
        shot(dialog, u"queue-doctor-plain"_s);
        dialog->close();
    }

    void doctorAsksForAMissingPassword()
    {
        addQueue(u"no-password"_s, QString());
        QVERIFY(m_broker.send(u"/queue/gui-%1"_s.arg(m_queues), civitasMessages(1, 1)));
        auto p = page();
        QVERIFY(p);
        clickRow(p.get(), u"no-password"_s);
        QTest::mouseClick(button(p.get(), u"testButton"_s), Qt::LeftButton);
        DoctorDialog *dialog = shown<DoctorDialog>(p.get());
        QVERIFY(dialog);
        auto *password = child<QLineEdit>(dialog, u"passphraseEdit"_s);
        QTRY_VERIFY(password->isVisible());
        QVERIFY(!dialog->doctorView()->isRunning());
        QTest::keyClicks(password, QString::fromLatin1(BrokerFixture::Password));
        QTest::keyClick(password, Qt::Key_Return);
        // Return runs the test; it does not close the dialog.
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->doctorView()->isRunning());
        QVERIFY(!password->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->doctorView()->report() && !dialog->doctorView()->isRunning(), 60000);
        QVERIFY2(dialog->doctorView()->report()->passed(), qPrintable(dialog->doctorView()->report()->toText()));
        // Typed for this test only: nothing was kept.
        QVERIFY(Secrets::readSecret(queuePasswordKey(m_ws->id(), u"no-password"_s)).value.isEmpty());
        dialog->close();
    }

    void consumeNowAndItsRuns()
    {
        const QueueConnection q = addQueue(u"civitas"_s, QString::fromLatin1(BrokerFixture::Password));
        auto messages = civitasMessages(1, 30, 2);
        messages.append(std::pair<QByteArray, QByteArray>("civitas-broken", "{\"outreachId\": 31, \"students\": ["));
        QVERIFY(m_broker.send(q.address, messages));
        auto p = page();
        QVERIFY(p);

        ConsumeResult result = consume(p.get(), u"civitas"_s);
        QCOMPARE(result.queue, u"civitas"_s);
        const LedgerCounts &c = result.report.counts;
        QCOMPARE(c.messages, qint64(31));
        QCOMPARE(c.taken, qint64(30));
        QCOMPARE(c.unreadable, qint64(1));
        QCOMPARE(c.rowsAdded, qint64(30 * (2 + 6 + 2))); // outreach, properties, details
        QVERIFY(!child<QWidget>(p.get(), u"progressRow"_s)->isVisible());
        auto *message = child<MessageWidget>(p.get(), u"pageMessage"_s);
        QCOMPARE(message->tone(), Icons::Tone::Warning);
        const QString text = message->text();
        QVERIFY2(text.contains(u"30 messages taken, 300 rows added"_s), qPrintable(text));
        QVERIFY2(text.contains(u"1 kept as unreadable"_s), qPrintable(text));
        QVERIFY2(text.contains(u"civitas-broken"_s), qPrintable(text)); // the reason, with the message
        shot(p.get(), u"connections-consumed"_s);
        QCOMPARE(m_broker.depth(q.address.mid(7)), qint64(0));

        // Nothing new: said as such.
        result = consume(p.get(), u"civitas"_s);
        QCOMPARE(result.report.counts.messages, qint64(0));
        QCOMPARE(message->tone(), Icons::Tone::Info);
        QVERIFY2(message->text().contains(u"no messages waiting"_s), qPrintable(message->text()));

        // A wrong password fails the run, named; the Runs page lists it and retries it.
        Secrets::storeSecret(queuePasswordKey(m_ws->id(), u"civitas"_s), u"not-the-password"_s);
        QVERIFY(m_broker.send(q.address, civitasMessages(100, 5)));
        result = consume(p.get(), u"civitas"_s);
        QVERIFY(result.outcome.failed());
        QCOMPARE(result.report.error.kind, QueueError::Kind::Authentication);
        QCOMPARE(message->tone(), Icons::Tone::Negative);
        QVERIFY2(message->text().contains(u"Consuming civitas failed"_s), qPrintable(message->text()));

        RunsPage runs(*m_ws);
        runs.resize(1000, 700);
        runs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&runs));
        const QList<JobRun> listed = runs.model()->runs();
        QCOMPARE(listed.size(), 3);
        const QString failed = runHandle(u"consume"_s, result.outcome.runId);
        QCOMPARE(failed, u"Q3"_s);
        QVERIFY(runs.selectRun(failed));
        const int row = runs.model()->rowOf(failed);
        QCOMPARE(runs.model()->index(row, RunsModel::Job).data().toString(), u"Consume civitas"_s);
        QCOMPARE(runs.model()->index(row, RunsModel::Run).data().toString(), u"Q3"_s);
        QVERIFY(runs.jobCombo()->findData(u"consume:civitas"_s) >= 0);
        QCOMPARE(runs.jobCombo()->itemText(runs.jobCombo()->findData(u"consume:civitas"_s)), u"Consume civitas"_s);

        Secrets::storeSecret(queuePasswordKey(m_ws->id(), u"civitas"_s), QString::fromLatin1(BrokerFixture::Password));
        QSignalSpy retried(&runs, &RunsPage::retryFinished);
        QVERIFY(runs.retryButton()->isEnabled());
        QTest::mouseClick(runs.retryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(retried.size(), 1, 60000);
        const JobOutcome outcome = retried.first().first().value<JobOutcome>();
        QCOMPARE(outcome.state, u"completed"_s);
        QCOMPARE(outcome.trigger, u"retry"_s);
        QCOMPARE(runs.selectedRun().runId, outcome.runId);
        QCOMPARE(runs.selectedRun().kind, u"consume"_s);
        shot(&runs, u"runs-consume"_s);
        QVERIFY2(runs.message()->text().contains(u"Consume civitas ran again"_s), qPrintable(runs.message()->text()));
        QCOMPARE(m_broker.depth(q.address.mid(7)), qint64(0));

        // A consume can be scheduled from the page.
        clickRow(p.get(), u"civitas"_s);
        QTest::mouseClick(button(p.get(), u"scheduleButton"_s), Qt::LeftButton);
        ScheduleEditor *schedule = p->findChild<ScheduleEditor *>();
        QVERIFY(schedule);
        QCOMPARE(schedule->job(), u"consume:civitas"_s);
        QVERIFY2(schedule->problem().isEmpty(), qPrintable(schedule->problem()));
        QVERIFY(schedule->windowTitle().contains(u"Consume civitas"_s));
        schedule->close();
    }

    // A message kept as unreadable is read again from the page once it can be: here its body
    // is corrected in the workspace, as a newer reader would accept it.
    void readKeptAgain()
    {
        const QueueConnection q = addQueue(u"kept"_s, QString::fromLatin1(BrokerFixture::Password));
        QVERIFY(m_broker.send(q.address, {{"kept-broken", "{\"outreachId\": 1, \"students\": ["}}));
        auto p = page();
        QVERIFY(p);
        QCOMPARE(consume(p.get(), u"kept"_s).report.counts.unreadable, qint64(1));
        auto *message = child<MessageWidget>(p.get(), u"pageMessage"_s);
        QVERIFY2(message->text().contains(u"Read kept again"_s), qPrintable(message->text()));
        QPushButton *replay = button(p.get(), u"replayButton"_s);
        QVERIFY(replay->isVisible());
        QVERIFY(replay->isEnabled());

        // Still unreadable: said so, with the reason, and kept.
        QSignalSpy replayed(p.get(), &ConnectionsPage::replayFinished);
        QTest::mouseClick(replay, Qt::LeftButton);
        QVERIFY(!replay->isEnabled());
        QVERIFY(!button(p.get(), u"consumeButton"_s)->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(replayed.size(), 1, 30000);
        QCOMPARE(message->tone(), Icons::Tone::Warning);
        QVERIFY2(message->text().contains(u"0 of 1 kept messages taken in now"_s), qPrintable(message->text()));
        QVERIFY2(message->text().contains(u"kept-broken"_s), qPrintable(message->text()));

        QSqlQuery fix(m_ws->database());
        QVERIFY(fix.prepare(u"UPDATE queue_messages SET body = ? WHERE message_key = 'id:kept-broken'"_s));
        fix.addBindValue(civitasOutreach(7));
        QVERIFY(fix.exec());
        QTest::mouseClick(replay, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(replayed.size(), 2, 30000);
        QCOMPARE(message->tone(), Icons::Tone::Positive);
        QVERIFY2(message->text().contains(u"1 of 1 kept messages taken in now (8 rows added"_s),
                 qPrintable(message->text()));
        QSqlQuery rows(m_ws->database());
        QVERIFY(rows.exec(u"SELECT count(*) FROM ds_civitas__outreach"_s) && rows.next());
        QCOMPARE(rows.value(0).toInt(), 1);

        // Nothing left to read again.
        QTest::mouseClick(replay, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(replayed.size(), 3, 30000);
        QVERIFY2(message->text().contains(u"no messages kept as unreadable"_s), qPrintable(message->text()));
        QVERIFY(replay->isEnabled());
    }

    void consumeCancels()
    {
        const QueueConnection q = addQueue(u"big"_s, QString::fromLatin1(BrokerFixture::Password));
        QVERIFY(m_broker.send(q.address, civitasMessages(1, 3000)));
        auto p = page();
        QVERIFY(p);
        clickRow(p.get(), u"big"_s);
        QSignalSpy done(p.get(), &ConnectionsPage::consumeFinished);
        QSignalSpy progress(p->consumeTask(), &ConsumeTask::progress);
        QTest::mouseClick(button(p.get(), u"consumeButton"_s), Qt::LeftButton);
        QVERIFY(p->isConsuming());
        QVERIFY(!button(p.get(), u"consumeButton"_s)->isEnabled());
        // Cancelled once the first messages are in; what was stored stays, the rest waits.
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || (progress.size() > 1 && progress.last().first().toLongLong() > 0),
                                 60000);
        if (done.isEmpty()) {
            shot(p.get(), u"connections-consuming"_s);
            QTest::mouseClick(child<QPushButton>(p.get(), u"cancelButton"_s), Qt::LeftButton);
        }
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000);
        const ConsumeResult result = done.first().first().value<ConsumeResult>();
        const qint64 taken = result.report.counts.taken;
        QCOMPARE(taken + m_broker.depth(q.address.mid(7)), qint64(3000));
        if (result.cancelled())
            QVERIFY2(child<MessageWidget>(p.get(), u"pageMessage"_s)->text().contains(u"Cancelled"_s),
                     qPrintable(child<MessageWidget>(p.get(), u"pageMessage"_s)->text()));
        QVERIFY(button(p.get(), u"consumeButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestQueueGui)
#include "tst_queuegui.moc"
