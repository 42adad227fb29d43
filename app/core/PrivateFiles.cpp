// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace wb::PrivateFiles {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::PrivateFiles", text);
}

#ifndef Q_OS_WIN
constexpr QFileDevice::Permissions OwnerFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions OwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
#endif

} // namespace

bool makeFolders(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
#ifdef Q_OS_WIN
    if (QDir().mkpath(absolute))
        return true;
#else
    // Parent first, each missing level created with its mode at once: no moment in which a
    // folder is readable by others.
    QStringList missing;
    for (QString at = QDir::cleanPath(absolute); !QFileInfo::exists(at); at = QFileInfo(at).absolutePath()) {
        missing.prepend(at);
        if (QFileInfo(at).absolutePath() == at)
            break;
    }
    bool ok = true;
    for (const QString &folder : std::as_const(missing))
        ok = ok && (QDir().mkdir(folder, OwnerFolder) || QFileInfo(folder).isDir()); // a racing creator
    if (ok && QFileInfo(absolute).isDir())
        return true;
#endif
    *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(absolute));
    return false;
}

bool makePrivateFolder(const QString &path, QString *error)
{
    if (!makeFolders(path, error))
        return false;
#ifndef Q_OS_WIN
    if (!QFile::setPermissions(path, OwnerFolder)) {
        *error = tr("Cannot make the folder %1 private.").arg(QDir::toNativeSeparators(path));
        return false;
    }
#endif
    return true;
}

bool makePrivateFile(const QString &path, QString *error)
{
#ifndef Q_OS_WIN
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        // NewOnly: another process creating it at the same moment keeps its file.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerFile) && !QFileInfo::exists(path)) {
            *error = tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
    }
    if (!restrictFile(path)) {
        *error = tr("Cannot make %1 private.").arg(QDir::toNativeSeparators(path));
        return false;
    }
#else
    Q_UNUSED(path);
    Q_UNUSED(error);
#endif
    return true;
}

bool restrict(QFileDevice &file)
{
#ifdef Q_OS_WIN
    Q_UNUSED(file);
    return true;
#else
    return file.setPermissions(OwnerFile);
#endif
}

bool restrictFile(const QString &path)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path);
    return true;
#else
    return !QFileInfo::exists(path) || QFile::setPermissions(path, OwnerFile);
#endif
}

} // namespace wb::PrivateFiles
