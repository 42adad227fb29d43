// SPDX-License-Identifier: GPL-3.0-or-later
// The writeback-studio executable: no display, and --screenshot.
#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestStudioMain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // A private home, so a demo workspace never lands in the real one.
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        return env;
    }

private Q_SLOTS:
    void withoutADisplayItExplainsAndExits()
    {
        QProcessEnvironment env = environment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(WRITEBACK_STUDIO_EXE), {u"--demo"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        QVERIFY2(err.contains(u"no display"_s), qPrintable(err));
        QVERIFY2(err.contains(u"xvfb-run -a writeback-studio --demo"_s), qPrintable(err));
        QVERIFY(err.contains(u"QT_QPA_PLATFORM=offscreen"_s));
    }

    void screenshotRendersEveryView()
    {
        QTemporaryDir shots;
        QProcessEnvironment env = environment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(WRITEBACK_STUDIO_EXE), {u"--demo"_s, u"--screenshot"_s, shots.path()});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QStringList files = QDir(shots.path()).entryList({u"*.png"_s});
        for (const QString &name : {u"main-connections.png"_s, u"main-data.png"_s, u"main-exports.png"_s,
                                    u"main-runs.png"_s, u"connection-editor.png"_s, u"doctor-after-run.png"_s,
                                    u"trust-host-key.png"_s, u"about.png"_s})
            QVERIFY2(files.contains(name), qPrintable(files.join(u", "_s)));
        QImage main(shots.filePath(u"main-connections.png"_s));
        QVERIFY(main.width() >= 800);
        // In the application's data folder, not in one named twice ("Writeback Studio/Writeback Studio").
        QVERIFY(QFile::exists(m_home.filePath(u"data/Writeback Studio/demo/workspace.sqlite"_s)));
    }
};

QTEST_GUILESS_MAIN(TestStudioMain)
#include "tst_studiomain.moc"
