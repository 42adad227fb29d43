// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportPreview.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace wb::ui {

class EmptyState;
class MessageWidget;
class PreviewTableModel;
class RawFileView;

// The first rows of the file the next run writes, as a table and as the exact text, with
// which rows these are and what a spreadsheet would make of them.
class PreviewPane : public QWidget
{
    Q_OBJECT

public:
    enum Tab { TableTab, RawTab };

    explicit PreviewPane(QWidget *parent = nullptr);

    void showPreview(const ExportPreview &preview, const ExportDefinition &definition);
    const ExportPreview &preview() const { return m_preview; }
    // A newer preview is being built: the rows shown stay, marked as about to change.
    void setUpdating(bool updating);
    bool isUpdating() const;

    QLabel *updatingLabel() const { return m_updating; }

    QLabel *statusLabel() const { return m_status; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *tableView() const { return m_table; }
    RawFileView *rawView() const { return m_raw; }
    QLabel *rawNote() const { return m_rawNote; }
    MessageWidget *warnings() const { return m_warnings; }

private:
    void setSyntax(char separator);

    ExportPreview m_preview;
    PreviewTableModel *m_model;
    QLabel *m_status;
    QLabel *m_updating;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QTabWidget *m_tabs;
    QTableView *m_table;
    RawFileView *m_raw;
    QLabel *m_rawNote;
    MessageWidget *m_warnings;
    char m_syntaxSeparator = 0;
};

} // namespace wb::ui
