// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sftp/ConnectionDoctor.h"

#include <QColor>
#include <QIcon>

class QPalette;

namespace wb::ui {

// Icons are painted from the palette rather than shipped as bitmaps, so that they follow a
// dark theme and stay sharp at any scale (and need no SVG plugin at run time).
namespace Icons {

enum class Tone { Neutral, Info, Positive, Warning, Negative };
enum class Page { Connections, Data, Exports, Runs };

// A status colour that stays readable on the palette's window and base colours.
QColor toneColor(Tone tone, const QPalette &palette);
Tone toneOf(DoctorStep::Status status);

QIcon app();
QIcon page(Page page, const QPalette &palette);
QIcon step(DoctorStep::Status status, const QPalette &palette);
QIcon tone(Tone tone, const QPalette &palette);

} // namespace Icons
} // namespace wb::ui
