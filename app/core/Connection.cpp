// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Connection.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wb {

static QString tr(const char *text)
{
    return QCoreApplication::translate("wb::Connection", text);
}

QStringList Connection::problems() const
{
    QStringList out;
    static const QRegularExpression nameRx(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    if (!nameRx.match(name).hasMatch())
        out << tr("The name must start with a letter or digit and hold only letters, digits, '.', "
                  "'_' and '-' (at most 64).");
    if (host.trimmed().isEmpty())
        out << tr("The domain (host name) is empty.");
    else if (host.contains(u' ') || host.contains(u'/') || host.contains(u'@'))
        out << tr("The domain must be a host name or address only, without spaces, '/' or '@'.");
    if (port < 1 || port > 65535)
        out << tr("The port must be between 1 and 65535.");
    if (user.trimmed().isEmpty())
        out << tr("The username is empty.");
    if (keyFile.trimmed().isEmpty())
        out << tr("No private key file is chosen.");
    return out;
}

QString Connection::endpoint() const
{
    return port == 22 ? u"%1@%2"_s.arg(user, host) : u"%1@%2:%3"_s.arg(user, host).arg(port);
}

} // namespace wb
