// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Retention.h"

#include "core/Log.h"
#include "core/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimeZone>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace wb::Retention {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::Retention", text);
}

const QString Key = u"retention_days"_s;

// deliveries/<run>/<file> and reports/<day>/<file>: one level of folders the app made, each
// removed once it is empty; the two top folders stay.
void pruneFolder(const QString &top, const QDateTime &cutoff, Pruned &out)
{
    const QDir root(top);
    if (!root.exists())
        return;
    for (const QFileInfo &sub : root.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (sub.isSymLink())
            continue; // not ours: never followed out of the folder
        QDir folder(sub.absoluteFilePath());
        for (const QFileInfo &file : folder.entryInfoList(QDir::Files | QDir::Hidden | QDir::System)) {
            if (file.lastModified(QTimeZone::UTC) >= cutoff)
                continue;
            const qint64 size = file.size();
            if (QFile::remove(file.absoluteFilePath())) {
                ++out.files;
                out.bytes += size;
            } else {
                out.errors << tr("Cannot remove %1.").arg(QDir::toNativeSeparators(file.absoluteFilePath()));
            }
        }
        if (folder.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            root.rmdir(sub.fileName());
    }
}

} // namespace

int days(Workspace &workspace)
{
    QSqlQuery q(workspace.database());
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(Key);
    if (!q.exec() || !q.next())
        return DefaultDays;
    bool ok = false;
    const int value = q.value(0).toString().toInt(&ok);
    return ok && value >= MinDays && value <= MaxDays ? value : DefaultDays;
}

bool setDays(Workspace &workspace, int days, QString *error)
{
    if (days < MinDays || days > MaxDays) {
        *error = tr("Keep files for %1 to %2 days; %3 is not possible.").arg(MinDays).arg(MaxDays).arg(days);
        return false;
    }
    QSqlQuery q(workspace.database());
    q.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(Key);
    q.addBindValue(QString::number(days));
    if (!q.exec()) {
        *error = tr("Cannot save the setting: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

Pruned prune(const QString &workspacePath, int days, const QDateTime &now)
{
    Pruned out;
    const QString folder = QFileInfo(workspacePath).absolutePath();
    const QDateTime cutoff = now.toUTC().addDays(-qBound(MinDays, days, MaxDays));
    pruneFolder(folder + u"/deliveries"_s, cutoff, out);
    pruneFolder(folder + u"/reports"_s, cutoff, out);
    if (out.files > 0)
        qCInfo(lcStore).noquote() << "removed" << out.files << "kept files older than" << days << "days";
    return out;
}

} // namespace wb::Retention
