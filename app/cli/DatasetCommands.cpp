// SPDX-License-Identifier: GPL-3.0-or-later
// writeback-cli dataset multi-value
#include "Cli.h"

#include "store/Catalog.h"
#include "store/Sqlite.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::cli", text);
}

// A platform's file says nothing of which columns hold several values, nor how they are
// joined (Actito's user chooses the separator per export): the user says it, once per dataset.
int multiValueCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Says that fields of a dataset hold several values, and how its files separate them (Actito's "
           "export setting \"Multi-value separator\"). The values already taken in are split too, and every "
           "later file's; an export then joins them with its own multi-value separator.\n\n"
           "writeback-cli dataset multi-value DATASET FIELD... (--separator SEP | --single)"));
    p.addPositionalArgument(u"dataset"_s, tr("The dataset, e.g. actito.profiles."));
    p.addPositionalArgument(u"fields"_s, tr("Its text fields that hold several values."), u"FIELD..."_s);
    const QCommandLineOption separator(u"separator"_s, tr("What the files write between two values."), u"SEP"_s);
    const QCommandLineOption single(u"single"_s, tr("The fields hold one value again (values are joined back)."));
    p.addOption(separator);
    p.addOption(single);
    if (int rc = ctx.parse(p, args, 2, -1); rc >= 0)
        return rc;
    if (p.isSet(separator) == p.isSet(single)) {
        ctx.err << tr("Give either --separator SEP or --single.") << Qt::endl;
        return Usage;
    }
    const QString sep = p.value(separator);
    if (p.isSet(separator) && !isValidMultiValueSeparator(sep)) {
        ctx.err << tr("The separator must be 1 to 8 characters, without line breaks.") << Qt::endl;
        return Usage;
    }
    if (!ctx.openWorkspace())
        return Failed;
    const QStringList positional = p.positionalArguments();
    const QString name = positional.first();
    sql::Database db;
    QString error;
    if (!db.open(ctx.workspace.path(), &error)) {
        ctx.err << error << Qt::endl;
        return Failed;
    }
    sql::Transaction tx(db);
    Catalog catalog(db);
    if (!tx.begin(&error)) {
        ctx.err << error << Qt::endl;
        return Failed;
    }
    const auto info = catalog.find(name, &error);
    if (!info) {
        ctx.err << (error.isEmpty() ? tr("There is no dataset \"%1\" (see: writeback-cli datasets).").arg(name) : error)
                << Qt::endl;
        return Failed;
    }
    for (const QString &field : positional.mid(1)) {
        const int at = info->indexOf(field);
        QStringList text;
        for (const FieldSpec &f : info->fields)
            if (f.type == FieldType::Text)
                text << f.name;
        if (at < 0 || info->fields.at(at).type != FieldType::Text) {
            ctx.err << tr("%1 has no text field \"%2\"; its text fields are %3.").arg(name, field, text.join(u", "_s))
                    << Qt::endl;
            return Failed;
        }
        if (!catalog.setMultiValue(*info, field, sep, &error)) {
            ctx.err << error << Qt::endl;
            return Failed;
        }
    }
    if (!tx.commit(&error)) {
        ctx.err << error << Qt::endl;
        return Failed;
    }
    const QString fields = positional.mid(1).join(u", "_s);
    ctx.out << (sep.isEmpty() ? tr("%1: %2 hold one value.").arg(name, fields)
                              : tr("%1: %2 hold several values, separated by \"%3\" in its files.").arg(name, fields, sep))
            << Qt::endl;
    return Ok;
}

} // namespace

int datasetCommand(Context &ctx, const QStringList &args)
{
    return dispatchSubcommand(ctx, args, u"dataset"_s, {{"multi-value", multiValueCommand}},
                              tr("Usage: writeback-cli dataset multi-value DATASET FIELD... (--separator SEP | --single)\n"));
}

} // namespace wb::cli
