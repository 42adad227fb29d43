// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawFileView.h"

#include "store/DatasetStore.h"

#if WRITEBACK_HAVE_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStringDecoder>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

RawFileView::RawFileView(QWidget *parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
{
#if WRITEBACK_HAVE_SYNTAX_HIGHLIGHTING
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
#endif
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_note->setObjectName(u"rawFileNote"_s);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();
    m_editor->setObjectName(u"rawFileText"_s);
    m_editor->setReadOnly(true);
    // Columns of a CSV line up only without wrapping, and a long line stays one line.
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_note);
    layout->addWidget(m_editor, 1);
    applyTheme();
}

RawFileView::~RawFileView() = default;

#if WRITEBACK_HAVE_SYNTAX_HIGHLIGHTING
KSyntaxHighlighting::Repository &RawFileView::repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}
#endif

void RawFileView::applyTheme()
{
#if WRITEBACK_HAVE_SYNTAX_HIGHLIGHTING
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_highlighter->setTheme(repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                           : KSyntaxHighlighting::Repository::LightTheme));
    m_highlighter->rehighlight();
#endif
}

void RawFileView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void RawFileView::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QString RawFileView::note() const
{
    return m_note->text();
}

QString RawFileView::syntaxName() const
{
#if WRITEBACK_HAVE_SYNTAX_HIGHLIGHTING
    return m_editor->document()->isEmpty() ? QString() : m_highlighter->definition().name();
#else
    return {};
#endif
}

void RawFileView::clear()
{
#if WRITEBACK_HAVE_SYNTAX_HIGHLIGHTING
    m_highlighter->setDefinition({});
#endif
    m_editor->clear();
    m_editor->setPlaceholderText({});
    setNote({});
}

void RawFileView::showFile(const FileRecord &file)
{
    clear();
    if (file.source != u"local"_s) {
        m_editor->setPlaceholderText(tr("%1 was taken in from the connection “%2” and lives on its server "
                                        "(%3); only files taken in from this computer can be shown here.")
                                         .arg(file.name, file.source, file.path));
        return;
    }
    QFile f(file.path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_editor->setPlaceholderText(tr("%1 can no longer be read: %2")
                                         .arg(QDir::toNativeSeparators(file.path), f.errorString()));
        return;
    }
    const qint64 size = f.size();
    QByteArray bytes = f.read(MaxBytes);
    if (size > bytes.size()) {
        // A partial last line would look like a broken row.
        const qsizetype end = bytes.lastIndexOf('\n');
        if (end > 0)
            bytes.truncate(end + 1);
        setNote(tr("Showing the first %1 of %2.")
                    .arg(QLocale().formattedDataSize(bytes.size()), QLocale().formattedDataSize(size)));
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) // spreadsheet exports on Windows are often Windows-1252
        text = QString::fromLatin1(bytes);

#if WRITEBACK_HAVE_SYNTAX_HIGHLIGHTING
    KSyntaxHighlighting::Definition definition = repository().definitionForFileName(file.name);
    if (!definition.isValid()) {
        const QString suffix = QFileInfo(file.name).suffix().toLower();
        definition = repository().definitionForName(suffix == u"json"_s ? u"JSON"_s : u"CSV"_s);
    }
    m_highlighter->setDefinition(definition);
#endif
    m_editor->setPlainText(text);
}

void RawFileView::goToLine(qint64 line)
{
    const QTextBlock block = m_editor->document()->findBlockByNumber(int(line - 1));
    if (!block.isValid())
        return;
    // The whole line, not a column: a CSV error's column counts fields, not characters.
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
}

} // namespace wb::ui
