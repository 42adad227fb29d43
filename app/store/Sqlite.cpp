// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace wb::sql {

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, QString *error)
{
    close();
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        *error = QCoreApplication::translate("Sqlite", "Cannot open %1: %2").arg(path, lastError());
        close();
        return false;
    }
    // Another process may be taking in a large file: wait for it rather than fail.
    sqlite3_busy_timeout(m_db, 120000);
    return exec("PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; "
                "PRAGMA temp_store=MEMORY;", error);
}

void Database::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool Database::exec(const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
    sqlite3_free(message);
    return false;
}

QString Database::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : u"out of memory"_s;
}

void Database::setBusyTimeout(int ms)
{
    sqlite3_busy_timeout(m_db, ms);
}

bool Database::lastErrorIsBusy() const
{
    const int code = m_db ? sqlite3_errcode(m_db) & 0xff : SQLITE_OK;
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

bool Statement::prepare(Database &db, const QByteArray &sql, QString *error)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    if (sqlite3_prepare_v3(db.handle(), sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_stmt, nullptr) == SQLITE_OK)
        return true;
    if (error)
        *error = db.lastError();
    return false;
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void Statement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bindText(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_STATIC);
}

void Statement::bindText(int index, const QString &text)
{
    // SQLITE_TRANSIENT: SQLite copies, so several QString bindings may share no buffer.
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

int Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_ROW)
        reset();
    return rc;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::columnInt(int index) const
{
    return sqlite3_column_int64(m_stmt, index);
}

QString Statement::columnText(int index) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, index));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, index)) : QString();
}

QByteArray Statement::columnBytes(int index) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, index));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, index)) : QByteArray();
}

void Statement::bindBlob(int index, QByteArrayView bytes)
{
    // A null pointer would bind NULL; an empty body is still a body.
    sqlite3_bind_blob64(m_stmt, index, bytes.data() ? bytes.data() : "", sqlite3_uint64(bytes.size()), SQLITE_STATIC);
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.exec("ROLLBACK", nullptr);
}

bool Transaction::begin(QString *error)
{
    // Foreign keys are checked at commit: an immediate check would make SQLite keep a
    // statement journal for every row of a bulk insert. The pragma ends with the transaction.
    m_open = m_db.exec("BEGIN IMMEDIATE", error);
    return m_open && m_db.exec("PRAGMA defer_foreign_keys=ON", error);
}

bool Transaction::commit(QString *error)
{
    if (!m_db.exec("COMMIT", error))
        return false;
    m_open = false;
    return true;
}

QByteArray quoteIdentifier(const QString &name)
{
    QByteArray out = name.toUtf8();
    out.replace('"', "\"\"");
    return '"' + out + '"';
}

} // namespace wb::sql
