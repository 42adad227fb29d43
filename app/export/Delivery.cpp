// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/Delivery.h"

#include "core/ConnectionStore.h"
#include "core/Secrets.h"
#include "core/Workspace.h"
#include "sftp/KnownHosts.h"
#include "sftp/SftpSession.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace wb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Delivery", text);
}

class LocalDelivery final : public Delivery
{
public:
    explicit LocalDelivery(QString folder) : m_folder(std::move(folder)) {}

    QString location() const override { return QDir::toNativeSeparators(m_folder); }
    QString stagingFolder() const override { return m_folder; }

    bool exists(const QString &fileName, QString *) override { return QFileInfo::exists(path(fileName)); }

    bool deliver(const QString &localFile, const QString &fileName, QString *error) override
    {
        const QString target = path(fileName);
#ifdef Q_OS_UNIX
        // link() then unlink(): an atomic "rename unless the name is taken", which rename()
        // is not (it replaces).
        if (::link(QFile::encodeName(localFile).constData(), QFile::encodeName(target).constData()) == 0) {
            QFile::remove(localFile);
            return true;
        }
        if (errno == EEXIST) {
            *error = tr("%1 exists already; it was not overwritten.").arg(QDir::toNativeSeparators(target));
            return false;
        }
        // Filesystems without hard links (some network shares) fall through to rename.
#endif
        QFile file(localFile);
        if (QFileInfo::exists(target)) {
            *error = tr("%1 exists already; it was not overwritten.").arg(QDir::toNativeSeparators(target));
            return false;
        }
        if (!file.rename(target)) {
            *error = tr("Cannot move the file to %1: %2").arg(QDir::toNativeSeparators(target), file.errorString());
            return false;
        }
        return true;
    }

    QString sha256Of(const QString &fileName, QString *) override { return sha256OfFile(path(fileName)); }

private:
    QString path(const QString &fileName) const { return QDir(m_folder).filePath(fileName); }

    QString m_folder;
};

class SftpDelivery final : public Delivery
{
public:
    SftpDelivery(Connection connection, QString folder, QString knownHosts)
        : m_connection(std::move(connection)), m_folder(std::move(folder)), m_knownHosts(std::move(knownHosts))
    {
        m_staging = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    }

    QString location() const override { return u"sftp://%1/%2"_s.arg(m_connection.name, m_folder); }
    QString stagingFolder() const override { return m_staging; }

    bool exists(const QString &fileName, QString *error) override
    {
        if (!open(error))
            return false;
        return m_session->stat(path(fileName)).has_value();
    }

    bool deliver(const QString &localFile, const QString &fileName, QString *error) override
    {
        if (!open(error))
            return false;
        // Upload to a temporary name, rename, confirm the size: SftpSession::upload.
        if (!m_session->upload(localFile, path(fileName), false)) {
            *error = m_session->error().detailed();
            return false;
        }
        return true;
    }

    QString sha256Of(const QString &fileName, QString *error) override
    {
        if (!open(error) || !m_session->stat(path(fileName)))
            return {};
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
        m_session->setPassphrase(Secrets::findPassphrase(m_connection.name).value);
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

QString sha256OfFile(const QString &path)
{
    QFile f(path);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !sha.addData(&f))
        return {};
    return QString::fromLatin1(sha.result().toHex());
}

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
    return std::make_unique<SftpDelivery>(*connection, folder, workspace.knownHostsPath());
}

} // namespace wb
