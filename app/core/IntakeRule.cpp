// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/IntakeRule.h"

#include "core/Workspace.h"
#include "csv/CsvDialect.h"
#include "formats/FormatSpec.h"
#include "store/Catalog.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::IntakeRule", text);
}

constexpr int MaxSubfolders = 8;

// A savepoint, not BEGIN: the GUI's writes already run in a transaction of their own
// (WorkspaceWrite), which a nested BEGIN would break; alone, it is a transaction itself.
class Savepoint
{
public:
    explicit Savepoint(QSqlDatabase db) : m_db(std::move(db)) { m_open = exec(u"SAVEPOINT intake_rules"_s); }
    ~Savepoint()
    {
        if (m_open)
            exec(u"ROLLBACK TO intake_rules"_s), exec(u"RELEASE intake_rules"_s);
    }
    bool isOpen() const { return m_open; }
    bool release()
    {
        m_open = !exec(u"RELEASE intake_rules"_s);
        return !m_open;
    }
    QString error() const { return m_error; }

private:
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (q.exec(sql))
            return true;
        m_error = q.lastError().text();
        return false;
    }

    QSqlDatabase m_db;
    QString m_error;
    bool m_open = false;
};

QRegularExpression globRegex(const QString &pattern)
{
    // '*' and '?' stop at '/', as in a shell.
    return QRegularExpression::fromWildcard(pattern, Qt::CaseInsensitive);
}

} // namespace

QStringList IntakeRule::problems() const
{
    QStringList out;
    int depth = 0;
    bool closed = true;
    for (QChar c : pattern) {
        if (c == u'[')
            closed = false, ++depth;
        else if (c == u']' && depth > 0)
            closed = true, --depth;
    }
    if (pattern.trimmed().isEmpty())
        out << tr("The pattern is empty.");
    else if (pattern.startsWith(u'/') || pattern.contains(u'\\') || pattern.split(u'/').contains(u".."_s)
             || pattern.endsWith(u'/'))
        out << tr("The pattern \"%1\" must be a file name pattern (such as *.csv), or a path under the read "
                  "path (such as */opens_*.csv), without '..', '\\' or a leading or trailing '/'.").arg(pattern);
    else if (!closed || !globRegex(pattern).isValid())
        out << tr("The pattern \"%1\" is not a valid glob: a '[' has no closing ']'.").arg(pattern);
    if (subfolders < 0 || subfolders > MaxSubfolders)
        out << tr("The subfolder depth must be between 0 and %1.").arg(MaxSubfolders);
    else if (pattern.count(u'/') > subfolders)
        out << tr("The pattern \"%1\" reaches %2 folder(s) down: set the subfolder depth to at least that.")
                   .arg(pattern).arg(pattern.count(u'/'));
    QString datasetError;
    if (!dataset.isEmpty() && !checkDatasetName(dataset, &datasetError))
        out << datasetError;
    if (separator && separatorName(separator).isEmpty())
        out << tr("The separator must be a comma, semicolon, tab or pipe.");
    if (!encoding.isEmpty() && !csv::encodingFromName(encoding))
        out << tr("Unknown encoding \"%1\": use utf-8, windows-1252, iso-8859-1, utf-16le or utf-16be.").arg(encoding);
    out << headerMapProblems(headerMap, dataset, headerMapFile);
    if (after == After::Archive) {
        if (archiveDir.trimmed().isEmpty())
            out << tr("archive= needs the folder on the server to move taken-in files to.");
        else if (archiveDir.contains(u'\\') || archiveDir.split(u'/').contains(u".."_s))
            out << tr("The archive folder \"%1\" must not hold '..' or '\\'.").arg(archiveDir);
    }
    return out;
}

bool IntakeRule::matches(const QString &relativePath) const
{
    const int depth = int(relativePath.count(u'/'));
    if (depth > subfolders)
        return false;
    const QString subject = pattern.contains(u'/') ? relativePath : relativePath.section(u'/', -1);
    return globRegex(pattern).match(subject).hasMatch();
}

QString IntakeRule::afterText() const
{
    switch (after) {
    case After::Keep: return u"keep"_s;
    case After::Delete: return u"delete"_s;
    case After::Archive: return u"archive="_s + archiveDir;
    }
    return u"keep"_s;
}

bool IntakeRule::afterFromText(const QString &text, After *after, QString *archiveDir)
{
    archiveDir->clear();
    if (text == u"keep"_s) {
        *after = After::Keep;
        return true;
    }
    if (text == u"delete"_s) {
        *after = After::Delete;
        return true;
    }
    if (text.startsWith(u"archive="_s)) {
        *after = After::Archive;
        *archiveDir = text.mid(8);
        while (archiveDir->size() > 1 && archiveDir->endsWith(u'/'))
            archiveDir->chop(1);
        return true;
    }
    return false;
}

QString IntakeRule::separatorName(char separator)
{
    switch (separator) {
    case ',': return u"comma"_s;
    case ';': return u"semicolon"_s;
    case '\t': return u"tab"_s;
    case '|': return u"pipe"_s;
    default: return {};
    }
}

bool IntakeRule::separatorFromName(const QString &name, char *separator)
{
    for (char c : {',', ';', '\t', '|'}) {
        if (name == separatorName(c) || name == QString(QLatin1Char(c)) || (c == '\t' && name == u"\\t"_s)) {
            *separator = c;
            return true;
        }
    }
    return false;
}

bool checkDatasetName(const QString &name, QString *error)
{
    if (findFormat(name))
        return true;
    const QString prefix = name.section(u'.', 0, 0);
    QStringList same;
    for (const FormatSpec &s : knownFormats())
        if (s.dataset.section(u'.', 0, 0) == prefix)
            same << s.dataset;
    if (name.contains(u'.') && !same.isEmpty()) {
        *error = QCoreApplication::translate("wb::IntakeRule", "There is no dataset \"%1\". Known ones of this platform: %2.").arg(name, same.join(u", "_s));
        return false;
    }
    if (!isValidDatasetName(name)) {
        *error = QCoreApplication::translate("wb::IntakeRule", "\"%1\" is not a valid dataset name: use lower-case letters, digits, '_' and at most one '.'.")
                     .arg(name);
        return false;
    }
    return true;
}

IntakeRuleStore::IntakeRuleStore(Workspace &workspace)
    : m_workspace(workspace)
{
}

QList<IntakeRule> IntakeRuleStore::list(qint64 connectionId) const
{
    QList<IntakeRule> out;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, pattern, subfolders, dataset, date_order, after, archive_dir, separator, encoding, "
              "header, header_map, header_map_file FROM intake_rules WHERE connection_id = ? ORDER BY position, id"_s);
    q.addBindValue(connectionId);
    if (!q.exec())
        return out;
    while (q.next()) {
        IntakeRule r;
        r.id = q.value(0).toLongLong();
        r.connectionId = connectionId;
        r.pattern = q.value(1).toString();
        r.subfolders = q.value(2).toInt();
        r.dataset = q.value(3).toString();
        dateOrderFromName(q.value(4).toString(), &r.dateOrder);
        const QString after = q.value(5).toString();
        r.after = after == u"delete"_s ? IntakeRule::After::Delete
                  : after == u"archive"_s ? IntakeRule::After::Archive
                                          : IntakeRule::After::Keep;
        r.archiveDir = q.value(6).toString();
        IntakeRule::separatorFromName(q.value(7).toString(), &r.separator);
        r.encoding = q.value(8).toString();
        const QString header = q.value(9).toString();
        if (!header.isEmpty())
            r.hasHeader = header == u"yes"_s;
        r.headerMap = HeaderMap::fromJson(q.value(10).toByteArray());
        r.headerMapFile = q.value(11).toString();
        out << r;
    }
    return out;
}

bool IntakeRuleStore::add(IntakeRule &rule, QString *error)
{
    const QStringList problems = rule.problems();
    if (!problems.isEmpty()) {
        *error = problems.join(u'\n');
        return false;
    }
    QSqlQuery q(m_workspace.database());
    q.prepare(u"INSERT INTO intake_rules (connection_id, position, pattern, subfolders, dataset, date_order, "
              "after, archive_dir, separator, encoding, header, header_map, header_map_file) "
              "VALUES (?, (SELECT COALESCE(MAX(position), 0) + 1 FROM intake_rules "
              "WHERE connection_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QString after = rule.after == IntakeRule::After::Delete    ? u"delete"_s
                          : rule.after == IntakeRule::After::Archive ? u"archive"_s
                                                                     : u"keep"_s;
    // A null QString binds as NULL, which the NOT NULL text columns refuse.
    const auto text = [](const QString &s) { return QVariant(s.isNull() ? u""_s : s); };
    for (const QVariant &v : {QVariant(rule.connectionId), QVariant(rule.connectionId), text(rule.pattern),
                              QVariant(rule.subfolders), text(rule.dataset), text(dateOrderName(rule.dateOrder)),
                              QVariant(after), text(rule.archiveDir), text(IntakeRule::separatorName(rule.separator)),
                              text(rule.encoding.isEmpty() ? QString() : csv::encodingKey(*csv::encodingFromName(rule.encoding))),
                              text(!rule.hasHeader ? QString() : *rule.hasHeader ? u"yes"_s : u"no"_s),
                              text(QString::fromUtf8(rule.headerMap.toJson())), text(rule.headerMapFile)})
        q.addBindValue(v);
    if (!q.exec()) {
        *error = QCoreApplication::translate("wb::IntakeRuleStore", "Could not save the rule: %1").arg(q.lastError().text());
        return false;
    }
    rule.id = q.lastInsertId().toLongLong();
    return true;
}

bool IntakeRuleStore::remove(qint64 connectionId, int index, QString *error)
{
    const QList<IntakeRule> rules = list(connectionId);
    if (index < 1 || index > rules.size()) {
        *error = rules.isEmpty() ? QCoreApplication::translate("wb::IntakeRuleStore", "The connection has no rules.")
                                 : QCoreApplication::translate("wb::IntakeRuleStore", "There is no rule %1: the connection's rules are numbered 1 to %2.")
                                       .arg(index).arg(rules.size());
        return false;
    }
    QSqlDatabase db = m_workspace.database();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM intake_rules WHERE id = ?"_s);
    q.addBindValue(rules.at(index - 1).id);
    bool ok = q.exec();
    // Numbered 1..n again, so that the numbers listed are the positions kept.
    for (int i = index; ok && i < rules.size(); ++i) {
        QSqlQuery renumber(db);
        renumber.prepare(u"UPDATE intake_rules SET position = ? WHERE id = ?"_s);
        renumber.addBindValue(i);
        renumber.addBindValue(rules.at(i).id);
        ok = renumber.exec();
    }
    if (!ok || !db.commit()) {
        *error = QCoreApplication::translate("wb::IntakeRuleStore", "Could not remove the rule: %1").arg(q.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

bool IntakeRuleStore::move(qint64 connectionId, int from, int to, QString *error)
{
    QList<IntakeRule> rules = list(connectionId);
    for (int index : {from, to}) {
        if (index < 1 || index > rules.size()) {
            *error = QCoreApplication::translate("wb::IntakeRuleStore", "There is no rule %1: the connection's rules are numbered 1 to %2.")
                         .arg(index).arg(rules.size());
            return false;
        }
    }
    rules.move(from - 1, to - 1);
    Savepoint savepoint(m_workspace.database());
    bool ok = savepoint.isOpen();
    QString why = savepoint.error();
    for (int i = 0; ok && i < rules.size(); ++i) {
        QSqlQuery q(m_workspace.database());
        q.prepare(u"UPDATE intake_rules SET position = ? WHERE id = ?"_s);
        q.addBindValue(i + 1);
        q.addBindValue(rules.at(i).id);
        if (!q.exec())
            ok = false, why = q.lastError().text();
    }
    if (ok && !savepoint.release())
        ok = false, why = savepoint.error();
    if (!ok)
        *error = QCoreApplication::translate("wb::IntakeRuleStore", "Could not move the rule: %1").arg(why);
    return ok;
}

bool IntakeRuleStore::replace(qint64 connectionId, QList<IntakeRule> &rules, QString *error)
{
    for (int i = 0; i < rules.size(); ++i) {
        const QStringList problems = rules.at(i).problems();
        if (!problems.isEmpty()) {
            *error = QCoreApplication::translate("wb::IntakeRuleStore", "Rule %1: %2").arg(i + 1).arg(problems.join(u' '));
            return false;
        }
    }
    Savepoint savepoint(m_workspace.database());
    if (!savepoint.isOpen()) {
        *error = QCoreApplication::translate("wb::IntakeRuleStore", "Could not save the rules: %1").arg(savepoint.error());
        return false;
    }
    QSqlQuery clear(m_workspace.database());
    clear.prepare(u"DELETE FROM intake_rules WHERE connection_id = ?"_s);
    clear.addBindValue(connectionId);
    if (!clear.exec()) {
        *error = QCoreApplication::translate("wb::IntakeRuleStore", "Could not save the rules: %1").arg(clear.lastError().text());
        return false;
    }
    // Through add(), so that whatever a rule holds is written as add() writes it.
    for (IntakeRule &rule : rules) {
        rule.connectionId = connectionId;
        rule.id = 0;
        if (!add(rule, error))
            return false;
    }
    if (!savepoint.release()) {
        *error = QCoreApplication::translate("wb::IntakeRuleStore", "Could not save the rules: %1").arg(savepoint.error());
        return false;
    }
    return true;
}

} // namespace wb
