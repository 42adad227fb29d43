// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/Detect.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb", text);
}

struct Match
{
    const FormatSpec *spec = nullptr;
    QList<int> columnOf;
    int matched = 0;
    int missingRequired = 0;
    int extra = 0;
    bool nameMatches = false;
};

Match matchHeader(const FormatSpec &spec, const QString &fileName, const QHash<QString, int> &columns,
                  int columnCount)
{
    Match m;
    m.spec = &spec;
    for (const FieldSpec &field : spec.fields) {
        const int at = columns.value(looseName(field.header), -1);
        m.columnOf << at;
        if (at >= 0)
            ++m.matched;
        else if (!field.optional)
            ++m.missingRequired;
    }
    m.extra = columnCount - m.matched;
    m.nameMatches = spec.fileName.pattern().isEmpty() || spec.fileName.match(fileName).hasMatch();
    return m;
}

bool isCandidate(const Match &m)
{
    return m.missingRequired == 0 && (m.extra == 0 || m.spec->extraColumns);
}

QHash<QString, int> columnIndex(const QStringList &row)
{
    QHash<QString, int> out;
    for (int i = 0; i < row.size(); ++i)
        out.insert(looseName(row.at(i)), i);
    return out;
}

// A row is taken for data rather than a header when some cell is a number or a date.
bool looksLikeData(const QStringList &row)
{
    for (const QString &cell : row) {
        const QString c = cell.trimmed();
        if (c.isEmpty())
            continue;
        if (c.front().isDigit() && (c.toLongLong() != 0 || c.contains(u'-') || c.contains(u'/')
                                    || c.contains(u':') || c == u"0"_s))
            return true;
        if (c.contains(u'@'))
            return true;
    }
    return false;
}

} // namespace

Detection detectCsvHeader(const QString &fileName, const QStringList &firstRow)
{
    Detection d;
    const QString base = QFileInfo(fileName).fileName();
    const QHash<QString, int> columns = columnIndex(firstRow);
    QList<Match> candidates;
    for (const FormatSpec &spec : knownFormats()) {
        if (spec.kind != FormatSpec::Kind::Csv)
            continue;
        Match m = matchHeader(spec, base, columns, int(firstRow.size()));
        if (isCandidate(m))
            candidates << m;
    }
    // Most documented columns first; then a matching file name; then fewest unknown columns.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Match &a, const Match &b) {
        if (a.matched != b.matched)
            return a.matched > b.matched;
        if (a.nameMatches != b.nameMatches)
            return a.nameMatches;
        return a.extra < b.extra;
    });
    if (!candidates.isEmpty()) {
        const Match &best = candidates.first();
        QStringList tied;
        for (const Match &m : candidates)
            if (m.matched == best.matched && m.nameMatches == best.nameMatches && m.extra == best.extra)
                tied << m.spec->dataset;
        if (tied.size() > 1) {
            d.candidates = tied;
            d.error = tr("%1 has the columns of several formats (%2) and its name does not tell "
                         "which: choose one with \"Import as\" (CLI: --as DATASET).")
                          .arg(base, tied.join(u", "_s));
            return d;
        }
        d.spec = best.spec;
        d.columnOf = best.columnOf;
        return d;
    }
    d.error = tr("%1: the header matches no known format (it has: %2). Import it as a generic "
                 "CSV dataset with a name of your choice (CLI: --as NAME).")
                  .arg(base, firstRow.mid(0, 12).join(u", "_s) + (firstRow.size() > 12 ? u", ..."_s : QString()));
    return d;
}

Detection detectHeaderless(const QString &fileName, qsizetype columns)
{
    Detection d;
    const QString base = QFileInfo(fileName).fileName();
    for (const FormatSpec &spec : knownFormats()) {
        if (!spec.headerOptional || !spec.fileName.match(base).hasMatch() || columns != spec.fields.size())
            continue;
        d.spec = &spec;
        d.hasHeader = false;
        for (int i = 0; i < spec.fields.size(); ++i)
            d.columnOf << i;
        return d;
    }
    return d;
}

Detection detectCsv(const QString &fileName, const QStringList &firstRow)
{
    Detection d = detectCsvHeader(fileName, firstRow);
    if (d.spec || !d.candidates.isEmpty())
        return d;
    // Deployteq can switch headers off: then the name and the column count must both fit.
    if (looksLikeData(firstRow))
        if (Detection headerless = detectHeaderless(fileName, firstRow.size()); headerless.spec)
            return headerless;
    return d;
}

Detection matchCsvHeader(const FormatSpec &spec, const QString &fileName, const QStringList &firstRow)
{
    Detection d;
    d.spec = &spec;
    const QString base = QFileInfo(fileName).fileName();
    Match m = matchHeader(spec, base, columnIndex(firstRow), int(firstRow.size()));
    if (isCandidate(m)) {
        d.columnOf = m.columnOf;
        return d;
    }
    QStringList missing;
    for (int i = 0; i < spec.fields.size(); ++i)
        if (m.columnOf.at(i) < 0 && !spec.fields.at(i).optional)
            missing << spec.fields.at(i).header;
    d.spec = nullptr;
    d.error = tr("%1 is not a %2 file: it lacks the column(s) %3.")
                  .arg(base, spec.dataset, missing.join(u", "_s));
    return d;
}

Detection matchCsv(const FormatSpec &spec, const QString &fileName, const QStringList &firstRow)
{
    Detection d = matchCsvHeader(spec, fileName, firstRow);
    if (!d.spec && spec.headerOptional && firstRow.size() == spec.fields.size() && looksLikeData(firstRow)) {
        d = {};
        d.spec = &spec;
        d.hasHeader = false;
        for (int i = 0; i < spec.fields.size(); ++i)
            d.columnOf << i;
    }
    return d;
}

bool looksLikeCivitasJson(QByteArrayView head)
{
    qsizetype i = 0;
    if (head.startsWith("\xEF\xBB\xBF"))
        i = 3;
    while (i < head.size() && QChar::isSpace(uchar(head[i])))
        ++i;
    if (i >= head.size() || (head[i] != '{' && head[i] != '['))
        return false;
    return head.contains("outreachProperties") || head.contains("institutionPersonID")
           || head.contains("outreachMedium");
}

} // namespace wb
