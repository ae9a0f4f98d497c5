// Where the live items go on screen for one view: markers for hospitals, cases and units,
// their labels (placed without overlaps, the most urgent first), the selected case's lines, and
// alerts for waiting P1 cases off screen. A layout says what every item will look like, so two
// layouts compared give exactly the screen areas that changed: a moving ambulance repaints its
// old and new place and nothing else.
#pragma once

#include "geo/projection.h"
#include "mapscene.h"

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRect>
#include <optional>

class QPainter;

namespace pela::ui {

class Selection;

struct OverlayKey
{
    enum class Kind : quint8
    {
        Hospital,
        Case,
        Unit,
        UnitLink,     // selected case: from a unit (id) to the case
        HospitalLink, // selected case: to its destination hospital (id)
        EdgeAlert,    // a waiting P1 case (id) outside the view
    };
    Kind kind = Kind::Case;
    qint64 id = 0;

    bool operator==(const OverlayKey &) const = default;
};
size_t qHash(const OverlayKey &key, size_t seed = 0);

struct OverlayOptions
{
    bool hospitals = true;
    bool cases = true;
    bool units = true;
    bool labels = true;

    bool operator==(const OverlayOptions &) const = default;
};

struct OverlayItem
{
    enum Flag : quint32
    {
        Selected = 1 << 0,
        Stale = 1 << 1,        // unit: the last fix is older than the stale setting
        OutOfService = 1 << 2, // unit: greyed
        Alert = 1 << 3,        // case: P1 without a unit for over a minute
        Approximate = 1 << 4,  // hospital: the location is a guess
        Requested = 1 << 5,    // case: waiting for a partner's answer
    };
    OverlayKey key;
    QPointF centre;         // screen pixels
    double hitRadius = 0;   // a click this close selects it; 0: not clickable
    double markerSize = 0;  // diameter
    double heading = -1;    // unit: degrees clockwise from north; negative: unknown
    double uncertainty = 0; // hospital: radius of the approximate location, pixels
    double pulse = 0;       // alert ring phase, 0..1
    QPointF lineEnd;        // links: where the line goes
    quint32 flags = 0;
    QColor fill;
    QColor text;
    QString glyph; // drawn in the marker (P1, H, A…)
    QString label; // drawn beside it; empty when hidden (or placed nowhere)
    QRectF labelRect;
    QRectF bounds; // every pixel it paints

    bool has(Flag flag) const { return flags & flag; }
    size_t signature() const;
};

class OverlayLayout
{
public:
    OverlayLayout() = default;

    // now: the clock ages and alerts are measured with (server-corrected where available).
    static OverlayLayout build(const MapScene &scene, const core::MapViewport &viewport,
                               const OverlayOptions &options, const Selection *selection,
                               const QDateTime &now);

    const QList<OverlayItem> &items() const { return m_items; }
    const OverlayItem *find(const OverlayKey &key) const;
    bool isEmpty() const { return m_items.isEmpty(); }
    // Whether something moves by itself (an alert ring): the view repaints it on a timer.
    bool isAnimated() const { return m_animated; }

    // Screen areas that look different in other (items added, removed, moved or changed).
    QList<QRect> differences(const OverlayLayout &other) const;
    // The clickable item at a screen point, topmost first; labels count as their item.
    std::optional<OverlayKey> itemAt(const QPointF &screen) const;

    // Paints the items meeting clip (all of them when clip is empty).
    void paint(QPainter &painter, const QRect &clip = {}) const;

private:
    QList<OverlayItem> m_items; // bottom to top
    QHash<OverlayKey, int> m_index;
    bool m_animated = false;
};

} // namespace pela::ui
