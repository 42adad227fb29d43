// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoHistory.h"

#include "DemoDeliveries.h"
#include "core/Workspace.h"
#include "export/ExportRunner.h"
#include "export/ExportStore.h"
#include "intake/Importer.h"
#include "jobs/JobHistory.h"
#include "jobs/Notifications.h"
#include "store/DatasetStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace wb::ui::DemoWorkspace {

namespace {

// The day the remote export's login is refused (a key rotated on the server without telling
// anyone), and the retry once the key was put back.
constexpr int FailureDaysAgo = 5;

QString utc(const QDateTime &local)
{
    return local.toUTC().toString(Qt::ISODateWithMs);
}

void setTimes(const QString &file, const QDateTime &when)
{
    QFile f(file);
    if (f.open(QIODevice::ReadWrite))
        f.setFileTime(when, QFileDevice::FileModificationTime);
}

bool takeIn(Importer &importer, const QString &folder, const DemoFile &file, QString *error)
{
    const QString dir = QDir(folder).filePath(u"inbox/"_s + file.source);
    const QString path = QDir(dir).filePath(file.name);
    QFile out(path);
    if (!QDir().mkpath(dir) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || out.write(file.content) != file.content.size()) {
        *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    }
    out.close();
    setTimes(path, file.arrived);
    ImportRequest request;
    request.localPath = path;
    request.name = file.name;
    request.modified = file.arrived;
    if (file.source != u"local"_s) {
        request.source = file.source;
        request.origin = file.folder + u'/' + file.name;
    }
    const ImportResult r = importer.importFile(request);
    if (r.state == ImportResult::State::Failed) {
        *error = r.error.toString(file.name);
        return false;
    }
    return true;
}

class History
{
public:
    History(Workspace &workspace, QString standIn)
        : m_workspace(workspace), m_standIn(std::move(standIn)),
          m_runner(workspace.path())
    {
    }

    // One run at `start` (local time) that took about as long as such a run takes.
    bool run(const DemoExport &e, const QDateTime &start, const QString &trigger, QString *error)
    {
        const RunResult r = m_runner.run(e.name, trigger);
        if (!r.ok()) {
            *error = u"%1: %2"_s.arg(e.name, r.error);
            return false;
        }
        return restate(e, r, start, error);
    }

    // The remote export's refused login: a real run that cannot deliver (its stand-in folder
    // is gone), recorded as what the server said.
    bool refused(const DemoExport &e, const QDateTime &start, QString *error)
    {
        QDir(m_standIn).removeRecursively();
        const RunResult r = m_runner.run(e.name, u"schedule"_s);
        QDir().mkpath(m_standIn);
        if (r.runId == 0 || r.ok()) {
            *error = r.ok() ? u"the refused run of %1 was delivered"_s.arg(e.name) : r.error;
            return false;
        }
        return restate(e, r, start, error);
    }

private:
    bool restate(const DemoExport &e, const RunResult &r, const QDateTime &start, QString *error)
    {
        ExportStore store(m_workspace);
        auto run = store.run(r.runId);
        const auto exp = store.find(e.name);
        if (!run || !exp) {
            *error = u"run %1 of %2 is not recorded"_s.arg(r.runId).arg(e.name);
            return false;
        }
        const qint64 ms = (e.remote() ? 1700 : 140) + run->rows * (e.remote() ? 6 : 2) + start.time().second() * 13;
        const QDateTime finish = start.addMSecs(ms);
        run->startedAt = utc(start);
        run->finishedAt = utc(finish);
        if (!run->fileName.isEmpty()) {
            const QString name = exp->definition.fileNameFor(start);
            const QString archived = QFileInfo(m_workspace.path()).absolutePath() + u"/deliveries/%1/"_s.arg(r.runId);
            renameTo(archived, run->fileName, name, finish);
            if (e.remote())
                QFile::remove(QDir(m_standIn).filePath(run->fileName)); // it went to the server
            else
                renameTo(run->location + u'/', run->fileName, name, finish);
            run->fileName = name;
        }
        if (e.remote()) {
            run->location = e.remoteLocation;
            if (run->state == u"failed"_s)
                run->error = e.refusedLogin;
        }
        if (!store.restateRun(*run, error))
            return false;
        // The report each run leaves, written now from what the history says.
        if (const auto recorded = JobHistory(m_workspace).run(u"E%1"_s.arg(r.runId)))
            afterRun(m_workspace, *recorded);
        return true;
    }

    static void renameTo(const QString &folder, const QString &from, const QString &to, const QDateTime &when)
    {
        const QString dir = QDir::fromNativeSeparators(folder);
        if (from != to)
            QFile::rename(dir + from, dir + to);
        setTimes(dir + to, when);
    }

    Workspace &m_workspace;
    QString m_standIn;
    ExportRunner m_runner;
};

} // namespace

bool makeHistory(Workspace &workspace, const QString &folder, const QList<DemoExport> &exports,
                 const QString &standIn, const QDateTime &now, QString *error)
{
    const QList<DemoFile> files = demoFiles(now);
    if (files.isEmpty()) {
        *error = u"the demo's files are missing from the program's resources"_s;
        return false;
    }
    Importer importer(workspace.path());
    History history(workspace, standIn);
    qsizetype next = 0;
    const QDate firstDay = files.first().arrived.date();
    for (QDate day = firstDay; day <= now.date(); day = day.addDays(1)) {
        for (const DemoExport &e : exports) {
            const QDateTime slot(day, e.at);
            if (slot > now)
                break;
            for (; next < files.size() && files[next].arrived <= slot; ++next)
                if (!takeIn(importer, folder, files[next], error))
                    return false;
            // An export is made once its platform's first file is in: it has no runs before.
            const auto exp = ExportStore(workspace).find(e.name);
            if (!exp || !DatasetStore(workspace).dataset(exp->definition.dataset))
                continue;
            if (e.remote() && day.daysTo(now.date()) == FailureDaysAgo) {
                if (!history.refused(e, slot, error)
                    || !history.run(e, QDateTime(day, QTime(9, 42, 17)), u"retry"_s, error))
                    return false;
            } else if (!history.run(e, slot, u"schedule"_s, error)) {
                return false;
            }
        }
    }
    for (; next < files.size(); ++next)
        if (!takeIn(importer, folder, files[next], error))
            return false;
    return true;
}

} // namespace wb::ui::DemoWorkspace
