// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreviewPane.h"

#include "EmptyState.h"
#include "Icons.h"
#include "MessageWidget.h"
#include "PreviewTableModel.h"
#include "RawFileView.h"
#include "Wording.h"

#if WRITEBACK_HAVE_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#endif

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new PreviewTableModel(this))
    , m_status(new QLabel(this))
    , m_updating(new QLabel(tr("Updating…"), this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(Icons::page(Icons::Page::Exports, palette()), tr("Nothing to preview yet"),
                             tr("The first rows of the file appear here, exactly as the next run would write "
                                "them, and change as you design it."),
                             m_stack))
    , m_tabs(new QTabWidget(this))
    , m_table(new QTableView(this))
    , m_raw(new RawFileView(this))
    , m_rawNote(new QLabel(this))
    , m_warnings(new MessageWidget(this))
{
    setObjectName(u"previewPane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto *title = new QLabel(tr("Preview"), this);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    m_status->setObjectName(u"previewStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Beside the title rather than over the rows: the rows stay readable while a new preview
    // is built, and nothing moves when it lands.
    m_updating->setObjectName(u"previewUpdating"_s);
    m_updating->setForegroundRole(QPalette::PlaceholderText);
    m_updating->setAccessibleName(tr("Preview is updating"));
    m_updating->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    titleRow->addWidget(m_updating);
    QSizePolicy keep = m_updating->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_updating->setSizePolicy(keep);
    m_updating->setVisible(false);
    layout->addLayout(titleRow);
    layout->addWidget(m_status);

    m_table->setObjectName(u"previewRowsTable"_s);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setMaximumSectionSize(260);

    auto *rawTab = new QWidget(this);
    auto *rawLayout = new QVBoxLayout(rawTab);
    rawLayout->setContentsMargins(0, 6, 0, 0);
    rawLayout->setSpacing(6);
    m_raw->setObjectName(u"previewRaw"_s);
    m_rawNote->setObjectName(u"previewRawNote"_s);
    m_rawNote->setWordWrap(true);
    m_rawNote->setForegroundRole(QPalette::PlaceholderText);
    rawLayout->addWidget(m_raw, 1);
    rawLayout->addWidget(m_rawNote);

    m_tabs->setObjectName(u"previewTabs"_s);
    m_tabs->setDocumentMode(true);
    // No mnemonics: the tabs are beside every step, whose fields need the letters.
    m_tabs->addTab(m_table, tr("Table"));
    m_tabs->addTab(rawTab, tr("Raw file"));
    m_empty->setObjectName(u"previewEmpty"_s);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);
    layout->addWidget(m_stack, 1);

    m_warnings->setObjectName(u"previewWarnings"_s);
    layout->addWidget(m_warnings);
}

void PreviewPane::setUpdating(bool updating)
{
    m_updating->setVisible(updating);
}

bool PreviewPane::isUpdating() const
{
    return !m_updating->isHidden();
}

void PreviewPane::setSyntax(char separator)
{
    if (separator == m_syntaxSeparator)
        return;
    m_syntaxSeparator = separator;
#if WRITEBACK_HAVE_SYNTAX_HIGHLIGHTING
    // RawFileView picks a definition from a file name; this text has none, so its
    // highlighter is told which CSV dialect it is looking at.
    auto *highlighter = m_raw->editor()->document()->findChild<KSyntaxHighlighting::SyntaxHighlighter *>();
    if (!highlighter)
        return;
    auto &repository = RawFileView::repository();
    QStringList candidates;
    if (separator == '\t')
        candidates << u"TSV"_s;
    else if (separator == ';')
        candidates << u"CSV (semicolon)"_s << u"CSV (Semicolon)"_s;
    candidates << u"CSV"_s;
    for (const QString &name : std::as_const(candidates)) {
        const KSyntaxHighlighting::Definition definition = repository.definitionForName(name);
        if (definition.isValid()) {
            highlighter->setDefinition(definition);
            break;
        }
    }
#endif
}

void PreviewPane::showPreview(const ExportPreview &preview, const ExportDefinition &definition)
{
    m_preview = preview;
    m_model->setPreview(preview);
    m_table->resizeColumnsToContents();

    const QLocale locale;
    const bool nothing = definition.dataset.isEmpty() || definition.columns.isEmpty();
    m_stack->setCurrentWidget(nothing ? static_cast<QWidget *>(m_empty) : m_tabs);
    if (definition.dataset.isEmpty()) {
        m_status->setText(tr("Choose a dataset in “General” to see the first rows of the file."));
    } else if (definition.columns.isEmpty()) {
        m_status->setText(tr("Add columns in “Choose data” to see the first rows of the file."));
    } else if (!preview.error.isEmpty()) {
        m_status->setText(preview.error);
    } else if (!preview.pending) {
        m_status->setText(tr("Nothing new for the next run: these are the dataset's latest %Ln row(s).", nullptr,
                             int(preview.rows.size())));
    } else if (preview.pendingRows <= preview.rows.size()) {
        m_status->setText(tr("Next run: %Ln row(s), all shown.", nullptr, int(preview.pendingRows)));
    } else {
        m_status->setText(tr("Next run: %1 rows — first %Ln shown.", nullptr, int(preview.rows.size()))
                              .arg(locale.toString(preview.pendingRows)));
    }

    setSyntax(definition.format.separator);
    QString text = QString::fromUtf8(preview.text);
    // The mark is invisible; the note says it is there.
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (m_raw->editor()->toPlainText() != QString(text).replace(u"\r\n"_s, u"\n"_s))
        m_raw->editor()->setPlainText(text);
    QStringList note;
    note << (definition.format.bom ? tr("UTF-8 with a byte-order mark") : tr("UTF-8 without a byte-order mark"));
    note << (definition.format.crlf ? tr("CRLF line endings") : tr("LF line endings"));
    note << tr("values separated by %1").arg(Wording::separatorName(definition.format.separator).toLower());
    m_rawNote->setText(locale.createSeparatedList(note) + u'.');

    if (preview.warnings.isEmpty())
        m_warnings->clear();
    else
        m_warnings->showProblems(preview.warnings, Icons::Tone::Warning);
}

} // namespace wb::ui
