// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/FieldType.h"
#include "formats/HeaderMap.h"
#include "intake/Archive.h"
#include "intake/RowSource.h"

#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace wb {

struct ImportRequest
{
    QString localPath;  // the file to read (for a fetch: the downloaded copy)
    QString name;       // its name as delivered; defaults to localPath's file name
    QString source = QStringLiteral("local"); // "local" or the connection's name
    QString origin;     // where it came from (remote path, or the local path)
    QDateTime modified; // as delivered; defaults to localPath's mtime
    QString dataset;    // forced dataset (--as); empty: recognise the format
    // The user's overrides of what sniffing finds in a CSV file (the preview's choices).
    QString encoding;   // --encoding; empty: UTF-8 (or UTF-16 with a byte-order mark)
    char delimiter = 0; // --delimiter; 0: sniffed
    std::optional<char> quote; // --quote; '\0' for none; unset: '"'
    // --header yes|no or a rule's: whether the first row is a header; unset: recognition
    // decides (a known format may come without one; a generic dataset has one).
    std::optional<bool> hasHeader;
    // --header-map or a rule's: their headers (or, without a header row, column positions) to
    // the dataset's fields (intake/ColumnPlan.h). Needs `dataset`.
    HeaderMap headerMap;
    // --dates or a rule's: how to read d/M and M/d dates; Unknown: the format's documented
    // order, else the file's own dates show it (a value read either way fails the file).
    DateOrder dateOrder = DateOrder::Unknown;
    // For a file inside an archive (the importer sets them): the archive as delivered.
    QString archiveName;
    qint64 archiveSize = 0;
    QDateTime archiveModified;
};

struct ImportResult
{
    enum class State { Imported, Skipped, Failed, Cancelled };
    State state = State::Failed;
    QString name;
    QString archive; // the .gz or .zip it was in; empty for a file delivered as is
    QStringList datasets;
    qint64 fileId = 0;
    qint64 rowsRead = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 markedDeleted = 0; // records of another dataset a deleted-records file marked deleted
    ImportError error; // when Failed
    QString sha256;

    QString stateName() const;
    // "opens.csv", or "archive.zip/opens.csv" for a file inside an archive: errors name it so.
    QString shownName() const;
};

// Takes files into the workspace exactly once. A file is identified by name, size, mtime and
// SHA-256; a file already taken in is skipped. Each file goes in inside one transaction: a
// failure (or a killed process) leaves none of its rows behind, and a failed file is recorded
// with its reason and tried again next time. Rows are matched on the format's natural key,
// so a row delivered again updates the stored one instead of duplicating it.
class Importer
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit Importer(QString workspacePath);
    ~Importer();

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Takes in one delivered file: the file itself, or each file inside it when it is a .gz or
    // a .zip (intake/ImportArchive.cpp), each file in its own transaction. One result a file.
    QList<ImportResult> importDelivery(const ImportRequest &request);
    // Takes in one file as it is, compressed or not.
    ImportResult importFile(const ImportRequest &request);
    // True when a file with this identity (without its hash) was taken in already, or an
    // archive with it all of whose files were: a fetch uses it to skip a download.
    bool alreadyImported(const QString &name, qint64 size, const QDateTime &modified);
    void setExpansionLimit(const ExpansionLimit &limit) { m_limit = limit; }
    // A file that could not even be downloaded goes in the ledger as failed too (without a
    // hash), so that `files` and the Data page show it; taking it in later clears the entry.
    void recordUnreadable(const ImportRequest &request, qint64 size, const QString &reason);

private:
    ImportResult takeIn(const ImportRequest &request);
    void recordFailure(const ImportRequest &request, const ImportResult &result);
    QList<ImportResult> importArchive(const ImportRequest &request, Archive::Kind kind);
    // Every file of the archive went in (or was in already).
    void recordArchive(const ImportRequest &request, qint64 size, int files);

    struct Impl;
    std::unique_ptr<Impl> d;
    const std::atomic_bool *m_cancel = nullptr;
    Progress m_progress;
    ExpansionLimit m_limit;
};

// How file times are stored in the ledger (UTC, seconds).
QString ledgerTime(const QDateTime &t);

} // namespace wb
