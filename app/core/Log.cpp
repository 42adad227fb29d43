// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Log.h"

Q_LOGGING_CATEGORY(lcSftp, "writeback.sftp")
Q_LOGGING_CATEGORY(lcStore, "writeback.store")
Q_LOGGING_CATEGORY(lcSecrets, "writeback.secrets")
