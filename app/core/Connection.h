// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/IntakeRule.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wb {

// An SFTP endpoint as the platforms hand it out: domain, username, private key, read path.
// The key's passphrase is never part of it: it lives in the OS keychain (see Secrets).
struct Connection
{
    qint64 id = 0;
    QString name;
    QString host;
    int port = 22;
    QString user;
    QString keyFile;
    QString readPath;
    QString writePath;
    // The id of the workspace it was read from (Workspace::id): its keychain entry's scope.
    QString workspaceId;
    // How a fetch takes in what it finds, in order (read with the connection; saved apart,
    // through IntakeRuleStore).
    QList<IntakeRule> rules;

    // Every problem with the settings, as sentences; empty when they can be used.
    QStringList problems() const;
    // "user@host:port", for messages and logs.
    QString endpoint() const;
};

} // namespace wb
