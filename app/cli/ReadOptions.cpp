// SPDX-License-Identifier: GPL-3.0-or-later
// --separator, --encoding, --header and --header-map, for import and connection rule add
#include "Cli.h"

#include "core/IntakeRule.h"
#include "csv/CsvDialect.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::cli", text);
}

const QString Separator = u"separator"_s;
const QString Encoding = u"encoding"_s;
const QString Header = u"header"_s;
const QString HeaderMapName = u"header-map"_s;

} // namespace

QList<QCommandLineOption> readOptionList()
{
    // --delimiter is import's older name for --separator.
    return {QCommandLineOption(QStringList{Separator, u"delimiter"_s},
                               tr("The field separator, when not the one detected: comma, semicolon, tab or pipe."),
                               u"SEP"_s),
            QCommandLineOption(Encoding, tr("The encoding, when not UTF-8: windows-1252, iso-8859-1, utf-16le or "
                                            "utf-16be (a byte-order mark always wins)."),
                               u"NAME"_s),
            QCommandLineOption(Header, tr("Whether the first row is a header: yes or no (default: detected; "
                                          "a header map naming only positions means no)."),
                               u"yes|no"_s),
            QCommandLineOption(HeaderMapName, tr("A CSV file of two columns, their header (or #position for a file "
                                                 "without a header row) and the dataset's field; needs --as."),
                               u"FILE"_s)};
}

bool parseReadOptions(Context &ctx, const QCommandLineParser &p, const QString &dataset, ReadOptions *out)
{
    if (p.isSet(Separator) && !IntakeRule::separatorFromName(p.value(Separator), &out->separator)) {
        ctx.err << tr("--separator must be comma, semicolon, tab or pipe.") << Qt::endl;
        return false;
    }
    if (p.isSet(Encoding)) {
        const auto encoding = csv::encodingFromName(p.value(Encoding));
        if (!encoding) {
            ctx.err << tr("--encoding must be utf-8, windows-1252, iso-8859-1, utf-16le or utf-16be.") << Qt::endl;
            return false;
        }
        out->encoding = csv::encodingKey(*encoding);
    }
    if (p.isSet(Header)) {
        const QString value = p.value(Header);
        if (value != u"yes"_s && value != u"no"_s) {
            ctx.err << tr("--header must be yes or no.") << Qt::endl;
            return false;
        }
        out->hasHeader = value == u"yes"_s;
    }
    if (p.isSet(HeaderMapName)) {
        const QString path = p.value(HeaderMapName);
        QStringList problems;
        out->headerMapFile = QFileInfo(path).fileName();
        // The lines that read well are checked against the dataset too: every problem at once.
        readHeaderMap(path, &out->headerMap, &problems);
        problems += headerMapProblems(out->headerMap, dataset, out->headerMapFile);
        if (!problems.isEmpty()) {
            ctx.err << problems.join(u'\n') << Qt::endl;
            return false;
        }
    }
    return true;
}

} // namespace wb::cli
