// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileStep.h"

#include "DefinitionEditor.h"
#include "FileChoosers.h"
#include "Wording.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {

QFormLayout *formIn(QGroupBox *box)
{
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(6);
    return form;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

FileStep::FileStep(DefinitionEditor *editor, QWidget *parent)
    : StepPage(editor, tr("Format of file"),
               tr("The file is UTF-8 CSV. Choose its layout, its name, and where each run delivers it."), parent)
    , m_separator(new QComboBox(this))
    , m_header(new QCheckBox(tr("&Header row"), this))
    , m_lineEnding(new QComboBox(this))
    , m_bom(new QCheckBox(tr("Byte-order &mark (BOM)"), this))
    , m_guard(new QCheckBox(tr("&Guard against formulas"), this))
    , m_fileName(new QLineEdit(this))
    , m_suffix(new QComboBox(this))
    , m_example(hint({}))
    , m_compression(new QComboBox(this))
    , m_collision(new QComboBox(this))
    , m_manifest(new QCheckBox(tr("Deliver a &manifest with each file"), this))
    , m_local(new QRadioButton(tr("Local f&older"), this))
    , m_localRow(new QWidget(this))
    , m_folder(new QLineEdit(m_localRow))
    , m_browse(new QPushButton(tr("Bro&wse…"), m_localRow))
    , m_sftp(new QRadioButton(tr("SFT&P server"), this))
    , m_sftpRows(new QWidget(this))
    , m_connection(new QComboBox(m_sftpRows))
    , m_remoteFolder(new QLineEdit(m_sftpRows))
{
    setObjectName(u"fileStep"_s);
    body()->addWidget(createFileGroup());
    body()->addWidget(createNameGroup());
    body()->addWidget(createDestinationGroup());
    body()->addStretch(1);
    alignLabels(m_forms);
    useFixedFont(m_fileName);
    useFixedFont(m_suffix);
    refresh();
}

QWidget *FileStep::createFileGroup()
{
    auto *box = new QGroupBox(tr("Layout"), this);
    auto *form = formIn(box);
    m_forms << form;
    m_separator->setObjectName(u"valueSeparatorCombo"_s);
    for (char c : {',', ';', '\t'})
        m_separator->addItem(Wording::separatorName(c), int(c));
    form->addRow(buddyLabel(tr("S&eparator:"), m_separator, this), m_separator);
    m_lineEnding->setObjectName(u"lineEndingCombo"_s);
    m_lineEnding->addItem(tr("CRLF (Windows, RFC 4180)"), true);
    m_lineEnding->addItem(tr("LF (Unix)"), false);
    form->addRow(buddyLabel(tr("&Line endings:"), m_lineEnding, this), m_lineEnding);

    m_header->setObjectName(u"headerRowCheck"_s);
    m_header->setToolTip(tr("A first line with the columns' headers, as named in “Choose data”"));
    form->addRow(QString(), m_header);
    m_bom->setObjectName(u"bomCheck"_s);
    auto *bomColumn = new QVBoxLayout;
    bomColumn->setSpacing(0);
    bomColumn->addWidget(m_bom);
    auto *bomHint = hint(tr("Excel needs it for accents."));
    bomHint->setToolTip(
        tr("Without it, Excel reads the file in the computer's old code page: “Renée” shows as “RenÃ©e”."));
    m_bom->setToolTip(bomHint->toolTip());
    bomColumn->addWidget(bomHint);
    form->addRow(QString(), bomColumn);
    m_guard->setObjectName(u"formulaGuardCheck"_s);
    auto *guardColumn = new QVBoxLayout;
    guardColumn->setSpacing(0);
    guardColumn->addWidget(m_guard);
    auto *guardHint = hint(tr("Text starting with = + - @, a tab or a CR gets a leading '."));
    guardHint->setToolTip(tr("A spreadsheet runs such values as formulas; with the ' it shows them as text."));
    m_guard->setToolTip(guardHint->toolTip());
    guardColumn->addWidget(guardHint);
    form->addRow(QString(), guardColumn);

    connect(m_separator, &QComboBox::activated, this, [this](int index) {
        const char c = char(m_separator->itemData(index).toInt());
        m_editor->edit(tr("Separate values with %1").arg(Wording::separatorName(c).toLower()),
                       [c](ExportDefinition &d) { d.format.separator = c; });
    });
    connect(m_lineEnding, &QComboBox::activated, this, [this](int index) {
        const bool crlf = m_lineEnding->itemData(index).toBool();
        m_editor->edit(crlf ? tr("End lines with CRLF") : tr("End lines with LF"),
                       [crlf](ExportDefinition &d) { d.format.crlf = crlf; });
    });
    editCheck(m_header, tr("Header row"), &ValueFormat::headerRow);
    editCheck(m_bom, tr("Byte-order mark"), &ValueFormat::bom);
    editCheck(m_guard, tr("Formula guard"), &ValueFormat::formulaGuard);
    return box;
}

void FileStep::editCheck(QCheckBox *box, const QString &text, bool ValueFormat::*member)
{
    connect(box, &QCheckBox::toggled, this, [this, text, member](bool on) {
        if (m_loading)
            return;
        m_editor->edit(on ? tr("%1 on").arg(text) : tr("%1 off").arg(text),
                       [member, on](ExportDefinition &d) { d.format.*member = on; });
    });
}

QWidget *FileStep::createNameGroup()
{
    auto *box = new QGroupBox(tr("Name"), this);
    auto *form = formIn(box);
    m_forms << form;
    m_fileName->setObjectName(u"fileNameEdit"_s);
    m_fileName->setPlaceholderText(tr("e.g. card_opens"));
    m_fileName->setToolTip(tr("The part of the name that stays the same on every run, without extension"));
    form->addRow(buddyLabel(tr("&File name:"), m_fileName, this), m_fileName);
    m_suffix->setObjectName(u"suffixCombo"_s);
    m_suffix->setEditable(true);
    m_suffix->setInsertPolicy(QComboBox::NoInsert);
    m_suffix->addItems({u"_yyyyMMdd"_s, u"_yyyyMMdd_HHmmss"_s, u"_yyyy-MM-dd"_s, u"-yyyyMMdd-HHmm"_s});
    m_suffix->lineEdit()->setPlaceholderText(tr("none: the same name every run"));
    m_suffix->setToolTip(tr("A date pattern added to the name on each run (yyyy year, MM month, dd day, HH hour, "
                            "mm minute, ss second)"));
    form->addRow(buddyLabel(tr("Date s&uffix:"), m_suffix, this), m_suffix);
    m_example->setObjectName(u"fileNameExample"_s);
    m_example->setTextFormat(Qt::RichText);
    m_example->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_example);
    m_compression->setObjectName(u"compressionCombo"_s);
    for (Compression c : {Compression::None, Compression::Gzip, Compression::Zip})
        m_compression->addItem(Wording::compressionTitle(c), int(c));
    form->addRow(buddyLabel(tr("&Compression:"), m_compression, this), m_compression);
    m_collision->setObjectName(u"collisionCombo"_s);
    for (NameCollision c : {NameCollision::AddSequence, NameCollision::Fail})
        m_collision->addItem(Wording::collisionTitle(c), int(c));
    m_collision->setToolTip(tr("What a second run on the same day does when its file's name is taken"));
    form->addRow(buddyLabel(tr("If the name is &taken:"), m_collision, this), m_collision);
    m_manifest->setObjectName(u"manifestCheck"_s);
    auto *manifestColumn = new QVBoxLayout;
    manifestColumn->setSpacing(0);
    manifestColumn->addWidget(m_manifest);
    auto *manifestHint = hint(tr("<file>.manifest.json: size, SHA-256, rows and ranges, after the file."));
    manifestHint->setTextFormat(Qt::PlainText);
    manifestHint->setToolTip(tr("The receiving side can check it got the whole file, and every row exactly once."));
    m_manifest->setToolTip(manifestHint->toolTip());
    manifestColumn->addWidget(manifestHint);
    form->addRow(QString(), manifestColumn);

    connect(m_fileName, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_editor->edit(tr("Change the file name"), [text](ExportDefinition &d) { d.file.name = text; },
                       DefinitionEditor::FileNameKey);
    });
    connect(m_fileName, &QLineEdit::editingFinished, m_editor, &DefinitionEditor::sealMerge);
    auto editSuffix = [this](const QString &text) {
        m_editor->edit(tr("Change the date suffix"), [text](ExportDefinition &d) { d.file.suffix = text; },
                       DefinitionEditor::SuffixKey);
    };
    connect(m_suffix->lineEdit(), &QLineEdit::textEdited, this, editSuffix);
    connect(m_suffix, &QComboBox::activated, this, [this, editSuffix](int index) {
        m_editor->sealMerge();
        editSuffix(m_suffix->itemText(index));
        m_editor->sealMerge();
    });
    connect(m_suffix->lineEdit(), &QLineEdit::editingFinished, m_editor, &DefinitionEditor::sealMerge);
    connect(m_compression, &QComboBox::activated, this, [this](int index) {
        const auto c = Compression(m_compression->itemData(index).toInt());
        m_editor->edit(tr("Compression: %1").arg(Wording::compressionTitle(c)),
                       [c](ExportDefinition &d) { d.file.compression = c; });
    });
    connect(m_manifest, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading)
            return;
        m_editor->edit(on ? tr("Manifest on") : tr("Manifest off"), [on](ExportDefinition &d) { d.file.manifest = on; });
    });
    connect(m_collision, &QComboBox::activated, this, [this](int index) {
        const auto c = NameCollision(m_collision->itemData(index).toInt());
        m_editor->edit(tr("When the name is taken: %1").arg(Wording::collisionTitle(c).toLower()),
                       [c](ExportDefinition &d) { d.file.collision = c; });
    });
    return box;
}

QWidget *FileStep::createDestinationGroup()
{
    auto *box = new QGroupBox(tr("Destination"), this);
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(6);
    auto *group = new QButtonGroup(this);
    m_local->setObjectName(u"localRadio"_s);
    m_sftp->setObjectName(u"sftpRadio"_s);
    group->addButton(m_local, int(Destination::Type::Local));
    group->addButton(m_sftp, int(Destination::Type::Sftp));

    // Indented under their radio button, so it is plain which choice they belong to.
    const int indent = m_local->sizeHint().height() + 4;
    auto *localLayout = new QHBoxLayout(m_localRow);
    localLayout->setContentsMargins(indent, 0, 0, 0);
    m_folder->setObjectName(u"folderEdit"_s);
    m_folder->setPlaceholderText(tr("the folder the file is written to"));
    m_folder->setAccessibleName(tr("Folder"));
    m_browse->setObjectName(u"folderBrowseButton"_s);
    localLayout->addWidget(m_folder, 1);
    localLayout->addWidget(m_browse);

    auto *sftpForm = new QFormLayout(m_sftpRows);
    sftpForm->setContentsMargins(indent, 0, 0, 0);
    sftpForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    sftpForm->setHorizontalSpacing(12);
    m_connection->setObjectName(u"destinationConnectionCombo"_s);
    fillConnections();
    // Shown again once filled: the base class's refresh came first and found the old list.
    connect(m_editor, &DefinitionEditor::contextChanged, this, [this] {
        fillConnections();
        refresh();
    });
    sftpForm->addRow(buddyLabel(tr("Connect&ion:"), m_connection, this), m_connection);
    m_remoteFolder->setObjectName(u"remoteFolderEdit"_s);
    sftpForm->addRow(buddyLabel(tr("&Remote folder:"), m_remoteFolder, this), m_remoteFolder);

    layout->addWidget(m_local);
    layout->addWidget(m_localRow);
    layout->addWidget(m_sftp);
    layout->addWidget(m_sftpRows);

    connect(group, &QButtonGroup::idClicked, this, [this](int id) {
        const auto type = Destination::Type(id);
        m_editor->edit(type == Destination::Type::Local ? tr("Deliver to a local folder") : tr("Upload by SFTP"),
                       [type](ExportDefinition &d) {
                           if (d.destination.type == type)
                               return;
                           // A local folder means nothing on the server, and the reverse.
                           d.destination.type = type;
                           d.destination.path.clear();
                       });
    });
    connect(m_folder, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_editor->edit(tr("Change the folder"), [text](ExportDefinition &d) { d.destination.path = text; },
                       DefinitionEditor::LocalFolderKey);
    });
    connect(m_folder, &QLineEdit::editingFinished, m_editor, &DefinitionEditor::sealMerge);
    connect(m_browse, &QPushButton::clicked, this, &FileStep::browse);
    connect(m_connection, &QComboBox::activated, this, [this](int index) {
        const QString name = m_connection->itemData(index).toString();
        m_editor->edit(tr("Upload to %1").arg(name), [name](ExportDefinition &d) { d.destination.connection = name; });
    });
    connect(m_remoteFolder, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_editor->edit(tr("Change the remote folder"), [text](ExportDefinition &d) { d.destination.path = text; },
                       DefinitionEditor::RemoteFolderKey);
    });
    connect(m_remoteFolder, &QLineEdit::editingFinished, m_editor, &DefinitionEditor::sealMerge);
    return box;
}

void FileStep::fillConnections()
{
    const QSignalBlocker block(m_connection);
    m_connection->clear();
    const QList<Connection> &connections = m_editor->connections();
    for (const Connection &c : connections) {
        m_connection->addItem(c.name, c.name);
        m_connection->setItemData(m_connection->count() - 1, c.writePath, Qt::UserRole + 1);
        m_connection->setItemData(m_connection->count() - 1, c.endpoint(), Qt::ToolTipRole);
    }
    m_connection->setPlaceholderText(!m_editor->isLoaded()  ? tr("(reading the workspace…)")
                                     : connections.isEmpty() ? tr("(no connections: add one on the Connections page)")
                                                             : tr("(choose a connection)"));
}

void FileStep::browse()
{
    const QString dir = FileChoosers::existingDirectory(this, tr("Folder for the export's files"),
                                                        m_editor->definition().destination.path);
    if (dir.isEmpty())
        return;
    m_editor->sealMerge();
    m_editor->edit(tr("Choose the folder"), [dir](ExportDefinition &d) {
        d.destination.type = Destination::Type::Local;
        d.destination.path = QDir::toNativeSeparators(QDir::cleanPath(dir));
    });
}

void FileStep::reload()
{
    const ExportDefinition &d = m_editor->definition();
    m_separator->setCurrentIndex(m_separator->findData(int(d.format.separator)));
    m_lineEnding->setCurrentIndex(m_lineEnding->findData(d.format.crlf));
    m_header->setChecked(d.format.headerRow);
    m_bom->setChecked(d.format.bom);
    m_guard->setChecked(d.format.formulaGuard);

    setText(m_fileName, d.file.name);
    setText(m_suffix->lineEdit(), d.file.suffix);
    if (d.file.name.trimmed().isEmpty()) {
        m_example->setText(tr("Give the file a name to see what each run will call it."));
    } else {
        const QDateTime now = QDateTime::currentDateTime();
        QString text = tr("A run now writes <b>%1</b>").arg(d.fileNameFor(now).toHtmlEscaped());
        if (d.file.collision == NameCollision::AddSequence)
            text += u"<br>"_s + tr("or, when that name is taken, %1").arg(d.fileNameFor(now, 2).toHtmlEscaped());
        m_example->setText(text);
    }
    m_compression->setCurrentIndex(m_compression->findData(int(d.file.compression)));
    m_collision->setCurrentIndex(m_collision->findData(int(d.file.collision)));
    m_manifest->setChecked(d.file.manifest);

    const bool local = d.destination.type == Destination::Type::Local;
    m_local->setChecked(local);
    m_sftp->setChecked(!local);
    m_localRow->setVisible(local);
    m_sftpRows->setVisible(!local);
    if (local) {
        setText(m_folder, d.destination.path);
    } else {
        int at = m_connection->findData(d.destination.connection);
        if (at < 0 && !d.destination.connection.isEmpty() && m_editor->isLoaded()) {
            m_connection->addItem(tr("%1 (not in this workspace)").arg(d.destination.connection),
                                  d.destination.connection);
            at = m_connection->count() - 1;
        }
        m_connection->setCurrentIndex(at);
        const QString writePath = at >= 0 ? m_connection->itemData(at, Qt::UserRole + 1).toString() : QString();
        m_remoteFolder->setPlaceholderText(writePath.isEmpty() ? tr("the connection's write path")
                                                               : tr("the connection's write path, %1").arg(writePath));
        setText(m_remoteFolder, d.destination.path);
    }
}

} // namespace wb::ui
