// SPDX-License-Identifier: GPL-3.0-or-later
#include "Icons.h"

#include <QHash>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace wb::ui::Icons {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Paints at several sizes so that icons stay crisp on high-DPI screens.
template<typename Paint>
QIcon painted(Paint paint)
{
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48, 64, 128, 256}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 24.0, size / 24.0);
        paint(p);
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

QPen strokePen(const QColor &c, qreal width = 2.0)
{
    return QPen(c, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

void paintAppIcon(QPainter &p)
{
    // Mirrors resources/icons/writeback-studio.svg: an envelope on a tile, with the arrow that
    // brings the writeback back in.
    p.setPen(Qt::NoPen);
    QLinearGradient g(0, 0, 0, 24);
    g.setColorAt(0, QColor(0x2f, 0x6f, 0xd6));
    g.setColorAt(1, QColor(0x1d, 0x4f, 0xa3));
    p.setBrush(g);
    p.drawRoundedRect(QRectF(1, 1, 22, 22), 5, 5);
    p.setBrush(Qt::white);
    p.drawRoundedRect(QRectF(4.5, 7, 12, 9), 1.2, 1.2);
    p.setPen(strokePen(QColor(0x1d, 0x4f, 0xa3), 1.2));
    p.drawPolyline(QPolygonF({QPointF(5, 7.8), QPointF(10.5, 12), QPointF(16, 7.8)}));
    p.setPen(strokePen(QColor(0x8f, 0xe3, 0xa8), 2.0));
    p.drawArc(QRectF(12.5, 11, 8, 8), 90 * 16, -270 * 16);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x8f, 0xe3, 0xa8));
    p.drawPolygon(QPolygonF({QPointF(14.3, 9.2), QPointF(17.2, 11), QPointF(14.3, 12.8)}));
}

} // namespace

QColor toneColor(Tone t, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (t) {
    case Tone::Neutral: return palette.color(QPalette::PlaceholderText);
    case Tone::Info: return dark ? QColor(0x64, 0xa8, 0xf0) : QColor(0x1d, 0x5f, 0xbf);
    case Tone::Positive: return dark ? QColor(0x6c, 0xcf, 0x7c) : QColor(0x1e, 0x7b, 0x34);
    case Tone::Warning: return dark ? QColor(0xf2, 0xb6, 0x4c) : QColor(0xa3, 0x5f, 0x00);
    case Tone::Negative: return dark ? QColor(0xf2, 0x70, 0x6a) : QColor(0xc0, 0x26, 0x26);
    }
    return palette.color(QPalette::Text);
}

Tone toneOf(DoctorStep::Status status)
{
    switch (status) {
    case DoctorStep::Status::Pending: return Tone::Neutral;
    case DoctorStep::Status::Running: return Tone::Info;
    case DoctorStep::Status::Passed: return Tone::Positive;
    case DoctorStep::Status::Warning: return Tone::Warning;
    case DoctorStep::Status::Failed: return Tone::Negative;
    case DoctorStep::Status::Skipped: return Tone::Neutral;
    }
    return Tone::Neutral;
}

QIcon app()
{
    if (QImageReader::supportedImageFormats().contains("svg"))
        return QIcon(u":/icons/writeback-studio.svg"_s);
    return painted(paintAppIcon);
}

QIcon page(Page which, const QPalette &palette)
{
    const QColor c = palette.color(QPalette::WindowText);
    // Painted once per colour, as tone(): every designer and empty page shows one.
    static QHash<std::pair<int, QRgb>, QIcon> cache;
    const std::pair key(int(which), c.rgba());
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    return cache[key] = painted([&](QPainter &p) {
        p.setPen(strokePen(c, 1.7));
        p.setBrush(Qt::NoBrush);
        switch (which) {
        case Page::Connections: // two linked servers
            p.drawRoundedRect(QRectF(3, 3.5, 18, 6.5), 1.5, 1.5);
            p.drawRoundedRect(QRectF(3, 14, 18, 6.5), 1.5, 1.5);
            p.setBrush(c);
            p.drawEllipse(QPointF(7, 6.75), 0.9, 0.9);
            p.drawEllipse(QPointF(7, 17.25), 0.9, 0.9);
            break;
        case Page::Data: // a table
            p.drawRoundedRect(QRectF(3, 4, 18, 16), 1.5, 1.5);
            p.drawLine(QPointF(3, 9), QPointF(21, 9));
            p.drawLine(QPointF(3, 14.5), QPointF(21, 14.5));
            p.drawLine(QPointF(9.5, 9), QPointF(9.5, 20));
            break;
        case Page::Exports: // out of the box
            p.drawPolyline(QPolygonF({QPointF(9, 8), QPointF(4, 8), QPointF(4, 20), QPointF(20, 20), QPointF(20, 13)}));
            p.drawLine(QPointF(11, 13), QPointF(20, 4));
            p.drawPolyline(QPolygonF({QPointF(14, 4), QPointF(20, 4), QPointF(20, 10)}));
            break;
        case Page::Runs: // a clock
            p.drawEllipse(QPointF(12, 12), 8.5, 8.5);
            p.drawPolyline(QPolygonF({QPointF(12, 7), QPointF(12, 12), QPointF(15.5, 14)}));
            break;
        }
    });
}

QIcon tone(Tone t, const QPalette &palette)
{
    const QColor c = toneColor(t, palette);
    // Painted at eight sizes up to 256 px, an icon costs milliseconds; a message shows one on
    // every change (the designer's summary, on each key typed), from a handful of colours.
    static QHash<std::pair<quint64, QRgb>, QIcon> cache;
    const std::pair key((quint64(t) << 32) | c.rgba(), palette.color(QPalette::Base).rgba());
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    return cache[key] = painted([&](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(QRectF(2, 2, 20, 20));
        p.setPen(strokePen(palette.color(QPalette::Base), 2.4));
        switch (t) {
        case Tone::Positive:
            p.drawPolyline(QPolygonF({QPointF(7, 12.5), QPointF(10.5, 16), QPointF(17, 8.5)}));
            break;
        case Tone::Negative:
            p.drawLine(QPointF(8, 8), QPointF(16, 16));
            p.drawLine(QPointF(16, 8), QPointF(8, 16));
            break;
        case Tone::Warning:
            p.drawLine(QPointF(12, 6.5), QPointF(12, 13));
            p.drawPoint(QPointF(12, 17));
            break;
        case Tone::Info:
        case Tone::Neutral:
            p.drawPoint(QPointF(12, 7));
            p.drawLine(QPointF(12, 11), QPointF(12, 17));
            break;
        }
    });
}

QIcon step(DoctorStep::Status status, const QPalette &palette)
{
    const QColor c = toneColor(toneOf(status), palette);
    switch (status) {
    case DoctorStep::Status::Passed:
    case DoctorStep::Status::Warning:
    case DoctorStep::Status::Failed:
        return tone(toneOf(status), palette);
    case DoctorStep::Status::Pending: // an empty ring: not reached yet
        return painted([&](QPainter &p) {
            p.setPen(strokePen(c, 1.6));
            p.drawEllipse(QRectF(4, 4, 16, 16));
        });
    case DoctorStep::Status::Running: // a ring with an arc: under way
        return painted([&](QPainter &p) {
            QColor faint = c;
            faint.setAlphaF(0.3);
            p.setPen(strokePen(faint, 2.4));
            p.drawEllipse(QRectF(4, 4, 16, 16));
            p.setPen(strokePen(c, 2.4));
            p.drawArc(QRectF(4, 4, 16, 16), 90 * 16, -120 * 16);
        });
    case DoctorStep::Status::Skipped: // a dash: deliberately not run
        return painted([&](QPainter &p) {
            p.setPen(strokePen(c, 1.6));
            p.drawEllipse(QRectF(4, 4, 16, 16));
            p.drawLine(QPointF(8.5, 12), QPointF(15.5, 12));
        });
    }
    return {};
}

} // namespace wb::ui::Icons
