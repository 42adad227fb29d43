// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/FormatSpec.h"

#include <QString>

#include <functional>

class QMenu;
class QWidget;

namespace wb::ui {

// The menu of a dataset column's header on the Data page: whether a text field holds several
// values, and what its files write between them (Actito's "Multi-value separator", set per
// export on the platform). `chosen` gets the separator, or an empty one for a single value.
// The menu deletes itself when closed; nullptr for a field that cannot hold several values.
QMenu *fieldMenu(const FieldSpec &field, QWidget *parent, std::function<void(const QString &separator)> chosen);

} // namespace wb::ui
