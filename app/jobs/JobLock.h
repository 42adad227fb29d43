// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb {

class Workspace;

// Two runs of one job never overlap, whoever starts them (the OS scheduler's run-due, the
// app's own scheduler, a "Run now"): they take this lock in the workspace first. A lock
// whose holder crashed on this machine is taken over; one held from another machine is
// taken over once it is older than StaleAfterHours (core/ProcessOwner.h).
class JobLock
{
public:
    JobLock(Workspace &workspace, QString job);
    ~JobLock();
    JobLock(const JobLock &) = delete;
    JobLock &operator=(const JobLock &) = delete;

    // False when another live process holds it; holder() then says who.
    bool acquire(QString *error);
    void release();
    bool held() const { return m_held; }
    QString holder() const { return m_holder; }

private:
    Workspace &m_workspace;
    QString m_job;
    QString m_holder;
    bool m_held = false;
};

} // namespace wb
