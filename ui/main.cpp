// SPDX-License-Identifier: GPL-3.0-or-later
// writeback-studio [--workspace FILE] [--demo] [--screenshot DIR]
#include "AppScheduler.h"
#include "DemoWorkspace.h"
#include "Icons.h"
#include "MainWindow.h"
#include "QuitDeadline.h"
#include "RunsPage.h"
#include "Screenshots.h"
#include "TrayIcon.h"
#include "core/Workspace.h"

#include "core/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

bool wantsHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *opt : {"-h", "--help", "-?", "-v", "--version", "--help-all"}) {
            if (std::strcmp(argv[i], opt) == 0)
                return true;
        }
    }
    return false;
}

// Qt aborts inside the xcb plugin when there is no X server; say what to do instead.
bool hasDisplay(int argc, char **argv)
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0)
            return true;
    }
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return true;
#endif
}

void setUpApplication()
{
    QCoreApplication::setOrganizationName(u"Writeback Studio"_s);
    QCoreApplication::setApplicationName(u"Writeback Studio"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(WRITEBACK_VERSION));
    // Wayland matches windows to the menu entry by this name (the .desktop file's).
    QGuiApplication::setDesktopFileName(u"writeback-studio"_s);
}

// Making the demo takes in two weeks of files and runs the exports of those days: off the GUI
// thread, and when it takes a moment a window says what is going on.
bool prepareDemo(const QString &path, bool quiet, QString *error)
{
    if (wb::ui::DemoWorkspace::isReady(path))
        return true;
    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path] {
        QString e;
        return wb::ui::DemoWorkspace::prepare(path, &e) ? QString() : e.isEmpty() ? u"?"_s : e;
    }));
    QLabel note(QCoreApplication::translate("main", "Preparing the demo\u2026"));
    note.setWindowTitle(QCoreApplication::translate("main", "Writeback Studio"));
    note.setMargin(32);
    if (!quiet)
        QTimer::singleShot(100, &note, [&note] { note.show(); });
    if (!watcher.isFinished())
        loop.exec();
    *error = watcher.result();
    return error->isEmpty();
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Connect to your platforms' SFTP servers, take in their writeback files and export them."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"workspace"_s,
                      QCoreApplication::translate("main", "Open the workspace FILE (default: %1).")
                          .arg(QDir::toNativeSeparators(wb::Workspace::defaultPath())),
                      QCoreApplication::translate("main", "FILE")});
    parser.addOption({u"demo"_s, QCoreApplication::translate(
                                     "main", "Open a demo workspace: a fictional university's connections, data, exports and two weeks of runs (%1).")
                                     .arg(QDir::toNativeSeparators(wb::ui::DemoWorkspace::defaultPath()))});
    parser.addOption({u"screenshot"_s,
                      QCoreApplication::translate("main", "Render every page and dialog to PNG files in DIR, then exit."),
                      QCoreApplication::translate("main", "DIR")});
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        setUpApplication();
        wb::installTranslations();
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(app); // prints and exits
        return 0;
    }
    if (!hasDisplay(argc, argv)) {
        std::fprintf(stderr,
                     "writeback-studio: there is no display (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                     "Run it in a desktop session, or on a server with a virtual display:\n"
                     "    xvfb-run -a writeback-studio --demo\n"
                     "For a headless check that the window can be built (nothing is shown):\n"
                     "    QT_QPA_PLATFORM=offscreen writeback-studio --demo --screenshot /tmp/shots\n"
                     "The command-line tool, writeback-cli, needs no display.\n");
        return 2;
    }

    QApplication app(argc, argv);
    setUpApplication();
    wb::installTranslations();
    QApplication::setWindowIcon(wb::ui::Icons::app());
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);

    wb::Workspace workspace;
    QString error;
    bool opened = false;
    if (parser.isSet(u"demo"_s)) {
        const QString path = wb::ui::DemoWorkspace::defaultPath();
        opened = prepareDemo(path, parser.isSet(u"screenshot"_s), &error) && workspace.open(path, &error);
    } else {
        const QString path = parser.isSet(u"workspace"_s) ? parser.value(u"workspace"_s) : wb::Workspace::defaultPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        opened = workspace.open(path, &error);
    }
    if (!opened) {
        const QString text = QCoreApplication::translate("main", "The workspace could not be opened: %1").arg(error);
        std::fprintf(stderr, "writeback-studio: %s\n", qPrintable(text));
        if (!parser.isSet(u"screenshot"_s))
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Writeback Studio"), text);
        return 1;
    }

    if (parser.isSet(u"screenshot"_s))
        return wb::ui::Screenshots::render(workspace, parser.value(u"screenshot"_s));

    auto window = std::make_unique<wb::ui::MainWindow>(workspace);
    // While the app is open it runs the schedules that come due itself, beside the system's
    // scheduler; the tray says what runs next and tells of failures.
    wb::ui::AppScheduler scheduler(workspace.path());
    auto tray = std::make_unique<wb::ui::TrayIcon>(workspace, &scheduler, window.get());
    QObject::connect(&scheduler, &wb::ui::AppScheduler::checked, window->runsPage(), &wb::ui::RunsPage::reload);
    QObject::connect(tray.get(), &wb::ui::TrayIcon::runsRequested, window.get(),
                     [w = window.get()] { w->setPage(wb::ui::MainWindow::Runs); });
    window->show();
    scheduler.start();
    const int rc = app.exec();
    // Within two seconds, whatever is running: each piece of work is cancelled (its
    // transaction rolls back, its temporary file goes) and waited for, up to the deadline.
    wb::ui::armQuitDeadline(std::chrono::seconds(2), rc);
    scheduler.shutdown(1000);
    tray.reset();
    window.reset(); // its pages cancel their imports, fetches and runs and wait for them
    // Keychain calls still under way must end while the application they use still exists.
    QThreadPool::globalInstance()->waitForDone(500);
    return rc;
}
