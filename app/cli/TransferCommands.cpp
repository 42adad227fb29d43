// SPDX-License-Identifier: GPL-3.0-or-later
// writeback-cli ls|get|put
#include "Cli.h"

#include "core/LocalFileName.h"
#include "sftp/SftpSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::cli", text);
}

QString typeName(RemoteEntry::Type t)
{
    switch (t) {
    case RemoteEntry::Type::File: return u"file"_s;
    case RemoteEntry::Type::Directory: return u"dir"_s;
    case RemoteEntry::Type::Link: return u"link"_s;
    case RemoteEntry::Type::Other: return u"other"_s;
    }
    return {};
}

} // namespace

int lsCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Lists a remote folder (default: the connection's read path).\n\n"
                                   "writeback-cli ls NAME [PATH] [--json]"));
    p.addPositionalArgument(u"NAME"_s, tr("The connection."));
    p.addPositionalArgument(u"PATH"_s, tr("The remote folder."), u"[PATH]"_s);
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    p.addOption(json);
    if (int rc = ctx.parse(p, args, 1, 2); rc >= 0)
        return rc;
    const auto c = ctx.connection(p.positionalArguments().at(0));
    if (!c)
        return Failed;
    QString path = p.positionalArguments().value(1, c->readPath);
    if (path.isEmpty())
        path = u"."_s;
    auto session = ctx.openSession(*c);
    if (!session)
        return Failed;
    const auto entries = session->list(path);
    if (!entries) {
        ctx.err << session->error().detailed() << Qt::endl;
        return Failed;
    }
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const RemoteEntry &e : *entries)
            arr.append(QJsonObject{{u"name"_s, e.name}, {u"type"_s, typeName(e.type)}, {u"size"_s, e.size},
                                   {u"modified"_s, e.modified.toString(Qt::ISODate)}});
        ctx.out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const RemoteEntry &e : *entries)
        ctx.out << typeName(e.type).leftJustified(5) << QString::number(e.size).rightJustified(12) << u"  "_s
                << e.modified.toString(u"yyyy-MM-dd HH:mm"_s) << u"  "_s << e.name << Qt::endl;
    return Ok;
}

// get and put share everything but the direction.
static int transfer(Context &ctx, const QStringList &args, bool upload)
{
    QCommandLineParser p;
    p.setApplicationDescription(upload ? tr("Uploads a file: it appears under its final name only when complete.\n\n"
                                            "writeback-cli put NAME LOCAL REMOTE [--overwrite]")
                                       : tr("Downloads a file: it appears under its final name only when complete.\n\n"
                                            "writeback-cli get NAME REMOTE LOCAL"));
    p.addPositionalArgument(u"NAME"_s, tr("The connection."));
    p.addPositionalArgument(upload ? u"LOCAL"_s : u"REMOTE"_s, tr("The source file."));
    p.addPositionalArgument(upload ? u"REMOTE"_s : u"LOCAL"_s, tr("Where to write it."));
    const QCommandLineOption overwrite(u"overwrite"_s, tr("Replace a file that is already there "
                                                          "(otherwise an existing file is refused)."));
    if (upload)
        p.addOption(overwrite);
    if (int rc = ctx.parse(p, args, 3, 3); rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    const auto c = ctx.connection(pos[0]);
    if (!c)
        return Failed;
    QString target = pos[2];
    if (!upload && QFileInfo(target).isDir()) {
        // Into a folder, the remote name becomes a local one: it must stay a file in it.
        const QString name = pos[1].mid(pos[1].lastIndexOf(u'/') + 1);
        if (const QString bad = remoteFileNameProblem(name); !bad.isEmpty()) {
            ctx.err << tr("Cannot download into a folder under that name: %1. Give the local file's "
                          "name instead.").arg(bad)
                    << Qt::endl;
            return Failed;
        }
        target += u'/' + name;
    }
    auto session = ctx.openSession(*c);
    if (!session)
        return Failed;
    const bool ok = upload ? session->upload(pos[1], target, p.isSet(overwrite)) : session->download(pos[1], target);
    if (!ok) {
        ctx.err << session->error().detailed() << Qt::endl;
        return Failed;
    }
    const qint64 size = upload ? QFileInfo(pos[1]).size() : QFileInfo(target).size();
    ctx.out << tr("%1 -> %2 (%3)").arg(pos[1], target, QLocale::c().formattedDataSize(size)) << Qt::endl;
    return Ok;
}

int getCommand(Context &ctx, const QStringList &args)
{
    return transfer(ctx, args, false);
}

int putCommand(Context &ctx, const QStringList &args)
{
    return transfer(ctx, args, true);
}

} // namespace wb::cli
