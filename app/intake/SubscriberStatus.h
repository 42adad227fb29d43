// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Sqlite.h"

namespace wb {

// Higher Logic's subscriber status writebacks are events: an unsubscribe, later perhaps a
// resubscribe, which "removes the corresponding data" in netFORUM. The dataset
// higherlogic.subscriber_current_status keeps each address's standing: one row per e-mail
// address (compared without case, stored in lower case) from its latest unsubscribe or
// resubscribe. On the same date an unsubscribe wins over a resubscribe, whatever order the
// files came in: when it cannot be told which came last, the address is not mailed. Other
// codes (bad e-mail) do not change the standing.
//
// Its rows are added and changed like any dataset's, with the change number of the file that
// changed them, so that an export's increments send an address again when its standing
// changes. Runs inside the transaction of a file taken into higherlogic.subscriber_status.
inline constexpr const char *SubscriberStatusDataset = "higherlogic.subscriber_status";
inline constexpr const char *SubscriberCurrentStatusDataset = "higherlogic.subscriber_current_status";

bool updateSubscriberStatus(sql::Database &db, qint64 fileId, qint64 seq, QString *error);

} // namespace wb
