// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValuesStep.h"

#include "DefinitionEditor.h"
#include "export/CsvFormatter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {

// The moment every example is written for: late in the day, in November, so that day and
// month, and 12- and 24-hour clocks, cannot be told apart only by luck; with microseconds, as
// Civitas writes them. Written by the export's own formatter: what the file will hold.
QString example(const QString &pattern, bool withTime)
{
    ValueFormat format;
    format.date = pattern;
    format.dateTime = pattern;
    const CsvFormatter formatter(format, {withTime ? FieldType::DateTime : FieldType::Date});
    const StoredValue sample{StoredValue::Kind::Text, 0, withTime ? "2026-11-22 14:05:33.366848" : "2026-11-22"};
    return QString::fromUtf8(formatter.formatValue(0, sample));
}

} // namespace

ValuesStep::ValuesStep(DefinitionEditor *editor, QWidget *parent)
    : StepPage(editor, tr("Format of values"),
               tr("How values of each type are written, so that the system taking the file in reads them "
                  "right. The preview shows the result."),
               parent)
    , m_boolean(new QComboBox(this))
    , m_booleanFields(hint({}))
    , m_preset(new QComboBox(this))
    , m_date(new QLineEdit(this))
    , m_dateExample(hint({}))
    , m_dateProblem(problemLabel())
    , m_dateTime(new QLineEdit(this))
    , m_dateTimeExample(hint({}))
    , m_dateTimeProblem(problemLabel())
    , m_dateFields(hint({}))
    , m_multiValue(new QLineEdit(this))
{
    setObjectName(u"valuesStep"_s);
    auto newForm = [](QGroupBox *box) {
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setHorizontalSpacing(12);
        form->setVerticalSpacing(6);
        return form;
    };
    auto addLabelled = [this](QFormLayout *form, const QString &text, QWidget *field, QLayout *column = nullptr) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        if (column)
            form->addRow(label, column);
        else
            form->addRow(label, field);
    };

    auto *booleans = new QGroupBox(tr("Yes/no values"), this);
    auto *booleanForm = newForm(booleans);
    m_boolean->setObjectName(u"booleanCombo"_s);
    for (BooleanStyle s : {BooleanStyle::OneZero, BooleanStyle::YesNo, BooleanStyle::TrueFalse})
        m_boolean->addItem(booleanStyleName(s), int(s));
    addLabelled(booleanForm, tr("B&ooleans:"), m_boolean);
    m_booleanFields->setObjectName(u"booleanFields"_s);
    booleanForm->addRow(QString(), m_booleanFields);
    body()->addWidget(booleans);

    auto *dates = new QGroupBox(tr("Dates and times"), this);
    auto *dateForm = newForm(dates);
    m_preset->setObjectName(u"datePresetCombo"_s);
    for (const DatePreset &p : datePresets())
        m_preset->addItem(
            tr("%1 — %2").arg(QString::fromUtf8(p.label), example(QString::fromUtf8(p.dateTime), true)),
            QString::fromUtf8(p.label));
    m_preset->addItem(tr("Other patterns"), QString());
    addLabelled(dateForm, tr("&Preset:"), m_preset);

    auto patternColumn = [](QLineEdit *edit, QLabel *exampleLabel, QLabel *problem) {
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(edit);
        column->addWidget(exampleLabel);
        column->addWidget(problem);
        return column;
    };
    m_date->setObjectName(u"datePatternEdit"_s);
    m_date->setToolTip(tr("Qt date pattern: d, dd, M, MM, MMM, yy, yyyy"));
    m_dateExample->setObjectName(u"dateExample"_s);
    addLabelled(dateForm, tr("&Date pattern:"), m_date, patternColumn(m_date, m_dateExample, m_dateProblem));
    m_dateTime->setObjectName(u"dateTimePatternEdit"_s);
    m_dateTime->setToolTip(tr("Qt date-time pattern: the date's letters and H, HH (24-hour), h, hh with AP "
                              "(12-hour), mm, ss, zzz; ffffff for microseconds, FFFFFF for them only "
                              "when there are some"));
    m_dateTimeExample->setObjectName(u"dateTimeExample"_s);
    addLabelled(dateForm, tr("Date and &time pattern:"), m_dateTime,
                patternColumn(m_dateTime, m_dateTimeExample, m_dateTimeProblem));
    m_dateFields->setObjectName(u"dateFields"_s);
    dateForm->addRow(QString(), m_dateFields);
    body()->addWidget(dates);

    auto *multi = new QGroupBox(tr("Several values in one field"), this);
    auto *multiForm = newForm(multi);
    m_multiValue->setObjectName(u"multiValueEdit"_s);
    m_multiValue->setMaxLength(8);
    m_multiValue->setMaximumWidth(fontMetrics().averageCharWidth() * 12);
    addLabelled(multiForm, tr("&Multi-value separator:"), m_multiValue);
    multiForm->addRow(QString(), hint(tr("Between the values of a field that holds several, e.g. the options "
                                         "of a form answer. Not the file's separator (that is in the next step).")));
    body()->addWidget(multi);
    body()->addStretch(1);
    alignLabels({booleanForm, dateForm, multiForm});
    for (QLineEdit *edit : {m_date, m_dateTime, m_multiValue})
        useFixedFont(edit);
    m_multiValue->setAlignment(Qt::AlignCenter);

    connect(m_boolean, &QComboBox::activated, this, [this](int index) {
        const auto style = BooleanStyle(m_boolean->itemData(index).toInt());
        m_editor->edit(tr("Write booleans as %1").arg(booleanStyleName(style)),
                       [style](ExportDefinition &d) { d.format.boolean = style; });
    });
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        const QString label = m_preset->itemData(index).toString();
        for (const DatePreset &p : datePresets()) {
            if (QString::fromUtf8(p.label) != label)
                continue;
            const QString date = QString::fromUtf8(p.date), dateTime = QString::fromUtf8(p.dateTime);
            m_editor->edit(tr("Use %1 dates").arg(label), [date, dateTime](ExportDefinition &d) {
                d.format.date = date;
                d.format.dateTime = dateTime;
            });
        }
        // "Other" changes nothing: it is what typing a pattern of one's own shows.
        refresh();
    });
    connect(m_date, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_editor->edit(tr("Change the date pattern"), [text](ExportDefinition &d) { d.format.date = text; },
                       DefinitionEditor::DatePatternKey);
    });
    connect(m_dateTime, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_editor->edit(tr("Change the date-time pattern"), [text](ExportDefinition &d) { d.format.dateTime = text; },
                       DefinitionEditor::DateTimePatternKey);
    });
    connect(m_multiValue, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_editor->edit(tr("Change the multi-value separator"),
                       [text](ExportDefinition &d) { d.format.multiValueSeparator = text; },
                       DefinitionEditor::MultiValueKey);
    });
    for (QLineEdit *edit : {m_date, m_dateTime, m_multiValue})
        connect(edit, &QLineEdit::editingFinished, m_editor, &DefinitionEditor::sealMerge);
    refresh();
}

QString ValuesStep::appliesTo(const QList<int> &types) const
{
    QStringList fields;
    for (const ExportColumn &c : m_editor->definition().columns) {
        if (const FieldSpec *f = m_editor->field(c.field); f && types.contains(int(f->type)))
            fields << c.field;
    }
    if (fields.isEmpty())
        return tr("No column of the file has this type yet.");
    return tr("Applies to: %1").arg(fields.join(u", "_s));
}

void ValuesStep::reload()
{
    const ValueFormat &f = m_editor->definition().format;
    m_boolean->setCurrentIndex(m_boolean->findData(int(f.boolean)));
    m_booleanFields->setText(appliesTo({int(FieldType::Boolean)}));

    int preset = m_preset->count() - 1;
    for (const DatePreset &p : datePresets()) {
        if (QString::fromUtf8(p.date) == f.date && QString::fromUtf8(p.dateTime) == f.dateTime)
            preset = m_preset->findData(QString::fromUtf8(p.label));
    }
    m_preset->setCurrentIndex(preset);

    setText(m_date, f.date);
    setText(m_dateTime, f.dateTime);
    QString reason;
    const bool dateOk = isValidDatePattern(f.date, &reason);
    showProblem(m_dateProblem, dateOk ? QString() : reason);
    m_dateExample->setText(dateOk ? tr("e.g. %1").arg(example(f.date, false)) : QString());
    m_dateExample->setVisible(dateOk);
    reason.clear();
    const bool dateTimeOk = isValidDatePattern(f.dateTime, &reason);
    showProblem(m_dateTimeProblem, dateTimeOk ? QString() : reason);
    m_dateTimeExample->setText(dateTimeOk ? tr("e.g. %1").arg(example(f.dateTime, true)) : QString());
    m_dateTimeExample->setVisible(dateTimeOk);
    m_dateFields->setText(appliesTo({int(FieldType::Date), int(FieldType::DateTime)}));
    setText(m_multiValue, f.multiValueSeparator);
}

} // namespace wb::ui
