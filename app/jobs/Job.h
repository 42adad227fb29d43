// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace wb {

// What a schedule runs: a connection's fetch or an export. Written "fetch:NAME" and
// "export:NAME" in the workspace, the CLI and the OS schedulers' entries.
struct JobId
{
    enum class Kind { Fetch, Export };
    Kind kind = Kind::Export;
    QString name;

    QString toString() const;
    // Accepts "fetch:NAME" and "export:NAME"; a bare NAME is ambiguous and refused.
    static std::optional<JobId> parse(const QString &text, QString *error);
    bool operator==(const JobId &) const = default;
};

} // namespace wb
