// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportDefinition.h"

#include <QList>
#include <QString>

#include <optional>

namespace wb {

class Workspace;

// A saved export and where its increments have got to.
struct ExportRecord
{
    qint64 id = 0;
    ExportDefinition definition;
    qint64 lastRow = 0; // created-since watermark: the last _row delivered
    qint64 lastSeq = 0; // changed-since watermark: the last change number delivered
    QString createdAt;
    QString updatedAt;
};

// One run of an export: states pending, running, completed, failed.
struct RunRecord
{
    qint64 id = 0;
    qint64 exportId = 0;
    QString exportName;
    QString state;
    QString trigger;   // "manual", "schedule" or "redelivery"
    qint64 redeliveryOf = 0;
    QString startedAt; // UTC ISO 8601
    QString finishedAt;
    qint64 fromRow = 0, toRow = 0; // (fromRow, toRow] of _row
    qint64 fromSeq = 0, toSeq = 0; // (fromSeq, toSeq] of _seq
    qint64 rows = 0;
    qint64 bytes = 0;
    QString fileName;  // as delivered (empty when there was nothing to send)
    QString location;  // the folder, or sftp://connection/folder
    QString sha256;    // of the delivered file
    QString error;

    qint64 durationMs() const;
};

// Export definitions and their run history, in the workspace (QtSql).
class ExportStore
{
public:
    explicit ExportStore(Workspace &workspace) : m_workspace(workspace) {}

    // Adds the definition, or replaces the one with its name (its watermark stays).
    bool save(const ExportDefinition &definition, QString *error);
    // Keeps the export's history, watermark and schedule: they are the export's, not its name's.
    bool rename(const QString &from, const QString &to, QString *error);
    bool remove(const QString &name, QString *error);
    std::optional<ExportRecord> find(const QString &name) const;
    QList<ExportRecord> list() const;

    // Newest first; empty name: every export's.
    QList<RunRecord> runs(const QString &exportName = QString()) const;
    std::optional<RunRecord> run(qint64 id) const;
    // Rewrites when a recorded run happened, the name and place of its file and its error
    // (id, startedAt, finishedAt, fileName, location, error). Runs are recorded at the time
    // they happen; the demo's history is made of real runs made in one go, then moved to the
    // days they stand for, and its server's runs to the place the demo cannot reach.
    bool restateRun(const RunRecord &run, QString *error);

private:
    Workspace &m_workspace;
};

} // namespace wb
