// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StepPage.h"
#include "export/ExportDefinition.h"

class QCheckBox;
class QFormLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace wb::ui {

// Step 4: the file's layout (separator, header row, line endings, BOM, formula guard), its
// name, compression, whether a manifest goes with it, and where it is delivered.
class FileStep : public StepPage
{
    Q_OBJECT

public:
    FileStep(DefinitionEditor *editor, QWidget *parent = nullptr);

    QComboBox *separatorCombo() const { return m_separator; }
    QCheckBox *headerCheck() const { return m_header; }
    QCheckBox *bomCheck() const { return m_bom; }
    QLineEdit *fileNameEdit() const { return m_fileName; }
    QComboBox *suffixCombo() const { return m_suffix; }
    QLabel *fileNameExample() const { return m_example; }
    QLineEdit *folderEdit() const { return m_folder; }
    QPushButton *browseButton() const { return m_browse; }
    QRadioButton *sftpRadio() const { return m_sftp; }
    QComboBox *connectionCombo() const { return m_connection; }
    QCheckBox *manifestCheck() const { return m_manifest; }

protected:
    void reload() override;

private:
    QWidget *createFileGroup();
    QWidget *createNameGroup();
    QWidget *createDestinationGroup();
    void fillConnections();
    void browse();
    void editCheck(QCheckBox *box, const QString &text, bool ValueFormat::*member);

    QComboBox *m_separator;
    QCheckBox *m_header;
    QComboBox *m_lineEnding;
    QCheckBox *m_bom;
    QCheckBox *m_guard;
    QLineEdit *m_fileName;
    QComboBox *m_suffix;
    QLabel *m_example;
    QComboBox *m_compression;
    QComboBox *m_collision;
    QCheckBox *m_manifest;
    QRadioButton *m_local;
    QWidget *m_localRow;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QRadioButton *m_sftp;
    QWidget *m_sftpRows;
    QComboBox *m_connection;
    QLineEdit *m_remoteFolder;
    QList<QFormLayout *> m_forms;
};

} // namespace wb::ui
