// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/WorkspaceLocation.h"

#include "core/Log.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

constexpr auto WorkspaceFile = "workspace.sqlite";

// Beside the workspace, in the order they move: the workspace file last, so that a move cut
// short leaves it where it was, and the next start carries on with what is left.
QStringList besideTheWorkspace()
{
    const QString db = QLatin1StringView(WorkspaceFile);
    return {u"known_hosts"_s, u"deliveries"_s, u"reports"_s, u"staging"_s, u"demo"_s,
            db + u"-journal"_s, db + u"-shm"_s, db + u"-wal"_s, db};
}

bool hasSchedules(const QString &path)
{
    const QString name = u"wb-location-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool any = true; // when it cannot be read, it is not moved
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT EXISTS (SELECT 1 FROM schedules)"_s) && q.next())
                any = q.value(0).toBool();
            else // a workspace from before schedules
                any = false;
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return any;
}

// Moves what `from` holds of besideTheWorkspace() into `to`; all or nothing.
bool moveWorkspace(const QString &from, const QString &to)
{
    QStringList moving;
    for (const QString &entry : besideTheWorkspace()) {
        if (!QFileInfo::exists(from + u'/' + entry))
            continue;
        // The demo is made again when missing: one there already does not keep the
        // workspace from moving, and the old one stays behind.
        if (entry == u"demo"_s && QFileInfo::exists(to + u'/' + entry))
            continue;
        if (QFileInfo::exists(to + u'/' + entry)) {
            qCWarning(lcStore).noquote() << "the workspace in" << from << "stays there:" << entry
                                         << "is in" << to << "already";
            return false;
        }
        moving << entry;
    }
    QStringList moved;
    for (const QString &entry : std::as_const(moving)) {
        if (QDir().rename(from + u'/' + entry, to + u'/' + entry)) {
            moved << entry;
            continue;
        }
        qCWarning(lcStore).noquote() << "the workspace in" << from << "stays there:" << entry << "cannot be moved to" << to;
        for (const QString &back : std::as_const(moved))
            QDir().rename(to + u'/' + back, from + u'/' + back);
        return false;
    }
    QDir().rmdir(from); // only when nothing else is left in it
    qCInfo(lcStore).noquote() << "moved the workspace from" << from << "to" << to;
    return true;
}

} // namespace

QString appDataFolder(const QString &appDataLocation, const QString &organization, const QString &application)
{
    QString folder = QDir::cleanPath(appDataLocation);
    if (!application.isEmpty() && organization == application && folder.endsWith(u'/' + organization + u'/' + application))
        folder.chop(application.size() + 1);
    return folder;
}

QString defaultWorkspacePath(const QString &appDataLocation, const QString &organization, const QString &application)
{
    const QString folder = appDataFolder(appDataLocation, organization, application);
    const QString path = folder + u'/' + QLatin1StringView(WorkspaceFile);
    const QString old = QDir::cleanPath(appDataLocation);
    const QString oldPath = old + u'/' + QLatin1StringView(WorkspaceFile);
    if (old == folder || QFileInfo::exists(path) || !QFileInfo::exists(oldPath))
        return path;
    if (hasSchedules(oldPath) || !moveWorkspace(old, folder))
        return oldPath;
    return path;
}

} // namespace wb
