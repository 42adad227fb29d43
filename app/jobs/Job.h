// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace wb {

// What a schedule runs: a connection's fetch, a queue's consume or an export. Written
// "fetch:NAME", "consume:NAME" and "export:NAME" for people (JobKeys.h has the stable keys).
struct JobId
{
    enum class Kind { Fetch, Export, Consume };
    Kind kind = Kind::Export;
    QString name;

    QString toString() const;
    // "fetch", "export", "consume": the prefix, and the kind of run in the history.
    QString kindName() const;
    // Accepts "fetch:NAME", "consume:NAME" and "export:NAME"; a bare NAME is ambiguous and refused.
    static std::optional<JobId> parse(const QString &text, QString *error);
    bool operator==(const JobId &) const = default;
};

} // namespace wb
