// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/LocalFileName.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb", text);
}

bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7f;
}

QString codePoint(char16_t c)
{
    return u"%1"_s.arg(uint(c), 4, 16, QChar(u'0')).toUpper();
}

// A message quotes the name it refuses; a control character from a server must not reach a
// terminal, a log or a mail as itself.
QString shown(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        if (isControl(c.unicode()))
            out += u"\\x%1"_s.arg(uint(c.unicode()), 2, 16, QChar(u'0'));
        else
            out += c;
    }
    return out;
}

qsizetype utf8Size(QStringView s)
{
    return s.toUtf8().size();
}

// The longest start of `s` within maxBytes of UTF-8; a surrogate pair stays whole.
QStringView cutToBytes(QStringView s, qsizetype maxBytes)
{
    qsizetype bytes = 0;
    qsizetype end = 0;
    while (end < s.size()) {
        const char16_t c = s[end].unicode();
        const bool pair =
            QChar::isHighSurrogate(c) && end + 1 < s.size() && s[end + 1].isLowSurrogate();
        const qsizetype size = pair ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        if (bytes + size > maxBytes)
            break;
        bytes += size;
        end += pair ? 2 : 1;
    }
    return s.left(end);
}

} // namespace

QString remoteFileNameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("the file name is empty");
    const QString quoted = shown(name);
    if (name == u"."_s || name == u".."_s)
        return tr("the name \"%1\" means a folder, not a file").arg(quoted);
    for (QChar c : name) {
        const char16_t u = c.unicode();
        if (isControl(u))
            return tr("the name \"%1\" holds a control character (U+%2)").arg(quoted, codePoint(u));
        if (u == u'/')
            return tr("the name \"%1\" holds \"/\", which separates folders").arg(quoted);
        if (u == u'\\')
            return tr("the name \"%1\" holds \"\\\", which separates folders on Windows")
                .arg(quoted);
        if (u == u':')
            return tr("the name \"%1\" holds \":\", which Windows reads as a drive or a stream of "
                      "another file")
                .arg(quoted);
        if (QStringView(u"*?\"<>|").contains(c))
            return tr("the name \"%1\" holds \"%2\", which Windows does not allow in file names")
                .arg(quoted, QString(c));
    }
    // Windows drops them when it creates the file, so the file would not have this name.
    if (name.endsWith(u'.'))
        return tr("the name \"%1\" ends with a dot, which Windows drops").arg(quoted);
    if (name.endsWith(u' '))
        return tr("the name \"%1\" ends with a space, which Windows drops").arg(quoted);
    if (isReservedDeviceName(name))
        return tr("the name \"%1\" is a reserved device name on Windows").arg(quoted);
    if (const qsizetype bytes = utf8Size(name); bytes > MaxFileNameBytes)
        return tr("the name \"%1\" is too long: %2 bytes in UTF-8, where a file name may have at "
                  "most %3")
            .arg(quoted, QString::number(bytes), QString::number(MaxFileNameBytes));
    return {};
}

bool isReservedDeviceName(const QString &name)
{
    // Windows looks at what comes before the first dot, without the spaces around it.
    const QString base = name.section(u'.', 0, 0).trimmed().toUpper();
    static const QStringList fixed{u"CON"_s, u"PRN"_s, u"AUX"_s, u"NUL"_s,
                                   u"CONIN$"_s, u"CONOUT$"_s};
    if (fixed.contains(base))
        return true;
    if (base.size() != 4 || !(base.startsWith(u"COM"_s) || base.startsWith(u"LPT"_s)))
        return false;
    const char16_t n = base.at(3).unicode();
    return (n >= u'0' && n <= u'9') || n == u'\u00B9' || n == u'\u00B2' || n == u'\u00B3';
}

QString localFileName(const QString &remoteName, qsizetype maxBytes, QString *problem)
{
    Q_ASSERT(maxBytes >= 64 && maxBytes <= MaxFileNameBytes);
    if (QString why = remoteFileNameProblem(remoteName); !why.isEmpty()) {
        if (problem)
            *problem = std::move(why);
        return {};
    }
    if (utf8Size(remoteName) <= maxBytes)
        return remoteName;
    // The extension says what the file holds; the stem can lose its end.
    const qsizetype dot = remoteName.lastIndexOf(u'.');
    const QString extension =
        dot > 0 && remoteName.size() - dot <= 16 ? remoteName.mid(dot) : QString();
    const QStringView stem = QStringView(remoteName).first(remoteName.size() - extension.size());
    QString local = cutToBytes(stem, maxBytes - utf8Size(extension)).toString();
    while (local.endsWith(u'.') || local.endsWith(u' '))
        local.chop(1);
    local += extension;
    // Cutting "CON   ...x.csv" leaves "CON.csv", and cutting "   ...x" leaves nothing.
    return local != extension && remoteFileNameProblem(local).isEmpty() ? local
                                                                        : u"file"_s + extension;
}

} // namespace wb
