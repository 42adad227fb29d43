// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace, reports and staging are created owner-only, whatever the umask: folders 0700,
// files 0600, SQLite's -wal and -shm included. Windows keeps its profile's inherited ACL and is
// not tested here.
#include "core/PrivateFiles.h"
#include "core/Workspace.h"
#include "export/Delivery.h"
#include "report/ReportFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using namespace wb;

namespace {

// The permission bits, as ls shows them in octal; -1 when the file is not there.
int mode(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
#else
    Q_UNUSED(path);
    return -1;
#endif
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
#ifdef Q_OS_UNIX
        ::umask(022); // the usual default, under which files would come out 0644
#else
        QSKIP("Windows keeps the inherited ACL of the user's profile folder");
#endif
    }

    void newWorkspaceIsPrivate()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"new/ws"_s);
        const QString path = folder + u"/workspace.sqlite"_s;
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(path, &error), qPrintable(error));
        QVERIFY(QSqlQuery(ws.database()).exec(u"INSERT INTO settings (key, value) VALUES ('x', 'y')"_s));
        QCOMPARE(mode(folder), 0700);
        QCOMPARE(mode(dir.filePath(u"new"_s)), 0700);
        QCOMPARE(mode(path), 0600);
        // WAL mode: both siblings are there while the workspace is open.
        QCOMPARE(mode(path + u"-wal"_s), 0600);
        QCOMPARE(mode(path + u"-shm"_s), 0600);
    }

    void existingFolderIsLeftAlone()
    {
        // A workspace put in a folder the user chose keeps that folder's mode.
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7755)));
        const int before = mode(dir.path());
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(dir.filePath(u"workspace.sqlite"_s), &error), qPrintable(error));
        QCOMPARE(mode(dir.path()), before);
        QCOMPARE(mode(dir.filePath(u"workspace.sqlite"_s)), 0600);
    }

    void olderWorkspaceIsTightened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"workspace.sqlite"_s);
        {
            Workspace ws;
            QString error;
            QVERIFY2(ws.open(path, &error), qPrintable(error));
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions(0x6644)));
        QCOMPARE(mode(path), 0644);
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(path, &error), qPrintable(error));
        QCOMPARE(mode(path), 0600);
    }

    void notAWorkspaceIsNotTouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions(0x6644)));
        Workspace ws;
        QString error;
        QVERIFY(!ws.open(path, &error));
        QCOMPARE(mode(path), 0644);
    }

    void reportsArePrivate()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"reports/2026-11-22/export-opens-1"_s);
        QStringList written;
        QString error;
        QVERIFY2(writeReportPair(base, "text", "{}", &written, &error), qPrintable(error));
        QCOMPARE(written.size(), 2);
        QCOMPARE(mode(dir.filePath(u"reports"_s)), 0700);
        QCOMPARE(mode(dir.filePath(u"reports/2026-11-22"_s)), 0700);
        for (const QString &file : std::as_const(written))
            QCOMPARE(mode(file), 0600);
        // A reports folder an older version made open is closed on the next write.
        QVERIFY(QFile::setPermissions(dir.filePath(u"reports"_s), QFileDevice::Permissions(0x7755)));
        QVERIFY2(writeReportPair(base + u"-2"_s, "text", "{}", &written, &error), qPrintable(error));
        QCOMPARE(mode(dir.filePath(u"reports"_s)), 0700);
    }

    void stagingIsPrivate()
    {
        QTemporaryDir dir;
        const QString staging = Delivery::privateStagingFolder(dir.filePath(u"workspace.sqlite"_s));
        QCOMPARE(mode(staging), 0700);
    }

    void badFolderSaysWhich()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"plain"_s);
        QVERIFY(QFile(file).open(QIODevice::WriteOnly));
        QString error;
        QVERIFY(!PrivateFiles::makePrivateFolder(file + u"/sub"_s, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(file + u"/sub"_s)), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
