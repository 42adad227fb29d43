// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace wb::ui {

// File choosers go through here so that GUI tests can pick a file without a modal loop.
class FileDialog
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir = {},
                                   const QString &filter = {});
    // Test hook: the next call returns `fileName` at once (an empty string means "cancelled").
    static void setNextFileName(const QString &fileName);

private:
    static bool s_hasNext;
    static QString s_nextFileName;
};

} // namespace wb::ui
