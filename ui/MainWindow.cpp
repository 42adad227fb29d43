// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutDialog.h"
#include "ConnectionsPage.h"
#include "DataPage.h"
#include "ExportsPage.h"
#include "Icons.h"
#include "RunsPage.h"
#include "WorkspaceSettingsDialog.h"
#include "core/Workspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {

const auto GeometryKey = u"MainWindow/geometry"_s;
const auto PageKey = u"MainWindow/page"_s;

} // namespace

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_connections(new ConnectionsPage(workspace, m_pages))
    , m_data(new DataPage(workspace, m_pages))
    , m_exports(new ExportsPage(workspace, m_pages))
    , m_runs(new RunsPage(workspace, m_pages))
{
    setObjectName(u"MainWindow"_s);
    setWindowTitle(tr("Writeback Studio"));
    setWindowIcon(Icons::app());

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The sidebar takes the window colour and the pages the base colour, so the hierarchy is
    // visible in light and dark themes alike without a hard-coded colour.
    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    m_sidebar->setFixedWidth(190);
    m_sidebar->viewport()->setBackgroundRole(QPalette::Window);
    // palette() roles keep the selection readable in any theme, focused or not.
    m_sidebar->setStyleSheet(u"QListWidget#sidebar { padding: 12px 8px; outline: 0; }"
                             "QListWidget#sidebar::item { padding: 7px 6px; border-radius: 5px; color: palette(window-text); }"
                             "QListWidget#sidebar::item:hover { background: palette(midlight); }"
                             "QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }"_s);
    const struct {
        Icons::Page icon;
        QString name;
    } items[] = {{Icons::Page::Connections, tr("Connections")},
                 {Icons::Page::Data, tr("Data")},
                 {Icons::Page::Exports, tr("Exports")},
                 {Icons::Page::Runs, tr("Runs")}};
    for (const auto &item : items)
        new QListWidgetItem(Icons::page(item.icon, palette()), item.name, m_sidebar);

    auto *separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Plain);
    separator->setForegroundRole(QPalette::Mid);

    m_pages->setObjectName(u"pages"_s);
    m_pages->setBackgroundRole(QPalette::Base);
    m_pages->setAutoFillBackground(true);
    m_pages->addWidget(m_connections);
    m_pages->addWidget(m_data);
    m_pages->addWidget(m_exports);
    m_pages->addWidget(m_runs);

    layout->addWidget(m_sidebar);
    layout->addWidget(separator);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    auto *path = new QLabel(tr("Workspace: %1").arg(QDir::toNativeSeparators(workspace.path())), this);
    path->setObjectName(u"workspacePath"_s);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(path, 1);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // Datasets are taken in on the Data page: what an export reads may have changed.
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == Exports)
            m_exports->reload();
    });
    connect(m_exports, &ExportsPage::runFinished, m_runs, &RunsPage::reload);
    createMenus();
    restoreSettings();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings = file->addAction(tr("Workspace &Settings…"), this, &MainWindow::showWorkspaceSettings);
    settings->setObjectName(u"actionWorkspaceSettings"_s);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(u"actionQuit"_s);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Writeback Studio"), this, &MainWindow::showAbout);
    about->setObjectName(u"actionAbout"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::setPage(Page p)
{
    m_sidebar->setCurrentRow(int(p));
}

MainWindow::Page MainWindow::page() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::showAbout()
{
    auto *about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::showWorkspaceSettings()
{
    auto *dialog = new WorkspaceSettingsDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1040, 660);
    const int last = settings.value(PageKey, int(Connections)).toInt();
    setPage(last >= 0 && last < PageCount ? Page(last) : Connections);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(PageKey, int(page()));
    QMainWindow::closeEvent(event);
}

} // namespace wb::ui
