// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryStep.h"

#include "DefinitionEditor.h"
#include "MessageWidget.h"
#include "Wording.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {

QString em(const QString &text)
{
    return u"<b>"_s + text.toHtmlEscaped() + u"</b>"_s;
}

QString quoted(const QString &text)
{
    return SummaryStep::tr("“%1”").arg(text.toHtmlEscaped());
}

QString section(const QString &title, const QString &text)
{
    return u"<h4 style=\"margin-bottom:2px\">"_s + title.toHtmlEscaped() + u"</h4><p style=\"margin-top:0\">"_s
           + text + u"</p>"_s;
}

} // namespace

SummaryStep::SummaryStep(DefinitionEditor *editor, QWidget *parent)
    : StepPage(editor, tr("Summary"),
               tr("Check the export as a whole, then save it, or save it and send its first file now."), parent)
    , m_summary(new QLabel(this))
    , m_problems(new MessageWidget(this))
{
    setObjectName(u"summaryStep"_s);
    m_problems->setObjectName(u"summaryProblems"_s);
    body()->addWidget(m_problems);
    m_summary->setObjectName(u"summaryText"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setFocusPolicy(Qt::StrongFocus);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_summary);
    scroll->viewport()->setAutoFillBackground(false);
    m_summary->setAutoFillBackground(false);
    body()->addWidget(scroll, 1);
    refresh();
}

QString SummaryStep::summaryHtml() const
{
    const ExportDefinition &d = m_editor->definition();
    const QLocale locale;
    QString html;

    const QString name = d.name.trimmed().isEmpty() ? tr("This export") : em(d.name);
    QString general;
    if (const DatasetSummary *ds = m_editor->dataset())
        general = tr("%1 reads %2 (%3).")
                      .arg(name, em(Wording::datasetTitle(*ds)), tr("%Ln row(s) now", nullptr, int(ds->rows)));
    else if (!d.dataset.isEmpty())
        general = tr("%1 reads the dataset %2, which this workspace does not have.").arg(name, em(d.dataset));
    else
        general = tr("%1 has no dataset yet.").arg(name);
    general += u' ' + tr("Each run sends %1.").arg(em(Wording::incrementTitle(d.increment).toLower())) + u' '
               + Wording::incrementSentence(d.increment).toHtmlEscaped();
    html += section(tr("General"), general);

    QString columns;
    if (d.columns.isEmpty()) {
        columns = tr("No columns chosen yet.");
    } else {
        QStringList parts;
        for (const ExportColumn &c : d.columns)
            parts << (c.header == c.field ? quoted(c.header) : tr("%1 from %2").arg(quoted(c.header), em(c.field)));
        columns = tr("The file has %n column(s), in this order: %1.", nullptr, int(d.columns.size()))
                   .arg(locale.createSeparatedList(parts));
    }
    html += section(tr("Data"), columns);

    const ValueFormat &f = d.format;
    html += section(tr("Values"),
                    tr("Booleans are written %1; dates as %2 and dates with a time as %3; several values in one "
                       "field are separated by %4.")
                        .arg(em(booleanStyleName(f.boolean)), em(f.date), em(f.dateTime),
                             quoted(f.multiValueSeparator)));

    QStringList layout;
    layout << (f.headerRow ? tr("a header row") : tr("no header row"));
    layout << (f.crlf ? tr("CRLF line endings") : tr("LF line endings"));
    layout << (f.bom ? tr("a byte-order mark for Excel") : tr("no byte-order mark"));
    QString file = tr("Values are separated by %1, with %2.")
                       .arg(em(Wording::separatorName(f.separator).toLower()), locale.createSeparatedList(layout));
    file += u' '
            + (f.formulaGuard ? tr("Text starting with = + - @, a tab or a CR is guarded with a leading '.")
                              : tr("Text starting with = + - @, a tab or a CR is written as it is."));
    if (!d.file.name.trimmed().isEmpty()) {
        const QDateTime now = QDateTime::currentDateTime();
        file += u' ' + tr("A run now writes %1").arg(em(d.fileNameFor(now)));
        if (d.file.compression != Compression::None)
            file += u' ' + tr("(compressed with %1)").arg(compressionName(d.file.compression));
        file += d.file.collision == NameCollision::AddSequence
                    ? tr("; when that name is taken, it adds _2, _3… before the extension.")
                    : tr("; when that name is taken, the run fails.");
    }
    html += section(tr("File"), file);

    QString where;
    if (d.destination.type == Destination::Type::Local)
        where = d.destination.path.isEmpty() ? tr("No folder chosen yet.")
                                             : tr("Files are written to the folder %1.").arg(em(d.destination.path));
    else if (d.destination.connection.isEmpty())
        where = tr("No connection chosen yet.");
    else if (d.destination.path.isEmpty())
        where = tr("Files are uploaded over SFTP to %1, into its write path.").arg(em(d.destination.connection));
    else
        where = tr("Files are uploaded over SFTP to %1, into %2.").arg(em(d.destination.connection),
                                                                     em(d.destination.path));
    html += section(tr("Destination"), where);
    return html;
}

void SummaryStep::reload()
{
    m_summary->setText(summaryHtml());
    const QStringList problems = m_editor->problems();
    if (problems.isEmpty())
        m_problems->showMessage(tr("Ready to save."), Icons::Tone::Positive);
    else
        m_problems->showProblems(problems, Icons::Tone::Warning);
}

} // namespace wb::ui
