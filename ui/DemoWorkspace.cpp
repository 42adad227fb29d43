// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoWorkspace.h"

#include "DemoHistory.h"
#include "core/ConnectionStore.h"
#include "core/Workspace.h"
#include "core/WorkspaceLocation.h"
#include "export/ExportStore.h"
#include "jobs/ScheduleStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace wb::ui::DemoWorkspace {

namespace {

// Written last: a folder without it is a demo that was interrupted while being made.
constexpr auto ReadyMarker = ".writeback-demo-ready";
// A demo made by an older version has other content: it is made again.
constexpr auto Version = "4";

QString demoFolderOf(const QString &path)
{
    return QFileInfo(path).absolutePath();
}

// Shaped like what the platforms hand out, on reserved .example domains so that a demo never
// reaches a real server.
QList<Connection> connections()
{
    const QString ssh = QDir::homePath() + u"/.ssh/"_s;
    const auto make = [&](const char *name, const char *host, int port, const char *user, const char *key,
                          const char *read, const char *write) {
        Connection c;
        c.name = QString::fromLatin1(name);
        c.host = QString::fromLatin1(host);
        c.port = port;
        c.user = QString::fromLatin1(user);
        c.keyFile = ssh + QString::fromLatin1(key);
        c.readPath = QString::fromLatin1(read);
        c.writePath = QString::fromLatin1(write);
        return c;
    };
    // Actito lets the customer name its exports, and writes the customer's (European) dates.
    Connection actito = make("actito-exports", "sftp.actito.example", 22, "alderridge-ce", "actito_ed25519",
                             "/exports/incremental", "");
    IntakeRule openings;
    openings.pattern = u"export_*.csv"_s;
    openings.dataset = u"actito.email_openings"_s;
    openings.dateOrder = DateOrder::DayFirst;
    openings.after = IntakeRule::After::Archive;
    openings.archiveDir = u"done"_s;
    IntakeRule sms;
    sms.pattern = u"sms/*.csv"_s;
    sms.subfolders = 1;
    sms.dateOrder = DateOrder::DayFirst;
    actito.rules = {openings, sms};
    return {make("fullmeasure-writebacks", "sftp.fullmeasure.example", 22, "alder-ridge", "fullmeasure_ed25519",
                 "incoming", ""),
            make("deployteq-alumni", "sftp.deployteq.example", 2222, "alderridge-alumni", "deployteq_rsa",
                 "/outgoing/writebacks", "/incoming/contacts"),
            make("higherlogic-thrive", "sftp.higherlogic.example", 22, "aru-alumni", "thrive_ed25519", "writebacks",
                 ""),
            actito,
            make("netforum-import", "sftp.alumni.example.org", 22, "thrive-sync", "netforum_ed25519", "",
                 "imports/thrive")};
}

ExportDefinition slate(const QString &folder)
{
    // Slate's source format: its own column names, US dates, one file a day.
    ExportDefinition d;
    d.name = u"slate-sms-status"_s;
    d.dataset = u"fullmeasure.delivery_stats"_s;
    d.columns = {{u"contact_id"_s, u"Ref"_s},          {u"first_name"_s, u"First"_s},
                 {u"last_name"_s, u"Last"_s},          {u"campaign_name"_s, u"SMS Campaign"_s},
                 {u"status"_s, u"SMS Status"_s},       {u"error_messages"_s, u"SMS Error"_s},
                 {u"time_sent_est"_s, u"SMS Sent"_s}};
    d.format.date = u"MM/dd/yyyy"_s;
    d.format.dateTime = u"MM/dd/yyyy HH:mm"_s;
    d.format.boolean = BooleanStyle::YesNo;
    d.file.name = u"aru_sms_status"_s;
    d.file.suffix = u"_yyyyMMdd"_s;
    d.destination.path = QDir(folder).filePath(u"exports/slate-dropbox"_s);
    return d;
}

ExportDefinition warehouse(const QString &folder)
{
    // A loader's taste: every column, technical names, ';', LF, ISO times, compressed; and
    // rows that changed go again.
    ExportDefinition d;
    d.name = u"warehouse-alumni-email"_s;
    d.dataset = u"deployteq.activities"_s;
    d.increment = Increment::CreatedOrUpdated;
    d.columns = {{u"broadcast_id"_s, u"broadcast_id"_s},
                 {u"customer_id"_s, u"customer_id"_s},
                 {u"external_customer_number"_s, u"alumni_id"_s},
                 {u"e_mail_address"_s, u"email"_s},
                 {u"activity"_s, u"activity"_s},
                 {u"activity_date"_s, u"activity_at"_s},
                 {u"description_of_activity"_s, u"detail"_s}};
    d.format.separator = ';';
    d.format.crlf = false;
    d.format.dateTime = u"yyyy-MM-dd'T'HH:mm:ss"_s;
    d.file.name = u"deployteq_activity"_s;
    d.file.suffix = u"_yyyyMMdd"_s;
    d.file.compression = Compression::Gzip;
    d.destination.path = QDir(folder).filePath(u"exports/warehouse"_s);
    return d;
}

ExportDefinition netforum(const Connection &server)
{
    // netFORUM's import of the association's mailing activity, over SFTP.
    ExportDefinition d;
    d.name = u"netforum-thrive-activity"_s;
    d.dataset = u"higherlogic.mailing_activity"_s;
    d.columns = {{u"email_address"_s, u"EmailAddress"_s},
                 {u"activity_code"_s, u"ActivityCode"_s},
                 {u"subcode"_s, u"Subcode"_s},
                 {u"message_name"_s, u"MessageName"_s},
                 {u"date"_s, u"ActivityDate"_s}};
    // ISO times: the import reads them whatever the server's locale, and no spreadsheet swaps them.
    d.format.dateTime = u"yyyy-MM-dd HH:mm:ss"_s;
    d.file.name = u"thrive_activity"_s;
    d.file.suffix = u"_yyyyMMdd_HHmm"_s;
    d.destination.type = Destination::Type::Sftp;
    d.destination.connection = server.name;
    d.destination.path = server.writePath;
    return d;
}

bool make(Workspace &workspace, const QString &folder, const QDateTime &now, QString *error)
{
    ConnectionStore connectionStore(workspace);
    const QList<Connection> servers = connections();
    for (Connection c : servers)
        if (!connectionStore.save(c, error) || !IntakeRuleStore(workspace).replace(c.id, c.rules, error))
            return false;
    const Connection &netforumServer = servers.last();

    ExportStore exports(workspace);
    const ExportDefinition remote = netforum(netforumServer);
    // Until its history is made, the SFTP export delivers into a local stand-in folder.
    ExportDefinition standIn = remote;
    standIn.destination = {Destination::Type::Local, QDir(folder).filePath(u".history-stand-in"_s), {}};
    const QList<ExportDefinition> definitions{slate(folder), warehouse(folder), standIn};
    for (const ExportDefinition &d : definitions)
        if (!QDir().mkpath(d.destination.path) || !exports.save(d, error))
            return false;

    const QString refused =
        QCoreApplication::translate("SftpSession", "The server refused the key %1 for user %2. Check the username, and that "
                                                   "the matching public key is installed for that user on the server (the "
                                                   "platform's support can do this).")
            .arg(QDir::toNativeSeparators(netforumServer.keyFile), netforumServer.user)
        + u" [libssh2 -18]"_s;
    const QList<DemoExport> runs{
        {definitions[0].name, QTime(6, 0), {}, {}},
        {definitions[1].name, QTime(6, 15), {}, {}},
        {remote.name, QTime(7, 0), u"sftp://%1/%2"_s.arg(netforumServer.name, netforumServer.writePath), refused}};
    if (!makeHistory(workspace, folder, runs, standIn.destination.path, now, error))
        return false;
    QDir(standIn.destination.path).removeRecursively();
    if (!exports.save(remote, error))
        return false;

    ScheduleStore schedules(workspace);
    for (const DemoExport &e : runs) {
        ScheduleRule rule;
        rule.at = e.at;
        const QString job = u"export:"_s + e.name;
        // The latest slot that ran is spent, as after a real run.
        QDateTime slot(now.date(), e.at);
        if (slot > now)
            slot = slot.addDays(-1);
        if (!schedules.set(job, rule, error) || !schedules.markRan(job, slot.toUTC(), error))
            return false;
    }
    return true;
}

} // namespace

QString defaultFolder()
{
    return appDataFolder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                         QCoreApplication::organizationName(), QCoreApplication::applicationName())
           + u"/demo"_s;
}

QString defaultPath()
{
    return defaultFolder() + u"/workspace.sqlite"_s;
}

bool isReady(const QString &path)
{
    QFile marker(QDir(demoFolderOf(path)).filePath(QLatin1StringView(ReadyMarker)));
    return marker.open(QIODevice::ReadOnly) && marker.readAll().trimmed() == Version && QFile::exists(path);
}

bool prepare(const QString &path, QString *error, const QDateTime &now)
{
    if (isReady(path))
        return true;
    const QString folder = demoFolderOf(path);
    // What an interrupted attempt left goes, but only from a folder named for the demo: any
    // other folder may hold more than the demo.
    const QDir dir(folder);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        if (dir.dirName() != u"demo"_s || !QDir(folder).removeRecursively()) {
            *error = QCoreApplication::translate("DemoWorkspace", "%1 holds files that are not a complete demo.")
                         .arg(QDir::toNativeSeparators(folder));
            return false;
        }
    }
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("DemoWorkspace", "Cannot create %1.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    {
        Workspace workspace;
        if (!workspace.open(path, error) || !make(workspace, folder, now, error))
            return false;
    }
    QSaveFile marker(QDir(folder).filePath(QLatin1StringView(ReadyMarker)));
    if (!marker.open(QIODevice::WriteOnly) || marker.write(Version) < 0 || !marker.commit()) {
        *error = marker.errorString();
        return false;
    }
    return true;
}

bool open(Workspace &workspace, const QString &path, QString *error)
{
    return prepare(path, error) && workspace.open(path, error);
}

} // namespace wb::ui::DemoWorkspace
