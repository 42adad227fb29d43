// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
}

namespace wb {
struct FileRecord;
}

namespace wb::ui {

// A file of the ledger as the platform wrote it, read-only and highlighted (CSV columns,
// JSON structure), so that a failed file's line and column can be looked at.
class RawFileView : public QWidget
{
    Q_OBJECT

public:
    // Enough for every writeback we have seen, while a multi-GB export stays instant.
    static constexpr qint64 MaxBytes = 1024 * 1024;

    explicit RawFileView(QWidget *parent = nullptr);
    ~RawFileView() override;

#if WRITEBACK_HAVE_SYNTAX_HIGHLIGHTING
    // One repository for the whole app: it loads every definition, which is slow.
    static KSyntaxHighlighting::Repository &repository();
#endif

    void showFile(const FileRecord &file);
    void clear();

    QPlainTextEdit *editor() const { return m_editor; }
    QString note() const;
    // "CSV", "JSON", or empty when the file is not shown, nothing matches, or the build has
    // no highlighting (WRITEBACK_WITH_SYNTAX_HIGHLIGHTING=OFF).
    QString syntaxName() const;
    // Selects a 1-based line, e.g. where a file failed, and scrolls to it.
    void goToLine(qint64 line);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void setNote(const QString &text);

    QLabel *m_note;
    QPlainTextEdit *m_editor;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
};

} // namespace wb::ui
