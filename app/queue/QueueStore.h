// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/QueueConnection.h"

#include <QList>

#include <optional>

namespace wb {

class Workspace;

// The queues table. Passwords are never stored here (queuePasswordKey). A queue's name is
// unique among the queues and the SFTP connections alike: both are listed, scheduled and
// reported by name side by side.
class QueueStore
{
public:
    explicit QueueStore(Workspace &workspace) : m_workspace(workspace) {}

    QList<QueueConnection> list() const;
    std::optional<QueueConnection> find(const QString &name) const;
    std::optional<QueueConnection> find(qint64 id) const;
    // Inserts a new queue or, when q.id is set, updates that one.
    bool save(QueueConnection &q, QString *error);
    // The messages already taken from it stay in the workspace with their rows.
    bool remove(const QString &name, QString *error);

private:
    std::optional<QueueConnection> findWhere(const QString &condition, const QVariant &value) const;

    Workspace &m_workspace;
};

} // namespace wb
