// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/AmqpReceiver.h"

using namespace Qt::StringLiterals;

namespace wb {

QString QueueError::kindName() const
{
    switch (kind) {
    case Kind::None: return u"none"_s;
    case Kind::Unsupported: return u"unsupported"_s;
    case Kind::Connect: return u"connect"_s;
    case Kind::Tls: return u"tls"_s;
    case Kind::Authentication: return u"authentication"_s;
    case Kind::QueueMissing: return u"queue-missing"_s;
    case Kind::Permission: return u"permission"_s;
    case Kind::Protocol: return u"protocol"_s;
    case Kind::Storage: return u"storage"_s;
    case Kind::Cancelled: return u"cancelled"_s;
    }
    return {};
}

} // namespace wb
