// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshots.h"

#include "AboutDialog.h"
#include "ConnectionEditor.h"
#include "ConnectionTableModel.h"
#include "ConnectionsPage.h"
#include "DoctorDialog.h"
#include "DoctorView.h"
#include "MainWindow.h"
#include "TrustHostKeyDialog.h"
#include "core/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QSpinBox>
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

private:
    QString m_dir;
    bool m_ok = true;
};

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

    window.setPage(MainWindow::Connections);
    window.show();
    ConnectionsPage *page = window.connectionsPage();
    page->view()->selectRow(0);
    if (ConnectionEditor *editor = page->editSelected()) {
        shooter.shoot(editor, u"connection-editor"_s);
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

    AboutDialog about(&window);
    shooter.shoot(&about, u"about"_s);
    QThreadPool::globalInstance()->waitForDone();
    return shooter.ok() ? 0 : 1;
}

} // namespace wb::ui::Screenshots
