// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionsPage.h"

#include "AsyncTask.h"
#include "ConnectionEditor.h"
#include "ConnectionTableModel.h"
#include "ConsumeTask.h"
#include "DoctorDialog.h"
#include "EmptyState.h"
#include "Icons.h"
#include "MessageBox.h"
#include "MessageWidget.h"
#include "QueueEditor.h"
#include "ScheduleEditor.h"
#include "WorkspaceWrite.h"
#include "core/ConnectionStore.h"
#include "core/Secrets.h"
#include "core/Workspace.h"
#include "jobs/Job.h"
#include "queue/QueueReplay.h"
#include "queue/QueueStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
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
    , m_consumeTask(new ConsumeTask(workspace.path(), this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(Icons::page(Icons::Page::Connections, palette()), tr("No connections yet"),
                             tr("A connection is the SFTP account a platform such as Full Measure or Deployteq "
                                "gives you: a domain, a username and a private key. Add one, test it, and "
                                "Writeback Studio can take in its writeback files."),
                             m_stack))
    , m_view(new QTableView(m_stack))
    , m_message(new MessageWidget(this))
    , m_progressRow(new QWidget(this))
    , m_progressLabel(new QLabel(m_progressRow))
    , m_progress(new QProgressBar(m_progressRow))
    , m_cancel(new QPushButton(tr("Cancel"), m_progressRow))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_schedule(new QPushButton(tr("&Schedule…"), this))
    , m_consume(new QPushButton(tr("C&onsume now"), this))
    , m_replay(new QPushButton(tr("Read &kept again"), this))
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
    auto *subtitle = new QLabel(tr("The SFTP servers and message queues of the platforms that send you writeback data."),
                                this);
    subtitle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(title);
    layout->addWidget(subtitle);

    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    auto *add = new QPushButton(tr("&Add connection…"), this);
    add->setObjectName(u"addButton"_s);
    add->setToolTip(tr("Add an SFTP server a platform drops its files on"));
    auto *addQueue = new QPushButton(tr("Add &queue…"), this);
    addQueue->setObjectName(u"addQueueButton"_s);
    addQueue->setToolTip(tr("Add a message queue a platform publishes on, such as Civitas's Amazon MQ"));
    m_edit->setObjectName(u"editButton"_s);
    m_remove->setObjectName(u"removeButton"_s);
    m_test->setObjectName(u"testButton"_s);
    m_test->setToolTip(tr("Run the doctor on the selected connection or queue"));
    m_schedule->setObjectName(u"scheduleButton"_s);
    m_schedule->setToolTip(tr("Fetch from the selected connection, or consume the selected queue, on a schedule"));
    m_consume->setObjectName(u"consumeButton"_s);
    m_consume->setToolTip(tr("Take in the messages waiting on the selected queue now"));
    m_replay->setObjectName(u"replayButton"_s);
    m_replay->setToolTip(tr("Read the selected queue's messages kept as unreadable again, after an update that "
                            "can read them"));
    toolbar->addWidget(add);
    toolbar->addWidget(addQueue);
    toolbar->addWidget(m_edit);
    toolbar->addWidget(m_remove);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_test);
    toolbar->addWidget(m_schedule);
    toolbar->addWidget(m_consume);
    toolbar->addWidget(m_replay);
    toolbar->addStretch(1);
    layout->addLayout(toolbar);

    auto *progress = new QHBoxLayout(m_progressRow);
    progress->setContentsMargins(0, 0, 0, 0);
    m_progressRow->setObjectName(u"progressRow"_s);
    m_progressLabel->setObjectName(u"progressLabel"_s);
    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setRange(0, 0); // how many messages wait is not known in advance
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(240);
    m_cancel->setObjectName(u"cancelButton"_s);
    progress->addWidget(m_progressLabel, 1);
    progress->addWidget(m_progress);
    progress->addWidget(m_cancel);
    m_progressRow->hide();
    layout->addWidget(m_progressRow);
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
    for (int column : {ConnectionTableModel::Name, ConnectionTableModel::Kind, ConnectionTableModel::Endpoint,
                       ConnectionTableModel::ReadPath})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Narrow enough for the Kind column; the others are as wide as what they hold.
    m_view->horizontalHeader()->setMinimumSectionSize(72);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);

    connect(add, &QPushButton::clicked, this, &ConnectionsPage::addConnection);
    connect(addQueue, &QPushButton::clicked, this, &ConnectionsPage::addQueue);
    connect(m_empty->actionButton(), &QPushButton::clicked, this, &ConnectionsPage::addConnection);
    connect(m_edit, &QPushButton::clicked, this, &ConnectionsPage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsPage::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &ConnectionsPage::testSelected);
    connect(m_schedule, &QPushButton::clicked, this, &ConnectionsPage::scheduleSelected);
    connect(m_consume, &QPushButton::clicked, this, &ConnectionsPage::consumeSelected);
    connect(m_replay, &QPushButton::clicked, this, &ConnectionsPage::replaySelected);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_progressLabel->setText(tr("Cancelling…"));
        m_consumeTask->cancel();
    });
    connect(m_consumeTask, &ConsumeTask::progress, this, [this](qint64 messages, qint64 rows) {
        if (messages > 0)
            m_progressLabel->setText(tr("%1: %2 messages, %3 rows so far…")
                                         .arg(m_consuming)
                                         .arg(QLocale().toString(messages), QLocale().toString(rows)));
    });
    connect(m_consumeTask, &ConsumeTask::finished, this, &ConnectionsPage::afterConsume);
    connect(m_view, &QTableView::doubleClicked, this, &ConnectionsPage::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConnectionsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConnectionsPage::updateActions);
    updateActions();
}

ConnectionsPage::~ConnectionsPage() = default;

void ConnectionsPage::reload()
{
    m_model->reload();
}

bool ConnectionsPage::select(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_view->selectRow(row);
    return row >= 0;
}

ConnectionEditor *ConnectionsPage::addConnection()
{
    return openEditor(nullptr);
}

QueueEditor *ConnectionsPage::addQueue()
{
    return openQueueEditor(nullptr);
}

QDialog *ConnectionsPage::editSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return nullptr;
    if (m_model->kindAt(row) == ConnectionTableModel::RowKind::Queue) {
        const QueueConnection q = m_model->queueAt(row);
        return openQueueEditor(&q);
    }
    const Connection c = m_model->connectionAt(row);
    return openEditor(&c);
}

ConnectionEditor *ConnectionsPage::openEditor(const Connection *existing)
{
    auto *editor = new ConnectionEditor(m_workspace, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (existing)
        editor->setConnection(*existing);
    connect(editor, &ConnectionEditor::saved, this, [this](const Connection &c) { afterSaved(c.name); });
    editor->open();
    return editor;
}

QueueEditor *ConnectionsPage::openQueueEditor(const QueueConnection *existing)
{
    auto *editor = new QueueEditor(m_workspace, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (existing)
        editor->setQueue(*existing);
    connect(editor, &QueueEditor::saved, this, [this](const QueueConnection &q) { afterSaved(q.name); });
    editor->open();
    return editor;
}

void ConnectionsPage::afterSaved(const QString &name)
{
    m_model->reload();
    m_view->selectRow(m_model->rowOf(name));
    m_message->clear();
}

DoctorDialog *ConnectionsPage::testSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return nullptr;
    auto *dialog = m_model->kindAt(row) == ConnectionTableModel::RowKind::Queue
                       ? new DoctorDialog(m_model->queueAt(row), this)
                       : new DoctorDialog(m_model->connectionAt(row), m_workspace.knownHostsPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->begin();
    return dialog;
}

ScheduleEditor *ConnectionsPage::scheduleSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return nullptr;
    const bool queue = m_model->kindAt(row) == ConnectionTableModel::RowKind::Queue;
    const JobId job{queue ? JobId::Kind::Consume : JobId::Kind::Fetch, m_model->nameAt(row)};
    return ScheduleEditor::editSchedule(m_workspace, job.toString(), this);
}

void ConnectionsPage::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const bool queue = m_model->kindAt(row) == ConnectionTableModel::RowKind::Queue;
    const QString name = m_model->nameAt(row);
    const auto answer =
        queue ? MessageBox::question(this, tr("Remove queue"),
                                     tr("Remove the queue “%1” (%2)?\n\nIts saved password goes too; the messages "
                                        "already taken in stay in the workspace.")
                                         .arg(name, m_model->queueAt(row).location()),
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, tr("Remove"))
              : MessageBox::question(this, tr("Remove connection"),
                                     tr("Remove the connection “%1” (%2)?\n\nThe private key file and anything "
                                        "already taken in are kept.")
                                         .arg(name, m_model->connectionAt(row).endpoint()),
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, tr("Remove"));
    if (answer != QMessageBox::Yes)
        return;
    WorkspaceWrite::start(
        this, m_workspace.path(),
        [name, queue](Workspace &ws, QString *error) {
            return queue ? QueueStore(ws).remove(name, error) : ConnectionStore(ws).remove(name, error);
        },
        m_message,
        [this, name, queue](bool ok) {
            if (!ok)
                return;
            m_model->reload();
            // Its passphrase or password goes too; a keychain that is not there has nothing to forget.
            runAsync(this, [workspace = m_workspace.id(), name, queue] {
                         return queue ? Secrets::removeSecret(queuePasswordKey(workspace, name))
                                      : Secrets::removePassphrase(workspace, name);
                     },
                     [](const Secrets::Result &) {});
        });
}

bool ConnectionsPage::consumeSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_model->kindAt(row) != ConnectionTableModel::RowKind::Queue || isConsuming())
        return false;
    const QueueConnection q = m_model->queueAt(row);
    m_message->clear();
    m_consuming = q.name;
    m_progressLabel->setText(tr("Connecting to %1…").arg(q.location()));
    m_cancel->setEnabled(true);
    m_progressRow->show();
    m_consumeTask->start(q);
    updateActions();
    return true;
}

bool ConnectionsPage::isConsuming() const
{
    return m_consumeTask->isRunning() || m_replaying;
}

bool ConnectionsPage::replaySelected()
{
    const int row = selectedRow();
    if (row < 0 || m_model->kindAt(row) != ConnectionTableModel::RowKind::Queue || isConsuming())
        return false;
    const QueueConnection q = m_model->queueAt(row);
    m_message->clear();
    m_replaying = true;
    m_progressLabel->setText(tr("Reading the messages kept from %1 again…").arg(q.name));
    m_cancel->setEnabled(false); // one transaction, over in moments
    m_progressRow->show();
    updateActions();
    struct Replayed
    {
        bool ok = false;
        LedgerCounts counts;
        QString error;
    };
    runAsync(
        this,
        [path = m_workspace.path(), q] {
            Replayed out;
            out.ok = replayKeptMessages(path, q, &out.counts, &out.error);
            return out;
        },
        [this, name = q.name](const Replayed &r) {
            m_replaying = false;
            m_progressRow->hide();
            updateActions();
            const QLocale locale;
            if (!r.ok) {
                m_message->showMessage(tr("The messages kept from %1 were not read again: %2").arg(name, r.error),
                                       Icons::Tone::Negative);
            } else if (r.counts.messages == 0) {
                m_message->showMessage(tr("%1 has no messages kept as unreadable.").arg(name), Icons::Tone::Info);
            } else {
                QStringList lines{tr("%1: %2 of %3 kept messages taken in now (%4 rows added, %5 updated); %6 still "
                                     "unreadable.")
                                      .arg(name, locale.toString(r.counts.taken), locale.toString(r.counts.messages),
                                           locale.toString(r.counts.rowsAdded), locale.toString(r.counts.rowsUpdated),
                                           locale.toString(r.counts.unreadable))};
                lines << r.counts.problems;
                m_message->showMessage(lines.join(u'\n'), r.counts.unreadable > 0 ? Icons::Tone::Warning
                                                                                   : Icons::Tone::Positive);
            }
            Q_EMIT replayFinished();
        });
    return true;
}

void ConnectionsPage::afterConsume(const ConsumeResult &result)
{
    m_progressRow->hide();
    updateActions();
    const LedgerCounts &c = result.report.counts;
    const QLocale locale;
    // As a fetch says it: what came in, then what went wrong, with the reasons.
    const QString counts = tr("%1: %2 messages taken, %3 rows added, %4 updated; %5 already taken before, "
                              "%6 kept as unreadable.")
                               .arg(result.queue, locale.toString(c.taken), locale.toString(c.rowsAdded),
                                    locale.toString(c.rowsUpdated), locale.toString(c.duplicates),
                                    locale.toString(c.unreadable));
    if (result.outcome.state == u"skipped"_s || (result.outcome.failed() && result.outcome.runId == 0)) {
        m_message->showMessage(tr("%1 was not consumed: %2").arg(result.queue, result.outcome.error),
                               Icons::Tone::Negative);
    } else if (result.cancelled()) {
        m_message->showMessage(tr("Cancelled. %1 The rest waits on the queue.").arg(counts), Icons::Tone::Info);
    } else if (result.report.error) {
        m_message->showMessage(tr("Consuming %1 failed: %2\n%3").arg(result.queue, result.report.error.message, counts),
                               Icons::Tone::Negative);
    } else if (c.unreadable > 0) {
        QStringList lines{counts, tr("Kept unread, with the reasons (Read kept again reads them after an update "
                                     "that can):")};
        lines << c.problems;
        m_message->showMessage(lines.join(u'\n'), Icons::Tone::Warning);
    } else if (c.messages == 0) {
        m_message->showMessage(tr("%1 had no messages waiting.").arg(result.queue), Icons::Tone::Info);
    } else {
        m_message->showMessage(counts, Icons::Tone::Positive);
    }
    Q_EMIT consumeFinished(result);
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
    const int row = selectedRow();
    const bool selected = row >= 0;
    const bool queue = selected && m_model->kindAt(row) == ConnectionTableModel::RowKind::Queue;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_test->setEnabled(selected);
    m_schedule->setEnabled(selected);
    // Queues are listed last: only a workspace that has one needs the button.
    const int rows = m_model->rowCount();
    const bool queues = rows > 0 && m_model->kindAt(rows - 1) == ConnectionTableModel::RowKind::Queue;
    for (QPushButton *b : {m_consume, m_replay}) {
        b->setVisible(queues);
        b->setEnabled(queue && !isConsuming());
    }
    if (any && !selected)
        m_view->selectRow(0);
}

} // namespace wb::ui
