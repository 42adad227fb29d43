// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileChoosers.h"

#include <QFileDialog>

namespace wb::ui {

bool FileChoosers::s_hasSave = false;
QString FileChoosers::s_save;
bool FileChoosers::s_hasDirectory = false;
QString FileChoosers::s_directory;

QString FileChoosers::saveFileName(QWidget *parent, const QString &caption, const QString &path,
                                   const QString &filter)
{
    if (s_hasSave) {
        s_hasSave = false;
        return std::exchange(s_save, QString());
    }
    return QFileDialog::getSaveFileName(parent, caption, path, filter);
}

QString FileChoosers::existingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    if (s_hasDirectory) {
        s_hasDirectory = false;
        return std::exchange(s_directory, QString());
    }
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

void FileChoosers::setNextSaveFileName(const QString &fileName)
{
    s_hasSave = true;
    s_save = fileName;
}

void FileChoosers::setNextDirectory(const QString &dir)
{
    s_hasDirectory = true;
    s_directory = dir;
}

} // namespace wb::ui
