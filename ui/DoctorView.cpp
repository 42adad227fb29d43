// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorView.h"

#include "DoctorRunner.h"
#include "DoctorStepRow.h"
#include "MessageWidget.h"
#include "TrustHostKeyDialog.h"
#include "queue/QueueDoctor.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>

using namespace Qt::StringLiterals;

namespace wb::ui {

DoctorView::DoctorView(QWidget *parent)
    : QWidget(parent)
    , m_runner(new DoctorRunner(this))
    , m_summary(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel test"), this))
    , m_copy(new QPushButton(tr("Copy report"), this))
    , m_message(new MessageWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto *header = new QHBoxLayout;
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_cancel->setObjectName(u"cancelTestButton"_s);
    m_cancel->hide();
    m_copy->setObjectName(u"copyReportButton"_s);
    m_copy->setToolTip(tr("Copies the full report as text, to paste into a support ticket"));
    m_copy->setEnabled(false);
    header->addWidget(m_summary, 1);
    header->addWidget(m_cancel);
    header->addWidget(m_copy);
    layout->addLayout(header);

    m_message->setObjectName(u"doctorMessage"_s);
    layout->addWidget(m_message);

    // The checklist sits on the base colour, like a document, so it reads as output.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"stepsArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *list = new QWidget(scroll);
    list->setBackgroundRole(QPalette::Base);
    list->setAutoFillBackground(true);
    m_rows = new QVBoxLayout(list);
    m_rows->setContentsMargins(8, 6, 8, 6);
    m_rows->setSpacing(0);
    m_rows->addStretch(1);
    scroll->setWidget(list);
    layout->addWidget(scroll, 1);

    connect(m_cancel, &QPushButton::clicked, this, &DoctorView::cancel);
    connect(m_copy, &QPushButton::clicked, this, &DoctorView::copyReport);
    connect(m_message->actionButton(), &QPushButton::clicked, this, &DoctorView::reviewHostKey);
    connect(m_runner, &DoctorRunner::stepChanged, this, &DoctorView::onStep);
    connect(m_runner, &DoctorRunner::finished, this, &DoctorView::onFinished);
    reset(Connection());
}

DoctorView::~DoctorView() = default;

void DoctorView::reset(const Connection &connection)
{
    m_connection = connection;
    resetSteps(Subject::Connection, ConnectionDoctor::plannedSteps(),
               tr("Checks every step from finding the server to writing a file, so you "
                  "can see where a connection fails and why."));
}

void DoctorView::start(const Connection &connection, const QString &knownHostsPath, const QString &passphrase)
{
    reset(connection);
    m_knownHostsPath = knownHostsPath;
    m_passphrase = passphrase;
    run(connection.endpoint(), DoctorRunner::connectionDoctor(connection, knownHostsPath, passphrase));
}

void DoctorView::reset(const QueueConnection &queue)
{
    Q_UNUSED(queue)
    resetSteps(Subject::Queue, QueueDoctor::plannedSteps(),
               tr("Checks every step from finding the broker to opening the queue, without taking a "
                  "message, so you can see where it fails and why."));
}

void DoctorView::start(const QueueConnection &queue, const QString &password)
{
    reset(queue);
    run(queue.location(), DoctorRunner::queueDoctor(queue, password));
}

void DoctorView::resetSteps(Subject subject, const QList<DoctorStep> &planned, const QString &intro)
{
    m_runner->cancel();
    setRunning(false);
    m_subject = subject;
    m_report.reset();
    m_copy->setEnabled(false);
    m_message->clear();
    qDeleteAll(m_steps);
    m_steps.clear();
    for (int i = 0; i < planned.size(); ++i) {
        auto *row = new DoctorStepRow(planned[i], i + 1, m_rows->parentWidget());
        m_rows->insertWidget(i, row);
        m_steps << row;
    }
    m_summary->setText(intro);
}

void DoctorView::run(const QString &target, DoctorRunner::Work work)
{
    m_summary->setText(tr("Testing %1…").arg(target));
    setRunning(true);
    m_runner->start(std::move(work));
}

void DoctorView::cancel()
{
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    setRunning(false);
    for (DoctorStepRow *row : std::as_const(m_steps)) {
        if (row->step().status == DoctorStep::Status::Running || row->step().status == DoctorStep::Status::Pending) {
            DoctorStep s = row->step();
            s.status = DoctorStep::Status::Skipped;
            s.detail = tr("Cancelled.");
            row->setStep(s);
        }
    }
    m_summary->setText(tr("The test was cancelled."));
}

bool DoctorView::isRunning() const
{
    return m_runner->isRunning();
}

void DoctorView::setTimeoutMs(int ms)
{
    m_runner->setTimeoutMs(ms);
}

DoctorStepRow *DoctorView::rowOf(DoctorStep::Id id) const
{
    // By id, not position: the queue doctor's ids are not numbered from its first step.
    for (DoctorStepRow *row : m_steps)
        if (row->step().id == id)
            return row;
    return nullptr;
}

void DoctorView::onStep(const DoctorStep &step)
{
    if (DoctorStepRow *row = rowOf(step.id))
        row->setStep(step);
}

void DoctorView::onFinished(const DoctorResult &report)
{
    m_report = report;
    bool failedBefore = false;
    for (const DoctorStep &s : report.steps) {
        onStep(s);
        if (DoctorStepRow *row = rowOf(s.id))
            row->setQuiet(failedBefore && s.status == DoctorStep::Status::Skipped);
        failedBefore = failedBefore || s.status == DoctorStep::Status::Failed;
    }
    setRunning(false);
    m_copy->setEnabled(true);
    showSummary(report);
    Q_EMIT finished(report);
    if (m_subject != Subject::Connection)
        return;
    const DoctorStepRow *hostKey = rowOf(DoctorStep::Id::HostKey);
    if (hostKey && hostKey->step().status == DoctorStep::Status::Failed
        && hostKey->step().error.kind == SshError::Kind::HostKeyUnknown)
        reviewHostKey();
}

void DoctorView::setRunning(bool running)
{
    m_cancel->setVisible(running);
    Q_EMIT runningChanged(running);
}

void DoctorView::showSummary(const DoctorResult &report)
{
    const QTime started = report.started.toLocalTime().time();
    m_summary->setText(tr("Tested %1 at %2.").arg(report.target, QLocale().toString(started, QLocale::ShortFormat)));
    const bool queue = m_subject == Subject::Queue;
    const auto numberOf = [&](const DoctorStep &s) {
        return int(std::find_if(report.steps.begin(), report.steps.end(),
                                [&](const DoctorStep &o) { return o.id == s.id; })
                   - report.steps.begin())
               + 1;
    };
    if (report.passed()) {
        const auto warned = std::find_if(report.steps.begin(), report.steps.end(), [](const DoctorStep &s) {
            return s.status == DoctorStep::Status::Warning;
        });
        // A warning (amqp:// without TLS) still works, but must not read as all clear.
        if (queue && warned != report.steps.end())
            m_message->showMessage(tr("The queue can be read, with a warning at step %1, “%2”: read it before "
                                      "you rely on this queue.")
                                       .arg(numberOf(*warned))
                                       .arg(warned->title),
                                   Icons::Tone::Warning);
        else
            m_message->showMessage(queue ? tr("The queue can be read: every step passed.")
                                         : tr("The connection works: every step passed."),
                                   Icons::Tone::Positive);
        return;
    }
    const auto failed = std::find_if(report.steps.begin(), report.steps.end(), [](const DoctorStep &s) {
        return s.status == DoctorStep::Status::Failed;
    });
    const SshError::Kind kind = queue ? SshError::Kind::Other : failed->error.kind;
    if (kind == SshError::Kind::HostKeyChanged) {
        m_message->showMessage(
            tr("Refused: the server's host key has changed since you trusted it. Either the server was "
               "reinstalled, or someone is intercepting the connection. Writeback Studio will not "
               "connect, and does not offer to trust the new key: ask the platform's support to "
               "confirm the new fingerprint first, then remove the old key from %1.")
                .arg(QDir::toNativeSeparators(m_knownHostsPath)),
            Icons::Tone::Negative);
        return;
    }
    if (kind == SshError::Kind::HostKeyUnknown) {
        m_message->showMessage(tr("This server is not trusted yet. Compare its host key with the "
                                  "fingerprint the platform gave you before you trust it."),
                               Icons::Tone::Warning);
        m_message->actionButton()->setText(tr("Review host key…"));
        m_message->actionButton()->show();
        return;
    }
    const QString text = queue ? tr("The queue cannot be read: step %1, “%2”, failed. The step says what to check.")
                               : tr("The connection does not work: step %1, “%2”, failed. The step says what to check.");
    m_message->showMessage(text.arg(numberOf(*failed)).arg(failed->title), Icons::Tone::Negative);
}

void DoctorView::reviewHostKey()
{
    auto *dialog = new TrustHostKeyDialog(m_connection, m_knownHostsPath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        start(m_connection, m_knownHostsPath, m_passphrase);
    });
    dialog->open();
}

void DoctorView::copyReport()
{
    if (m_report)
        QGuiApplication::clipboard()->setText(m_report->toText());
}

} // namespace wb::ui
