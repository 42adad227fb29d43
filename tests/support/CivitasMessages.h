// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace wb::test {

// An outreach message as Civitas publishes it (the vendor document's Inspire for Advisors
// example): outreach `n`, `students` recipients, six outreach properties.
QByteArray civitasOutreach(int n, int students = 1);
// (message id "civitas-N", body) for outreach first..first+count-1.
QList<std::pair<QByteArray, QByteArray>> civitasMessages(int first, int count, int students = 1);

} // namespace wb::test
