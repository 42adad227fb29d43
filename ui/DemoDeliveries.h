// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace wb::ui::DemoWorkspace {

// One file of the demo institution as its platform would have delivered it.
struct DemoFile
{
    QString name;      // "Delivery_stats_20261120.csv"
    QString source;    // the connection it was fetched from, or "local"
    QString folder;    // the folder it was fetched from (the server's); empty for a local file
    QDateTime arrived; // local time
    QByteArray content;
};

// Every file of the demo's weeks that has arrived by `now`, oldest first. The resources'
// dates are written relative to the day ("{{-3:yyyy-MM-dd}}" is three days before `now`),
// so that the demo is always recent.
QList<DemoFile> demoFiles(const QDateTime &now);

} // namespace wb::ui::DemoWorkspace
