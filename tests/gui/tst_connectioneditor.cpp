// SPDX-License-Identifier: GPL-3.0-or-later
// The connection editor, its doctor and the trust dialog, against a real sshd on 127.0.0.1.
#include "SshdFixture.h"
#include "TestSupport.h"

#include "ConnectionEditor.h"
#include "DoctorStepRow.h"
#include "DoctorView.h"
#include "FileDialog.h"
#include "MessageWidget.h"
#include "TrustHostKeyDialog.h"
#include "core/ConnectionStore.h"
#include "core/Workspace.h"
#include "sftp/SftpSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace wb;
using namespace wb::test;
using namespace wb::ui;
using Key = SshdFixture::Key;

class TestConnectionEditor : public QObject
{
    Q_OBJECT

    SshdFixture m_sshd;

    struct Setup
    {
        std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
        std::unique_ptr<Workspace> workspace = std::make_unique<Workspace>();
        std::unique_ptr<ConnectionEditor> editor;
    };

    // A fresh workspace (so nothing is pinned yet) and a shown editor on it.
    bool setUp(Setup &s)
    {
        QString error;
        if (!s.dir->isValid() || !s.workspace->open(s.dir->filePath(u"ws.sqlite"_s), &error)) {
            qWarning() << "cannot open workspace:" << error;
            return false;
        }
        s.editor = std::make_unique<ConnectionEditor>(*s.workspace);
        s.editor->show();
        return QTest::qWaitForWindowExposed(s.editor.get());
    }

    template<typename T>
    static T *child(QWidget *w, const QString &name)
    {
        T *found = w->findChild<T *>(name);
        if (!found)
            qWarning() << "no" << name;
        return found;
    }

    static void type(QWidget *editor, const QString &name, const QString &text)
    {
        QLineEdit *edit = child<QLineEdit>(editor, name);
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    static void typePort(QWidget *editor, const QString &port)
    {
        auto *spin = child<QSpinBox>(editor, u"portSpin"_s);
        QVERIFY(spin);
        spin->selectAll();
        QTest::keyClick(spin, Qt::Key_Backspace);
        QTest::keyClicks(spin, port);
    }

    static void chooseKey(QWidget *editor, const QString &path)
    {
        FileDialog::setNextFileName(path);
        QTest::mouseClick(child<QPushButton>(editor, u"browseButton"_s), Qt::LeftButton);
    }

    // Fills every field for the fixture, as a user would.
    void fill(QWidget *editor, const QString &name, Key key)
    {
        type(editor, u"nameEdit"_s, name);
        type(editor, u"hostEdit"_s, u"127.0.0.1"_s);
        typePort(editor, QString::number(m_sshd.port()));
        type(editor, u"userEdit"_s, m_sshd.user());
        chooseKey(editor, m_sshd.keyPath(key));
        type(editor, u"readPathEdit"_s, m_sshd.serverPath(m_sshd.root() + u"/incoming"_s));
        type(editor, u"writePathEdit"_s, m_sshd.serverPath(m_sshd.root() + u"/outgoing"_s));
    }

    static QPushButton *saveButton(QWidget *editor) { return child<QPushButton>(editor, u"saveButton"_s); }

    static QString status(QWidget *editor, const QString &step)
    {
        auto *row = editor->findChild<DoctorStepRow *>(u"step-"_s + step);
        return row ? row->property("status").toString() : u"(no row)"_s;
    }

private Q_SLOTS:
    // Keychain calls must not outlive the application object they use.
    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_sshd.start());
        QVERIFY(writeAll(m_sshd.root() + u"/incoming/Delivery_stats.csv"_s, "b\n2\n"));
    }

    void testTrustAndSave_data()
    {
        QTest::addColumn<int>("key");
        QTest::newRow("ed25519") << int(Key::Ed25519);
        QTest::newRow("ed25519 with passphrase") << int(Key::Ed25519Passphrase);
    }
    void testTrustAndSave()
    {
        QFETCH(int, key);
        const bool encrypted = Key(key) == Key::Ed25519Passphrase;
        Setup s;
        QVERIFY(setUp(s));
        QWidget *editor = s.editor.get();
        fill(editor, u"fixture"_s, Key(key));

        auto *passphrase = child<QLineEdit>(editor, u"passphraseEdit"_s);
        auto *keyInfo = child<QLabel>(editor, u"keyInfoLabel"_s);
        QCOMPARE(passphrase->isEnabled(), encrypted);
        QVERIFY2(keyInfo->text().contains(u"ssh-ed25519"_s), qPrintable(keyInfo->text()));
        QCOMPARE(keyInfo->text().contains(u"protected by a passphrase"_s) && !keyInfo->text().contains(u"not protected"_s),
                 encrypted);
        if (encrypted) {
            QTest::keyClicks(passphrase, SshdFixture::passphrase());
            QTest::mouseClick(child<QCheckBox>(editor, u"rememberCheck"_s), Qt::LeftButton,
                              {}, QPoint(8, child<QCheckBox>(editor, u"rememberCheck"_s)->height() / 2));
            QVERIFY(child<QCheckBox>(editor, u"rememberCheck"_s)->isChecked());
        }
        QVERIFY2(saveButton(editor)->isEnabled(), qPrintable(s.editor->problems().join(u'\n')));

        auto *view = child<DoctorView>(editor, u"doctorView"_s);
        view->setTimeoutMs(10000);
        QTest::mouseClick(child<QPushButton>(editor, u"testButton"_s), Qt::LeftButton);

        // The host is not pinned yet: the doctor stops at the host key and offers the dialog.
        TrustHostKeyDialog *trust = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((trust = editor->findChild<TrustHostKeyDialog *>()) && trust->isVisible(), 30000);
        QCOMPARE(status(editor, u"host-key"_s), u"failed"_s);
        auto *fingerprint = child<QLabel>(trust, u"fingerprintLabel"_s);
        QTRY_COMPARE_WITH_TIMEOUT(fingerprint->text(), m_sshd.hostKeyFingerprint(), 30000);
        QVERIFY(fingerprint->textInteractionFlags() & Qt::TextSelectableByMouse);
        auto *trustButton = child<QPushButton>(trust, u"trustButton"_s);
        QVERIFY(trustButton->isEnabled());
        QTest::mouseClick(trustButton, Qt::LeftButton);

        // Trusting re-runs the doctor, which now passes every step.
        QTRY_VERIFY_WITH_TIMEOUT(view->report() && view->report()->steps[int(DoctorStep::Id::HostKey)].status
                                                       == DoctorStep::Status::Passed && !view->isRunning(),
                                 60000);
        const DoctorResult report = *view->report();
        QVERIFY2(report.passed(), qPrintable(report.toText()));
        for (const DoctorStep &step : ConnectionDoctor::plannedSteps())
            QCOMPARE(status(editor, DoctorStep::idName(step.id)), u"passed"_s);
        QCOMPARE(child<MessageWidget>(editor, u"doctorMessage"_s)->tone(), Icons::Tone::Positive);

        QSignalSpy saved(s.editor.get(), &ConnectionEditor::saved);
        QTest::mouseClick(saveButton(editor), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1); // stored on a worker
        auto *keychain = child<MessageWidget>(editor, u"keychainMessage"_s);
        // Either the keychain took the passphrase and the dialog closed, or (no Secret Service
        // here) it says so, with the reason, and stays open.
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isVisible() || keychain->tone() == Icons::Tone::Warning, 30000);
        if (editor->isVisible()) {
            QVERIFY(encrypted);
            QVERIFY2(keychain->text().contains(u"ask for it each time"_s), qPrintable(keychain->text()));
        }

        const auto stored = ConnectionStore(*s.workspace).find(u"fixture"_s);
        QVERIFY(stored);
        QCOMPARE(stored->host, u"127.0.0.1"_s);
        QCOMPARE(stored->port, m_sshd.port());
        QCOMPARE(stored->user, m_sshd.user());
        QCOMPARE(stored->keyFile, m_sshd.keyPath(Key(key)));
        QCOMPARE(stored->readPath, m_sshd.serverPath(m_sshd.root() + u"/incoming"_s));
        QCOMPARE(stored->writePath, m_sshd.serverPath(m_sshd.root() + u"/outgoing"_s));

        // The passphrase is in neither the workspace nor the settings.
        s.editor.reset();
        const QString db = s.workspace->path();
        s.workspace->close();
        QVERIFY(!readAll(db).contains(SshdFixture::passphrase().toUtf8()));
        QSettings settings;
        settings.sync();
        QVERIFY(!readAll(settings.fileName()).contains(SshdFixture::passphrase().toUtf8()));
    }

    void testInvalidInput_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty name") << u"name"_s << u"The name must start with a letter or digit"_s;
        QTest::newRow("bad port") << u"port"_s << u"The port must be between 1 and 65535."_s;
        QTest::newRow("public key as key") << u"pubkey"_s << u"is the public key"_s;
    }
    void testInvalidInput()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        Setup s;
        QVERIFY(setUp(s));
        QWidget *editor = s.editor.get();
        fill(editor, u"valid-name"_s, Key::Ed25519);
        QVERIFY2(saveButton(editor)->isEnabled(), qPrintable(s.editor->problems().join(u'\n')));
        auto *messages = child<MessageWidget>(editor, u"messageWidget"_s);
        QVERIFY(!messages->isVisible());

        if (what == u"name"_s)
            type(editor, u"nameEdit"_s, QString());
        else if (what == u"port"_s)
            typePort(editor, u"0"_s);
        else
            chooseKey(editor, m_sshd.keyPath(Key::Ed25519) + u".pub"_s);

        QVERIFY(!saveButton(editor)->isEnabled());
        QVERIFY(!child<QPushButton>(editor, u"testButton"_s)->isEnabled());
        QVERIFY(messages->isVisible());
        QVERIFY2(messages->text().contains(message), qPrintable(messages->text()));
        QCOMPARE(s.editor->problems().size(), 1);
        if (what == u"pubkey"_s) {
            // The key's problem is also shown right under the field.
            QVERIFY(child<QLabel>(editor, u"keyInfoLabel"_s)->text().contains(message));
            QVERIFY(!child<QLineEdit>(editor, u"passphraseEdit"_s)->isEnabled());
        }
        // Clicking the disabled Save stores nothing.
        QTest::mouseClick(saveButton(editor), Qt::LeftButton);
        QVERIFY(ConnectionStore(*s.workspace).list().isEmpty());
    }

    void testFailingDoctorAdvisesAndCopiesReport()
    {
        Setup s;
        QVERIFY(setUp(s));
        {
            // Pinned beforehand, so the run gets as far as logging in.
            SftpSession pin(m_sshd.connection(), KnownHosts(s.workspace->knownHostsPath()));
            pin.setTrustUnknownHostKey(true);
            QVERIFY2(pin.open(), qPrintable(pin.error().detailed()));
        }
        QWidget *editor = s.editor.get();
        fill(editor, u"unauthorized"_s, Key::Unauthorized);
        auto *view = child<DoctorView>(editor, u"doctorView"_s);
        view->setTimeoutMs(10000);
        auto *copy = child<QPushButton>(editor, u"copyReportButton"_s);
        QVERIFY(!copy->isEnabled());
        QTest::mouseClick(child<QPushButton>(editor, u"testButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(view->report() && !view->isRunning(), 60000);
        QVERIFY(!editor->findChild<TrustHostKeyDialog *>());

        QCOMPARE(status(editor, u"host-key"_s), u"passed"_s);
        QCOMPARE(status(editor, u"authenticate"_s), u"failed"_s);
        QCOMPARE(status(editor, u"sftp"_s), u"skipped"_s);
        auto *row = editor->findChild<DoctorStepRow *>(u"step-authenticate"_s);
        auto *advice = child<QLabel>(row, u"advice"_s);
        QVERIFY(advice->isVisible());
        QVERIFY2(advice->text().contains(u"authorized_keys"_s), qPrintable(advice->text()));
        QVERIFY(child<QLabel>(row, u"detail"_s)->isVisible());
        auto *summary = child<MessageWidget>(editor, u"doctorMessage"_s);
        QCOMPARE(summary->tone(), Icons::Tone::Negative);
        QVERIFY2(summary->text().contains(u"step 6"_s), qPrintable(summary->text()));

        QGuiApplication::clipboard()->clear();
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY2(text.contains(u"[FAIL]"_s), qPrintable(text));
        QVERIFY(text.contains(u"Advice:"_s));
        QVERIFY(text.contains(u"unauthorized"_s));
    }
};

QTEST_MAIN(TestConnectionEditor)
#include "tst_connectioneditor.moc"
