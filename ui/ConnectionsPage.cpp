// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionsPage.h"

#include "AsyncTask.h"
#include "ConnectionEditor.h"
#include "ConnectionTableModel.h"
#include "DoctorDialog.h"
#include "EmptyState.h"
#include "Icons.h"
#include "MessageBox.h"
#include "MessageWidget.h"
#include "WorkspaceWrite.h"
#include "core/ConnectionStore.h"
#include "core/Secrets.h"
#include "core/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

ConnectionsPage::ConnectionsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ConnectionTableModel(workspace, this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(Icons::page(Icons::Page::Connections, palette()), tr("No connections yet"),
                             tr("A connection is the SFTP account a platform such as Full Measure or Deployteq "
                                "gives you: a domain, a username and a private key. Add one, test it, and "
                                "Writeback Studio can take in its writeback files."),
                             m_stack))
    , m_view(new QTableView(m_stack))
    , m_message(new MessageWidget(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_test(new QPushButton(tr("&Test"), this))
{
    setObjectName(u"ConnectionsPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);

    auto *title = new QLabel(tr("Connections"), this);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    auto *subtitle = new QLabel(tr("The SFTP servers of the platforms that send you writeback files."), this);
    subtitle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(title);
    layout->addWidget(subtitle);

    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(u"addButton"_s);
    m_edit->setObjectName(u"editButton"_s);
    m_remove->setObjectName(u"removeButton"_s);
    m_test->setObjectName(u"testButton"_s);
    m_test->setToolTip(tr("Run the connection doctor on the selected connection"));
    toolbar->addWidget(add);
    toolbar->addWidget(m_edit);
    toolbar->addWidget(m_remove);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_test);
    toolbar->addStretch(1);
    layout->addLayout(toolbar);
    m_message->setObjectName(u"pageMessage"_s);
    layout->addWidget(m_message);

    m_empty->setObjectName(u"connectionsEmpty"_s);
    m_empty->setAction(tr("Add your first connection"));
    m_view->setObjectName(u"connectionsTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    // Room between columns: endpoints and paths are long and run into each other otherwise.
    m_view->setStyleSheet(u"QTableView#connectionsTable::item { padding: 0 14px 0 8px; }"
                          "QTableView#connectionsTable QHeaderView::section { padding: 5px 14px 5px 8px; }"_s);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(ConnectionTableModel::Name, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ConnectionTableModel::Endpoint, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ConnectionTableModel::ReadPath, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setMinimumSectionSize(120);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);

    connect(add, &QPushButton::clicked, this, &ConnectionsPage::addConnection);
    connect(m_empty->actionButton(), &QPushButton::clicked, this, &ConnectionsPage::addConnection);
    connect(m_edit, &QPushButton::clicked, this, &ConnectionsPage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsPage::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &ConnectionsPage::testSelected);
    connect(m_view, &QTableView::doubleClicked, this, &ConnectionsPage::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConnectionsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConnectionsPage::updateActions);
    updateActions();
}

void ConnectionsPage::reload()
{
    m_model->reload();
}

ConnectionEditor *ConnectionsPage::addConnection()
{
    return openEditor(nullptr);
}

ConnectionEditor *ConnectionsPage::editSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return nullptr;
    const Connection c = m_model->connectionAt(row);
    return openEditor(&c);
}

ConnectionEditor *ConnectionsPage::openEditor(const Connection *existing)
{
    auto *editor = new ConnectionEditor(m_workspace, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (existing)
        editor->setConnection(*existing);
    connect(editor, &ConnectionEditor::saved, this, [this](const Connection &c) {
        m_model->reload();
        m_view->selectRow(m_model->rowOf(c.name));
        m_message->clear();
    });
    editor->open();
    return editor;
}

DoctorDialog *ConnectionsPage::testSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return nullptr;
    auto *dialog = new DoctorDialog(m_model->connectionAt(row), m_workspace.knownHostsPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->begin();
    return dialog;
}

void ConnectionsPage::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Connection c = m_model->connectionAt(row);
    const auto answer = MessageBox::question(
        this, tr("Remove connection"),
        tr("Remove the connection “%1” (%2)?\n\nThe private key file and anything already taken in are kept.")
            .arg(c.name, c.endpoint()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, tr("Remove"));
    if (answer != QMessageBox::Yes)
        return;
    WorkspaceWrite::start(
        this, m_workspace.path(),
        [name = c.name](Workspace &ws, QString *error) { return ConnectionStore(ws).remove(name, error); }, m_message,
        [this, name = c.name](bool ok) {
            if (!ok)
                return;
            m_model->reload();
            // Its passphrase goes too; a keychain that is not there has nothing to forget.
            runAsync(this, [workspace = m_workspace.id(), name] { return Secrets::removePassphrase(workspace, name); },
                     [](const Secrets::Result &) {});
        });
}

int ConnectionsPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ConnectionsPage::updateActions()
{
    const bool any = m_model->rowCount() > 0;
    m_stack->setCurrentWidget(any ? static_cast<QWidget *>(m_view) : m_empty);
    const bool selected = selectedRow() >= 0;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_test->setEnabled(selected);
    if (any && !selected)
        m_view->selectRow(0);
}

} // namespace wb::ui
