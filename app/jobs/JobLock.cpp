// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/JobLock.h"

#include "core/Log.h"
#include "core/ProcessOwner.h"
#include "core/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace wb {

JobLock::JobLock(Workspace &workspace, QString job) : m_workspace(workspace), m_job(std::move(job)) {}

JobLock::~JobLock()
{
    release();
}

bool JobLock::acquire(QString *error)
{
    QSqlDatabase db = m_workspace.database();
    QSqlQuery q(db);
    // The write lock first: the check and the claim are one step for every process.
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        *error = q.lastError().text();
        return false;
    }
    auto rollback = [&] { QSqlQuery(db).exec(u"ROLLBACK"_s); };
    q.prepare(u"SELECT owner, acquired_at FROM job_locks WHERE job = ?"_s);
    q.addBindValue(m_job);
    if (!q.exec()) {
        *error = q.lastError().text();
        rollback();
        return false;
    }
    if (q.next()) {
        const QString owner = q.value(0).toString();
        const QDateTime since = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        if (!holderIsStale(owner, since)) {
            m_holder = owner;
            *error = QCoreApplication::translate("JobLock", "%1 is running already (%2, since %3).")
                         .arg(m_job, ownerForPeople(owner), since.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
            rollback();
            return false;
        }
        qCInfo(lcStore).noquote() << "taking over the lock of" << m_job << "from" << owner;
    }
    q.finish();
    q.prepare(u"INSERT OR REPLACE INTO job_locks (job, owner, acquired_at) VALUES (?, ?, ?)"_s);
    q.addBindValue(m_job);
    q.addBindValue(thisProcessOwner());
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec() || !QSqlQuery(db).exec(u"COMMIT"_s)) {
        *error = q.lastError().text();
        rollback();
        return false;
    }
    m_held = true;
    m_holder = thisProcessOwner();
    return true;
}

void JobLock::release()
{
    if (!m_held)
        return;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"DELETE FROM job_locks WHERE job = ? AND owner = ?"_s);
    q.addBindValue(m_job);
    q.addBindValue(thisProcessOwner());
    if (!q.exec())
        qCWarning(lcStore).noquote() << "cannot release the lock of" << m_job << q.lastError().text();
    m_held = false;
}

} // namespace wb
