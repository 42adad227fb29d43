// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportStyle.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wb::reportformat {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::reportformat", text);
}

QLocale grouping(QLocale locale)
{
    locale.setNumberOptions(locale.numberOptions() &
                            ~QLocale::NumberOptions(QLocale::OmitGroupSeparator));
    return locale;
}

} // namespace

QString number(qint64 value, const QLocale &locale)
{
    return grouping(locale).toString(value);
}

QString bytes(qint64 value, const QLocale &locale)
{
    if (value < 1024)
        return number(value, locale);
    return u"%1 (%2)"_s.arg(number(value, locale),
                            locale.formattedDataSize(value, 1, QLocale::DataSizeIecFormat));
}

QString duration(qint64 ms, const QLocale &locale)
{
    if (ms < 60'000)
        return tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
    const qint64 seconds = ms / 1000;
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString localAndUtc(const QDateTime &utc, const QTimeZone &zone)
{
    const QDateTime local = utc.toTimeZone(zone);
    const int offset = local.offsetFromUtc();
    const QString sign = offset < 0 ? u"-"_s : u"+"_s;
    const int minutes = qAbs(offset) / 60;
    const QString zoneText = u"%1%2:%3"_s.arg(sign)
                                 .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                                 .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return u"%1 %2 (%3 UTC)"_s.arg(local.toString(u"yyyy-MM-dd HH:mm:ss"_s), zoneText,
                                   utc.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s));
}

QString isoUtc(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString aligned(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &[label, value] : rows)
        width = qMax(width, label.size() + 1);
    QString out;
    for (const auto &[label, value] : rows) {
        const QString head = QString(label + u':').leftJustified(width + 2);
        // Continuation lines of a value (several files) line up under its first line.
        out += head + QString(value).replace(u'\n', u'\n' + QString(head.size(), u' ')) + u'\n';
    }
    return out;
}

QString wrapped(const QString &text, const QString &indent, int width)
{
    QString out;
    const QStringList paragraphs = text.split(u'\n');
    for (const QString &paragraph : paragraphs) {
        QString line;
        const QStringList words = paragraph.split(u' ', Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (!line.isEmpty() && indent.size() + line.size() + 1 + word.size() > width) {
                out += indent + line + u'\n';
                line.clear();
            }
            line += (line.isEmpty() ? QString() : u" "_s) + word;
        }
        out += indent + line + u'\n';
    }
    return out;
}

QString indented(const QString &text, const QString &indent)
{
    QString out;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines)
        out += indent + line + u'\n';
    return out;
}

QString fileNamePart(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const bool safe = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                          (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-';
        out += safe ? c : u'_';
    }
    // A leading dot would hide the file; dots alone would name a folder.
    while (out.startsWith(u'.'))
        out[0] = u'_';
    return out.isEmpty() ? u"_"_s : out;
}

} // namespace wb::reportformat
