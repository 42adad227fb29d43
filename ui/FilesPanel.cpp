// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilesPanel.h"

#include "FilesModel.h"
#include "Icons.h"
#include "MessageWidget.h"
#include "RawFileView.h"
#include "RuleFromFile.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

FilesPanel::FilesPanel(FilesModel *model, QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_info(new QLabel(this))
    , m_reason(new MessageWidget(this))
    , m_raw(new RawFileView(this))
{
    setObjectName(u"filesPanel"_s);
    setChildrenCollapsible(false);

    m_view->setObjectName(u"filesTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    auto *header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    for (int c = 0; c < FilesModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FilesModel::Name, QHeaderView::Stretch);

    auto *detail = new QWidget(this);
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    m_info->setObjectName(u"fileInfo"_s);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setObjectName(u"fileReason"_s);
    m_reason->actionButton()->setObjectName(u"makeRuleButton"_s);
    m_reason->actionButton()->setText(tr("Make a &rule for files like this one…"));
    m_reason->actionButton()->setToolTip(tr("Say in a rule of the connection how files like this one are taken "
                                            "in: their dataset, their date order"));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_raw->setObjectName(u"rawFileView"_s);
    layout->addWidget(m_info);
    layout->addWidget(m_reason);
    layout->addWidget(m_raw, 1);

    addWidget(m_view);
    addWidget(detail);
    setSizes({220, 300});

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FilesPanel::showFile);
    connect(m_view, &QTableView::customContextMenuRequested, this, &FilesPanel::showMenu);
    connect(m_reason->actionButton(), &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            Q_EMIT makeRuleRequested(m_model->fileAt(rows.first().row()));
    });
    // A reset clears the selection without a signal: select the same file again, or show none.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const QString name = m_selected;
        m_selected.clear();
        if (m_model->rowOf(name) >= 0)
            selectFile(name);
        else
            showFile();
    });
}

void FilesPanel::selectFile(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_view->selectRow(row);
}

void FilesPanel::showFile()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_selected.clear();
        m_info->clear();
        m_reason->clear();
        m_raw->clear();
        return;
    }
    const FileRecord f = m_model->fileAt(rows.first().row());
    m_selected = f.name;
    const QString from = f.source == u"local"_s ? QDir::toNativeSeparators(f.path) : tr("%1 on %2").arg(f.path, f.source);
    m_info->setText(tr("<b>%1</b> — %2, %3")
                        .arg(f.name.toHtmlEscaped(), from.toHtmlEscaped(), QLocale().formattedDataSize(f.size)));
    m_raw->showFile(f);
    if (f.state == u"failed"_s) {
        m_reason->showMessage(FilesModel::reasonOf(f), Icons::Tone::Negative);
        m_reason->actionButton()->setVisible(RuleFromFile::appliesTo(f));
        if (f.errorLine > 0)
            m_raw->goToLine(f.errorLine);
    } else {
        m_reason->clear();
    }
}

void FilesPanel::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const FileRecord f = m_model->fileAt(index.row());
    if (!RuleFromFile::appliesTo(f))
        return;
    QMenu menu(this);
    menu.addAction(tr("Make a &rule for files like this one…"), this, [this, f] { Q_EMIT makeRuleRequested(f); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace wb::ui
