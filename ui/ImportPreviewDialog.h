// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/CsvDialect.h"
#include "intake/Importer.h"

#include <QByteArray>
#include <QDialog>
#include <QScopedPointer>

class QStandardItemModel;

namespace Ui {
class ImportPreviewDialog;
}

namespace wb::ui {

// Takes a CSV file in as a generic dataset named by the user: shows what sniffing found (with
// why), lets the user override separator, quote, encoding and header, and previews the first
// rows as they would be read. OK stays disabled while the rows cannot be read or the name is
// not a valid dataset name.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // How much of the file the preview reads, each time a choice changes.
    static constexpr qsizetype PreviewBytes = 256 * 1024;
    static constexpr int PreviewRows = 20;

    // dataset: the name to propose; empty: "local.<file base name in snake_case>".
    explicit ImportPreviewDialog(const QString &path, const QString &dataset = {}, QWidget *parent = nullptr);
    ~ImportPreviewDialog() override;

    // The request to take the file in with (localPath, dataset, encoding, delimiter, quote, header).
    ImportRequest overrides() const;
    csv::CsvDialect dialect() const;

    // "Slate Export (2).csv" -> "local.slate_export_2"
    static QString proposedDatasetName(const QString &path);

    // The current reading error, empty when the preview reads cleanly.
    QString errorText() const;
    bool canAccept() const;

private:
    void fillChoices();
    void render();
    void updateName();
    void updateOk();

    QScopedPointer<::Ui::ImportPreviewDialog> m_ui;
    QString m_path;
    QByteArray m_sample;
    bool m_truncated = false;
    csv::SniffReport m_report;
    QStandardItemModel *m_model;
    QString m_error;
    bool m_nameValid = false;
};

} // namespace wb::ui
