// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/SubscriberStatus.h"

#include "formats/FormatSpec.h"
#include "store/Catalog.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace wb {

bool updateSubscriberStatus(sql::Database &db, qint64 fileId, qint64 seq, QString *error)
{
    Catalog catalog(db);
    const auto events = catalog.find(QString::fromLatin1(SubscriberStatusDataset), error);
    if (!events)
        return error->isEmpty();
    const QString name = QString::fromLatin1(SubscriberCurrentStatusDataset);
    const FormatSpec *spec = findDerived(name);
    const bool existed = catalog.find(name, error).has_value();
    const auto status = catalog.ensure(name, spec->vendor, spec->title, spec->fields, spec->naturalKey, error);
    if (!status)
        return false;

    // The addresses this file brought (all of them the first time, for events taken in before
    // the dataset existed), each with its deciding event.
    const QByteArray src = sql::quoteIdentifier(events->table);
    const QByteArray latest =
        "WITH touched AS (SELECT DISTINCT lower(trim(email_address)) AS e FROM " + src
        + " WHERE email_address IS NOT NULL" + (existed ? " AND _file = ?1" : "") + "), "
        "events AS (SELECT lower(trim(s.email_address)) AS e, "
        "CASE WHEN lower(s.activity_code) LIKE '%resubscribe%' THEN 0 "
        "WHEN lower(s.activity_code) LIKE '%unsubscribe%' THEN 1 END AS unsubscribed, "
        "s.date, s.activity_code, s.message_name, s._file, s._line FROM " + src + " AS s "
        "WHERE lower(trim(s.email_address)) IN (SELECT e FROM touched)), "
        "ranked AS (SELECT *, row_number() OVER (PARTITION BY e ORDER BY date DESC, unsubscribed DESC, "
        "activity_code, message_name, _file, _line) AS n FROM events WHERE unsubscribed IS NOT NULL) "
        "SELECT e, unsubscribed, date, activity_code, message_name, _file, _line FROM ranked WHERE n = 1";
    const QByteArray t = sql::quoteIdentifier(status->table);
    const KeySql key = keySqlFor(*status);
    sql::Statement q, update, insert;
    if (!q.prepare(db, latest, error)
        || !update.prepare(db, "UPDATE " + t + " SET _file = ?2, _line = ?3, "
                           "_seq = CASE WHEN _created_file = ?1 THEN _seq ELSE ?4 END, status = ?6, "
                           "unsubscribed = ?7, status_date = ?8, activity_code = ?9, message_name = ?10 WHERE "
                           + key.expressions.first() + " = ?5 AND " + key.condition + " AND (status IS NOT ?6 "
                           "OR status_date IS NOT ?8 OR activity_code IS NOT ?9 OR message_name IS NOT ?10)", error)
        || !insert.prepare(db, "INSERT OR IGNORE INTO " + t + " (_created_file, _file, _line, email_address, status, "
                           "unsubscribed, status_date, activity_code, message_name) VALUES (?1, ?2, ?3, ?5, ?6, ?7, "
                           "?8, ?9, ?10)", error))
        return false;
    if (existed)
        q.bindInt(1, fileId);
    for (int rc; (rc = q.step()) != SQLITE_DONE;) {
        if (rc != SQLITE_ROW) {
            *error = db.lastError();
            return false;
        }
        const bool unsubscribed = q.columnInt(1) == 1;
        for (sql::Statement *s : {&update, &insert}) {
            s->bindInt(1, fileId);
            s->bindInt(2, q.columnInt(5));
            s->bindInt(3, q.columnInt(6));
            s->bindInt(4, seq);
            s->bindText(5, q.columnText(0));
            s->bindText(6, unsubscribed ? u"unsubscribed"_s : u"subscribed"_s);
            s->bindInt(7, unsubscribed ? 1 : 0);
            for (int c = 2; c <= 4; ++c) {
                const QString v = q.columnText(c);
                if (v.isNull())
                    s->bindNull(c + 6);
                else
                    s->bindText(c + 6, v);
            }
        }
        // Changed, else new (a row there already and unchanged is ignored by the insert).
        if (update.step() != SQLITE_DONE) {
            *error = db.lastError();
            return false;
        }
        const bool changed = sqlite3_changes64(db.handle()) > 0;
        if (changed) {
            insert.reset();
            continue;
        }
        if (insert.step() != SQLITE_DONE) {
            *error = db.lastError();
            return false;
        }
    }
    return true;
}

} // namespace wb
