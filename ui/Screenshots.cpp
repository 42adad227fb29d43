// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshots.h"

#include "AboutDialog.h"
#include "AppScheduler.h"
#include "ConnectionEditor.h"
#include "ConnectionTableModel.h"
#include "ConnectionsPage.h"
#include "QueueEditor.h"
#include "DataPage.h"
#include "DoctorDialog.h"
#include "DoctorView.h"
#include "IntakeRuleDialog.h"
#include "IntakeRuleList.h"
#include "ExportDesigner.h"
#include "ExportsPage.h"
#include "MainWindow.h"
#include "RunsModel.h"
#include "RunsPage.h"
#include "ScheduleEditor.h"
#include "TrayIcon.h"
#include "TrustHostKeyDialog.h"
#include "core/ConnectionStore.h"
#include "core/Workspace.h"
#include "designer/DefinitionEditor.h"
#include "designer/PreviewPane.h"
#include "export/ExportStore.h"
#include "intake/Importer.h"
#include "jobs/JobHistory.h"
#include "jobs/JobRunner.h"
#include "jobs/ScheduleStore.h"
#include "queue/QueueStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QUndoStack>
#include <QProgressBar>
#include <QTabWidget>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMenu>
#include <QContextMenuEvent>
#include <QPainter>
#include <QHeaderView>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace wb::ui::Screenshots {

namespace {

class Shooter
{
public:
    explicit Shooter(const QString &dir)
        : m_dir(dir)
    {
    }

    void shoot(QWidget *w, const QString &name)
    {
        w->show();
        settle();
        const QString file = QDir(m_dir).filePath(name + u".png"_s);
        if (!w->grab().save(file)) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(QDir::toNativeSeparators(file)));
            m_ok = false;
            return;
        }
        std::printf("%s\n", qPrintable(QDir::toNativeSeparators(file)));
    }

    // A window with a popup open over it: the popup is a window of its own, which grab()
    // leaves out, so it is painted in where it shows.
    void shootWithPopup(QWidget *w, QWidget *popup, const QString &name)
    {
        settle();
        QPixmap shot = w->grab();
        {
            QPainter painter(&shot);
            painter.drawPixmap(w->mapFromGlobal(popup->mapToGlobal(QPoint(0, 0))), popup->grab());
        }
        const QString file = QDir(m_dir).filePath(name + u".png"_s);
        if (!shot.save(file)) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(QDir::toNativeSeparators(file)));
            m_ok = false;
            return;
        }
        std::printf("%s\n", qPrintable(QDir::toNativeSeparators(file)));
    }

    bool ok() const { return m_ok; }

    static void settle()
    {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }

    // Waits for `signal` of `sender`, at most `ms`.
    template<typename Sender, typename Signal>
    static void waitFor(Sender *sender, Signal signal, int ms)
    {
        QEventLoop loop;
        QObject::connect(sender, signal, &loop, &QEventLoop::quit);
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
        settle();
    }

    // The designer reads the workspace's datasets and exports on a worker.
    static void waitForContext(ExportDesigner *designer)
    {
        if (designer->editor()->isBusy())
            waitFor(designer->editor(), &DefinitionEditor::contextChanged, 2000);
    }

private:
    QString m_dir;
    bool m_ok = true;
};

// A neutrally named Actito export fetched from a connection, refused as ambiguous: the Files
// tab's offer, and the rule editor it opens.
void shootRuleFromFile(Shooter &shooter, Workspace &data, MainWindow &w, const QString &folder)
{
    QString error;
    Connection actito;
    actito.name = u"actito-exports"_s;
    actito.host = u"sftp.actito.example"_s;
    actito.user = u"alderridge-ce"_s;
    actito.keyFile = QDir(folder).filePath(u"actito_ed25519"_s);
    actito.readPath = u"/exports/incremental"_s;
    const QString path = QDir(folder).filePath(u"export_20261201.csv"_s);
    QFile file(path);
    if (!ConnectionStore(data).save(actito, &error) || !file.open(QIODevice::WriteOnly))
        return;
    file.write("interactionId;campaignId;abVersion;profileId;subscription;eventTime;emailAddress;campaignTechnicalName\n"
               "71001;412;A;88120;newsletter;05/12/2026 08:15:00;lotte.peeters@example.be;december_newsletter\n");
    file.close();
    ImportRequest request;
    request.localPath = path;
    request.name = u"export_20261201.csv"_s;
    request.source = actito.name;
    request.origin = actito.readPath + u"/export_20261201.csv"_s;
    Importer(data.path()).importFile(request);
    DataPage *page = w.dataPage();
    page->reload();
    page->selectFile(request.name);
    shooter.shoot(&w, u"data-files-rule-offer"_s);
    if (auto *button = page->findChild<QPushButton *>(u"makeRuleButton"_s))
        button->click();
    if (auto *dialog = page->findChild<IntakeRuleDialog *>()) {
        shooter.shoot(dialog, u"rule-from-file"_s);
        dialog->close();
    }
}

} // namespace

int render(Workspace &workspace, const QString &dir)
{
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "could not create %s\n", qPrintable(dir));
        return 1;
    }
    Shooter shooter(dir);

    MainWindow window(workspace);
    window.resize(1040, 660);
    const char *pages[] = {"main-connections", "main-data", "main-exports", "main-runs"};
    for (int p = 0; p < MainWindow::PageCount; ++p) {
        window.setPage(MainWindow::Page(p));
        shooter.shoot(&window, QString::fromLatin1(pages[p]));
    }
    // The designer on the workspace's first export, as "Edit" opens it, with its preview.
    if (const QList<ExportRecord> exports = ExportStore(workspace).list(); !exports.isEmpty()) {
        window.setPage(MainWindow::Exports);
        window.exportsPage()->selectExport(exports.first().definition.name);
        if (ExportDesigner *designer = window.exportsPage()->editSelected()) {
            Shooter::waitForContext(designer);
            Shooter::waitFor(designer, &ExportDesigner::previewUpdated, 1000);
            shooter.shoot(designer, u"main-exports-designer"_s);
            designer->close();
        }
    }

    {
        // A fresh workspace, for the first thing a new user sees.
        QTemporaryDir tmp;
        Workspace empty;
        QString error;
        if (tmp.isValid() && empty.open(tmp.filePath(u"empty.sqlite"_s), &error)) {
            MainWindow first(empty);
            first.resize(1040, 660);
            first.setPage(MainWindow::Connections);
            shooter.shoot(&first, u"main-connections-empty"_s);
        }
    }

    {
        // The Data page on a workspace of its own: nothing yet, then the demo files and a
        // broken one taken in, a dataset's rows, the failed file with why, and an import under way.
        QTemporaryDir tmp;
        Workspace data;
        QString error;
        if (tmp.isValid() && data.open(tmp.filePath(u"data.sqlite"_s), &error)) {
            MainWindow w(data);
            w.resize(1040, 660);
            w.setPage(MainWindow::Data);
            shooter.shoot(&w, u"data-empty"_s);
            DataPage *page = w.dataPage();
            QStringList files;
            for (const QString &name : {u"content_card_opens.csv"_s, u"Delivery_stats.csv"_s}) {
                QFile::copy(u":/demo/"_s + name, tmp.filePath(name));
                files << tmp.filePath(name);
            }
            QFile broken(tmp.filePath(u"content_card_opens_20261123.csv"_s));
            if (broken.open(QIODevice::WriteOnly)) {
                broken.write("contact_id,first_name,last_name,mobile_phone_number,liked,last_viewed,counts\n"
                             "200106,Maya,Cohen,+15551230006,t,2026-11-23 10:12:00,1\n"
                             "200107,Noah,Schmidt,+15551230007,f,yesterday,2\n");
                broken.close();
                files << broken.fileName();
            }
            page->importFiles(files);
            Shooter::waitFor(page, &DataPage::importFinished, 30000);
            page->selectDataset(u"fullmeasure.content_card_opens"_s);
            shooter.shoot(&w, u"data-rows"_s);
            {
                // The header's menu of a text field: one value or several.
                QHeaderView *header = page->rowsView()->horizontalHeader();
                const int column = 2; // last_name
                const QPoint at(header->sectionViewportPosition(column) + 12, header->height() / 2);
                QContextMenuEvent event(QContextMenuEvent::Mouse, at, header->viewport()->mapToGlobal(at));
                QApplication::sendEvent(header->viewport(), &event);
                if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                    shooter.shootWithPopup(&w, menu, u"data-field-menu"_s);
                    menu->close();
                }
            }
            page->tabs()->setCurrentIndex(DataPage::FilesTab);
            page->selectFile(u"content_card_opens_20261123.csv"_s);
            shooter.shoot(&w, u"data-files-failed"_s);
            page->selectFile(u"Delivery_stats.csv"_s);
            shooter.shoot(&w, u"data-files"_s);
            shootRuleFromFile(shooter, data, w, tmp.path());

            QFile big(tmp.filePath(u"content_card_opens_big.csv"_s));
            if (big.open(QIODevice::WriteOnly)) {
                big.write("contact_id,first_name,last_name,mobile_phone_number,liked,last_viewed,counts\n");
                for (int i = 0; i < 400000; ++i)
                    big.write("C" + QByteArray::number(i) + ",First,Last,+15550000000,t,2026-11-20 14:05:33,1\n");
                big.close();
                page->tabs()->setCurrentIndex(DataPage::DatasetsTab);
                page->importFiles({big.fileName()});
                auto *bar = page->findChild<QProgressBar *>(u"progressBar"_s);
                QElapsedTimer started;
                started.start();
                while (page->isBusy() && bar->value() < 10 && started.elapsed() < 20000)
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
                shooter.shoot(&w, u"data-import-progress"_s);
                if (page->isBusy()) {
                    page->findChild<QPushButton *>(u"cancelButton"_s)->click();
                    Shooter::waitFor(page, &DataPage::importFinished, 30000);
                }
                shooter.shoot(&w, u"data-import-cancelled"_s);
            }
        }
    }

    {
        // The Exports page and the export designer on a workspace with the demo files taken
        // in: nothing defined, each step of a new export with its preview, then a run.
        QTemporaryDir tmp;
        Workspace data;
        QString error;
        if (tmp.isValid() && data.open(tmp.filePath(u"exports.sqlite"_s), &error)
            && QDir().mkpath(tmp.filePath(u"out"_s))) {
            {
                Importer importer(data.path());
                for (const QString &name : {u"content_card_opens.csv"_s, u"Delivery_stats.csv"_s}) {
                    QFile::copy(u":/demo/"_s + name, tmp.filePath(name));
                    ImportRequest request;
                    request.localPath = tmp.filePath(name);
                    importer.importFile(request);
                }
            }
            MainWindow w(data);
            w.resize(1040, 660);
            w.setPage(MainWindow::Exports);
            shooter.shoot(&w, u"exports-empty"_s);
            ExportsPage *page = w.exportsPage();
            if (ExportDesigner *designer = page->newExport()) {
                Shooter::waitForContext(designer);
                shooter.shoot(designer, u"designer-1-general-new"_s);
                const QString out = tmp.filePath(u"out"_s);
                designer->editor()->edit(u"fill"_s, [out](ExportDefinition &d) {
                    d.name = u"card_opens_slate"_s;
                    d.dataset = u"fullmeasure.content_card_opens"_s;
                    d.increment = Increment::CreatedOrUpdated;
                    d.columns = {{u"contact_id"_s, u"Slate ID"_s}, {u"first_name"_s, u"First"_s},
                                 {u"last_name"_s, u"Last"_s}, {u"liked"_s, u"Liked"_s},
                                 {u"last_viewed"_s, u"Last viewed"_s}};
                    d.format.boolean = BooleanStyle::YesNo;
                    d.format.date = u"dd/MM/yyyy"_s;
                    d.format.dateTime = u"dd/MM/yyyy HH:mm"_s;
                    d.format.separator = ';';
                    d.file.name = u"card_opens_slate"_s;
                    d.destination.path = out;
                });
                const char *steps[] = {"designer-1-general", "designer-2-choose-data", "designer-3-values",
                                       "designer-4-file", "designer-5-summary"};
                for (int step = 0; step < ExportDesigner::StepCount; ++step) {
                    designer->setStep(ExportDesigner::Step(step));
                    Shooter::waitFor(designer, &ExportDesigner::previewUpdated, 1000);
                    shooter.shoot(designer, QString::fromLatin1(steps[step]));
                }
                designer->previewPane()->tabs()->setCurrentIndex(PreviewPane::RawTab);
                shooter.shoot(designer, u"designer-5-summary-raw"_s);
                // Just after an edit, before its preview lands (it waits out a burst of typing).
                designer->editor()->edit(u"separator"_s, [](ExportDefinition &d) { d.format.separator = ','; });
                shooter.shoot(designer, u"designer-5-summary-raw-updating"_s);
                designer->undoStack()->undo();
                Shooter::waitFor(designer, &ExportDesigner::previewUpdated, 1000);
                // Columns from a second dataset: each card open with its contact's campaign.
                designer->editor()->edit(u"lookup"_s, [](ExportDefinition &d) {
                    d.lookup = ExportLookup{u"fullmeasure.delivery_stats"_s, {u"contact_id"_s}, {u"contact_id"_s}};
                    d.columns << ExportColumn{lookupColumn(u"campaign_name"_s), u"Campaign"_s};
                });
                designer->setStep(ExportDesigner::ChooseData);
                designer->previewPane()->tabs()->setCurrentIndex(0);
                Shooter::waitFor(designer, &ExportDesigner::previewUpdated, 1000);
                shooter.shoot(designer, u"designer-2-choose-data-lookup"_s);
                designer->undoStack()->undo();
                Shooter::waitFor(designer, &ExportDesigner::previewUpdated, 1000);
                designer->save(false);
            }
            page->runExport(u"card_opens_slate"_s);
            Shooter::waitFor(page, &ExportsPage::runFinished, 30000);
            shooter.shoot(&w, u"exports-after-run"_s);
        }
    }

    {
        // The Runs page over two weeks of runs of two exports (one failed and retried), the
        // schedule editor and the tray menu. JobRunner makes real runs; their times are then
        // moved back day by day so that the chart has days to show.
        QTemporaryDir tmp;
        Workspace data;
        QString error;
        const QString out = tmp.filePath(u"out"_s);
        const QString warehouse = tmp.filePath(u"warehouse"_s);
        if (tmp.isValid() && data.open(tmp.filePath(u"runs.sqlite"_s), &error) && QDir().mkpath(out)
            && QDir().mkpath(warehouse)) {
            const auto takeIn = [&](int day, int rows) {
                QByteArray csv = "contact_id,first_name,last_name,mobile_phone_number,liked,last_viewed,counts\n";
                for (int r = 0; r < rows; ++r)
                    csv += QByteArray::number(100000 + day * 1000 + r) + ",Ana,Silva,,t,2026-11-20 10:00:00,1\n";
                const QString path = tmp.filePath(u"content_card_opens_%1.csv"_s.arg(day));
                QFile file(path);
                if (file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size()) {
                    file.close();
                    ImportRequest request;
                    request.localPath = path;
                    Importer(data.path()).importFile(request);
                }
            };
            takeIn(99, 1);
            for (const auto &[name, folder] : {std::pair{u"card_opens_slate"_s, out}, std::pair{u"opens_warehouse"_s, warehouse}}) {
                ExportDefinition d;
                d.name = name;
                d.dataset = u"fullmeasure.content_card_opens"_s;
                d.columns = {{u"contact_id"_s, u"Slate ID"_s}, {u"first_name"_s, u"First"_s}};
                d.file.name = name;
                d.file.suffix = u"_yyyyMMdd_HHmmss_zzz"_s;
                d.destination.path = folder;
                ExportStore(data).save(d, &error);
            }
            JobRunner runner(data.path());
            const auto backdate = [&](const JobOutcome &o, int days, int hour) {
                const QDateTime start = QDateTime(QDate::currentDate().addDays(-days), QTime(hour, 0, 12)).toUTC();
                QSqlQuery q(data.database());
                q.prepare(u"UPDATE export_runs SET started_at = ?, finished_at = ? WHERE id = ?"_s);
                q.addBindValue(start.toString(Qt::ISODateWithMs));
                q.addBindValue(start.addMSecs(400 + o.rows * 3).toString(Qt::ISODateWithMs));
                q.addBindValue(o.runId);
                q.exec();
            };
            for (int day = 13; day >= 0; --day) {
                takeIn(day, 60 + (day * 37) % 90 + (day % 7 == 2 ? 140 : 0));
                backdate(runner.run({JobId::Kind::Export, u"card_opens_slate"_s}, u"schedule"_s), day, 6);
                if (day % 2 != 0)
                    continue;
                if (day == 4)
                    QDir(warehouse).removeRecursively(); // the warehouse share was not mounted that day
                const JobOutcome o = runner.run({JobId::Kind::Export, u"opens_warehouse"_s}, u"schedule"_s);
                backdate(o, day, 7);
                if (day == 4) {
                    QDir().mkpath(warehouse);
                    backdate(runner.retry(u"export"_s, o.runId), day, 9);
                }
            }
            ScheduleRule rule;
            rule.kind = ScheduleRule::Kind::Weekly;
            rule.days = {Qt::Monday, Qt::Thursday};
            rule.at = QTime(7, 30);
            rule.zoneId = "Europe/Brussels";
            ScheduleStore(data).set(u"export:card_opens_slate"_s, rule, &error);

            MainWindow w(data);
            w.resize(1040, 660);
            w.setPage(MainWindow::Runs);
            RunsPage *runs = w.runsPage();
            runs->reload();
            shooter.shoot(&w, u"runs"_s);
            for (int row = 0; row < runs->model()->rowCount(); ++row) {
                if (runs->model()->runAt(row).failed())
                    runs->selectRun(runHandle(runs->model()->runAt(row)));
            }
            shooter.shoot(&w, u"runs-failed-selected"_s);
            runs->setDateRange(QDate::currentDate().addDays(-120), QDate::currentDate());
            shooter.shoot(&w, u"runs-120-days"_s);

            // The editor writes its registration files into the temporary folder, never the
            // machine's real scheduler.
            const QByteArray root = qgetenv("WRITEBACK_SCHEDULER_ROOT");
            const QByteArray filesOnly = qgetenv("WRITEBACK_SCHEDULER_FILES_ONLY");
            qputenv("WRITEBACK_SCHEDULER_ROOT", QFile::encodeName(tmp.filePath(u"scheduler"_s)));
            qputenv("WRITEBACK_SCHEDULER_FILES_ONLY", "1");
            if (ScheduleEditor *editor = ScheduleEditor::editSchedule(data, u"export:card_opens_slate"_s, &w)) {
                Shooter::waitFor(editor, &ScheduleEditor::registrationChecked, 10000);
                shooter.shoot(editor, u"schedule-editor"_s);
                editor->save();
                Shooter::waitFor(editor, &ScheduleEditor::registrationChecked, 10000);
                shooter.shoot(editor, u"schedule-editor-saved"_s);
                editor->dayCheck(Qt::Monday)->setChecked(false);
                editor->dayCheck(Qt::Thursday)->setChecked(false);
                shooter.shoot(editor, u"schedule-editor-invalid"_s);
                editor->close();
            }
            if (ScheduleEditor *editor = ScheduleEditor::editSchedule(data, u"export:opens_warehouse"_s, &w)) {
                shooter.shoot(editor, u"schedule-editor-new"_s);
                editor->close();
            }
            qputenv("WRITEBACK_SCHEDULER_ROOT", root);
            qputenv("WRITEBACK_SCHEDULER_FILES_ONLY", filesOnly);

            AppScheduler scheduler(data.path());
            TrayIcon tray(data, &scheduler, &w);
            tray.menu()->adjustSize();
            shooter.shoot(tray.menu(), u"tray-menu"_s);
            tray.menu()->hide();
            std::printf("tray tooltip:\n%s\n", qPrintable(tray.toolTip()));
        }
    }

    window.setPage(MainWindow::Connections);
    window.show();
    ConnectionsPage *page = window.connectionsPage();
    page->view()->selectRow(0);
    if (auto *editor = qobject_cast<ConnectionEditor *>(page->editSelected())) {
        shooter.shoot(editor, u"connection-editor"_s);
        // The demo's Actito connection, with its rules, and one of them in the rule editor.
        auto *tabs = editor->findChild<QTabWidget *>(u"formTabs"_s);
        auto *rules = editor->findChild<IntakeRuleList *>(u"ruleList"_s);
        tabs->setCurrentIndex(1);
        shooter.shoot(editor, u"connection-editor-rules"_s);
        if (IntakeRuleDialog *dialog = rules->editSelected()) {
            shooter.shoot(dialog, u"rule-editor"_s);
            dialog->close();
        }
        if (IntakeRuleDialog *dialog = rules->addRule()) {
            auto *pattern = dialog->findChild<QLineEdit *>(u"patternEdit"_s);
            pattern->setText(u"2026/opens[.csv"_s);
            Q_EMIT pattern->textEdited(pattern->text()); // as typing does: the dialog validates
            dialog->findChild<QRadioButton *>(u"archiveRadio"_s)->setChecked(true);
            shooter.shoot(dialog, u"rule-editor-invalid"_s);
            dialog->close();
        }
        editor->close();
    }
    if (ConnectionEditor *editor = page->addConnection()) {
        editor->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"my connection"_s);
        editor->findChild<QLineEdit *>(u"hostEdit"_s)->setText(u"sftp.example.org"_s);
        editor->findChild<QLineEdit *>(u"keyEdit"_s)->setText(u"/nonexistent/id_ed25519.pub"_s);
        editor->findChild<QSpinBox *>(u"portSpin"_s)->setValue(0);
        shooter.shoot(editor, u"connection-editor-invalid"_s);
        editor->close();
    }

    // A real run against the demo connection: its .example domain fails at the first step.
    if (DoctorDialog *doctor = page->testSelected()) {
        doctor->doctorView()->setTimeoutMs(5000);
        if (doctor->doctorView()->isRunning())
            Shooter::waitFor(doctor->doctorView(), &DoctorView::finished, 30000);
        shooter.shoot(doctor, u"doctor-after-run"_s);
        doctor->close();
    }

    {
        TrustHostKeyDialog trust(page->model()->connectionAt(0), workspace.knownHostsPath(), &window);
        Shooter::waitFor(&trust, &TrustHostKeyDialog::keyShown, 30000);
        shooter.shoot(&trust, u"trust-host-key-unreachable"_s);
        // The demo server does not exist, so this shot shows how a fetched key is laid out.
        TrustHostKeyDialog sample(page->model()->connectionAt(0), workspace.knownHostsPath(), &window);
        Shooter::waitFor(&sample, &TrustHostKeyDialog::keyShown, 30000);
        sample.showKey(u"ssh-ed25519"_s, u"SHA256:l3GZb0pQ5vO8iQ1y0mN6oXh4tC2rJ7eKs9WfD8uAa1E"_s);
        shooter.shoot(&sample, u"trust-host-key"_s);
    }

    {
        // Queues beside an SFTP connection, on a workspace of their own: the page, the editor of
        // a plain amqp:// queue with its warning, and the doctor on a broker that is not there.
        QTemporaryDir tmp;
        Workspace queues;
        QString error;
        if (tmp.isValid() && queues.open(tmp.filePath(u"queues.sqlite"_s), &error)) {
            Connection sftp;
            sftp.name = u"fullmeasure"_s;
            sftp.host = u"sftp.fullmeasure.example"_s;
            sftp.user = u"alder-ridge"_s;
            sftp.keyFile = tmp.filePath(u"id_ed25519"_s);
            sftp.readPath = u"incoming"_s;
            sftp.writePath = u"outgoing"_s;
            ConnectionStore(queues).save(sftp, &error);
            QueueConnection civitas;
            civitas.name = u"civitas-outreach"_s;
            civitas.url = u"amqps://b-6f1e2a.mq.us-east-1.amazonaws.com:5671"_s;
            civitas.user = u"alder-ridge"_s;
            civitas.address = u"outreach"_s;
            QueueStore(queues).save(civitas, &error);
            QueueConnection local;
            local.name = u"local-broker"_s;
            local.url = u"amqp://127.0.0.1:1"_s; // nothing listens on port 1
            local.user = u"writeback"_s;
            local.address = u"/queues/outreach"_s;
            QueueStore(queues).save(local, &error);

            MainWindow w(queues);
            w.resize(1040, 660);
            w.setPage(MainWindow::Connections);
            ConnectionsPage *qpage = w.connectionsPage();
            qpage->select(civitas.name);
            shooter.shoot(&w, u"connections-queues"_s);
            qpage->select(local.name);
            if (auto *editor = qobject_cast<QueueEditor *>(qpage->editSelected())) {
                shooter.shoot(editor, u"queue-editor-plain"_s);
                editor->close();
            }
            if (QueueEditor *editor = qpage->addQueue()) {
                editor->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"civitas"_s);
                auto *url = editor->findChild<QLineEdit *>(u"urlEdit"_s);
                url->setText(u"https://mq.example.org"_s);
                Q_EMIT url->textEdited(url->text()); // as typing does: the editor validates
                shooter.shoot(editor, u"queue-editor-invalid"_s);
                editor->close();
            }
            // A password from the environment, so that the doctor runs instead of asking for one.
            const QByteArray password = qgetenv("WRITEBACK_QUEUE_PASSWORD");
            qputenv("WRITEBACK_QUEUE_PASSWORD", "screenshot");
            if (DoctorDialog *doctor = qpage->testSelected()) {
                doctor->doctorView()->setTimeoutMs(5000);
                if (!doctor->doctorView()->report())
                    Shooter::waitFor(doctor->doctorView(), &DoctorView::finished, 30000);
                shooter.shoot(doctor, u"queue-doctor"_s);
                doctor->close();
            }
            if (password.isEmpty())
                qunsetenv("WRITEBACK_QUEUE_PASSWORD");
            else
                qputenv("WRITEBACK_QUEUE_PASSWORD", password);
            QThreadPool::globalInstance()->waitForDone();
        }
    }

    AboutDialog about(&window);
    shooter.shoot(&about, u"about"_s);
    QThreadPool::globalInstance()->waitForDone();
    return shooter.ok() ? 0 : 1;
}

} // namespace wb::ui::Screenshots
