// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/FileHash.h"

#include "core/BlockingCalls.h"

#include <QCryptographicHash>
#include <QFile>

namespace wb {

QString sha256OfFile(const QString &path)
{
    BlockingCalls::note(BlockingCalls::Kind::FileRead, path);
    QFile f(path);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !sha.addData(&f))
        return {};
    return QString::fromLatin1(sha.result().toHex());
}

} // namespace wb
