// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace wb::ui {

// The save and folder choosers the export designer and the Exports page need, with the same
// kind of test hook as FileDialog has for opening a file.
class FileChoosers
{
public:
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &path = {},
                                const QString &filter = {});
    static QString existingDirectory(QWidget *parent, const QString &caption, const QString &dir = {});

    // Test hooks: the next call returns this at once (an empty string means "cancelled").
    static void setNextSaveFileName(const QString &fileName);
    static void setNextDirectory(const QString &dir);

private:
    static bool s_hasSave;
    static QString s_save;
    static bool s_hasDirectory;
    static QString s_directory;
};

} // namespace wb::ui
