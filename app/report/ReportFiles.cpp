// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportFiles.h"

#include "core/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb", text);
}

bool save(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrict(file) || file.write(data) != data.size()
        || !file.commit()) {
        *error = tr("Cannot write the report %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool writeReportPair(const QString &base, const QByteArray &text, const QByteArray &json,
                     QStringList *written, QString *error)
{
    // reports/<day>/: both levels are the app's own, and reports name people's runs.
    const QString folder = QFileInfo(base).absolutePath();
    if (!PrivateFiles::makePrivateFolder(QFileInfo(folder).absolutePath(), error)
        || !PrivateFiles::makePrivateFolder(folder, error))
        return false;
    const QString txt = base + u".txt"_s;
    const QString js = base + u".json"_s;
    if (!save(txt, text, error) || !save(js, json, error))
        return false;
    if (written)
        *written = {txt, js};
    return true;
}

} // namespace wb
