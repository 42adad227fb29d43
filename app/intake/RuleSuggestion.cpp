// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/RuleSuggestion.h"

#include "formats/FormatSpec.h"
#include "store/DatasetStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QRegularExpression>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

// The importer's refusal (DatasetWriter::checkDates), by its context and source text; the
// test takes a real refusal through suggestRule(), so a change there shows here.
constexpr const char *DateOrderContext = "wb::DatasetWriter";
constexpr const char *DateOrderText = "column %1 (%2): \"%3\" could be day first or month first, and no date in this "
                                      "column shows which: set the date order of files like this one";

QRegularExpression templateRegex(const QString &text)
{
    QStringList parts;
    for (const QString &part : text.split(QRegularExpression(u"%\\d"_s)))
        parts << QRegularExpression::escape(part);
    return QRegularExpression(u"^"_s + parts.join(u".*"_s) + u"$"_s, QRegularExpression::DotMatchesEverythingOption);
}

// The message in the source language, the one in use, and every one the program carries: a
// file may have been fetched by a scheduled run under another language than the window's.
QList<QRegularExpression> dateOrderMessages()
{
    QStringList texts{QString::fromUtf8(DateOrderText), QCoreApplication::translate(DateOrderContext, DateOrderText)};
    QDirIterator qm(u":/i18n"_s, {u"*.qm"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (qm.hasNext()) {
        QTranslator translator;
        if (translator.load(qm.next()))
            texts << translator.translate(DateOrderContext, DateOrderText);
    }
    texts.removeAll(QString());
    texts.removeDuplicates();
    QList<QRegularExpression> out;
    for (const QString &text : std::as_const(texts))
        out << templateRegex(text);
    return out;
}

bool isSeparator(QStringView text)
{
    // "_", "-", ". ", or the "T" of "20261201T0930": what stands between a date's parts.
    if (text.size() == 1 && text.front().isLetter())
        return true;
    return text.size() <= 2 && std::none_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

QString globLiteral(QStringView text)
{
    QString out;
    for (QChar c : text) {
        if (c == u'*' || c == u'?' || c == u'[')
            out += u'[' + QString(c) + u']';
        else
            out += c;
    }
    return out;
}

} // namespace

QString patternForName(const QString &fileName)
{
    const QString name = fileName.section(u'/', -1);
    // ".csv", ".csv.gz", ".zip": kept whole, whatever digits they hold.
    static const QRegularExpression extension(uR"((\.(?:[A-Za-z][A-Za-z0-9]{0,4}|7z))+$)"_s);
    const QRegularExpressionMatch ext = extension.match(name);
    const qsizetype stemEnd = ext.hasMatch() && ext.capturedStart() > 0 ? ext.capturedStart() : name.size();
    const QStringView stem = QStringView(name).left(stemEnd);

    // Literal pieces, with an empty piece for each '*'.
    QList<QStringView> pieces;
    qsizetype literalFrom = 0;
    for (qsizetype i = 0; i < stem.size();) {
        if (!stem[i].isDigit()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < stem.size() && stem[end].isDigit())
            ++end;
        const bool inWord = i > 0 && stem[i - 1].isLetter() && !(i > 1 && stem[i - 2].isDigit());
        if (end - i >= 4 || !inWord) {
            if (i > literalFrom)
                pieces << stem.mid(literalFrom, i - literalFrom);
            pieces << QStringView();
            literalFrom = end;
        }
        i = end;
    }
    if (literalFrom < stem.size())
        pieces << stem.mid(literalFrom);
    // "*-*-*" is one date: one '*'.
    for (qsizetype i = 1; i + 1 < pieces.size();) {
        if (pieces[i - 1].isNull() && pieces[i + 1].isNull() && isSeparator(pieces[i]))
            pieces.remove(i, 2);
        else
            ++i;
    }
    QString out;
    for (QStringView piece : std::as_const(pieces))
        out += piece.isNull() ? u"*"_s : globLiteral(piece);
    return out + globLiteral(QStringView(name).mid(stemEnd));
}

bool isDateOrderMessage(const QString &message)
{
    static const QList<QRegularExpression> messages = dateOrderMessages();
    return std::any_of(messages.begin(), messages.end(),
                       [&](const QRegularExpression &re) { return re.match(message).hasMatch(); });
}

RuleSuggestion suggestRule(const FileRecord &failed)
{
    RuleSuggestion s;
    s.deliveredAs = failed.archiveName.isEmpty() ? failed.name : failed.archiveName;
    s.subfolders = int(s.deliveredAs.count(u'/'));
    s.pattern = patternForName(s.deliveredAs);
    s.datesNeeded = isDateOrderMessage(failed.error);
    if (!failed.dataset.isEmpty()) {
        // Recognised, and refused for something else (its dates): the rule keeps the dataset.
        if (!failed.dataset.contains(u','))
            s.dataset = failed.dataset;
        return s;
    }
    // Dataset names are never translated: an ambiguous file's are found in any language.
    QList<std::pair<qsizetype, QString>> named;
    for (const FormatSpec &spec : knownFormats()) {
        const QRegularExpression word(uR"((?<![\w.])%1(?![\w.]))"_s.arg(QRegularExpression::escape(spec.dataset)));
        if (const QRegularExpressionMatch m = word.match(failed.error); m.hasMatch())
            named.append({m.capturedStart(), spec.dataset});
    }
    std::sort(named.begin(), named.end());
    if (named.size() >= 2) {
        for (const auto &[at, dataset] : std::as_const(named))
            s.candidates << dataset;
        s.dataset = s.candidates.first();
    }
    return s;
}

} // namespace wb
