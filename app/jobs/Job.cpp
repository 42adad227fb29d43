// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/Job.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wb {

QString JobId::toString() const
{
    return (kind == Kind::Fetch ? u"fetch:"_s : u"export:"_s) + name;
}

std::optional<JobId> JobId::parse(const QString &text, QString *error)
{
    const qsizetype colon = text.indexOf(u':');
    const QString kind = text.left(colon);
    const QString name = text.mid(colon + 1);
    if (colon > 0 && !name.isEmpty() && (kind == u"fetch"_s || kind == u"export"_s))
        return JobId{kind == u"fetch"_s ? Kind::Fetch : Kind::Export, name};
    *error = QCoreApplication::translate("JobId", "\"%1\" is not a job: write fetch:CONNECTION or export:NAME.").arg(text);
    return std::nullopt;
}

} // namespace wb
