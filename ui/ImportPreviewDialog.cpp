// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreviewDialog.h"
#include "ui_ImportPreviewDialog.h"

#include "Icons.h"
#include "csv/CsvReader.h"
#include "formats/FieldType.h"
#include "store/Catalog.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {

void setTone(QLabel *label, Icons::Tone tone)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, Icons::toneColor(tone, label->parentWidget()->palette()));
    label->setPalette(p);
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const QString &path, const QString &dataset, QWidget *parent)
    : QDialog(parent)
    , m_ui(new ::Ui::ImportPreviewDialog)
    , m_path(QFileInfo(path).absoluteFilePath())
    , m_model(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"ImportPreviewDialog"_s);

    const QFileInfo info(m_path);
    QFont title = m_ui->fileLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_ui->fileLabel->setFont(title);
    m_ui->fileLabel->setText(info.fileName());
    m_ui->fileLabel->setToolTip(m_path);
    m_ui->introLabel->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *reason : {m_ui->separatorReason, m_ui->quoteReason, m_ui->encodingReason, m_ui->headerReason})
        reason->setForegroundRole(QPalette::PlaceholderText);
    m_ui->choicesLayout->setColumnStretch(2, 1);
    m_ui->datasetEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 30);

    m_ui->previewTable->setModel(m_model);
    m_ui->previewTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->previewTable->horizontalHeader()->setHighlightSections(false);
    m_ui->previewTable->horizontalHeader()->setMaximumSectionSize(320);
    m_ui->previewTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->previewLabel->setText(tr("&Preview: the first %n row(s)", nullptr, PreviewRows));
    m_ui->previewTable->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_ui->previewTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->previewTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->previewTable->setToolTip(tr("The rows as the choices above read them; the row headers are line numbers"));
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Import"));

    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly)) {
        m_sample = file.read(PreviewBytes);
        m_truncated = file.size() > m_sample.size();
        if (m_truncated) {
            // Only whole lines, so the cut does not show as an error. A UTF-16 LE line break
            // is "\n\0".
            qsizetype end = m_sample.lastIndexOf('\n');
            if (end >= 0 && end + 1 < m_sample.size() && m_sample.at(end + 1) == '\0')
                ++end;
            if (end >= 0)
                m_sample.truncate(end + 1);
        }
    } else {
        m_error = tr("Cannot read %1: %2").arg(info.fileName(), file.errorString());
    }
    const csv::CsvDialect sniffed = csv::sniff(m_sample, &m_report);

    fillChoices();
    auto select = [](QComboBox *combo, int value) { combo->setCurrentIndex(qMax(0, combo->findData(value))); };
    select(m_ui->separatorCombo, sniffed.delimiter);
    select(m_ui->quoteCombo, sniffed.quote);
    select(m_ui->encodingCombo, int(sniffed.encoding));
    m_ui->headerCheck->setChecked(sniffed.hasHeader);
    const QStringList &reasons = m_report.reasons;
    m_ui->encodingReason->setText(reasons.value(0));
    m_ui->separatorReason->setText(reasons.value(1));
    m_ui->headerReason->setText(reasons.value(2));
    m_ui->quoteReason->setText(tr("Quotes are not guessed: double quotes are the CSV standard. Choose "
                                  "“none” when quote characters are part of the values."));
    if (m_report.hasBom) {
        m_ui->encodingCombo->setEnabled(false);
        m_ui->encodingCombo->setToolTip(tr("The file's byte-order mark decides its encoding"));
    }

    m_ui->datasetEdit->setText(dataset.isEmpty() ? proposedDatasetName(m_path) : dataset);

    for (QComboBox *combo : {m_ui->separatorCombo, m_ui->quoteCombo, m_ui->encodingCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportPreviewDialog::render);
    connect(m_ui->headerCheck, &QCheckBox::toggled, this, &ImportPreviewDialog::render);
    connect(m_ui->datasetEdit, &QLineEdit::textChanged, this, &ImportPreviewDialog::updateName);

    updateName();
    render();
    resize(860, 640);
}

ImportPreviewDialog::~ImportPreviewDialog() = default;

void ImportPreviewDialog::fillChoices()
{
    QComboBox *separator = m_ui->separatorCombo;
    separator->addItem(tr("Comma ( , )"), int(','));
    separator->addItem(tr("Semicolon ( ; )"), int(';'));
    separator->addItem(tr("Tab"), int('\t'));
    separator->addItem(tr("Pipe ( | )"), int('|'));

    QComboBox *quote = m_ui->quoteCombo;
    quote->addItem(tr("Double quote ( \" )"), int('"'));
    quote->addItem(tr("Single quote ( ' )"), int('\''));
    quote->addItem(tr("None"), 0);

    QComboBox *encoding = m_ui->encodingCombo;
    for (csv::Encoding e : {csv::Encoding::Utf8, csv::Encoding::Utf16LE, csv::Encoding::Utf16BE,
                            csv::Encoding::Windows1252, csv::Encoding::Latin1})
        encoding->addItem(csv::encodingName(e), int(e));
}

csv::CsvDialect ImportPreviewDialog::dialect() const
{
    csv::CsvDialect d;
    d.delimiter = static_cast<char>(m_ui->separatorCombo->currentData().toInt());
    d.quote = static_cast<char>(m_ui->quoteCombo->currentData().toInt());
    d.encoding = static_cast<csv::Encoding>(m_ui->encodingCombo->currentData().toInt());
    d.hasHeader = m_ui->headerCheck->isChecked();
    return d;
}

ImportRequest ImportPreviewDialog::overrides() const
{
    const csv::CsvDialect d = dialect();
    ImportRequest r;
    r.localPath = m_path;
    r.dataset = m_ui->datasetEdit->text().trimmed();
    r.encoding = csv::encodingName(d.encoding);
    r.delimiter = d.delimiter;
    r.quote = d.quote;
    r.hasHeader = d.hasHeader;
    return r;
}

QString ImportPreviewDialog::proposedDatasetName(const QString &path)
{
    // ASCII only: "Renée" -> "renee".
    QString base;
    for (const QChar c : QFileInfo(path).completeBaseName().normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 0x80)
            base += c;
    }
    QString name = snakeCase(base);
    if (name.isEmpty())
        name = u"dataset"_s;
    return u"local."_s + name.left(60);
}

QString ImportPreviewDialog::errorText() const
{
    return m_error;
}

bool ImportPreviewDialog::canAccept() const
{
    return m_error.isEmpty() && m_nameValid;
}

void ImportPreviewDialog::render()
{
    m_model->clear();
    if (m_sample.isEmpty()) {
        if (m_error.isEmpty())
            m_error = tr("The file is empty.");
    } else {
        m_error.clear();
        const csv::CsvDialect d = dialect();
        QBuffer buffer;
        buffer.setData(m_sample);
        buffer.open(QIODevice::ReadOnly);
        csv::CsvReaderOptions options;
        options.blockSize = m_sample.size() + 1;
        csv::CsvReader reader(&buffer, QFileInfo(m_path).fileName(), d, options);

        QStringList header;
        if (d.hasHeader && reader.readHeader()) {
            for (const QByteArray &h : reader.header())
                header << QString::fromUtf8(h);
        }
        qsizetype columns = header.size();
        QList<QList<QStandardItem *>> rows;
        QStringList lines;
        // Every row of the sample is read, so that an error past the shown rows shows too.
        while (reader.readRow()) {
            if (rows.size() >= PreviewRows)
                continue;
            QList<QStandardItem *> items;
            for (const QByteArrayView field : reader.fields())
                items << new QStandardItem(QString::fromUtf8(field));
            columns = qMax(columns, items.size());
            rows << items;
            lines << QString::number(reader.line());
        }
        const csv::CsvError &e = reader.error();
        // A quoted field may run past the cut of a long file's sample.
        const bool cut = m_truncated && e.kind == csv::CsvError::Kind::UnterminatedQuote;
        if (reader.hasError() && !cut)
            m_error = tr("Line %1, column %2: %3").arg(e.line).arg(e.column).arg(e.message);

        m_model->setColumnCount(int(columns));
        for (qsizetype c = 0; c < columns; ++c) {
            const QString name = c < header.size() && !header.at(c).isEmpty() ? header.at(c)
                                                                               : u"column_%1"_s.arg(c + 1);
            m_model->setHorizontalHeaderItem(int(c), new QStandardItem(name));
        }
        for (const QList<QStandardItem *> &items : std::as_const(rows))
            m_model->appendRow(items);
        m_model->setVerticalHeaderLabels(lines);
        m_ui->previewTable->resizeColumnsToContents();
    }
    m_ui->errorLabel->setVisible(!m_error.isEmpty());
    m_ui->errorLabel->setText(m_error);
    setTone(m_ui->errorLabel, Icons::Tone::Negative);
    updateOk();
}

void ImportPreviewDialog::updateName()
{
    m_nameValid = isValidDatasetName(m_ui->datasetEdit->text().trimmed());
    m_ui->datasetRule->setText(
        m_nameValid ? QString()
                    : tr("Use lower-case letters, digits and _, starting with a letter; at most one dot "
                         "(e.g. local.event_signups)."));
    setTone(m_ui->datasetRule, Icons::Tone::Negative);
    updateOk();
}

void ImportPreviewDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

} // namespace wb::ui
