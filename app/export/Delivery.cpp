// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/Delivery.h"

#include "core/ConnectionStore.h"
#include "core/FileHash.h"
#include "core/Log.h"
#include "core/PrivateFiles.h"
#include "core/Secrets.h"
#include "core/Workspace.h"
#include "sftp/KnownHosts.h"
#include "sftp/SftpSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wb::Delivery", text);
}

class LocalDelivery final : public Delivery
{
    Q_DECLARE_TR_FUNCTIONS(wb::LocalDelivery)

public:
    explicit LocalDelivery(QString folder) : m_folder(std::move(folder)) {}

    QString location() const override { return QDir::toNativeSeparators(m_folder); }
    QString stagingFolder() const override { return m_folder; }

    bool exists(const QString &fileName, QString *) override { return QFileInfo::exists(path(fileName)); }

    Outcome deliver(const QString &localFile, const QString &fileName, QString *error) override
    {
        const QString target = path(fileName);
#ifdef Q_OS_UNIX
        // link() then unlink(): an atomic "rename unless the name is taken", which rename()
        // is not (it replaces).
        if (::link(QFile::encodeName(localFile).constData(), QFile::encodeName(target).constData()) == 0) {
            QFile::remove(localFile);
            syncFolder();
            return Outcome::Delivered;
        }
        if (errno == EEXIST) {
            *error = tr("%1 exists already; it was not overwritten.").arg(QDir::toNativeSeparators(target));
            return Outcome::NotDelivered;
        }
        // Filesystems without hard links (some network shares) fall through to rename.
#endif
        QFile file(localFile);
        if (QFileInfo::exists(target)) {
            *error = tr("%1 exists already; it was not overwritten.").arg(QDir::toNativeSeparators(target));
            return Outcome::NotDelivered;
        }
        if (!file.rename(target)) {
            *error = tr("Cannot move the file to %1: %2").arg(QDir::toNativeSeparators(target), file.errorString());
            return Outcome::NotDelivered;
        }
        syncFolder();
        return Outcome::Delivered;
    }

    QString sha256Of(const QString &fileName, QString *error) override
    {
        if (!QFileInfo(m_folder).isDir()) {
            *error = tr("The folder %1 is not there (a share not mounted?).").arg(QDir::toNativeSeparators(m_folder));
            return {};
        }
        return sha256OfFile(path(fileName));
    }

private:
    QString path(const QString &fileName) const { return QDir(m_folder).filePath(fileName); }

    // The new name must survive a power cut as well as the file's bytes.
    void syncFolder() const
    {
#ifdef Q_OS_UNIX
        const int fd = ::open(QFile::encodeName(m_folder).constData(), O_RDONLY);
        if (fd >= 0) {
            ::fsync(fd);
            ::close(fd);
        }
#endif
    }

    QString m_folder;
};

class SftpDelivery final : public Delivery
{
public:
    SftpDelivery(Connection connection, QString folder, QString knownHosts, QString staging)
        : m_connection(std::move(connection))
        , m_folder(std::move(folder))
        , m_knownHosts(std::move(knownHosts))
        , m_staging(std::move(staging))
    {
    }

    QString location() const override { return u"sftp://%1/%2"_s.arg(m_connection.name, m_folder); }
    QString stagingFolder() const override { return m_staging; }

    bool exists(const QString &fileName, QString *error) override
    {
        if (!open(error))
            return false;
        return m_session->stat(path(fileName)).has_value();
    }

    Outcome deliver(const QString &localFile, const QString &fileName, QString *error) override
    {
        if (!open(error))
            return Outcome::NotDelivered;
        // Upload to a temporary name, rename, confirm the size: SftpSession::upload.
        if (m_session->upload(localFile, path(fileName), false))
            return Outcome::Delivered;
        *error = m_session->error().detailed();
        switch (m_session->lastUploadOutcome()) {
        case SftpSession::UploadOutcome::Delivered:
            // Renamed into place; the check after it failed (a platform that picks files up
            // at once). The rows went: saying otherwise would send them twice.
            qCWarning(lcSftp).noquote() << fileName << "delivered, but:" << *error;
            return Outcome::Delivered;
        case SftpSession::UploadOutcome::Unknown:
            return Outcome::Unknown;
        case SftpSession::UploadOutcome::NotDelivered:
            break;
        }
        return Outcome::NotDelivered;
    }

    QString sha256Of(const QString &fileName, QString *error) override
    {
        if (!open(error))
            return {};
        if (!m_session->stat(path(fileName))) {
            // Not there, or the server could not be asked: only the first is an answer.
            if (!m_session->isOpen() || m_session->error().kind == SshError::Kind::ConnectionLost
                || m_session->error().kind == SshError::Kind::Timeout)
                *error = m_session->error().detailed();
            return {};
        }
        QTemporaryDir dir;
        const QString local = dir.filePath(u"check"_s);
        if (!m_session->download(path(fileName), local)) {
            *error = m_session->error().detailed();
            return {};
        }
        return sha256OfFile(local);
    }

private:
    QString path(const QString &fileName) const
    {
        return m_folder.isEmpty() ? fileName : (m_folder.endsWith(u'/') ? m_folder : m_folder + u'/') + fileName;
    }

    bool open(QString *error)
    {
        if (m_session && m_session->isOpen())
            return true;
        m_session = std::make_unique<SftpSession>(m_connection, KnownHosts(m_knownHosts));
        m_session->setCancelFlag(m_cancel);
        m_session->setPassphrase(Secrets::findPassphrase(m_connection.workspaceId, m_connection.name).value);
        if (!m_session->open()) {
            *error = m_session->error().detailed();
            return false;
        }
        return true;
    }

    Connection m_connection;
    QString m_folder;
    QString m_knownHosts;
    QString m_staging;
    std::unique_ptr<SftpSession> m_session;
};

} // namespace

std::unique_ptr<Delivery> Delivery::create(const Destination &destination, Workspace &workspace, QString *error)
{
    if (destination.type == Destination::Type::Local) {
        const QFileInfo folder(destination.path);
        if (!folder.isDir()) {
            *error = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(destination.path));
            return nullptr;
        }
        return std::make_unique<LocalDelivery>(folder.absoluteFilePath());
    }
    const auto connection = ConnectionStore(workspace).find(destination.connection);
    if (!connection) {
        *error = tr("There is no connection named \"%1\".").arg(destination.connection);
        return nullptr;
    }
    const QString folder = destination.path.isEmpty() ? connection->writePath : destination.path;
    return std::make_unique<SftpDelivery>(*connection, folder, workspace.knownHostsPath(),
                                          privateStagingFolder(workspace.path()));
}

QString Delivery::privateStagingFolder(const QString &workspacePath)
{
    // Not the shared temporary folder: the rows are personal data, and two workspaces there
    // would share the staging names.
    const QString folder = QFileInfo(workspacePath).absolutePath() + u"/staging"_s;
    if (QString error; !PrivateFiles::makePrivateFolder(folder, &error))
        qCWarning(lcStore).noquote() << error; // writing the file there then fails and says so
    return folder;
}

} // namespace wb
