// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoWorkspace.h"

#include "core/ConnectionStore.h"
#include "core/Workspace.h"
#include "intake/Importer.h"
#include "store/DatasetStore.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace wb::ui::DemoWorkspace {

QString defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo.sqlite"_s;
}

namespace {

// Two small files as Full Measure sends them, copied beside the workspace (the importer reads
// files, and the Data page shows a local file's text) and taken in once.
bool addSamples(Workspace &workspace, QString *error)
{
    if (!DatasetStore(workspace).files().isEmpty())
        return true;
    const QDir dir(QFileInfo(workspace.path()).absolutePath() + u"/demo-files"_s);
    dir.mkpath(u"."_s);
    Importer importer(workspace.path());
    for (const QString &name : {u"content_card_opens.csv"_s, u"Delivery_stats.csv"_s}) {
        const QString target = dir.filePath(name);
        if (!QFile::exists(target) && !QFile::copy(u":/demo/"_s + name, target))
            continue;
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        ImportRequest request;
        request.localPath = target;
        const ImportResult r = importer.importFile(request);
        if (r.state == ImportResult::State::Failed) {
            *error = r.error.toString(name);
            return false;
        }
    }
    return true;
}

} // namespace

bool open(Workspace &workspace, const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!workspace.open(path, error))
        return false;
    if (!addSamples(workspace, error))
        return false;
    ConnectionStore store(workspace);
    if (!store.list().isEmpty())
        return true;
    // Shaped like what the platforms hand out, on reserved .example domains so that a demo
    // never reaches a real server.
    const QString ssh = QDir::homePath() + u"/.ssh/"_s;
    Connection fullMeasure;
    fullMeasure.name = u"fullmeasure-writebacks"_s;
    fullMeasure.host = u"sftp.fullmeasure.example"_s;
    fullMeasure.user = u"state-university"_s;
    fullMeasure.keyFile = ssh + u"fullmeasure_ed25519"_s;
    fullMeasure.readPath = u"incoming"_s;
    Connection deployteq;
    deployteq.name = u"deployteq-sms"_s;
    deployteq.host = u"sftp.deployteq.example"_s;
    deployteq.port = 2222;
    deployteq.user = u"alumni-association"_s;
    deployteq.keyFile = ssh + u"deployteq_rsa"_s;
    deployteq.readPath = u"/outgoing/writebacks"_s;
    deployteq.writePath = u"/incoming/contacts"_s;
    return store.save(fullMeasure, error) && store.save(deployteq, error);
}

} // namespace wb::ui::DemoWorkspace
