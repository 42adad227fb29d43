// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeneralStep.h"

#include "DefinitionEditor.h"
#include "Wording.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::ui {

GeneralStep::GeneralStep(DefinitionEditor *editor, QWidget *parent)
    : StepPage(editor, tr("General"),
               tr("Name the export, choose the dataset it reads, and which of its rows each run sends."), parent)
    , m_name(new QLineEdit(this))
    , m_nameProblem(problemLabel())
    , m_dataset(new QComboBox(this))
    , m_increments(new QButtonGroup(this))
{
    setObjectName(u"generalStep"_s);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);

    m_name->setObjectName(u"exportNameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. card_opens_to_slate"));
    m_name->setClearButtonEnabled(true);
    auto *nameLabel = new QLabel(tr("Na&me:"), this);
    nameLabel->setBuddy(m_name);
    auto *nameColumn = new QVBoxLayout;
    nameColumn->setSpacing(4);
    nameColumn->addWidget(m_name);
    m_nameProblem->setObjectName(u"nameProblem"_s);
    nameColumn->addWidget(m_nameProblem);
    form->addRow(nameLabel, nameColumn);

    m_dataset->setObjectName(u"datasetCombo"_s);
    m_dataset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_dataset->setMinimumContentsLength(24);
    fillDatasets();
    // Shown again once filled: the base class's refresh came first and found the old list.
    connect(editor, &DefinitionEditor::contextChanged, this, [this] {
        fillDatasets();
        refresh();
    });
    auto *datasetLabel = new QLabel(tr("&Dataset:"), this);
    datasetLabel->setBuddy(m_dataset);
    form->addRow(datasetLabel, m_dataset);
    body()->addLayout(form);
    body()->addSpacing(6);

    // Radio buttons rather than a combo: the four choices differ in a way only their
    // explanations make clear, so all of them stay in view.
    auto *rowsLabel = new QLabel(tr("Each run sends:"), this);
    body()->addWidget(rowsLabel);
    const Increment increments[] = {Increment::Created, Increment::Updated, Increment::CreatedOrUpdated,
                                    Increment::Full, Increment::Deleted};
    // Alt+N is Next and Alt+B Back, in every step.
    const QString mnemonics[] = {tr("New &rows"), tr("&Changed rows"), tr("New &and changed rows"),
                                 tr("&Every row"), tr("Dele&ted records")};
    for (int i = 0; i < 5; ++i) {
        auto *button = new QRadioButton(mnemonics[i], this);
        button->setObjectName(u"increment_"_s + incrementName(increments[i]));
        m_increments->addButton(button, int(increments[i]));
        auto *sentence = hint(Wording::incrementSentence(increments[i]));
        sentence->setObjectName(u"incrementSentence_"_s + incrementName(increments[i]));
        // Lined up with the button's text, past its indicator.
        sentence->setContentsMargins(button->sizeHint().height() + 4, 0, 0, 4);
        body()->addWidget(button);
        body()->addWidget(sentence);
    }
    body()->addStretch(1);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_editor->edit(tr("Rename the export"), [text](ExportDefinition &d) {
            // The file name follows the export's name until the user gives it one of its own.
            if (d.file.name.isEmpty() || d.file.name == fileNameFor(d.name))
                d.file.name = fileNameFor(text);
            d.name = text;
        }, DefinitionEditor::NameKey);
    });
    connect(m_name, &QLineEdit::editingFinished, m_editor, &DefinitionEditor::sealMerge);
    connect(m_dataset, &QComboBox::activated, this, &GeneralStep::chooseDataset);
    connect(m_increments, &QButtonGroup::idClicked, this, [this](int id) {
        const auto increment = Increment(id);
        m_editor->edit(tr("Send %1").arg(Wording::incrementTitle(increment).toLower()),
                       [increment](ExportDefinition &d) { d.increment = increment; });
    });
    refresh();
}

QString GeneralStep::fileNameFor(const QString &exportName)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9_.-]+"_s);
    QString out = exportName.trimmed();
    out.replace(unsafe, u"_"_s);
    while (out.startsWith(u'_'))
        out.remove(0, 1);
    while (out.endsWith(u'_'))
        out.chop(1);
    return out;
}

void GeneralStep::fillDatasets()
{
    const QSignalBlocker block(m_dataset);
    m_dataset->clear();
    for (const DatasetSummary &d : m_editor->datasets()) {
        m_dataset->addItem(tr("%1 — %Ln row(s)", nullptr, int(d.rows)).arg(Wording::datasetTitle(d)), d.name);
        m_dataset->setItemData(m_dataset->count() - 1,
                               tr("%1: %n field(s)", nullptr, int(d.fields.size())).arg(d.name), Qt::ToolTipRole);
    }
    m_dataset->setPlaceholderText(!m_editor->isLoaded()           ? tr("(reading the workspace…)")
                                  : m_editor->datasets().isEmpty() ? tr("(no datasets: take files in on the Data page first)")
                                                                   : tr("(choose the dataset to export)"));
}

void GeneralStep::chooseDataset(int index)
{
    const QString name = m_dataset->itemData(index).toString();
    const DatasetSummary *chosen = m_editor->datasetNamed(name);
    if (!chosen)
        return;
    QStringList fields;
    for (const FieldSpec &f : chosen->fields)
        fields << f.name;
    m_editor->edit(tr("Read %1").arg(Wording::datasetTitle(*chosen)), [name, fields](ExportDefinition &d) {
        d.dataset = name;
        // Columns the other dataset has too keep their headers; the rest cannot be read.
        d.columns.removeIf([&](const ExportColumn &c) { return !fields.contains(c.field); });
        // A lookup matched on fields this dataset lacks matches nothing: it goes too.
        if (d.lookup && !std::all_of(d.lookup->fields.cbegin(), d.lookup->fields.cend(),
                                     [&](const QString &f) { return fields.contains(f); }))
            d.lookup.reset();
    });
}

void GeneralStep::reload()
{
    const ExportDefinition &d = m_editor->definition();
    setText(m_name, d.name);
    // The store keeps an export's watermark, runs and schedule by id, so renaming is safe.
    m_name->setToolTip(m_editor->isExisting()
                           ? tr("Renaming keeps the export's runs, schedule and what it has sent.")
                           : tr("How the export is listed; it also suggests the file name."));
    showProblem(m_nameProblem, m_editor->nameProblem());

    int at = m_dataset->findData(d.dataset);
    if (at < 0 && !d.dataset.isEmpty() && m_editor->isLoaded()) {
        // An imported definition can name a dataset this workspace has not taken in.
        m_dataset->addItem(tr("%1 (not in this workspace)").arg(d.dataset), d.dataset);
        at = m_dataset->count() - 1;
    }
    m_dataset->setCurrentIndex(at);
    if (auto *button = m_increments->button(int(d.increment)))
        button->setChecked(true);
    // Only records a deleted-records export marks can be sent as deleted; a definition that
    // says so anyway keeps its choice in view, and its problem is listed.
    auto *deleted = m_increments->button(int(Increment::Deleted));
    const bool marks = hasDeletions(d.dataset);
    deleted->setEnabled(marks || d.increment == Increment::Deleted);
    if (auto *sentence = findChild<QLabel *>(u"incrementSentence_deleted"_s))
        sentence->setEnabled(deleted->isEnabled());
    deleted->setToolTip(marks ? QString()
                              : tr("This dataset has no deleted records: Actito's profile, linked data, interaction "
                                   "and repository datasets do, marked by their deleted-records exports."));
}

} // namespace wb::ui
