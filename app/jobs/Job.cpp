// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/Job.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wb {

QString JobId::kindName() const
{
    switch (kind) {
    case Kind::Fetch: return u"fetch"_s;
    case Kind::Consume: return u"consume"_s;
    case Kind::Export: break;
    }
    return u"export"_s;
}

QString JobId::toString() const
{
    return kindName() + u':' + name;
}

std::optional<JobId> JobId::parse(const QString &text, QString *error)
{
    const qsizetype colon = text.indexOf(u':');
    const QString kind = text.left(colon);
    const QString name = text.mid(colon + 1);
    if (colon > 0 && !name.isEmpty()) {
        if (kind == u"fetch"_s)
            return JobId{Kind::Fetch, name};
        if (kind == u"export"_s)
            return JobId{Kind::Export, name};
        if (kind == u"consume"_s)
            return JobId{Kind::Consume, name};
    }
    *error = QCoreApplication::translate("JobId", "\"%1\" is not a job: write fetch:CONNECTION, consume:QUEUE or export:NAME.").arg(text);
    return std::nullopt;
}

} // namespace wb
