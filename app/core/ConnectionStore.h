// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Connection.h"

#include <QList>
#include <optional>

namespace wb {

class Workspace;

// The connections table. Passphrases are never stored here (see Secrets).
class ConnectionStore
{
public:
    explicit ConnectionStore(Workspace &workspace);

    QList<Connection> list() const;
    std::optional<Connection> find(const QString &name) const;
    // Inserts a new connection or, when c.id is set, updates that one.
    bool save(Connection &c, QString *error);
    bool remove(const QString &name, QString *error);

private:
    Workspace &m_workspace;
};

} // namespace wb
