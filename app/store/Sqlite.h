// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace wb::sql {

// The bulk paths (taking in a file, writing an export) use SQLite's C API on a connection
// of their own: QtSql's per-cell QVariant and UTF-16 conversions cost 2-3x here, and
// borrowing QSqlDriver::handle() is only safe when Qt's plugin uses this same SQLite library,
// which the Windows and macOS Qt builds do not (see docs/architecture.md).
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const QString &path, QString *error);
    void close();
    sqlite3 *handle() const { return m_db; }
    bool exec(const char *sql, QString *error);
    QString lastError() const;
    // How long a statement waits for another connection's write lock before it fails busy.
    void setBusyTimeout(int ms);
    // Whether the last failure was another connection holding the lock (SQLITE_BUSY/LOCKED).
    bool lastErrorIsBusy() const;

private:
    sqlite3 *m_db = nullptr;
};

class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;

    bool prepare(Database &db, const QByteArray &sql, QString *error);
    sqlite3_stmt *get() const { return m_stmt; }

    // Binding a view keeps no copy: the bytes must live until step(). QStrings are copied.
    void bindNull(int index);
    void bindInt(int index, qint64 value);
    void bindText(int index, QByteArrayView utf8);
    void bindText(int index, const QString &text);
    // Bytes kept as they are (a message body need not be UTF-8); a view, like bindText's.
    void bindBlob(int index, QByteArrayView bytes);
    // SQLITE_ROW, SQLITE_DONE or an error code; resets and clears bindings when done.
    int step();
    void reset();
    qint64 columnInt(int index) const;
    QString columnText(int index) const;
    QByteArray columnBytes(int index) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
};

// Runs BEGIN IMMEDIATE; rolls back on destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db) : m_db(db) {}
    ~Transaction();
    bool begin(QString *error);
    bool commit(QString *error);

private:
    Database &m_db;
    bool m_open = false;
};

QByteArray quoteIdentifier(const QString &name);

} // namespace wb::sql
