// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntakeRuleDialog.h"
#include "ui_IntakeRuleDialog.h"

#include "MessageWidget.h"
#include "Prompts.h"
#include "WorkspaceWrite.h"
#include "formats/FormatSpec.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {

// The dataset entry that asks for a name of the user's own.
const auto OwnDataset = u"\x01own"_s;

void setHint(QLabel *label, const QString &text, bool problem)
{
    label->setText(text);
    QPalette pal = label->parentWidget()->palette();
    if (problem)
        pal.setColor(QPalette::WindowText, Icons::toneColor(Icons::Tone::Warning, pal));
    label->setPalette(pal);
    label->setForegroundRole(problem ? QPalette::WindowText : QPalette::PlaceholderText);
}

} // namespace

IntakeRuleDialog::IntakeRuleDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::IntakeRuleDialog)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("New intake rule"));
    setMinimumWidth(600);
    m_ui->introLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    m_ui->subfoldersSpin->setSpecialValueText(tr("none: the read path only"));
    m_ui->subfoldersSpin->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_ui->dateOrderCombo->addItem(tr("Automatic: as the file shows, or refused"), int(DateOrder::Unknown));
    m_ui->dateOrderCombo->addItem(tr("Day first (31/12/2026)"), int(DateOrder::DayFirst));
    m_ui->dateOrderCombo->addItem(tr("Month first (12/31/2026)"), int(DateOrder::MonthFirst));
    m_ui->dateOrderCombo->addItem(tr("Year first (2026-12-31)"), int(DateOrder::YearFirst));
    fillDatasets(QString());

    connect(m_ui->patternEdit, &QLineEdit::textEdited, this, &IntakeRuleDialog::patternEdited);
    connect(m_ui->subfoldersSpin, &QSpinBox::valueChanged, this, [this](int levels) {
        // "2 levels down"; 0 shows the special text.
        m_ui->subfoldersSpin->setSuffix(u' ' + tr("level(s) down", nullptr, levels));
        validate();
    });
    connect(m_ui->datasetCombo, &QComboBox::activated, this, &IntakeRuleDialog::datasetActivated);
    connect(m_ui->datasetCombo, &QComboBox::currentIndexChanged, this, &IntakeRuleDialog::updateHints);
    connect(m_ui->archiveRadio, &QRadioButton::toggled, this, [this](bool on) {
        m_ui->archiveEdit->setEnabled(on);
        if (on && m_ui->archiveEdit->text().isEmpty())
            m_ui->archiveEdit->setFocus();
        validate();
    });
    connect(m_ui->archiveEdit, &QLineEdit::textEdited, this, [this] {
        m_touched = true;
        validate();
    });
    connect(m_ui->buttonBox->button(QDialogButtonBox::Ok), &QPushButton::clicked, this, &IntakeRuleDialog::save);
    m_ui->archiveEdit->setEnabled(false);
    m_ui->contextMessage->hide();
    m_ui->patternEdit->setFocus();
    updateHints();
}

IntakeRuleDialog::~IntakeRuleDialog() = default;

void IntakeRuleDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Tall enough for the wrapped hints and notes at the width it opens with (French is
    // longer): a window's own size hint does not count wrapped lines.
    resize(width(), qMax(height(), heightForWidth(width())));
}

void IntakeRuleDialog::fillDatasets(const QString &current)
{
    QComboBox *combo = m_ui->datasetCombo;
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(tr("Recognised from the name and header"), QString());
    // The formats in the order they are documented, which groups them by platform.
    QString vendor;
    QStringList known;
    for (const FormatSpec &spec : knownFormats()) {
        if (spec.vendor != vendor)
            combo->insertSeparator(combo->count());
        vendor = spec.vendor;
        combo->addItem(tr("%1: %2").arg(spec.vendor, spec.title), spec.dataset);
        combo->setItemData(combo->count() - 1, spec.dataset, Qt::ToolTipRole);
        known << spec.dataset;
    }
    QStringList own = m_ownDatasets;
    if (!current.isEmpty() && !known.contains(current) && !own.contains(current))
        own << current;
    if (!own.isEmpty())
        combo->insertSeparator(combo->count());
    for (const QString &name : std::as_const(own))
        combo->addItem(name, name);
    combo->insertSeparator(combo->count());
    combo->addItem(tr("A dataset of your own…"), OwnDataset);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    m_lastDataset = combo->currentData().toString();
}

void IntakeRuleDialog::setOwnDatasets(const QStringList &names)
{
    m_ownDatasets.clear();
    for (const QString &name : names)
        if (!findFormat(name))
            m_ownDatasets << name;
    fillDatasets(m_ui->datasetCombo->currentData().toString());
    updateHints();
}

void IntakeRuleDialog::selectDataset(const QString &dataset)
{
    if (m_ui->datasetCombo->findData(dataset) < 0)
        fillDatasets(dataset);
    m_ui->datasetCombo->setCurrentIndex(qMax(0, m_ui->datasetCombo->findData(dataset)));
    m_lastDataset = dataset;
}

void IntakeRuleDialog::datasetActivated(int index)
{
    m_touched = true;
    if (m_ui->datasetCombo->itemData(index).toString() != OwnDataset) {
        m_lastDataset = m_ui->datasetCombo->itemData(index).toString();
        return validate();
    }
    bool ok = false;
    const QString name = Prompts::text(this, tr("Dataset of your own"),
                                       tr("Name of the dataset the files go into (lower-case letters, digits and _, "
                                          "e.g. “event_signups”):"),
                                       QLineEdit::Normal, &ok)
                             .trimmed();
    // A bad name is kept and said why below, so that it can be seen and corrected.
    selectDataset(ok && !name.isEmpty() ? name : m_lastDataset);
    validate();
}

void IntakeRuleDialog::setRule(const IntakeRule &rule)
{
    m_rule = rule;
    m_ui->patternEdit->setText(rule.pattern);
    m_ui->subfoldersSpin->setValue(rule.subfolders);
    selectDataset(rule.dataset);
    m_ui->dateOrderCombo->setCurrentIndex(qMax(0, m_ui->dateOrderCombo->findData(int(rule.dateOrder))));
    m_ui->archiveEdit->setText(rule.archiveDir);
    switch (rule.after) {
    case IntakeRule::After::Keep: m_ui->keepRadio->setChecked(true); break;
    case IntakeRule::After::Delete: m_ui->deleteRadio->setChecked(true); break;
    case IntakeRule::After::Archive: m_ui->archiveRadio->setChecked(true); break;
    }
    m_touched = !rule.pattern.isEmpty();
    updateHints();
}

IntakeRule IntakeRuleDialog::rule() const
{
    IntakeRule r = m_rule;
    r.pattern = m_ui->patternEdit->text().trimmed();
    r.subfolders = m_ui->subfoldersSpin->value();
    r.dataset = m_ui->datasetCombo->currentData().toString();
    if (r.dataset == OwnDataset)
        r.dataset.clear();
    r.dateOrder = DateOrder(m_ui->dateOrderCombo->currentData().toInt());
    r.after = m_ui->deleteRadio->isChecked()    ? IntakeRule::After::Delete
              : m_ui->archiveRadio->isChecked() ? IntakeRule::After::Archive
                                                : IntakeRule::After::Keep;
    r.archiveDir.clear();
    if (r.after == IntakeRule::After::Archive) {
        // Stored as the CLI's archive= stores it.
        IntakeRule::afterFromText(u"archive="_s + m_ui->archiveEdit->text().trimmed(), &r.after, &r.archiveDir);
    }
    return r;
}

QStringList IntakeRuleDialog::problems() const
{
    IntakeRule r = rule();
    if (r.after != IntakeRule::After::Archive || !r.archiveDir.isEmpty())
        return r.problems();
    // The core says it as the CLI's archive= option; here it is the field beside the choice.
    r.archiveDir = u"."_s;
    return r.problems() << tr("Enter the folder on the server to move the files to.");
}

void IntakeRuleDialog::setExample(const QString &relativePath)
{
    m_example = relativePath;
    updateHints();
}

void IntakeRuleDialog::focusField(Field field)
{
    QWidget *w = field == Field::Dataset     ? static_cast<QWidget *>(m_ui->datasetCombo)
                 : field == Field::DateOrder ? static_cast<QWidget *>(m_ui->dateOrderCombo)
                                             : static_cast<QWidget *>(m_ui->patternEdit);
    w->setFocus();
}

void IntakeRuleDialog::setContext(const QString &text, Icons::Tone tone)
{
    if (text.isEmpty())
        m_ui->contextMessage->clear();
    else
        m_ui->contextMessage->showMessage(text, tone);
}

void IntakeRuleDialog::storeIn(const QString &workspacePath, Store store)
{
    m_workspacePath = workspacePath;
    m_store = std::move(store);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save rule"));
}

void IntakeRuleDialog::patternEdited()
{
    m_touched = true;
    // A pattern that reaches into folders needs the rule to look that deep: follow it.
    const int depth = int(m_ui->patternEdit->text().count(u'/'));
    if (depth > m_ui->subfoldersSpin->value() && depth <= m_ui->subfoldersSpin->maximum())
        m_ui->subfoldersSpin->setValue(depth);
    updateHints();
}

void IntakeRuleDialog::updateHints()
{
    const IntakeRule r = rule();
    QString pattern;
    if (r.pattern.isEmpty())
        pattern = tr("Without a '/', the pattern matches file names; with one, paths under the read path "
                     "(such as */opens_*.csv).");
    else if (r.pattern.contains(u'/'))
        pattern = tr("Matches the file's path under the read path.");
    else if (r.subfolders > 0)
        pattern = tr("Matches the file's name, in the read path and its subfolders.");
    else
        pattern = tr("Matches the file's name, in the read path.");
    bool misses = false;
    if (!m_example.isEmpty() && !r.pattern.isEmpty()) {
        misses = !r.matches(m_example);
        pattern += u' '
                   + (misses ? tr("It does not match %1, the file it is made for.").arg(m_example)
                             : tr("It matches %1.").arg(m_example));
    }
    setHint(m_ui->patternHint, pattern, misses);

    QString dataset;
    if (r.dataset.isEmpty())
        dataset = tr("Each file is recognised by its name and header, as without a rule.");
    else if (findFormat(r.dataset))
        dataset = tr("Into the dataset %1.").arg(r.dataset);
    else
        dataset = tr("Into the dataset %1 of your own, read as the file's header says.").arg(r.dataset);
    setHint(m_ui->datasetHint, dataset, false);
    validate();
}

void IntakeRuleDialog::validate()
{
    const QStringList found = problems();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(found.isEmpty() && !m_saving);
    if (!m_touched || found.isEmpty()) {
        if (m_ui->messageWidget->tone() == Icons::Tone::Warning)
            m_ui->messageWidget->clear();
        return;
    }
    m_ui->messageWidget->showProblems(found, Icons::Tone::Warning);
}

void IntakeRuleDialog::save()
{
    if (!problems().isEmpty() || m_saving)
        return;
    auto stored = std::make_shared<IntakeRule>(rule());
    if (!m_store) {
        Q_EMIT saved(*stored);
        return accept();
    }
    m_saving = true;
    validate();
    WorkspaceWrite::start(
        this, m_workspacePath,
        [stored, store = m_store](Workspace &ws, QString *error) { return store(ws, *stored, error); },
        m_ui->messageWidget, [this, stored](bool ok) {
            m_saving = false;
            if (!ok)
                return validate();
            Q_EMIT saved(*stored);
            accept();
        });
}

} // namespace wb::ui
