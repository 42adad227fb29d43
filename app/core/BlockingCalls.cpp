// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/BlockingCalls.h"

#include <QFileInfo>
#include <QMutex>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace wb::BlockingCalls {

namespace {

std::atomic<QThread *> g_watched{nullptr};
QMutex g_mutex;
QList<std::pair<Kind, QString>> g_calls;

} // namespace

void note(Kind kind, const QString &what, const std::source_location &where)
{
    QThread *watched = g_watched.load(std::memory_order_acquire);
    if (!watched || QThread::currentThread() != watched)
        return;
    QString call = u"%1:%2: %3"_s.arg(QFileInfo(QString::fromUtf8(where.file_name())).fileName())
                       .arg(where.line())
                       .arg(QString::fromUtf8(where.function_name()));
    if (!what.isEmpty())
        call += u" ("_s + what + u')';
    const QMutexLocker lock(&g_mutex);
    g_calls.append({kind, call});
}

Watch::Watch(QThread *thread)
{
    const QMutexLocker lock(&g_mutex);
    Q_ASSERT(!g_watched.load());
    g_calls.clear();
    g_watched.store(thread, std::memory_order_release);
}

Watch::~Watch()
{
    g_watched.store(nullptr, std::memory_order_release);
    const QMutexLocker lock(&g_mutex);
    g_calls.clear();
}

QStringList Watch::calls(Kind kind) const
{
    const QMutexLocker lock(&g_mutex);
    QStringList out;
    for (const auto &[k, call] : std::as_const(g_calls))
        if (k == kind)
            out << call;
    return out;
}

} // namespace wb::BlockingCalls
