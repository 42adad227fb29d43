// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/Importer.h"

#include "core/BlockingCalls.h"
#include "core/FileHash.h"
#include "core/Log.h"
#include "formats/Detect.h"
#include "intake/CivitasJson.h"
#include "intake/CivitasWriter.h"
#include "intake/ColumnPlan.h"
#include "intake/CsvRows.h"
#include "intake/DatasetWriter.h"
#include "intake/Deletions.h"
#include "intake/SplitFields.h"
#include "intake/SubscriberStatus.h"
#include "store/Catalog.h"
#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTimeZone>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>
#include <QVarLengthArray>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::Importer", text);
}

constexpr qint64 HeadSize = 64 * 1024;

// The file's time as delivered (the server's mtime for a fetch), else the local file's.
QDateTime deliveredAt(const ImportRequest &request, const QFileInfo &info)
{
    return request.modified.isValid() ? request.modified : info.lastModified();
}

QByteArray nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
}

} // namespace

QString ImportError::toString(const QString &fileName) const
{
    if (line <= 0)
        return fileName + u": "_s + message;
    if (column <= 0)
        return u"%1:%2: %3"_s.arg(fileName).arg(line).arg(message);
    return u"%1:%2:%3: %4"_s.arg(fileName).arg(line).arg(column).arg(message);
}

QString ImportResult::stateName() const
{
    switch (state) {
    case State::Imported: return u"imported"_s;
    case State::Skipped: return u"skipped"_s;
    case State::Failed: return u"failed"_s;
    case State::Cancelled: return u"cancelled"_s;
    }
    return {};
}

QString ImportResult::shownName() const
{
    return archive.isEmpty() ? name : archive + u'/' + name;
}

QString ledgerTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

struct Importer::Impl
{
    QString workspacePath;
    sql::Database db;
    bool opened = false;
    QString openError;

    bool ensureOpen()
    {
        if (!opened)
            opened = db.open(workspacePath, &openError);
        return opened;
    }
};

Importer::Importer(QString workspacePath)
    : d(std::make_unique<Impl>())
{
    d->workspacePath = std::move(workspacePath);
}

Importer::~Importer() = default;

bool Importer::alreadyImported(const QString &name, qint64 size, const QDateTime &modified)
{
    if (!d->ensureOpen())
        return false;
    sql::Statement q;
    if (!q.prepare(d->db, "SELECT 1 FROM files WHERE name = ?1 AND size = ?2 AND modified = ?3 AND state = 'imported' "
                          "AND archive_name = '' UNION ALL SELECT 1 FROM archives WHERE name = ?1 AND size = ?2 "
                          "AND modified = ?3", nullptr))
        return false;
    q.bindText(1, name);
    q.bindInt(2, size);
    q.bindText(3, ledgerTime(modified));
    const bool found = q.step() == SQLITE_ROW;
    q.reset();
    return found;
}

ImportResult Importer::importFile(const ImportRequest &request)
{
    ImportResult result = takeIn(request);
    if (result.state == ImportResult::State::Failed && !result.sha256.isEmpty())
        recordFailure(request, result);
    return result;
}

// After the file's own transaction rolled back: the failure and its reason go in alone, so
// the file is listed as failed and tried again on the next fetch.
void Importer::recordFailure(const ImportRequest &request, const ImportResult &result)
{
    const QFileInfo info(request.localPath);
    const QDateTime modified = deliveredAt(request, info);
    sql::Statement q;
    QString error;
    const QByteArray now = nowUtc();
    if (!q.prepare(d->db, "INSERT INTO files (source, path, name, size, modified, sha256, dataset, state, error, "
                          "error_line, error_column, first_seen_at, last_attempt_at, archive_name, archive_size, "
                          "archive_modified) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, 'failed', ?, ?, ?, ?11, ?11, ?, ?, ?) "
                          "ON CONFLICT (name, size, modified, sha256) DO UPDATE SET state = 'failed', "
                          "attempts = attempts + 1, error = excluded.error, error_line = excluded.error_line, "
                          "error_column = excluded.error_column, dataset = excluded.dataset, "
                          "last_attempt_at = excluded.last_attempt_at, archive_name = excluded.archive_name, "
                          "archive_size = excluded.archive_size, archive_modified = excluded.archive_modified "
                          "WHERE files.state <> 'imported'",
                   &error)) {
        qCWarning(lcStore).noquote() << "cannot record the failure of" << result.name << error;
        return;
    }
    q.bindText(1, request.source);
    q.bindText(2, request.origin.isEmpty() ? info.absoluteFilePath() : request.origin);
    q.bindText(3, result.name);
    q.bindInt(4, info.size());
    q.bindText(5, ledgerTime(modified));
    q.bindText(6, result.sha256);
    q.bindText(7, result.datasets.join(u','));
    q.bindText(8, result.error.message);
    q.bindInt(9, result.error.line);
    q.bindInt(10, result.error.column);
    q.bindText(11, QByteArrayView(now));
    q.bindText(12, request.archiveName);
    q.bindInt(13, request.archiveSize);
    q.bindText(14, ledgerTime(request.archiveModified));
    if (q.step() != SQLITE_DONE)
        qCWarning(lcStore).noquote() << "cannot record the failure of" << result.name << d->db.lastError();
}

void Importer::recordUnreadable(const ImportRequest &request, qint64 size, const QString &reason)
{
    if (!d->ensureOpen())
        return;
    sql::Statement q;
    QString error;
    const QByteArray now = nowUtc();
    if (!q.prepare(d->db, "INSERT INTO files (source, path, name, size, modified, sha256, state, error, "
                          "first_seen_at, last_attempt_at, archive_name, archive_size, archive_modified) "
                          "VALUES (?, ?, ?, ?, ?, '', 'failed', ?, ?7, ?7, ?, ?, ?) "
                          "ON CONFLICT (name, size, modified, sha256) DO UPDATE SET attempts = attempts + 1, "
                          "error = excluded.error, last_attempt_at = excluded.last_attempt_at, "
                          "archive_name = excluded.archive_name, archive_size = excluded.archive_size, "
                          "archive_modified = excluded.archive_modified WHERE files.state <> 'imported'",
                   &error)) {
        qCWarning(lcStore).noquote() << "cannot record the failure of" << request.name << error;
        return;
    }
    q.bindText(1, request.source);
    q.bindText(2, request.origin);
    q.bindText(3, request.name);
    q.bindInt(4, size);
    q.bindText(5, ledgerTime(request.modified));
    q.bindText(6, reason);
    q.bindText(7, QByteArrayView(now));
    q.bindText(8, request.archiveName);
    q.bindInt(9, request.archiveSize);
    q.bindText(10, ledgerTime(request.archiveModified));
    if (q.step() != SQLITE_DONE)
        qCWarning(lcStore).noquote() << "cannot record the failure of" << request.name << d->db.lastError();
}

void Importer::recordArchive(const ImportRequest &request, qint64 size, int files)
{
    if (!d->ensureOpen())
        return;
    const QString mtime = ledgerTime(deliveredAt(request, QFileInfo(request.localPath)));
    const QByteArray now = nowUtc();
    QString error;
    sql::Transaction tx(d->db);
    sql::Statement q;
    sql::Statement settled;
    // An earlier attempt that found the archive unreadable is settled now.
    if (!tx.begin(&error)
        || !q.prepare(d->db, "INSERT INTO archives (source, path, name, size, modified, files, taken_in_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name, size, modified) DO UPDATE SET "
                             "source = excluded.source, path = excluded.path, files = excluded.files, "
                             "taken_in_at = excluded.taken_in_at", &error)
        || !settled.prepare(d->db, "DELETE FROM files WHERE name = ? AND size = ? AND modified = ? AND sha256 = '' "
                                   "AND state = 'failed' AND archive_name = ''", &error)) {
        qCWarning(lcStore).noquote() << "cannot record the archive" << request.name << error;
        return;
    }
    q.bindText(1, request.source);
    q.bindText(2, request.origin.isEmpty() ? QFileInfo(request.localPath).absoluteFilePath() : request.origin);
    q.bindText(3, request.name);
    q.bindInt(4, size);
    q.bindText(5, mtime);
    q.bindInt(6, files);
    q.bindText(7, QByteArrayView(now));
    settled.bindText(1, request.name);
    settled.bindInt(2, size);
    settled.bindText(3, mtime);
    if (q.step() != SQLITE_DONE || settled.step() != SQLITE_DONE || !tx.commit(&error))
        qCWarning(lcStore).noquote() << "cannot record the archive" << request.name << d->db.lastError() << error;
}

ImportResult Importer::takeIn(const ImportRequest &request)
{
    ImportResult result;
    const QFileInfo info(request.localPath);
    result.name = request.name.isEmpty() ? info.fileName() : request.name;
    result.archive = request.archiveName;
    // A file inside an archive may sit in a folder there ("2026/opens.csv"): its format is
    // recognised by its own name.
    const QString ownName = result.name.section(u'/', -1);
    const QDateTime modified = deliveredAt(request, info);
    // The SHA-256 runs on the other core while the file is read; it is waited for where the
    // identity matters (a file seen before under this name, size and time) and at the end.
    QFuture<QString> hashing = QtConcurrent::run([path = request.localPath] { return sha256OfFile(path); });
    const auto joinHashing = qScopeGuard([&] { hashing.waitForFinished(); });
    auto hashNow = [&] {
        if (result.sha256.isEmpty())
            result.sha256 = hashing.result();
        return !result.sha256.isEmpty();
    };
    auto fail = [&](qint64 line, qint64 column, const QString &message) {
        hashNow(); // the failure is recorded under the file's full identity
        result.state = ImportResult::State::Failed;
        const bool dateOrderNeeded = result.error.dateOrderNeeded;
        result.error = {line, column, message};
        result.error.dateOrderNeeded = dateOrderNeeded;
        return result;
    };
    if (!d->ensureOpen())
        return fail(0, 0, d->openError);

    BlockingCalls::note(BlockingCalls::Kind::FileRead, request.localPath);
    QFile file(request.localPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(0, 0, tr("cannot read the file: %1").arg(file.errorString()));
    const qint64 size = file.size();
    const QByteArray head = file.peek(HeadSize);

    // The file's identity; one that was taken in before is not read again. Asked again once
    // the write lock is held: another process may have taken the same file in meanwhile.
    const QString mtime = ledgerTime(modified);
    auto takenInBefore = [&](QString *error) {
        sql::Statement seen;
        if (!seen.prepare(d->db, "SELECT 1 FROM files WHERE name = ? AND size = ? AND modified = ?", error))
            return false;
        seen.bindText(1, result.name);
        seen.bindInt(2, size);
        seen.bindText(3, mtime);
        const bool any = seen.step() == SQLITE_ROW;
        seen.reset();
        if (!any)
            return false;
        if (!hashNow()) {
            *error = tr("cannot read the file to check it against the files taken in");
            return false;
        }
        sql::Statement q;
        if (!q.prepare(d->db, "SELECT id, dataset FROM files WHERE name = ? AND size = ? AND modified = ? "
                              "AND sha256 = ? AND state = 'imported'", error))
            return false;
        q.bindText(1, result.name);
        q.bindInt(2, size);
        q.bindText(3, mtime);
        q.bindText(4, result.sha256);
        if (q.step() != SQLITE_ROW)
            return false;
        result.state = ImportResult::State::Skipped;
        result.fileId = q.columnInt(0);
        result.datasets = q.columnText(1).split(u',', Qt::SkipEmptyParts);
        q.reset();
        return true;
    };
    QString error;
    if (takenInBefore(&error))
        return result;
    if (!error.isEmpty())
        return fail(0, 0, error);

    sql::Transaction tx(d->db);
    if (!tx.begin(&error))
        return fail(0, 0, error);
    if (takenInBefore(&error))
        return result;
    const QByteArray now = nowUtc();
    {
        sql::Statement ledger;
        if (!ledger.prepare(d->db, "INSERT INTO files (source, path, name, size, modified, sha256, state, first_seen_at, last_attempt_at, taken_in_at, "
                                   "archive_name, archive_size, archive_modified) "
                                   "VALUES (?, ?, ?, ?, ?, ?, 'imported', ?7, ?7, ?7, ?, ?, ?) "
                                   "ON CONFLICT (name, size, modified, sha256) DO UPDATE SET state = 'imported', "
                                   "attempts = attempts + 1, last_attempt_at = excluded.last_attempt_at, "
                                   "taken_in_at = excluded.taken_in_at, error = '', "
                                   "error_line = 0, error_column = 0, source = excluded.source, path = excluded.path, "
                                   "archive_name = excluded.archive_name, archive_size = excluded.archive_size, "
                                   "archive_modified = excluded.archive_modified "
                                   "RETURNING id", &error))
            return fail(0, 0, error);
        ledger.bindText(1, request.source);
        ledger.bindText(2, request.origin.isEmpty() ? info.absoluteFilePath() : request.origin);
        ledger.bindText(3, result.name);
        ledger.bindInt(4, size);
        ledger.bindText(5, mtime);
        // Until the hash is known the row holds a unique placeholder; no other row can share
        // this name, size and time while the write lock is held (takenInBefore checked).
        ledger.bindText(6, result.sha256.isEmpty() ? u"pending:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                   : result.sha256);
        ledger.bindText(7, QByteArrayView(now));
        ledger.bindText(8, request.archiveName);
        ledger.bindInt(9, request.archiveSize);
        ledger.bindText(10, ledgerTime(request.archiveModified));
        if (ledger.step() != SQLITE_ROW)
            return fail(0, 0, d->db.lastError());
        result.fileId = ledger.columnInt(0);
        ledger.reset();
    }
    qint64 seq = 0;
    {
        sql::Statement c;
        if (!c.prepare(d->db, "SELECT value FROM change_counter WHERE id = 1", &error) || c.step() != SQLITE_ROW)
            return fail(0, 0, d->db.lastError());
        seq = c.columnInt(0) + 1; // this file's change number
        c.reset();
    }

    Catalog catalog(d->db);
    ImportError rowError;
    bool cancelled = false;
    auto checkCancel = [&] {
        cancelled = m_cancel && m_cancel->load();
        return cancelled;
    };
    DatasetWriter::Counts counts;

    if (findDerived(request.dataset))
        return fail(0, 0, tr("\"%1\" is kept by the workspace from other datasets; files cannot be taken into it.")
                              .arg(request.dataset));
    const FormatSpec *forced = request.dataset.isEmpty() ? nullptr : findFormat(request.dataset);
    const bool civitas = forced ? forced->kind == FormatSpec::Kind::CivitasJson
                                : request.dataset.isEmpty() && looksLikeCivitasJson(head);
    if (civitas) {
        const QByteArray content = file.readAll();
        CivitasRows rows;
        if (!flattenCivitas(content, &rows, &rowError))
            return fail(rowError.line, rowError.column, rowError.message);
        CivitasWriter writer;
        if (!writer.prepare(d->db, result.fileId, seq, &error))
            return fail(0, 0, error);
        if (!writer.add(rows, 0, &rowError) || !writer.finish(&rowError))
            return fail(rowError.line, rowError.column, rowError.message);
        counts = writer.counts();
        result.datasets << writer.datasets();
    } else {
        QString dialect;
        const CsvOverrides overrides{request.encoding, request.delimiter, request.quote};
        std::unique_ptr<RowSource> rows = openCsvRows(&file, head, ownName, overrides, &dialect, &error);
        if (!rows)
            return fail(0, 0, error);
        if (!rows->next()) {
            if (const auto e = rows->error())
                return fail(e->line, e->column, e->message);
            return fail(0, 0, tr("the file is empty"));
        }
        QStringList firstRow;
        for (qsizetype i = 0; i < rows->cellCount(); ++i)
            firstRow << QString::fromUtf8(rows->cell(i));
        const ColumnPlan plan = planColumns(request, ownName, firstRow);
        if (plan.dataset.isEmpty())
            return fail(1, 0, plan.error);
        const Detection &detection = plan.detection;
        const QString &datasetName = plan.dataset;
        const FormatSpec *spec = detection.spec;
        // Every documented field is a column, in the documented order, whether or not this
        // file has it: an export designed today still works with tomorrow's files.
        QList<FieldSpec> fields = spec ? spec->fields + spec->ownFields() : QList<FieldSpec>();
        fields += plan.fields;
        const auto before = catalog.find(datasetName, &error);
        const auto ds = catalog.ensure(datasetName, spec ? spec->vendor : QString(),
                                       spec ? titleOf(*spec, datasetName) : QString(), fields,
                                       spec ? spec->naturalKey : QStringList(), &error, spec && spec->deletable);
        if (!ds)
            return fail(0, 0, error);
        // Parts new to a dataset that has rows: those rows get theirs too.
        if (spec && before)
            for (const SplitSpec &split : spec->splits)
                if (before->indexOf(split.parts.first().name) < 0 && !fillSplitParts(d->db, *ds, split, &error))
                    return fail(0, 0, error);
        result.datasets << datasetName;
        QList<int> present;
        for (const FieldSpec &f : plan.fields)
            present << ds->indexOf(f.name);
        // Dates in the order the user set, else the format's documented one, else as the
        // file shows it: a column's first value that tells day from month decides, and when
        // that comes after an ambiguous value taken day first, the rows are taken again.
        const DateOrder fixedOrder = request.dateOrder != DateOrder::Unknown ? request.dateOrder
                                     : spec                                 ? spec->dateOrder
                                                                            : DateOrder::Unknown;
        QList<DateOrder> orders(present.size(), fixedOrder);
        // Only a file that may be read again needs the savepoint (a generic dataset is text).
        const bool learnsDates = fixedOrder == DateOrder::Unknown
                                 && std::any_of(present.begin(), present.end(), [&](int at) {
                                        const FieldType t = ds->fields.at(at).type;
                                        return t == FieldType::Date || t == FieldType::DateTime;
                                    });
        if (learnsDates && !d->db.exec("SAVEPOINT rows", &error))
            return fail(0, 0, error);
        DatasetWriter writer;
        const qsizetype width = firstRow.size();
        const qsizetype plainColumns = plan.sourceColumn.size() - plan.parts.size();
        for (;;) {
            if (!writer.prepare(d->db, *ds, present, result.fileId, seq, orders, &error))
                return fail(0, 0, error);
            // Without a header the first row is already data.
            bool haveRow = !detection.hasHeader || rows->next();
            qint64 sinceProgress = 0;
            bool rerun = false;
            while (haveRow) {
                if (rows->cellCount() != width) {
                    // A lone empty cell is a blank line: ignore it.
                    if (!(rows->cellCount() == 1 && rows->cell(0).isEmpty()))
                        return fail(rows->line(), qMin(rows->cellCount(), width) + 1,
                                    tr("expected %1 fields as in the header, found %2").arg(width).arg(rows->cellCount()));
                } else {
                    QVarLengthArray<QByteArrayView, 64> cells;
                    for (qsizetype k = 0; k < plainColumns; ++k)
                        cells.append(rows->cell(plan.sourceColumn.at(k)));
                    for (const ColumnPlan::Part &p : plan.parts)
                        cells.append(splitPart(rows->cell(p.column), p.separator, p.index, p.count));
                    if (!writer.add(rows->line(), cells, plan.sourceColumn, &counts, &rowError)) {
                        if (!writer.needsRerun())
                            return fail(rowError.line, rowError.column, rowError.message);
                        rerun = true;
                        break;
                    }
                }
                if (++sinceProgress == 4096) {
                    sinceProgress = 0;
                    if (checkCancel())
                        break;
                    if (m_progress)
                        m_progress(rows->position(), size);
                }
                haveRow = rows->next();
            }
            if (!rerun)
                break;
            qCDebug(lcStore).noquote() << result.name << "dates are month first: taking its rows again";
            orders = writer.dateOrders();
            counts = {};
            if (!d->db.exec("ROLLBACK TO rows", &error) || !file.seek(0))
                return fail(0, 0, error.isEmpty() ? file.errorString() : error);
            rows = openCsvRows(&file, head, ownName, overrides, nullptr, &error);
            if (!rows || !rows->next())
                return fail(0, 0, error);
        }
        if (!cancelled) {
            if (const auto e = rows->error())
                return fail(e->line, e->column, e->message);
            if (!writer.flush(&counts, &rowError))
                return fail(rowError.line, rowError.column, rowError.message);
            if (!writer.checkDates(&rowError)) {
                result.error.dateOrderNeeded = true;
                return fail(rowError.line, rowError.column, rowError.message);
            }
            // What these rows mean for other datasets, in the same transaction.
            QString why;
            if (spec && !spec->deletes.isEmpty()
                && !markDeletedRecords(d->db, *spec, datasetName, result.fileId, seq, &result.markedDeleted, &why))
                return fail(0, 0, why);
            if (spec && spec->deletable
                && !markKnownDeletions(d->db, *spec, datasetName, result.fileId, seq, &result.markedDeleted, &why))
                return fail(0, 0, why);
            if (datasetName == QLatin1StringView(SubscriberStatusDataset)
                && !updateSubscriberStatus(d->db, result.fileId, seq, &why))
                return fail(0, 0, why);
        }
        qCDebug(lcStore).noquote() << result.name << dialect;
    }
    result.rowsRead = counts.read;
    result.inserted = counts.inserted;
    result.updated = counts.updated;
    result.unchanged = counts.read - counts.inserted - counts.updated;
    if (cancelled || checkCancel()) {
        result.state = ImportResult::State::Cancelled;
        result.error = {0, 0, tr("cancelled")};
        return result; // the transaction rolls back
    }
    if (!hashNow())
        return fail(0, 0, tr("cannot read the file: %1").arg(file.errorString()));
    {
        // An earlier attempt that could not even download this file is settled now.
        sql::Statement settled;
        if (settled.prepare(d->db, "DELETE FROM files WHERE name = ? AND size = ? AND modified = ? AND sha256 = '' "
                                   "AND state = 'failed'", &error)) {
            settled.bindText(1, result.name);
            settled.bindInt(2, size);
            settled.bindText(3, mtime);
            settled.step();
        }
    }
    sql::Statement finish;
    if (!finish.prepare(d->db, "UPDATE files SET dataset = ?, rows_read = ?, rows_inserted = ?, rows_updated = ?, "
                               "sha256 = ? WHERE id = ?", &error))
        return fail(0, 0, error);
    finish.bindText(1, result.datasets.join(u','));
    finish.bindInt(2, result.rowsRead);
    finish.bindInt(3, result.inserted);
    finish.bindInt(4, result.updated);
    finish.bindText(5, result.sha256);
    finish.bindInt(6, result.fileId);
    if (finish.step() != SQLITE_DONE)
        return fail(0, 0, d->db.lastError());
    sql::Statement counter;
    if (!counter.prepare(d->db, "UPDATE change_counter SET value = ? WHERE id = 1", &error))
        return fail(0, 0, error);
    counter.bindInt(1, seq);
    if (counter.step() != SQLITE_DONE || !tx.commit(&error))
        return fail(0, 0, error.isEmpty() ? d->db.lastError() : error);
    if (m_progress)
        m_progress(size, size);
    result.state = ImportResult::State::Imported;
    return result;
}

} // namespace wb
