// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportRunner.h"

#include "core/FileHash.h"
#include "core/Log.h"
#include "core/PrivateFiles.h"
#include "core/ProcessOwner.h"
#include "core/Workspace.h"
#include "export/CsvFormatter.h"
#include "export/Delivery.h"
#include "export/DeliveryManifest.h"
#include "export/ExportQuery.h"
#include "export/ExportSource.h"
#include "export/FileCompression.h"
#include "store/DatasetStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::ExportRunner", text);
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Writes through to the file and hashes what is written, so the recorded hash is that of
// the bytes on disk without reading them back.
class HashingDevice final : public QIODevice
{
public:
    explicit HashingDevice(QFile *file) : m_file(file) { open(QIODevice::WriteOnly); }
    QByteArray result() const { return m_hash.result(); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override
    {
        m_hash.addData(QByteArrayView(data, len));
        return m_file->write(data, len);
    }

private:
    QFile *m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace

// The file's bytes on disk before its name is handed out: a power cut after the watermark
// moved must not leave an empty file behind.
bool syncToDisk(QFile &file)
{
#if defined(Q_OS_UNIX)
    return ::fsync(file.handle()) == 0;
#elif defined(Q_OS_WIN)
    return ::_commit(file.handle()) == 0; // FlushFileBuffers on the file's handle
#else
    return true;
#endif
}

// "opens_20261123.csv.gz" -> "opens_20261123_2.csv.gz"
QString withSequence(const QString &fileName, int sequence)
{
    qsizetype dot = fileName.lastIndexOf(u".csv"_s);
    if (dot < 0)
        dot = fileName.lastIndexOf(u'.');
    if (dot < 0)
        dot = fileName.size();
    return fileName.left(dot) + u"_%1"_s.arg(sequence) + fileName.mid(dot);
}

struct ExportRunner::Impl
{
    Q_DECLARE_TR_FUNCTIONS(wb::ExportRunner::Impl)

public:
    QString path;
    Workspace workspace;
    QString openError;
    ExportRunner::Checkpoint checkpointHook;
    static constexpr const char *FileDelivered = "file delivered";
    static constexpr const char *ManifestDelivered = "manifest delivered";

    bool exec(const QString &sqlText, const QVariantList &values, QString *error, QSqlQuery *out = nullptr)
    {
        QSqlQuery q(workspace.database());
        q.prepare(sqlText);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        if (out)
            *out = std::move(q);
        return true;
    }

    void fail(qint64 runId, const QString &reason)
    {
        QString ignored;
        exec(u"UPDATE export_runs SET state = 'failed', error = ?, finished_at = ? WHERE id = ?"_s,
             {reason, nowUtc(), runId}, &ignored);
    }

    // Completes the run and moves the watermark in one transaction. `note` is kept as the
    // run's error: what went wrong after its rows went (a manifest that did not follow).
    bool complete(const RunRecord &run, bool moveWatermark, QString *error, const QString &note = {})
    {
        QSqlDatabase db = workspace.database();
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        const bool ok = exec(u"UPDATE export_runs SET state = 'completed', finished_at = ?, error = ? WHERE id = ?"_s,
                             {nowUtc(), note.isNull() ? u""_s : note, run.id}, error) // a null QString binds NULL
                        && (!moveWatermark
                            || exec(u"UPDATE exports SET last_row = max(last_row, ?), last_seq = max(last_seq, ?) WHERE id = ?"_s,
                                    {run.toRow, run.toSeq, run.exportId}, error));
        if (!ok || !db.commit()) {
            if (error->isEmpty())
                *error = db.lastError().text();
            db.rollback();
            return false;
        }
        return true;
    }

    // The first name a run may deliver under: neither an earlier run at this location nor
    // anything in the folder has it. Empty, with *error, when none is free (or failOnTaken
    // and the first is taken) or the folder cannot be asked.
    QString freeName(Delivery &delivery, const QString &location, qint64 runId,
                     const std::function<QString(int)> &candidate, bool failOnTaken, QString *error,
                     bool withManifest = false)
    {
        for (int sequence = 1; sequence < 1000; ++sequence) {
            const QString name = candidate(sequence);
            QSqlQuery used(workspace.database());
            used.prepare(u"SELECT 1 FROM export_runs WHERE location = ? AND file_name = ? AND id <> ? LIMIT 1"_s);
            used.addBindValue(location);
            used.addBindValue(name);
            used.addBindValue(runId);
            bool taken = used.exec() && used.next();
            if (!taken) {
                taken = delivery.exists(name, error);
                if (!error->isEmpty())
                    return {};
                // The manifest is delivered under the file's name too, and never overwrites.
                if (!taken && withManifest)
                    taken = delivery.exists(DeliveryManifest::nameFor(name), error);
                if (!error->isEmpty())
                    return {};
            }
            if (!taken)
                return name;
            if (failOnTaken) {
                *error = tr("%1 was delivered before and the export is set not to add a number; nothing was "
                            "delivered.").arg(name);
                return {};
            }
        }
        *error = tr("No free file name is left for this run.");
        return {};
    }

    // Delivers the staged file, then its staged manifest if it has one, and settles the run.
    // Once the file is at its final name the run never fails: the rows went, and saying
    // otherwise would send them again.
    bool settleDelivery(Delivery &delivery, const QString &temp, const QString &fileName, RunResult &result,
                        bool local, bool moveWatermark = true)
    {
        QString error;
        switch (delivery.deliver(temp, fileName, &error)) {
        case Delivery::Outcome::NotDelivered:
            QFile::remove(temp);
            QFile::remove(manifestTempFor(temp));
            fail(result.runId, error);
            result.error = error;
            return false;
        case Delivery::Outcome::Unknown:
            // Left running without an owner: the next run asks the destination first.
            exec(u"UPDATE export_runs SET owner = '' WHERE id = ?"_s, {result.runId}, &error);
            result.error = tr("The server did not confirm that %1 arrived. The next run checks for it before "
                              "sending anything.").arg(fileName);
            return false;
        case Delivery::Outcome::Delivered:
            break;
        }
        checkpoint(FileDelivered);
        QString ignored;
        for (int attempt = 0; attempt < 3 && !exec(u"UPDATE export_runs SET delivered = 1 WHERE id = ?"_s,
                                                   {result.runId}, &ignored); ++attempt)
            QThread::msleep(1000);
        // Before the run is completed: a run killed in between is still open, and recovery
        // delivers the manifest it finds staged.
        const QString note = deliverStagedManifest(delivery, temp, fileName, result.runId);
        if (!note.isEmpty())
            result.error = note;
        checkpoint(ManifestDelivered);
        archive(local ? QDir(delivery.stagingFolder()).filePath(fileName) : temp, result.runId, fileName, !local);
        const auto run = ExportStore(workspace).run(result.runId);
        if (!run || !complete(*run, moveWatermark, &error, note)) {
            exec(u"UPDATE export_runs SET owner = '' WHERE id = ?"_s, {result.runId}, &ignored);
            qCWarning(lcStore).noquote() << "run" << result.runId << "delivered" << fileName
                                         << "but is not recorded as completed yet:" << error;
        }
        result.state = u"completed"_s;
        return true;
    }

    // A run's manifest is staged beside its file's temporary one before the file is
    // delivered, and delivered after it: a manifest there means its file is complete, and a
    // run killed in between leaves the manifest for recovery to deliver.
    static QString manifestTempFor(const QString &fileTemp)
    {
        return fileTemp.endsWith(u".part"_s) ? fileTemp.chopped(5) + u".manifest.part"_s : QString();
    }

    bool stageManifest(const QString &fileTemp, const DeliveryManifest &manifest, QString *error)
    {
        const QString temp = manifestTempFor(fileTemp);
        QFile file(temp);
        const QByteArray json = manifest.toJson();
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || !PrivateFiles::restrict(file)
            || file.write(json) != json.size() || !file.flush() || !syncToDisk(file)) {
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(temp), file.errorString());
            file.close();
            QFile::remove(temp);
            return false;
        }
        return true;
    }

    // Delivers the manifest staged for the file, if there is one. The rows went already, so a
    // manifest that cannot follow leaves the run completed: the returned reason is kept as its
    // error. Empty when it was delivered (or there was none).
    QString deliverStagedManifest(Delivery &delivery, const QString &fileTemp, const QString &fileName, qint64 runId)
    {
        const QString temp = manifestTempFor(fileTemp);
        if (temp.isEmpty() || !QFile::exists(temp))
            return {};
        const QString name = DeliveryManifest::nameFor(fileName);
        QString error;
        switch (delivery.deliver(temp, name, &error)) {
        case Delivery::Outcome::Delivered:
            break;
        case Delivery::Outcome::NotDelivered:
            // Killed after the rename but before the staged copy went: the manifest there is
            // this one if its bytes are.
            if (const QString mine = sha256OfFile(temp); !mine.isEmpty()) {
                QString ignored;
                if (delivery.sha256Of(name, &ignored) == mine)
                    error.clear();
            }
            break;
        case Delivery::Outcome::Unknown:
            error = tr("The server did not confirm that %1 arrived.").arg(name);
            break;
        }
        QFile::remove(temp); // an upload leaves its local copy
        if (error.isEmpty())
            return {};
        const QString reason = tr("%1 was delivered, but its manifest was not: %2").arg(fileName, error);
        qCWarning(lcStore).noquote() << "run" << runId << reason;
        return reason;
    }

    void checkpoint(const char *where) const
    {
        if (checkpointHook)
            checkpointHook(QLatin1StringView(where));
    }

    QString archiveFolder(qint64 runId) const
    {
        return QFileInfo(path).absolutePath() + u"/deliveries/%1"_s.arg(runId);
    }

    // Keeps the delivered bytes for "re-deliver": a hard link where the folder allows it.
    void archive(const QString &deliveredOrStaged, qint64 runId, const QString &fileName, bool move)
    {
        const QString folder = archiveFolder(runId);
        QString error;
        if (!PrivateFiles::makePrivateFolder(QFileInfo(folder).absolutePath(), &error)
            || !PrivateFiles::makePrivateFolder(folder, &error)) {
            qCWarning(lcStore).noquote() << "cannot keep a copy of" << fileName << "for re-delivery:" << error;
            return;
        }
        const QString target = folder + u'/' + fileName;
        if (move && QFile::rename(deliveredOrStaged, target))
            return;
#ifdef Q_OS_UNIX
        if (::link(QFile::encodeName(deliveredOrStaged).constData(), QFile::encodeName(target).constData()) == 0)
            return;
#endif
        if (!QFile::copy(deliveredOrStaged, target))
            qCWarning(lcStore).noquote() << "cannot keep a copy of" << fileName << "for re-delivery";
        PrivateFiles::restrictFile(target);
        if (move)
            QFile::remove(deliveredOrStaged);
    }
};

ExportRunner::ExportRunner(QString workspacePath) : d(std::make_unique<Impl>())
{
    d->path = std::move(workspacePath);
    if (d->workspace.open(d->path, &d->openError)) {
        // The run's bookkeeping decides what is sent again after a power cut: make each of
        // its commits durable, not just the WAL's order.
        QSqlQuery(d->workspace.database()).exec(u"PRAGMA synchronous=FULL"_s);
    }
}

ExportRunner::~ExportRunner() = default;

void ExportRunner::setCheckpoint(Checkpoint checkpoint)
{
    d->checkpointHook = std::move(checkpoint);
}

QList<qint64> ExportRunner::recoverRuns()
{
    QList<qint64> settled;
    if (!d->workspace.isOpen())
        return settled;
    ExportStore store(d->workspace);
    struct Open
    {
        qint64 id;
        QString owner;
        QDateTime started;
        QString tempName;
        bool delivered;
    };
    QList<Open> open;
    {
        QSqlQuery q(d->workspace.database());
        q.setForwardOnly(true);
        if (q.exec(u"SELECT id, owner, started_at, temp_name, delivered FROM export_runs WHERE state IN ('pending', 'running')"_s))
            while (q.next())
                open << Open{q.value(0).toLongLong(), q.value(1).toString(),
                             QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs), q.value(3).toString(),
                             q.value(4).toBool()};
    }
    for (const Open &o : std::as_const(open)) {
        if (!holderIsStale(o.owner, o.started))
            continue;
        const auto run = store.run(o.id);
        const auto exp = run ? store.find(run->exportName) : std::nullopt;
        if (!run || !exp)
            continue;
        QString error;
        std::unique_ptr<Delivery> delivery = Delivery::create(exp->definition.destination, d->workspace, &error);
        bool delivered = o.delivered;
        if (!delivered && !run->fileName.isEmpty() && !run->sha256.isEmpty()) {
            // The run had recorded its file: if that file reached its final name, the rows
            // went and only the bookkeeping is missing. A destination that cannot be asked
            // now is asked again next time: guessing either way would lose or repeat rows.
            if (!delivery) {
                qCWarning(lcStore).noquote() << "run" << o.id << "cannot be settled yet:" << error;
                continue;
            }
            const QString sha = delivery->sha256Of(run->fileName, &error);
            if (!error.isEmpty()) {
                qCWarning(lcStore).noquote() << "run" << o.id << "cannot be settled yet:" << error;
                continue;
            }
            delivered = sha == run->sha256;
        }
        if (delivered) {
            // A manifest still staged did not follow its file: it goes now, before the run is
            // completed, or the receiving side would wait for it for ever.
            const QString note = delivery ? d->deliverStagedManifest(*delivery, o.tempName, run->fileName, o.id)
                                          : QString();
            const bool staged = !o.tempName.isEmpty() && QFile::exists(o.tempName);
            const bool local = exp->definition.destination.type == Destination::Type::Local;
            if (staged)
                d->archive(o.tempName, o.id, run->fileName, true);
            else if (local && delivery)
                d->archive(QDir(delivery->stagingFolder()).filePath(run->fileName), o.id, run->fileName, false);
            if (d->complete(*run, run->trigger != u"redelivery"_s, &error, note)) {
                settled << o.id;
                qCInfo(lcStore).noquote() << "run" << o.id << "of" << run->exportName << "had delivered; completed now";
            }
            continue;
        }
        if (!o.tempName.isEmpty()) {
            QFile::remove(o.tempName);
            QFile::remove(Impl::manifestTempFor(o.tempName));
        }
        d->fail(o.id, tr("Interrupted before the file was delivered; its rows go with the next run."));
        settled << o.id;
    }
    return settled;
}

RunResult ExportRunner::run(const QString &exportName, const QString &trigger)
{
    RunResult result;
    result.state = u"failed"_s;
    if (!d->workspace.isOpen()) {
        result.error = d->openError;
        return result;
    }
    recover();
    ExportStore store(d->workspace);
    const auto exp = store.find(exportName);
    if (!exp) {
        result.error = tr("There is no export named \"%1\".").arg(exportName);
        return result;
    }
    const ExportDefinition &def = exp->definition;
    QString error;
    const auto dataset = exportSource(DatasetStore(d->workspace), def);
    if (const QStringList problems = validateDefinition(def, dataset ? &*dataset : nullptr); !problems.isEmpty()) {
        // Recorded like any failed run: a scheduled run that cannot start must say why in the
        // history, not vanish.
        result.error = problems.join(u'\n');
        const QString now = nowUtc();
        QSqlQuery failed(d->workspace.database());
        if (d->exec(u"INSERT INTO export_runs (export_id, state, trigger, started_at, finished_at, from_row, to_row, "
                    "from_seq, to_seq, error) VALUES (?, 'failed', ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {exp->id, trigger, now, now, exp->lastRow, exp->lastRow, exp->lastSeq, exp->lastSeq, result.error},
                    &error, &failed))
            result.runId = failed.lastInsertId().toLongLong();
        return result;
    }

    // Claim the run and fix its bounds under the write lock: two runs of one export never
    // overlap, and the bounds are the watermark and what is committed now.
    sql::Database db;
    if (!db.open(d->path, &error)) {
        result.error = error;
        return result;
    }
    Cursor cursor{exp->lastRow, 0, exp->lastSeq, 0};
    const QDateTime started = QDateTime::currentDateTime();
    {
        if (!db.exec("BEGIN IMMEDIATE", &error)) {
            result.error = error;
            return result;
        }
        sql::Statement busy;
        busy.prepare(db, "SELECT id, owner FROM export_runs WHERE export_id = ? AND state IN ('pending', 'running')", &error);
        busy.bindInt(1, exp->id);
        if (busy.step() == SQLITE_ROW) {
            result.error = tr("The export %1 is running already (run %2, %3).")
                               .arg(exportName)
                               .arg(busy.columnInt(0))
                               .arg(ownerForPeople(busy.columnText(1)));
            busy.reset();
            db.exec("ROLLBACK", &error);
            return result;
        }
        busy.reset();
        sql::Statement wm;
        wm.prepare(db, "SELECT last_row, last_seq FROM exports WHERE id = ?", &error);
        wm.bindInt(1, exp->id);
        if (wm.step() == SQLITE_ROW) {
            cursor.fromRow = wm.columnInt(0);
            cursor.fromSeq = wm.columnInt(1);
        }
        wm.reset();
        sql::Statement ins;
        if (!ensureLookupIndex(db, def, *dataset, &error)
            || !currentBounds(db, dataset->table, &cursor.toRow, &cursor.toSeq, &error)
            || !ins.prepare(db, "INSERT INTO export_runs (export_id, state, trigger, started_at, from_row, to_row, "
                                "from_seq, to_seq, owner) VALUES (?, 'running', ?, ?, ?, ?, ?, ?, ?)", &error)) {
            db.exec("ROLLBACK", &error);
            result.error = error;
            return result;
        }
        ins.bindInt(1, exp->id);
        ins.bindText(2, trigger);
        ins.bindText(3, started.toUTC().toString(Qt::ISODateWithMs));
        ins.bindInt(4, cursor.fromRow);
        ins.bindInt(5, cursor.toRow);
        ins.bindInt(6, cursor.fromSeq);
        ins.bindInt(7, cursor.toSeq);
        ins.bindText(8, thisProcessOwner());
        if (ins.step() != SQLITE_DONE || !db.exec("COMMIT", &error)) {
            result.error = error.isEmpty() ? db.lastError() : error;
            db.exec("ROLLBACK", &error);
            return result;
        }
        result.runId = sqlite3_last_insert_rowid(db.handle());
    }
    const auto failWith = [&](const QString &reason) {
        d->fail(result.runId, reason);
        result.error = reason;
        return result;
    };

    std::unique_ptr<Delivery> delivery = Delivery::create(def.destination, d->workspace, &error);
    if (!delivery)
        return failWith(error);
    delivery->setCancelFlag(m_cancel);
    result.location = delivery->location();

    ExportQuery query;
    qint64 total = 0;
    if (!query.prepare(db, def, *dataset, cursor, &error) || (total = query.count(db, &error)) < 0)
        return failWith(error);
    if (total == 0) {
        // Nothing new: no file, and a completed run that says so.
        const auto run = store.run(result.runId);
        if (!run || !d->complete(*run, true, &error))
            return failWith(error);
        result.state = u"completed"_s;
        return result;
    }

    // Write under a temporary name in the staging folder.
    const QString temp = QDir(delivery->stagingFolder()).filePath(u".writeback-run-%1.part"_s.arg(result.runId));
    QString ignored;
    d->exec(u"UPDATE export_runs SET temp_name = ? WHERE id = ?"_s, {temp, result.runId}, &ignored);
    QByteArray sha;
    {
        QFile file(temp);
        // Owner-only from the start: the kept copy under deliveries/ is this file (a hard link
        // where it can be), and a local destination's file is it too.
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || !PrivateFiles::restrict(file))
            return failWith(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(temp), file.errorString()));
        HashingDevice hashing(&file);
        const QString entry = def.fileNameFor(started, 1).section(u'.', 0, -2); // the .csv inside a zip
        auto writer = CompressedWriter::create(def.file.compression, &hashing,
                                               def.file.compression == Compression::Zip ? entry : QString());
        const CsvFormatter formatter(def.format, query.types);
        QByteArray buffer = formatter.bom();
        buffer.reserve(1 << 20);
        if (def.format.headerRow) {
            QStringList headers;
            for (const ExportColumn &c : def.columns)
                headers << c.header;
            formatter.appendHeader(buffer, headers);
        }
        qint64 rows = 0;
        bool ok = true;
        while (query.next()) {
            formatter.appendRow(buffer, query.cells());
            ++rows;
            if (buffer.size() >= (1 << 20) - 4096) {
                ok = writer->write(buffer);
                buffer.truncate(0);
                if (!ok)
                    break;
                if (m_cancel && m_cancel->load()) {
                    file.close();
                    QFile::remove(temp);
                    return failWith(tr("Cancelled; nothing was delivered."));
                }
                if (m_progress)
                    m_progress(rows, total);
            }
        }
        if (!query.error().isEmpty()) {
            file.close();
            QFile::remove(temp);
            return failWith(tr("Reading the dataset failed: %1").arg(query.error()));
        }
        ok = ok && writer->write(buffer) && writer->finish() && file.flush() && syncToDisk(file);
        if (!ok) {
            const QString reason = writer->errorString().isEmpty() ? file.errorString() : writer->errorString();
            file.close();
            QFile::remove(temp);
            return failWith(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(temp), reason));
        }
        file.close();
        result.rows = rows;
        result.bytes = QFileInfo(temp).size();
        sha = hashing.result().toHex();
    }

    const QString fileName = d->freeName(*delivery, result.location, result.runId,
                                         [&](int sequence) { return def.fileNameFor(started, sequence); },
                                         def.file.collision == NameCollision::Fail, &error, def.file.manifest);
    if (fileName.isEmpty()) {
        QFile::remove(temp);
        return failWith(error);
    }
    // Record what is about to be delivered: after a crash, recover() finds the file by this
    // name and hash and completes the run instead of sending its rows again.
    if (!d->exec(u"UPDATE export_runs SET file_name = ?, location = ?, sha256 = ?, rows = ?, bytes = ? WHERE id = ?"_s,
                 {fileName, result.location, QString::fromLatin1(sha), result.rows, result.bytes, result.runId}, &error)) {
        QFile::remove(temp);
        return failWith(error);
    }
    result.fileName = fileName;
    if (def.file.manifest) {
        DeliveryManifest m;
        m.exportName = def.name;
        m.runId = result.runId;
        m.fileName = fileName;
        m.size = result.bytes;
        m.sha256 = QString::fromLatin1(sha);
        m.rows = result.rows;
        m.fromRow = cursor.fromRow;
        m.toRow = cursor.toRow;
        m.fromSeq = cursor.fromSeq;
        m.toSeq = cursor.toSeq;
        m.watermarkRowBefore = cursor.fromRow;
        m.watermarkSeqBefore = cursor.fromSeq;
        m.watermarkRowAfter = std::max(cursor.fromRow, cursor.toRow); // as complete() moves it
        m.watermarkSeqAfter = std::max(cursor.fromSeq, cursor.toSeq);
        m.definitionSha256 = DeliveryManifest::definitionHash(def);
        m.createdAt = QDateTime::currentDateTimeUtc();
        if (!d->stageManifest(temp, m, &error)) {
            QFile::remove(temp);
            return failWith(error);
        }
    }
    if (!d->settleDelivery(*delivery, temp, fileName, result, def.destination.type == Destination::Type::Local))
        return result;
    if (m_progress)
        m_progress(total, total);
    return result;
}

RunResult ExportRunner::redeliver(qint64 runId)
{
    RunResult result;
    result.state = u"failed"_s;
    if (!d->workspace.isOpen()) {
        result.error = d->openError;
        return result;
    }
    ExportStore store(d->workspace);
    const auto original = store.run(runId);
    if (!original || original->state != u"completed"_s || original->fileName.isEmpty()) {
        result.error = tr("Run %1 is not a completed run with a file.").arg(runId);
        return result;
    }
    const auto exp = store.find(original->exportName);
    const QString kept = d->archiveFolder(runId) + u'/' + original->fileName;
    if (!exp || !QFile::exists(kept)) {
        result.error = tr("The file of run %1 is no longer kept; run the export instead.").arg(runId);
        return result;
    }
    QString error;
    std::unique_ptr<Delivery> delivery = Delivery::create(exp->definition.destination, d->workspace, &error);
    if (!delivery) {
        result.error = error;
        return result;
    }
    QSqlQuery ins;
    const QDateTime started = QDateTime::currentDateTime();
    if (!d->exec(u"INSERT INTO export_runs (export_id, state, trigger, redelivery_of, started_at, from_row, to_row, "
                 "from_seq, to_seq, rows, bytes, sha256, location, owner) "
                 "VALUES (?, 'running', 'redelivery', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                 {exp->id, runId, started.toUTC().toString(Qt::ISODateWithMs), original->fromRow, original->toRow,
                  original->fromSeq, original->toSeq, original->rows, original->bytes, original->sha256,
                  delivery->location(), thisProcessOwner()},
                 &error, &ins)) {
        result.error = error;
        return result;
    }
    result.runId = ins.lastInsertId().toLongLong();
    result.rows = original->rows;
    result.bytes = original->bytes;
    result.location = delivery->location();
    const auto failWith = [&](const QString &reason) {
        d->fail(result.runId, reason);
        result.error = reason;
        return result;
    };
    // A copy in the staging folder, delivered like a new file under the next free name.
    const QString temp = QDir(delivery->stagingFolder()).filePath(u".writeback-run-%1.part"_s.arg(result.runId));
    QFile::remove(temp);
    if (!QFile::copy(kept, temp))
        return failWith(tr("Cannot copy the kept file to %1.").arg(QDir::toNativeSeparators(temp)));
    PrivateFiles::restrictFile(temp);
    const QString fileName = d->freeName(*delivery, result.location, result.runId,
                                         [&](int sequence) { return withSequence(original->fileName, sequence); },
                                         false, &error, exp->definition.file.manifest);
    if (fileName.isEmpty() || !d->exec(u"UPDATE export_runs SET file_name = ?, temp_name = ? WHERE id = ?"_s,
                                       {fileName, temp, result.runId}, &error)) {
        QFile::remove(temp);
        return failWith(error);
    }
    result.fileName = fileName;
    if (exp->definition.file.manifest) {
        // The same rows and ranges as the run it repeats; the watermark does not move.
        DeliveryManifest m;
        m.exportName = exp->definition.name;
        m.runId = result.runId;
        m.redeliveryOf = runId;
        m.fileName = fileName;
        m.size = original->bytes;
        m.sha256 = original->sha256;
        m.rows = original->rows;
        m.fromRow = original->fromRow;
        m.toRow = original->toRow;
        m.fromSeq = original->fromSeq;
        m.toSeq = original->toSeq;
        m.watermarkRowBefore = m.watermarkRowAfter = exp->lastRow;
        m.watermarkSeqBefore = m.watermarkSeqAfter = exp->lastSeq;
        m.definitionSha256 = DeliveryManifest::definitionHash(exp->definition);
        m.createdAt = QDateTime::currentDateTimeUtc();
        if (!d->stageManifest(temp, m, &error)) {
            QFile::remove(temp);
            return failWith(error);
        }
    }
    d->settleDelivery(*delivery, temp, fileName, result, exp->definition.destination.type == Destination::Type::Local,
                      false);
    return result;
}

} // namespace wb
