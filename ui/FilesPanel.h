// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/DatasetStore.h"

#include <QSplitter>

class QLabel;
class QTableView;

namespace wb::ui {

class FilesModel;
class MessageWidget;
class RawFileView;

// The ledger of files above the selected file: where it came from, why it failed, and its text
// with the failing line selected. The selection survives a reload of the model. A failed file
// that a connection delivered offers a rule for files like it (button and context menu).
class FilesPanel : public QSplitter
{
    Q_OBJECT

public:
    explicit FilesPanel(FilesModel *model, QWidget *parent = nullptr);

    void selectFile(const QString &name);
    QTableView *view() const { return m_view; }
    RawFileView *rawFileView() const { return m_raw; }
    MessageWidget *reason() const { return m_reason; }

Q_SIGNALS:
    void makeRuleRequested(const wb::FileRecord &file);

private:
    void showFile();
    void showMenu(const QPoint &pos);

    FilesModel *m_model;
    QTableView *m_view;
    QLabel *m_info;
    MessageWidget *m_reason;
    RawFileView *m_raw;
    QString m_selected; // kept across a model reset
};

} // namespace wb::ui
