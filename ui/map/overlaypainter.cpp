// How OverlayLayout's items are painted: links, markers and labels, stamped from cached images.
#include "overlaylayout.h"

#include "overlaystyle.h"

#include <QHash>
#include <QLineF>
#include <QPainter>
#include <QtMath>
#include <cmath>

namespace pela::ui {

using namespace overlaystyle;

namespace {

void paintLink(QPainter &painter, const OverlayItem &item)
{
    const bool toHospital = item.key.kind == OverlayKey::Kind::HospitalLink;
    QPen casing(QColor(255, 255, 255, 200), toHospital ? 5 : 6);
    casing.setCapStyle(Qt::RoundCap);
    painter.setPen(casing);
    painter.drawLine(item.centre, item.lineEnd);
    QPen pen(item.fill, toHospital ? 2.5 : 3.5);
    pen.setCapStyle(Qt::RoundCap);
    if (toHospital)
        pen.setDashPattern({4, 3});
    painter.setPen(pen);
    painter.drawLine(item.centre, item.lineEnd);
}

// Markers and labels look the same wherever they stand: each look is drawn once into an image
// and stamped, which is many times cheaper than drawing shapes and text for hundreds of units.
class Sprites
{
public:
    template <typename Draw>
    const QImage &get(const QString &key, const QSizeF &size, qreal ratio, Draw draw)
    {
        const QString fullKey = key + QLatin1Char('@') + QString::number(ratio);
        auto found = m_images.constFind(fullKey);
        if (found != m_images.constEnd())
            return *found;
        if (m_images.size() > 4000)
            m_images.clear();
        QImage image((size * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.setRenderHint(QPainter::TextAntialiasing, true);
            draw(painter);
        }
        return *m_images.insert(fullKey, image);
    }

private:
    QHash<QString, QImage> m_images;
};

Sprites &sprites()
{
    static Sprites cache; // the GUI thread's alone
    return cache;
}

// The body of a marker (shape, border, glyph, heading pointer), centred on centre.
void paintBody(QPainter &painter, const OverlayItem &item, const QPointF &centre)
{
    const double radius = item.markerSize / 2;
    switch (item.key.kind) {
    case OverlayKey::Kind::Hospital: {
        QPen border(Qt::white, 2);
        if (item.has(OverlayItem::Approximate))
            border.setDashPattern({2, 1.5});
        painter.setPen(border);
        painter.setBrush(item.fill);
        painter.drawRoundedRect(circle(centre, radius), 4, 4);
        break;
    }
    case OverlayKey::Kind::Case: {
        if (item.has(OverlayItem::Alert)) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(AlertRed, 4));
            painter.drawEllipse(centre, radius + 3, radius + 3);
        }
        QPen border(QColor(0x21, 0x21, 0x21), 1.5);
        if (item.has(OverlayItem::Requested))
            border.setDashPattern({2, 2});
        painter.setPen(border);
        painter.setBrush(item.fill);
        painter.drawEllipse(centre, radius, radius);
        break;
    }
    case OverlayKey::Kind::Unit: {
        const bool faded = item.has(OverlayItem::Stale) || item.has(OverlayItem::OutOfService);
        painter.setOpacity(faded ? 0.5 : 1.0);
        if (item.heading >= 0) {
            // A pointer outside the circle, towards the heading (0 = north, clockwise).
            const double angle = qDegreesToRadians(item.heading - 90);
            const QPointF direction(std::cos(angle), std::sin(angle));
            const QPointF side(-direction.y(), direction.x());
            const QPointF tip = centre + direction * (radius + 7);
            const QPointF base = centre + direction * (radius - 1);
            painter.setPen(QPen(Qt::white, 1));
            painter.setBrush(item.fill.darker(130));
            painter.drawPolygon(QPolygonF{tip, base + side * 5, base - side * 5});
        }
        QPen border(Qt::white, 2);
        if (item.has(OverlayItem::Stale))
            border.setDashPattern({1.5, 1.5});
        painter.setPen(border);
        painter.setBrush(item.fill);
        painter.drawEllipse(centre, radius, radius);
        break;
    }
    default:
        break;
    }
    static const QFont small = glyphFont(9);
    static const QFont normal = glyphFont(11);
    painter.setFont(item.glyph.size() > 1 ? small : normal);
    painter.setPen(item.text);
    painter.drawText(circle(centre, radius), Qt::AlignCenter, item.glyph);
    painter.setOpacity(1.0);
}

void stampBody(QPainter &painter, const OverlayItem &item)
{
    // The heading in 5° steps: 72 looks per unit style, none visibly off.
    const int heading = item.heading < 0 ? -1 : int(std::lround(item.heading / 5)) % 72 * 5;
    OverlayItem look = item;
    look.heading = heading;
    const quint32 lookFlags = item.flags & ~quint32(OverlayItem::Selected);
    const QString key = QStringLiteral("M|%1|%2|%3|%4|%5|%6|%7")
                            .arg(int(item.key.kind))
                            .arg(item.fill.rgba())
                            .arg(item.text.rgba())
                            .arg(item.glyph)
                            .arg(lookFlags)
                            .arg(heading)
                            .arg(item.markerSize);
    const double half = item.markerSize / 2 + 9;
    const QImage &image = sprites().get(
        key, QSizeF(2 * half, 2 * half), painter.device()->devicePixelRatioF(),
        [&look, half](QPainter &sprite) { paintBody(sprite, look, QPointF(half, half)); });
    painter.drawImage(
        QPointF(std::round(item.centre.x() - half), std::round(item.centre.y() - half)), image);
}

void paintMarker(QPainter &painter, const OverlayItem &item)
{
    const double radius = item.markerSize / 2;
    if (item.has(OverlayItem::Selected)) {
        painter.setPen(QPen(SelectionRing, 3.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(item.centre, radius + 5, radius + 5);
    }
    if (item.key.kind == OverlayKey::Kind::Hospital && item.uncertainty > radius) {
        // The area the hospital may be in. Stamped from an image while it fits one: a unit
        // driving through it repaints a few pixels of it, not the whole disc.
        const double extent = std::ceil(item.uncertainty) + 2;
        if (extent <= 400) {
            const QString key = QStringLiteral("A|%1|%2").arg(item.fill.rgba()).arg(extent);
            const QImage &image = sprites().get(
                key, QSizeF(2 * extent, 2 * extent), painter.device()->devicePixelRatioF(),
                [&item, extent](QPainter &sprite) {
                    QColor area = item.fill;
                    area.setAlpha(36);
                    QPen edge(item.fill, 1.5);
                    edge.setDashPattern({4, 4});
                    sprite.setPen(edge);
                    sprite.setBrush(area);
                    sprite.drawEllipse(QPointF(extent, extent), extent - 2, extent - 2);
                });
            painter.drawImage(
                QPointF(std::round(item.centre.x() - extent), std::round(item.centre.y() - extent)),
                image);
        } else {
            // Larger than the screen's height: its dashed edge alone says enough.
            QPen edge(item.fill, 1);
            edge.setCosmetic(true);
            edge.setDashPattern({4, 4});
            painter.setPen(edge);
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(item.centre, item.uncertainty, item.uncertainty);
        }
    }
    if (item.has(OverlayItem::Alert)) {
        // Unmissable: besides the steady ring of its look, a ring that pulses outwards.
        QColor pulse = AlertRed;
        pulse.setAlphaF(float(0.85 * (1 - item.pulse)));
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(pulse, 3));
        painter.drawEllipse(item.centre, radius + 4 + 12 * item.pulse,
                            radius + 4 + 12 * item.pulse);
    }
    if (item.key.kind == OverlayKey::Kind::EdgeAlert) {
        // The arrow points from the badge to the case out of sight.
        const QLineF towards(item.centre, item.lineEnd);
        const double angle = qDegreesToRadians(-towards.angle());
        const QPointF direction(std::cos(angle), std::sin(angle));
        const QPointF side(-direction.y(), direction.x());
        const QPointF tip = item.centre + direction * (radius + 12);
        const QPointF base = item.centre + direction * (radius + 2);
        painter.setPen(Qt::NoPen);
        painter.setBrush(AlertRed);
        painter.drawPolygon(QPolygonF{tip, base + side * 7, base - side * 7});
        painter.setPen(QPen(QColor(0x21, 0x21, 0x21), 1.5));
        painter.drawEllipse(item.centre, radius, radius);
        painter.setFont(glyphFont(9));
        painter.setPen(item.text);
        painter.drawText(circle(item.centre, radius), Qt::AlignCenter, item.glyph);
        return;
    }
    stampBody(painter, item);
}

void paintLabel(QPainter &painter, const OverlayItem &item)
{
    if (item.label.isEmpty())
        return;
    const bool alert = item.has(OverlayItem::Alert);
    const bool faded = item.has(OverlayItem::Stale) || item.has(OverlayItem::OutOfService);
    const QSizeF size(std::ceil(item.labelRect.width()), std::ceil(item.labelRect.height()));
    const QString key = QStringLiteral("L|%1|%2|%3")
                            .arg(alert   ? 2
                                 : faded ? 1
                                         : 0)
                            .arg(size.width())
                            .arg(item.label);
    const QImage &image =
        sprites().get(key, size, painter.device()->devicePixelRatioF(), [&](QPainter &sprite) {
            const QRectF box(QPointF(0.5, 0.5), size - QSizeF(1, 1));
            sprite.setPen(QPen(alert ? AlertRed.darker(130) : LabelBorder, 1));
            sprite.setBrush(alert ? AlertRed : LabelBox);
            sprite.drawRoundedRect(box, 3, 3);
            static const QFont font = labelFont();
            sprite.setFont(font);
            sprite.setPen(alert ? QColor(Qt::white) : faded ? StaleText : LabelText);
            sprite.drawText(box, Qt::AlignCenter, item.label);
        });
    painter.drawImage(QPointF(std::round(item.labelRect.x()), std::round(item.labelRect.y())),
                      image);
}

} // namespace

void OverlayLayout::paint(QPainter &painter, const QRect &clip) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const QRectF area(clip);
    auto visible = [&](const OverlayItem &item) {
        return clip.isEmpty() || item.bounds.intersects(area);
    };
    for (const OverlayItem &item : m_items) {
        if (!visible(item))
            continue;
        if (item.key.kind == OverlayKey::Kind::UnitLink ||
            item.key.kind == OverlayKey::Kind::HospitalLink)
            paintLink(painter, item);
        else
            paintMarker(painter, item);
    }
    // Labels over every marker, so that none is hidden under a neighbour's marker.
    for (const OverlayItem &item : m_items)
        if (visible(item))
            paintLabel(painter, item);
    painter.restore();
}

} // namespace pela::ui
