// SPDX-License-Identifier: GPL-3.0-or-later
#include "LookupRow.h"

#include "DefinitionEditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {

void fillFields(QComboBox *box, const QList<FieldSpec> &fields, const QString &current)
{
    const QSignalBlocker block(box);
    box->clear();
    for (const FieldSpec &f : fields)
        if (lookupFieldOf(f.name).isEmpty())
            box->addItem(f.header == f.name ? f.name : u"%1 (%2)"_s.arg(f.header, f.name), f.name);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

// The lookup's default match: a field both datasets have, its key first (profile_id), else
// each one's first field.
std::pair<QString, QString> defaultMatch(const DatasetSummary &ours, const DatasetSummary &theirs)
{
    QStringList candidates = theirs.naturalKey;
    for (const FieldSpec &f : theirs.fields)
        candidates << f.name;
    for (const QString &name : std::as_const(candidates))
        for (const FieldSpec &f : ours.fields)
            if (f.name == name)
                return {name, name};
    return {ours.fields.isEmpty() ? QString() : ours.fields.first().name,
            theirs.fields.isEmpty() ? QString() : theirs.fields.first().name};
}

} // namespace

LookupRow::LookupRow(DefinitionEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_dataset(new QComboBox(this))
    , m_where(new QLabel(tr("where its"), this))
    , m_theirs(new QComboBox(this))
    , m_equals(new QLabel(tr("equals"), this))
    , m_ours(new QComboBox(this))
{
    auto *label = new QLabel(tr("Add columns &from:"), this);
    label->setBuddy(m_dataset);
    m_dataset->setObjectName(u"lookupDataset"_s);
    m_dataset->setToolTip(tr("Another dataset whose fields the file can hold as well: each row gets the latest row "
                             "of that dataset with the matching value, or empty cells when there is none."));
    m_theirs->setObjectName(u"lookupTheirField"_s);
    m_theirs->setAccessibleName(tr("Field of the other dataset"));
    m_ours->setObjectName(u"lookupOurField"_s);
    m_ours->setAccessibleName(tr("Field of this export's dataset"));
    // Compact, so that the step stays as narrow as its lists: long names show when opened.
    for (QComboBox *box : {m_dataset, m_theirs, m_ours}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(6);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    // Two lines: which dataset, then how its rows are matched (shown once there is one).
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(label, 0, 0);
    grid->addWidget(m_dataset, 0, 1, 1, 3);
    grid->addWidget(m_where, 1, 0, Qt::AlignRight);
    grid->addWidget(m_theirs, 1, 1);
    grid->addWidget(m_equals, 1, 2);
    grid->addWidget(m_ours, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    connect(m_dataset, &QComboBox::activated, this, &LookupRow::chooseDataset);
    connect(m_theirs, &QComboBox::activated, this, &LookupRow::chooseFields);
    connect(m_ours, &QComboBox::activated, this, &LookupRow::chooseFields);
}

void LookupRow::reload()
{
    m_loading = true;
    const ExportDefinition &d = m_editor->definition();
    {
        const QSignalBlocker block(m_dataset);
        m_dataset->clear();
        m_dataset->addItem(tr("no other dataset"), QString());
        for (const DatasetSummary &s : m_editor->datasets())
            if (s.name != d.dataset) {
                m_dataset->addItem(s.title.isEmpty() ? s.name : s.title, s.name);
                m_dataset->setItemData(m_dataset->count() - 1, s.name, Qt::ToolTipRole);
            }
        const QString chosen = d.lookup ? d.lookup->dataset : QString();
        int at = m_dataset->findData(chosen);
        if (at < 0) { // a lookup dataset not taken in yet: shown all the same
            m_dataset->addItem(chosen, chosen);
            at = m_dataset->count() - 1;
        }
        m_dataset->setCurrentIndex(at);
    }
    const DatasetSummary *ours = m_editor->datasetNamed(d.dataset);
    const DatasetSummary *theirs = d.lookup ? m_editor->datasetNamed(d.lookup->dataset) : nullptr;
    fillFields(m_ours, ours ? ours->fields : QList<FieldSpec>(), d.lookup ? d.lookup->fields.value(0) : QString());
    fillFields(m_theirs, theirs ? theirs->fields : QList<FieldSpec>(),
               d.lookup ? d.lookup->lookupFields.value(0) : QString());
    for (QWidget *w : QList<QWidget *>{m_where, m_theirs, m_equals, m_ours})
        w->setVisible(d.lookup.has_value());
    m_dataset->setEnabled(ours != nullptr);
    m_loading = false;
}

void LookupRow::chooseDataset(int index)
{
    const QString name = m_dataset->itemData(index).toString();
    const DatasetSummary *ours = m_editor->datasetNamed(m_editor->definition().dataset);
    const DatasetSummary *theirs = m_editor->datasetNamed(name);
    if (name.isEmpty()) {
        m_editor->edit(tr("Add no columns from another dataset"), [](ExportDefinition &d) {
            d.lookup.reset();
            // Its columns would name fields the export no longer reads.
            d.columns.removeIf([](const ExportColumn &c) { return !lookupFieldOf(c.field).isEmpty(); });
        });
        return;
    }
    if (!ours || !theirs)
        return;
    const auto [our, their] = defaultMatch(*ours, *theirs);
    m_editor->edit(tr("Add columns from %1").arg(theirs->title.isEmpty() ? name : theirs->title),
                   [name, our, their](ExportDefinition &d) {
                       const bool other = !d.lookup || d.lookup->dataset != name;
                       if (other)
                           d.columns.removeIf([](const ExportColumn &c) { return !lookupFieldOf(c.field).isEmpty(); });
                       d.lookup = ExportLookup{name, {our}, {their}};
                   });
}

void LookupRow::chooseFields()
{
    if (m_loading || !m_editor->definition().lookup)
        return;
    const QString our = m_ours->currentData().toString();
    const QString their = m_theirs->currentData().toString();
    m_editor->edit(tr("Match the other dataset's %1 with %2").arg(their, our), [our, their](ExportDefinition &d) {
        if (d.lookup->fields.isEmpty()) {
            d.lookup->fields << our;
            d.lookup->lookupFields << their;
        } else {
            d.lookup->fields[0] = our;
            d.lookup->lookupFields[0] = their;
        }
    });
}

} // namespace wb::ui
