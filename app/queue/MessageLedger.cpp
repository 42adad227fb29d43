// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/MessageLedger.h"

#include "intake/CivitasJson.h"
#include "intake/CivitasWriter.h"
#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QSet>

#include <sqlite3.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

constexpr int ProblemsKept = 5;

QByteArray nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
}

// The rows of one batch go in under one entry of the files ledger, as a file's would: the
// Data page lists it, and an export's increments see its rows like any file's.
class BatchEntry
{
public:
    bool open(sql::Database &db, const QueueConnection &queue, const QString &label, QString *error)
    {
        m_db = &db;
        sql::Statement counter;
        if (!counter.prepare(db, "SELECT value FROM change_counter WHERE id = 1", error))
            return false;
        if (counter.step() != SQLITE_ROW) {
            *error = db.lastError();
            return false;
        }
        m_seq = counter.columnInt(0) + 1;
        counter.reset();
        const QByteArray now = nowUtc();
        m_name = u"%1 %2 %3"_s.arg(queue.name, label, QString::fromUtf8(now));
        sql::Statement insert;
        // The hash is a placeholder until the batch's messages are known (finish()).
        if (!insert.prepare(db, "INSERT INTO files (source, path, name, size, modified, sha256, dataset, state, "
                                "first_seen_at, last_attempt_at, taken_in_at) "
                                "VALUES (?, ?, ?, 0, ?4, ?5, '', 'imported', ?4, ?4, ?4) RETURNING id", error))
            return false;
        insert.bindText(1, u"queue:"_s + queue.name);
        insert.bindText(2, queue.location());
        insert.bindText(3, m_name);
        insert.bindText(4, QByteArrayView(now));
        insert.bindText(5, u"pending:"_s + m_name);
        if (insert.step() != SQLITE_ROW) {
            *error = db.lastError();
            return false;
        }
        m_fileId = insert.columnInt(0);
        insert.reset();
        return m_writer.prepare(db, m_fileId, m_seq, error);
    }

    bool isOpen() const { return m_fileId > 0; }
    qint64 fileId() const { return m_fileId; }

    // A message's rows; each points at its message: _line holds the message's ledger row.
    bool add(const QByteArray &key, const QByteArray &body, const CivitasRows &rows, qint64 messageRow, QString *error)
    {
        ImportError rowError;
        if (!m_writer.add(rows, messageRow, &rowError)) {
            *error = QCoreApplication::translate("wb::MessageLedger", "message %1: %2")
                         .arg(QString::fromUtf8(key), rowError.message);
            return false;
        }
        m_keys.addData(key);
        m_keys.addData("\n");
        m_bytes += body.size();
        return true;
    }

    // Sends the last rows and completes the ledger entry, if one was opened.
    bool finish(LedgerCounts &counts, QString *error)
    {
        if (!isOpen())
            return true;
        if (!complete(error))
            return false;
        counts.rowsAdded = m_writer.counts().inserted;
        counts.rowsUpdated = m_writer.counts().updated;
        return true;
    }

private:
    bool complete(QString *error)
    {
        ImportError rowError;
        if (!m_writer.finish(&rowError)) {
            *error = rowError.message;
            return false;
        }
        const DatasetWriter::Counts &c = m_writer.counts();
        sql::Statement update;
        if (!update.prepare(*m_db, "UPDATE files SET size = ?, sha256 = ?, dataset = ?, rows_read = ?, "
                                   "rows_inserted = ?, rows_updated = ? WHERE id = ?", error))
            return false;
        update.bindInt(1, m_bytes);
        update.bindText(2, QString::fromLatin1(m_keys.result().toHex()));
        update.bindText(3, m_writer.datasets().join(u','));
        update.bindInt(4, c.read);
        update.bindInt(5, c.inserted);
        update.bindInt(6, c.updated);
        update.bindInt(7, m_fileId);
        sql::Statement counter;
        if (update.step() != SQLITE_DONE
            || !counter.prepare(*m_db, "UPDATE change_counter SET value = ? WHERE id = 1", error)) {
            if (error->isEmpty())
                *error = m_db->lastError();
            return false;
        }
        counter.bindInt(1, m_seq);
        if (counter.step() != SQLITE_DONE) {
            *error = m_db->lastError();
            return false;
        }
        return true;
    }

    sql::Database *m_db = nullptr;
    qint64 m_fileId = 0;
    qint64 m_seq = 0;
    qint64 m_bytes = 0;
    QString m_name;
    QCryptographicHash m_keys{QCryptographicHash::Sha256};
    CivitasWriter m_writer;
};

// Why a body cannot be taken in, or nothing when its rows are in `rows`.
std::optional<ImportError> readBody(const QByteArray &body, const QString &bodyProblem, CivitasRows *rows)
{
    if (!bodyProblem.isEmpty())
        return ImportError{0, 0, bodyProblem};
    ImportError error;
    if (!flattenCivitas(body, rows, &error))
        return error;
    return std::nullopt;
}

qint64 rowCount(const CivitasRows &rows)
{
    return rows.outreach.size() + rows.properties.size();
}

} // namespace

struct MessageLedger::Impl
{
    QString path;
    QueueConnection queue;
    sql::Database db;
    bool opened = false;

    bool ensureOpen(QString *error)
    {
        // A message accepted after its commit is gone from the broker: the commit must
        // survive a power cut too, not only a crash (NORMAL syncs the WAL only at checkpoints).
        if (!opened)
            opened = db.open(path, error) && db.exec("PRAGMA synchronous=FULL", error);
        return opened;
    }

    void noteProblem(LedgerCounts &counts, const QByteArray &key, const ImportError &e)
    {
        if (counts.problems.size() >= ProblemsKept)
            return;
        const QString id = QString::fromUtf8(key);
        counts.problems << (e.line > 0 ? QCoreApplication::translate("wb::MessageLedger", "message %1, line %2, column %3: %4").arg(id).arg(e.line).arg(e.column).arg(e.message)
                                       : QCoreApplication::translate("wb::MessageLedger", "message %1: %2").arg(id, e.message));
    }
};

MessageLedger::MessageLedger(QString workspacePath, QueueConnection queue) : d(std::make_unique<Impl>())
{
    d->path = std::move(workspacePath);
    d->queue = std::move(queue);
}

MessageLedger::~MessageLedger() = default;

bool MessageLedger::store(const QList<ReceivedMessage> &batch, QString *error)
{
    if (!d->ensureOpen(error))
        return false;
    sql::Transaction tx(d->db);
    if (!tx.begin(error))
        return false;
    sql::Statement seen, insert;
    if (!seen.prepare(d->db, "SELECT 1 FROM queue_messages WHERE queue_id = ? AND message_key = ?", error)
        || !insert.prepare(d->db, "INSERT INTO queue_messages (queue_id, message_key, state, file_id, body, rows, error, "
                                  "error_line, error_column, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                  "RETURNING id", error))
        return false;
    LedgerCounts counts;
    BatchEntry entry;
    QSet<QByteArray> inBatch;
    const QByteArray now = nowUtc();
    for (const ReceivedMessage &m : batch) {
        ++counts.messages;
        seen.bindInt(1, d->queue.id);
        seen.bindText(2, QByteArrayView(m.key));
        const bool before = seen.step() == SQLITE_ROW;
        seen.reset();
        if (before || inBatch.contains(m.key)) {
            ++counts.duplicates;
            continue;
        }
        inBatch.insert(m.key);
        CivitasRows rows;
        const std::optional<ImportError> problem = readBody(m.body, m.bodyProblem, &rows);
        if (!problem && !entry.isOpen() && !entry.open(d->db, d->queue, QCoreApplication::translate("wb::MessageLedger", "messages"), error))
            return false;
        insert.bindInt(1, d->queue.id);
        insert.bindText(2, QByteArrayView(m.key));
        insert.bindText(3, QByteArrayView(problem ? "unreadable" : "taken"));
        if (problem)
            insert.bindNull(4);
        else
            insert.bindInt(4, entry.fileId());
        insert.bindBlob(5, m.body);
        insert.bindInt(6, problem ? 0 : rowCount(rows));
        insert.bindText(7, problem ? problem->message : QString(u""_s));
        insert.bindInt(8, problem ? problem->line : 0);
        insert.bindInt(9, problem ? problem->column : 0);
        insert.bindText(10, QByteArrayView(now));
        if (insert.step() != SQLITE_ROW) {
            *error = d->db.lastError();
            return false;
        }
        const qint64 messageRow = insert.columnInt(0);
        insert.reset();
        counts.bytes += m.body.size();
        if (problem) {
            ++counts.unreadable;
            d->noteProblem(counts, m.key, *problem);
            continue;
        }
        if (!entry.add(m.key, m.body, rows, messageRow, error))
            return false;
        ++counts.taken;
    }
    if (!entry.finish(counts, error) || !tx.commit(error))
        return false;
    m_counts.messages += counts.messages;
    m_counts.taken += counts.taken;
    m_counts.duplicates += counts.duplicates;
    m_counts.unreadable += counts.unreadable;
    m_counts.rowsAdded += counts.rowsAdded;
    m_counts.rowsUpdated += counts.rowsUpdated;
    m_counts.bytes += counts.bytes;
    for (const QString &p : std::as_const(counts.problems))
        if (m_counts.problems.size() < ProblemsKept)
            m_counts.problems << p;
    return true;
}

bool MessageLedger::replay(QString *error)
{
    if (!d->ensureOpen(error))
        return false;
    sql::Transaction tx(d->db);
    if (!tx.begin(error))
        return false;
    struct Kept
    {
        qint64 id;
        QByteArray key;
        QByteArray body;
    };
    QList<Kept> kept;
    {
        sql::Statement q;
        if (!q.prepare(d->db, "SELECT id, message_key, body FROM queue_messages WHERE queue_id = ? "
                              "AND state = 'unreadable' ORDER BY id", error))
            return false;
        q.bindInt(1, d->queue.id);
        int rc;
        while ((rc = q.step()) == SQLITE_ROW)
            kept << Kept{q.columnInt(0), q.columnBytes(1), q.columnBytes(2)};
        if (rc != SQLITE_DONE) {
            *error = d->db.lastError();
            return false;
        }
    }
    sql::Statement taken, still;
    if (!taken.prepare(d->db, "UPDATE queue_messages SET state = 'taken', file_id = ?, rows = ?, error = '', "
                              "error_line = 0, error_column = 0 WHERE id = ?", error)
        || !still.prepare(d->db, "UPDATE queue_messages SET error = ?, error_line = ?, error_column = ? WHERE id = ?",
                          error))
        return false;
    LedgerCounts counts;
    BatchEntry entry;
    for (const Kept &k : std::as_const(kept)) {
        ++counts.messages;
        CivitasRows rows;
        if (const auto problem = readBody(k.body, QString(), &rows)) {
            ++counts.unreadable;
            d->noteProblem(counts, k.key, *problem);
            still.bindText(1, problem->message);
            still.bindInt(2, problem->line);
            still.bindInt(3, problem->column);
            still.bindInt(4, k.id);
            if (still.step() != SQLITE_DONE) {
                *error = d->db.lastError();
                return false;
            }
            continue;
        }
        if (!entry.isOpen() && !entry.open(d->db, d->queue, QCoreApplication::translate("wb::MessageLedger", "replayed messages"), error))
            return false;
        if (!entry.add(k.key, k.body, rows, k.id, error))
            return false;
        taken.bindInt(1, entry.fileId());
        taken.bindInt(2, rowCount(rows));
        taken.bindInt(3, k.id);
        if (taken.step() != SQLITE_DONE) {
            *error = d->db.lastError();
            return false;
        }
        ++counts.taken;
        counts.bytes += k.body.size();
    }
    if (!entry.finish(counts, error) || !tx.commit(error))
        return false;
    m_counts = counts;
    return true;
}

} // namespace wb
