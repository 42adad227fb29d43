// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Workspace.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace wb::test {

// The scenario of issue 12 §3, shared by tst_responsiveness (which asserts what can be
// asserted without a clock) and responsiveness_bench (which reports the clock): while the
// Data page takes in a large file, the user saves an export in the designer and a schedule
// in the schedule editor. Both saves wait for the import and land after it.
//
// Written with QTest's macros: run it inside a test function and check
// QTest::currentTestFailed() afterwards.
class ImportWhileEditing
{
public:
    struct Result
    {
        qint64 longestGapMs = -1; // the longest time the event loop went without its 5 ms timer
        int ticks = 0;
        // What the GUI thread did while the import held the write lock: "file:line: function".
        QStringList guiWorkspaceSql;
        QStringList guiFileReads;
    };

    // A workspace in a folder of its own, with a small first file of the dataset and an
    // export of it.
    void setUp();
    // Takes in a file of `rows` rows while editing; once per workspace (the file name is fixed).
    Result run(int rows);

    Workspace &workspace() { return *m_ws; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // Whether another connection holds the workspace's write lock now (asked without waiting,
    // on a connection of its own: not a call of the app's).
    bool writeLockHeld() const;
    // Rows as Full Measure sends its content card opens.
    static bool writeFile(const QString &path, int rows);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    const QString m_job = QStringLiteral("export:opens");
};

} // namespace wb::test
