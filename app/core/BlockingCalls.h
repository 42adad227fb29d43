// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <source_location>

class QThread;

namespace wb::BlockingCalls {

// The calls that can make their thread wait for SQLite or the disk for as long as another
// writer or a slow drive decides: a workspace connection used, a file being taken in read.
// They are noted where they are made, so that a test can prove the GUI thread makes none
// while an import holds the write lock. Measuring the event loop's stalls instead flakes on a
// loaded machine; this cannot, and fails as soon as such work moves back to the GUI thread.
enum class Kind { WorkspaceSql, FileRead };

// One atomic load when no watch is active.
void note(Kind kind, const QString &what = {},
          const std::source_location &where = std::source_location::current());

// Records the calls made on one thread for as long as it lives; one watch at a time.
class Watch
{
public:
    explicit Watch(QThread *thread);
    ~Watch();
    Watch(const Watch &) = delete;
    Watch &operator=(const Watch &) = delete;

    // "file:line: function (what)" of each call of that kind, in order.
    QStringList calls(Kind kind) const;
};

} // namespace wb::BlockingCalls
