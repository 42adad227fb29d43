// SPDX-License-Identifier: GPL-3.0-or-later
// Runs an export and ends the process at a named point of the run, as a kill would there:
//
//   export_killed_at WORKSPACE EXPORT POINT
//
// POINT is one of ExportRunner's checkpoints ("file delivered", "manifest delivered"). Exits
// 9 at the point, 0 when the run completed without reaching it, 1 when it failed.
#include "export/ExportRunner.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fputs("usage: export_killed_at WORKSPACE EXPORT POINT\n", stderr);
        return 2;
    }
    wb::ExportRunner runner(args.at(1));
    const QString point = args.at(3);
    runner.setCheckpoint([&point](QLatin1StringView where) {
        if (where == point)
            std::_Exit(9); // no destructor, no flush: what a kill leaves
    });
    const wb::RunResult result = runner.run(args.at(2));
    if (!result.ok())
        std::fprintf(stderr, "%s\n", qPrintable(result.error));
    return result.ok() ? 0 : 1;
}
