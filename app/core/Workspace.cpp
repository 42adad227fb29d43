// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Workspace.h"

#include "core/BlockingCalls.h"
#include "core/Log.h"
#include "core/PrivateFiles.h"
#include "core/WorkspaceLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::Workspace", text);
}

// Each step takes the schema from version N-1 to N. Steps are never edited once released:
// a change is a new step, so every older workspace can be brought forward.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 1: connections
        {uR"sql(CREATE TABLE connections (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               name TEXT NOT NULL UNIQUE,
               host TEXT NOT NULL,
               port INTEGER NOT NULL DEFAULT 22 CHECK (port BETWEEN 1 AND 65535),
               username TEXT NOT NULL,
               key_file TEXT NOT NULL,
               read_path TEXT NOT NULL DEFAULT '',
               write_path TEXT NOT NULL DEFAULT '',
               created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
               updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))))sql"_s},
        // 2: datasets taken in from files, and the ledger of those files
        {uR"sql(CREATE TABLE change_counter (
               id INTEGER PRIMARY KEY CHECK (id = 1),
               value INTEGER NOT NULL))sql"_s,
         u"INSERT INTO change_counter (id, value) VALUES (1, 0)"_s,
         uR"sql(CREATE TABLE datasets (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               name TEXT NOT NULL UNIQUE,
               vendor TEXT NOT NULL DEFAULT '',
               title TEXT NOT NULL DEFAULT '',
               table_name TEXT NOT NULL UNIQUE,
               natural_key TEXT NOT NULL DEFAULT '',
               created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))))sql"_s,
         uR"sql(CREATE TABLE dataset_fields (
               dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
               position INTEGER NOT NULL,
               name TEXT NOT NULL,
               header TEXT NOT NULL,
               type TEXT NOT NULL CHECK (type IN ('text','integer','boolean','date','datetime')),
               PRIMARY KEY (dataset_id, name)))sql"_s,
         uR"sql(CREATE TABLE files (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               source TEXT NOT NULL,
               path TEXT NOT NULL,
               name TEXT NOT NULL,
               size INTEGER NOT NULL,
               modified TEXT NOT NULL DEFAULT '',
               sha256 TEXT NOT NULL,
               dataset TEXT NOT NULL DEFAULT '',
               state TEXT NOT NULL CHECK (state IN ('imported','failed')),
               rows_read INTEGER NOT NULL DEFAULT 0,
               rows_inserted INTEGER NOT NULL DEFAULT 0,
               rows_updated INTEGER NOT NULL DEFAULT 0,
               error TEXT NOT NULL DEFAULT '',
               error_line INTEGER NOT NULL DEFAULT 0,
               error_column INTEGER NOT NULL DEFAULT 0,
               attempts INTEGER NOT NULL DEFAULT 1,
               first_seen_at TEXT NOT NULL,
               last_attempt_at TEXT NOT NULL,
               taken_in_at TEXT NOT NULL DEFAULT '',
               UNIQUE (name, size, modified, sha256)))sql"_s,
         u"CREATE INDEX files_by_name ON files (name, size, modified)"_s},
        // 3: export definitions, their watermarks and runs; schedules and the jobs' lock
        {uR"sql(CREATE TABLE exports (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               name TEXT NOT NULL UNIQUE,
               definition TEXT NOT NULL,
               last_row INTEGER NOT NULL DEFAULT 0,
               last_seq INTEGER NOT NULL DEFAULT 0,
               created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
               updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))))sql"_s,
         uR"sql(CREATE TABLE export_runs (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               export_id INTEGER NOT NULL REFERENCES exports(id) ON DELETE CASCADE,
               state TEXT NOT NULL CHECK (state IN ('pending','running','completed','failed')),
               trigger TEXT NOT NULL DEFAULT 'manual',
               redelivery_of INTEGER,
               started_at TEXT NOT NULL,
               finished_at TEXT NOT NULL DEFAULT '',
               from_row INTEGER NOT NULL DEFAULT 0,
               to_row INTEGER NOT NULL DEFAULT 0,
               from_seq INTEGER NOT NULL DEFAULT 0,
               to_seq INTEGER NOT NULL DEFAULT 0,
               rows INTEGER NOT NULL DEFAULT 0,
               bytes INTEGER NOT NULL DEFAULT 0,
               file_name TEXT NOT NULL DEFAULT '',
               location TEXT NOT NULL DEFAULT '',
               temp_name TEXT NOT NULL DEFAULT '',
               sha256 TEXT NOT NULL DEFAULT '',
               error TEXT NOT NULL DEFAULT '',
               delivered INTEGER NOT NULL DEFAULT 0,
               owner TEXT NOT NULL DEFAULT ''))sql"_s,
         u"CREATE INDEX export_runs_by_export ON export_runs (export_id, id)"_s,
         // schedules, the job lock they share with manual runs, fetch runs, settings
         uR"sql(CREATE TABLE schedules (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               job TEXT NOT NULL UNIQUE,
               rule TEXT NOT NULL,
               paused INTEGER NOT NULL DEFAULT 0,
               last_slot TEXT NOT NULL DEFAULT '',
               created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
               updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))))sql"_s,
         uR"sql(CREATE TABLE job_locks (
               job TEXT PRIMARY KEY,
               owner TEXT NOT NULL,
               acquired_at TEXT NOT NULL))sql"_s,
         uR"sql(CREATE TABLE fetch_runs (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               connection TEXT NOT NULL,
               state TEXT NOT NULL CHECK (state IN ('pending','running','completed','failed')),
               trigger TEXT NOT NULL DEFAULT 'manual',
               started_at TEXT NOT NULL,
               finished_at TEXT NOT NULL DEFAULT '',
               files_listed INTEGER NOT NULL DEFAULT 0,
               files_imported INTEGER NOT NULL DEFAULT 0,
               files_failed INTEGER NOT NULL DEFAULT 0,
               file_names TEXT NOT NULL DEFAULT '',
               rows INTEGER NOT NULL DEFAULT 0,
               bytes INTEGER NOT NULL DEFAULT 0,
               location TEXT NOT NULL DEFAULT '',
               error TEXT NOT NULL DEFAULT '',
               owner TEXT NOT NULL DEFAULT ''))sql"_s,
         uR"sql(CREATE TABLE settings (
               key TEXT PRIMARY KEY,
               value TEXT NOT NULL))sql"_s},
        // 4: jobs, fetch runs and export destinations refer to connections and exports by id,
        // so that renaming one breaks nothing (jobs/JobKeys.h)
        {uR"sql(UPDATE schedules SET job = 'export#' || (SELECT id FROM exports WHERE name = substr(job, 8))
               WHERE job LIKE 'export:%' AND EXISTS (SELECT 1 FROM exports WHERE name = substr(job, 8)))sql"_s,
         uR"sql(UPDATE schedules SET job = 'fetch#' || (SELECT id FROM connections WHERE name = substr(job, 7))
               WHERE job LIKE 'fetch:%' AND EXISTS (SELECT 1 FROM connections WHERE name = substr(job, 7)))sql"_s,
         // A lock is held for a moment; one taken by an older version is left to run out.
         u"DELETE FROM job_locks"_s,
         u"ALTER TABLE fetch_runs ADD COLUMN connection_id INTEGER NOT NULL DEFAULT 0"_s,
         u"UPDATE fetch_runs SET connection_id = COALESCE((SELECT id FROM connections WHERE name = connection), 0)"_s,
         u"ALTER TABLE exports ADD COLUMN connection_id INTEGER NOT NULL DEFAULT 0"_s,
         uR"sql(UPDATE exports SET connection_id = COALESCE((SELECT c.id FROM connections AS c
               WHERE c.name = json_extract(exports.definition, '$.destination.connection')), 0))sql"_s},
        // 5: message-queue sources (Civitas publishes its outreach on a queue, not in files):
        // the queues, every message taken from one with its raw body (a message read from a
        // queue is gone from it for good), and consume runs; the Runs page sorts by start
        {uR"sql(CREATE TABLE queues (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               name TEXT NOT NULL UNIQUE,
               url TEXT NOT NULL,
               username TEXT NOT NULL DEFAULT '',
               address TEXT NOT NULL,
               ca_file TEXT NOT NULL DEFAULT '',
               created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
               updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))))sql"_s,
         uR"sql(CREATE TABLE queue_messages (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               queue_id INTEGER NOT NULL,
               message_key TEXT NOT NULL,
               state TEXT NOT NULL CHECK (state IN ('taken','unreadable')),
               file_id INTEGER,
               body BLOB NOT NULL,
               rows INTEGER NOT NULL DEFAULT 0,
               error TEXT NOT NULL DEFAULT '',
               error_line INTEGER NOT NULL DEFAULT 0,
               error_column INTEGER NOT NULL DEFAULT 0,
               received_at TEXT NOT NULL,
               UNIQUE (queue_id, message_key)))sql"_s,
         u"CREATE INDEX queue_messages_unreadable ON queue_messages (queue_id) WHERE state = 'unreadable'"_s,
         uR"sql(CREATE TABLE consume_runs (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               queue TEXT NOT NULL,
               queue_id INTEGER NOT NULL DEFAULT 0,
               state TEXT NOT NULL CHECK (state IN ('pending','running','completed','failed')),
               trigger TEXT NOT NULL DEFAULT 'manual',
               started_at TEXT NOT NULL,
               finished_at TEXT NOT NULL DEFAULT '',
               messages INTEGER NOT NULL DEFAULT 0,
               rows INTEGER NOT NULL DEFAULT 0,
               bytes INTEGER NOT NULL DEFAULT 0,
               unreadable INTEGER NOT NULL DEFAULT 0,
               duplicates INTEGER NOT NULL DEFAULT 0,
               location TEXT NOT NULL DEFAULT '',
               error TEXT NOT NULL DEFAULT '',
               owner TEXT NOT NULL DEFAULT ''))sql"_s,
         u"CREATE INDEX consume_runs_started ON consume_runs (started_at)"_s,
         u"CREATE INDEX export_runs_started ON export_runs (started_at)"_s,
         u"CREATE INDEX fetch_runs_started ON fetch_runs (started_at)"_s},
        // 6: files delivered inside a .gz or .zip: each keeps the archive it came from, and an
        // archive all of whose files were taken in is known by its name, size and time, so
        // that a fetch need not download it again (intake/Archive.h)
        {u"ALTER TABLE files ADD COLUMN archive_name TEXT NOT NULL DEFAULT ''"_s,
         u"ALTER TABLE files ADD COLUMN archive_size INTEGER NOT NULL DEFAULT 0"_s,
         u"ALTER TABLE files ADD COLUMN archive_modified TEXT NOT NULL DEFAULT ''"_s,
         uR"sql(CREATE TABLE archives (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               source TEXT NOT NULL,
               path TEXT NOT NULL,
               name TEXT NOT NULL,
               size INTEGER NOT NULL,
               modified TEXT NOT NULL DEFAULT '',
               files INTEGER NOT NULL DEFAULT 0,
               taken_in_at TEXT NOT NULL,
               UNIQUE (name, size, modified)))sql"_s},
        // 7: a connection's intake rules, in order (core/IntakeRule.h); by the connection's id,
        // so that they follow a rename, and removed with it
        {uR"sql(CREATE TABLE intake_rules (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               connection_id INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
               position INTEGER NOT NULL,
               pattern TEXT NOT NULL,
               subfolders INTEGER NOT NULL DEFAULT 0,
               dataset TEXT NOT NULL DEFAULT '',
               date_order TEXT NOT NULL DEFAULT '' CHECK (date_order IN ('','day-first','month-first','year-first')),
               after TEXT NOT NULL DEFAULT 'keep' CHECK (after IN ('keep','delete','archive')),
               archive_dir TEXT NOT NULL DEFAULT '',
               created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))))sql"_s,
         u"CREATE INDEX intake_rules_connection ON intake_rules (connection_id, position)"_s},
        // 8: a field that holds several values, and the separator its files write between them
        // (Actito lets its user choose one per export); empty for a single value
        {u"ALTER TABLE dataset_fields ADD COLUMN multi_value TEXT NOT NULL DEFAULT ''"_s},
        // 9: how a rule's files are read (separator, encoding, header row) and its header map,
        // kept as JSON with the name of the file it came from, which may be gone later; a
        // fetch's warnings (what a rule could not do on the server after a file went in)
        {uR"sql(ALTER TABLE intake_rules ADD COLUMN separator TEXT NOT NULL DEFAULT ''
               CHECK (separator IN ('','comma','semicolon','tab','pipe')))sql"_s,
         u"ALTER TABLE intake_rules ADD COLUMN encoding TEXT NOT NULL DEFAULT ''"_s,
         u"ALTER TABLE intake_rules ADD COLUMN header TEXT NOT NULL DEFAULT '' CHECK (header IN ('','yes','no'))"_s,
         u"ALTER TABLE intake_rules ADD COLUMN header_map TEXT NOT NULL DEFAULT ''"_s,
         u"ALTER TABLE intake_rules ADD COLUMN header_map_file TEXT NOT NULL DEFAULT ''"_s,
         u"ALTER TABLE fetch_runs ADD COLUMN warnings TEXT NOT NULL DEFAULT ''"_s},
    };
    return steps;
}

} // namespace

Workspace::Workspace()
    : m_connectionName(u"workspace-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Workspace::~Workspace()
{
    close();
}

QString Workspace::defaultPath()
{
    return defaultWorkspacePath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                                QCoreApplication::organizationName(), QCoreApplication::applicationName());
}

bool Workspace::open(const QString &path, QString *error)
{
    close();
    const QFileInfo info(path);
    if (!PrivateFiles::makeFolders(info.absolutePath(), error))
        return false;
    m_path = info.absoluteFilePath();
    // A new workspace is created owner-only before SQLite sees it: SQLite gives its -wal,
    // -shm and -journal files the database file's mode.
    if (!info.exists() && !PrivateFiles::makePrivateFile(m_path, error)) {
        m_path.clear();
        return false;
    }
    if (!setUp(error)) {
        close();
        return false;
    }
    // One an older version made with the umask's mode is tightened, once it proved to be a
    // workspace (not some other file picked by mistake).
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        if (!PrivateFiles::restrictFile(m_path + suffix))
            qCWarning(lcStore).noquote() << "cannot make" << QDir::toNativeSeparators(m_path + suffix) << "private";
    return true;
}

bool Workspace::setUp(QString *error)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        *error = tr("Cannot open the workspace %1: %2").arg(shown, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    // 16 KiB pages take bulk inserts about a fifth faster than the 4 KiB default; it only
    // applies to a new, empty file, before WAL mode fixes the page size.
    q.exec(u"PRAGMA page_size=16384"_s);
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s,
                                  u"PRAGMA synchronous=NORMAL"_s}) {
        if (!q.exec(pragma)) {
            *error = tr("%1 is not a Writeback Studio workspace: %2").arg(shown, q.lastError().text());
            return false;
        }
    }
    // A file that is not SQLite only shows itself on the first real read.
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
        *error = tr("%1 is not a Writeback Studio workspace: %2").arg(shown, q.lastError().text());
        return false;
    }
    return migrate(error) && loadId(error);
}

bool Workspace::loadId(QString *error)
{
    // Outside the numbered migrations: a row of data, not schema. Read first, so that opening
    // a workspace that has its id never writes; OR IGNORE: a second process opening the new
    // workspace at the same moment keeps the first one's id.
    QSqlQuery q(database());
    const auto read = [&] { return q.exec(u"SELECT value FROM settings WHERE key = 'workspace_id'"_s) && q.next(); };
    const bool found =
        read()
        || (q.exec(u"INSERT OR IGNORE INTO settings (key, value) VALUES ('workspace_id', lower(hex(randomblob(16))))"_s)
            && read());
    if (!found || q.value(0).toString().isEmpty()) {
        *error = tr("Cannot read the id of the workspace %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), q.lastError().text());
        return false;
    }
    m_id = q.value(0).toString();
    return true;
}

void Workspace::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_path.clear();
    m_id.clear();
}

bool Workspace::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QSqlDatabase Workspace::database(const std::source_location &where) const
{
    BlockingCalls::note(BlockingCalls::Kind::WorkspaceSql, {}, where);
    return QSqlDatabase::database(m_connectionName, false);
}

QString Workspace::knownHostsPath() const
{
    return QFileInfo(m_path).absolutePath() + u"/known_hosts"_s;
}

int Workspace::schemaVersion() const
{
    QSqlQuery q(database());
    return q.exec(u"PRAGMA user_version"_s) && q.next() ? q.value(0).toInt() : -1;
}

int Workspace::latestSchemaVersion()
{
    return int(migrations().size());
}

bool Workspace::migrate(QString *error)
{
    // An up-to-date workspace is opened without writing: a reader (the GUI, `runs`, `export
    // list`) must not wait for, or fail on, the write lock an import holds for a whole file.
    if (schemaVersion() == latestSchemaVersion())
        return true;
    // The write lock first, then the version again: two processes opening a new workspace at
    // once must not both run the same steps.
    QSqlQuery lock(database());
    if (!lock.exec(u"BEGIN IMMEDIATE"_s)) {
        *error = tr("The workspace %1 is locked by another program: %2")
                     .arg(QDir::toNativeSeparators(m_path), lock.lastError().text());
        return false;
    }
    const int from = schemaVersion();
    if (from < 0) {
        lock.exec(u"ROLLBACK"_s);
        *error = tr("Cannot read the schema version of %1.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    if (from > latestSchemaVersion()) {
        lock.exec(u"ROLLBACK"_s);
        *error = tr("The workspace %1 was written by a newer Writeback Studio (schema %2; this "
                    "version knows up to %3). Update the app.")
                     .arg(QDir::toNativeSeparators(m_path))
                     .arg(from)
                     .arg(latestSchemaVersion());
        return false;
    }
    // All steps in the one transaction: user_version is transactional in SQLite, so the
    // schema and its number always land together.
    QSqlQuery q(database());
    for (int version = from + 1; version <= latestSchemaVersion(); ++version) {
        for (const QString &statement : migrations().at(version - 1)) {
            if (!q.exec(statement)) {
                *error = tr("Upgrading the workspace to schema %1 failed: %2").arg(version).arg(q.lastError().text());
                lock.exec(u"ROLLBACK"_s);
                return false;
            }
        }
        q.exec(u"PRAGMA user_version=%1"_s.arg(version));
        qCInfo(lcStore) << "workspace schema now at version" << version;
    }
    if (!lock.exec(u"COMMIT"_s)) {
        *error = tr("Upgrading the workspace failed: %1").arg(lock.lastError().text());
        lock.exec(u"ROLLBACK"_s);
        return false;
    }
    return true;
}

} // namespace wb
