// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace wb {

// Writes base.txt and base.json (making base's folder), each through QSaveFile.
bool writeReportPair(const QString &base, const QByteArray &text, const QByteArray &json,
                     QStringList *written, QString *error);

} // namespace wb
