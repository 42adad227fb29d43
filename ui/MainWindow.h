// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace wb {
class Workspace;
}

namespace wb::ui {

class ConnectionsPage;
class DataPage;
class ExportsPage;
class RunsPage;

// A sidebar of pages beside a stacked area; the workspace path in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { Connections, Data, Exports, Runs, PageCount };

    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);

    void setPage(Page page);
    Page page() const;
    ConnectionsPage *connectionsPage() const { return m_connections; }
    DataPage *dataPage() const { return m_data; }
    ExportsPage *exportsPage() const { return m_exports; }
    RunsPage *runsPage() const { return m_runs; }

public Q_SLOTS:
    void showAbout();
    void showWorkspaceSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreSettings();

    Workspace &m_workspace;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    ConnectionsPage *m_connections;
    DataPage *m_data;
    ExportsPage *m_exports;
    RunsPage *m_runs;
};

} // namespace wb::ui
