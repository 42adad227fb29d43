// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportDefinition.h"

#include <QString>

#include <atomic>
#include <memory>

namespace wb {

class Workspace;

// Where a run's file goes: a local folder, or a folder on an SFTP server. Both deliver
// without ever overwriting and without a partial file under the final name.
class Delivery
{
public:
    static std::unique_ptr<Delivery> create(const Destination &destination, Workspace &workspace, QString *error);
    // A private folder beside the workspace (owner-only) for files on their way to a server.
    static QString privateStagingFolder(const QString &workspacePath);
    virtual ~Delivery() = default;

    // "/srv/out" or "sftp://connection/out": what the history shows.
    virtual QString location() const = 0;
    // True when a file of that name is in the folder (a false answer on an error sets error).
    virtual bool exists(const QString &fileName, QString *error) = 0;
    // Moves or uploads the finished local file in under its final name; refuses an existing
    // one. Unknown: the final rename was asked for but its answer never came, so the file
    // may be there (or already taken away by the platform).
    enum class Outcome { Delivered, NotDelivered, Unknown };
    virtual Outcome deliver(const QString &localFile, const QString &fileName, QString *error) = 0;
    // The SHA-256 (hex) of the delivered file; empty when it is not there, or when it could
    // not be checked (then *error says why).
    virtual QString sha256Of(const QString &fileName, QString *error) = 0;
    // Local deliveries write their temporary file in the destination folder itself, so that
    // delivering is a rename; remote ones write it locally.
    virtual QString stagingFolder() const = 0;

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

protected:
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace wb
