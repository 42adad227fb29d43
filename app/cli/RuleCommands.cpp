// SPDX-License-Identifier: GPL-3.0-or-later
// writeback-cli connection rule add|list|remove
#include "Cli.h"

#include "core/ConnectionStore.h"
#include "core/IntakeRule.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("wb::cli", text, disambiguation);
}

QString ruleText(const IntakeRule &r)
{
    QStringList parts{r.pattern};
    if (r.subfolders > 0)
        parts << u"--subfolders %1"_s.arg(r.subfolders);
    if (!r.dataset.isEmpty())
        parts << u"--as "_s + r.dataset;
    if (r.dateOrder != DateOrder::Unknown)
        parts << u"--dates "_s + dateOrderName(r.dateOrder);
    if (r.separator)
        parts << u"--separator "_s + IntakeRule::separatorName(r.separator);
    if (!r.encoding.isEmpty())
        parts << u"--encoding "_s + r.encoding;
    if (r.hasHeader)
        parts << (*r.hasHeader ? u"--header yes"_s : u"--header no"_s);
    if (!r.headerMap.isEmpty())
        parts << u"--header-map "_s + (r.headerMapFile.isEmpty() ? u"-"_s : r.headerMapFile);
    parts << u"--after "_s + r.afterText();
    return parts.join(u"  "_s);
}

// The mappings under the rule's line, one a line.
void printHeaderMap(Context &ctx, const IntakeRule &r)
{
    for (const QString &line : r.headerMap.describe())
        ctx.out << u"     "_s << line << Qt::endl;
}

int add(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Adds an intake rule at the end of a connection's rules.\n\n"
           "writeback-cli connection rule add CONN --pattern GLOB [--as DATASET] [--subfolders N] "
           "[--dates day-first|month-first|year-first] [--separator comma|semicolon|tab|pipe] "
           "[--encoding NAME] [--header yes|no] [--header-map FILE] [--after keep|delete|archive=REMOTE_DIR]\n\n"
           "A fetch applies the first rule whose pattern matches a file; files no rule matches are "
           "recognised as ever. A pattern without '/' matches the file's name, one with '/' its path under "
           "the read path; '*' and '?' stop at '/', and case does not count. The header map is read now "
           "and kept with the rule (see docs/formats.md, \"Header maps\"); its file is not needed later."));
    p.addPositionalArgument(u"CONN"_s, tr("The connection."));
    const QCommandLineOption pattern(u"pattern"_s, tr("The files it applies to (a glob such as export_*.csv)."), u"GLOB"_s);
    const QCommandLineOption as(u"as"_s, tr("The dataset to take them into (default: recognised)."), u"DATASET"_s);
    const QCommandLineOption subfolders(u"subfolders"_s, tr("How many levels of subfolders to look in (default 0)."),
                                        u"N"_s, u"0"_s);
    const QCommandLineOption dates(u"dates"_s, tr("How their dates are written: day-first, month-first or year-first."),
                                   u"ORDER"_s);
    const QCommandLineOption after(u"after"_s, tr("What becomes of a file on the server once taken in: keep "
                                                  "(default), delete, or archive=REMOTE_DIR (relative to the read "
                                                  "path, made if missing)."),
                                   u"ACTION"_s, u"keep"_s);
    p.addOptions({pattern, as, subfolders, dates, after});
    p.addOptions(readOptionList());
    if (int rc = ctx.parse(p, args, 1, 1); rc >= 0)
        return rc;
    if (!p.isSet(pattern)) {
        ctx.err << tr("--pattern is required.") << Qt::endl;
        return Usage;
    }
    IntakeRule rule;
    rule.pattern = p.value(pattern);
    rule.dataset = p.value(as);
    bool depthOk = false;
    rule.subfolders = p.value(subfolders).toInt(&depthOk);
    if (!depthOk) {
        ctx.err << tr("--subfolders must be a number.") << Qt::endl;
        return Usage;
    }
    if (p.isSet(dates) && !dateOrderFromName(p.value(dates), &rule.dateOrder)) {
        ctx.err << tr("--dates must be day-first, month-first or year-first.") << Qt::endl;
        return Usage;
    }
    if (!IntakeRule::afterFromText(p.value(after), &rule.after, &rule.archiveDir)) {
        ctx.err << tr("--after must be keep, delete or archive=REMOTE_DIR.") << Qt::endl;
        return Usage;
    }
    ReadOptions read;
    if (!parseReadOptions(ctx, p, rule.dataset, &read))
        return Usage;
    rule.separator = read.separator;
    rule.encoding = read.encoding;
    rule.hasHeader = read.hasHeader;
    rule.headerMap = read.headerMap;
    rule.headerMapFile = read.headerMapFile;
    const QStringList problems = rule.problems();
    if (!problems.isEmpty()) {
        ctx.err << problems.join(u'\n') << Qt::endl;
        return Usage;
    }
    const auto c = ctx.connection(p.positionalArguments().first());
    if (!c)
        return Failed;
    rule.connectionId = c->id;
    QString error;
    if (!IntakeRuleStore(ctx.workspace).add(rule, &error)) {
        ctx.err << error << Qt::endl;
        return Failed;
    }
    ctx.out << tr("Added rule %1 to %2: %3").arg(c->rules.size() + 1).arg(c->name, ruleText(rule)) << Qt::endl;
    printHeaderMap(ctx, rule);
    return Ok;
}

int list(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Lists a connection's intake rules, in the order they are tried.\n\n"
                                   "writeback-cli connection rule list CONN [--json]"));
    p.addPositionalArgument(u"CONN"_s, tr("The connection."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    p.addOption(json);
    if (int rc = ctx.parse(p, args, 1, 1); rc >= 0)
        return rc;
    const auto c = ctx.connection(p.positionalArguments().first());
    if (!c)
        return Failed;
    if (p.isSet(json)) {
        QJsonArray arr;
        for (int i = 0; i < c->rules.size(); ++i) {
            const IntakeRule &r = c->rules.at(i);
            QJsonObject o{{u"index"_s, i + 1}, {u"pattern"_s, r.pattern}, {u"subfolders"_s, r.subfolders},
                          {u"dataset"_s, orNull(r.dataset)}, {u"dates"_s, orNull(dateOrderName(r.dateOrder))},
                          {u"after"_s, r.after == IntakeRule::After::Keep     ? u"keep"_s
                                       : r.after == IntakeRule::After::Delete ? u"delete"_s
                                                                               : u"archive"_s}};
            if (r.after == IntakeRule::After::Archive)
                o.insert(u"archive_dir"_s, r.archiveDir);
            o.insert(u"separator"_s, orNull(IntakeRule::separatorName(r.separator)));
            o.insert(u"encoding"_s, orNull(r.encoding));
            o.insert(u"header"_s, r.hasHeader ? QJsonValue(*r.hasHeader) : QJsonValue());
            if (!r.headerMap.isEmpty()) {
                QJsonArray mappings;
                for (const HeaderMapping &m : r.headerMap.mappings)
                    mappings.append(m.position > 0 ? QJsonObject{{u"position"_s, m.position}, {u"field"_s, m.field}}
                                                   : QJsonObject{{u"header"_s, m.header}, {u"field"_s, m.field}});
                o.insert(u"header_map"_s, QJsonObject{{u"file"_s, r.headerMapFile}, {u"mappings"_s, mappings}});
            }
            arr.append(o);
        }
        ctx.out << QJsonDocument(QJsonObject{{u"connection"_s, c->name}, {u"rules"_s, arr}})
                       .toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (c->rules.isEmpty()) {
        ctx.out << tr("%1 has no intake rules: every file is recognised by its name and header "
                      "(see: writeback-cli connection rule add --help).").arg(c->name) << Qt::endl;
        return Ok;
    }
    for (int i = 0; i < c->rules.size(); ++i) {
        ctx.out << (i + 1) << u"  "_s << ruleText(c->rules.at(i)) << Qt::endl;
        printHeaderMap(ctx, c->rules.at(i));
    }
    return Ok;
}

int remove(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Removes one of a connection's intake rules; the later ones move up.\n\n"
                                   "writeback-cli connection rule remove CONN INDEX"));
    p.addPositionalArgument(u"CONN"_s, tr("The connection."));
    p.addPositionalArgument(u"INDEX"_s, tr("The rule's number, as rule list shows it."));
    if (int rc = ctx.parse(p, args, 2, 2); rc >= 0)
        return rc;
    bool ok = false;
    const int index = p.positionalArguments().at(1).toInt(&ok);
    if (!ok) {
        ctx.err << tr("INDEX must be a rule's number, as rule list shows it.") << Qt::endl;
        return Usage;
    }
    const auto c = ctx.connection(p.positionalArguments().first());
    if (!c)
        return Failed;
    QString error;
    if (!IntakeRuleStore(ctx.workspace).remove(c->id, index, &error)) {
        ctx.err << error << Qt::endl;
        return Failed;
    }
    ctx.out << tr("Removed rule %1 of %2.").arg(index).arg(c->name) << Qt::endl;
    return Ok;
}

} // namespace

int ruleCommand(Context &ctx, const QStringList &args)
{
    return dispatchSubcommand(ctx, args, u"connection rule"_s, {{"add", add}, {"list", list}, {"remove", remove}},
                              tr("Usage: writeback-cli connection rule add|list|remove ...\n"
                                 "  add CONN --pattern GLOB [--as DATASET] [--subfolders N] "
                                 "[--dates day-first|month-first|year-first] [--separator SEP] [--encoding NAME] "
                                 "[--header yes|no] [--header-map FILE] [--after keep|delete|archive=REMOTE_DIR]\n"
                                 "  list CONN [--json]\n"
                                 "  remove CONN INDEX\n"
                                 "Each takes --help.\n"));
}

} // namespace wb::cli
