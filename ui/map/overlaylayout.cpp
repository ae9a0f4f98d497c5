#include "overlaylayout.h"

#include "geo/hittest.h"
#include "live/labels.h"
#include "livetableproxymodel.h"
#include "overlaystyle.h"
#include "selection.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QRegularExpression>
#include <QSet>
#include <QtMath>
#include <algorithm>
#include <cmath>

namespace pela::ui {

namespace {

using namespace overlaystyle;

// A waiting P1 case turns into an alert after this long without a unit.
constexpr qint64 AlertAfterSeconds = 60;
// Alert rings pulse once a second, in this many steps (each step repaints the ring alone).
constexpr int PulseSteps = 8;

// Text widths are measured once per text: a layout is rebuilt on every change.
double textWidth(const QString &text)
{
    static QHash<QString, double> widths;
    static const QFontMetricsF metrics(labelFont());
    auto found = widths.constFind(text);
    if (found != widths.constEnd())
        return *found;
    if (widths.size() > 4000)
        widths.clear();
    const double width = metrics.horizontalAdvance(text);
    widths.insert(text, width);
    return width;
}

// "approximate ±300 m", "±1.5 km": the radius a hospital's location note gives, in metres.
double noteRadiusMetres(const QString &note)
{
    static const QRegularExpression pattern(
        QStringLiteral("±\\s*([0-9]+(?:[.,][0-9]+)?)\\s*(km|m)"));
    const QRegularExpressionMatch match = pattern.match(note);
    if (!match.hasMatch())
        return 0;
    const double value = match.captured(1).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
    return match.captured(2) == QLatin1String("km") ? value * 1000 : value;
}

QString unitGlyph(const QString &kind)
{
    if (kind == QLatin1String("ambulance_als"))
        return QStringLiteral("A");
    if (kind == QLatin1String("ambulance_bls"))
        return QStringLiteral("B");
    if (kind == QLatin1String("hearse"))
        return QStringLiteral("J");
    if (kind == QLatin1String("rescue"))
        return QStringLiteral("R");
    if (kind == QLatin1String("motorcycle"))
        return QStringLiteral("M");
    return QStringLiteral("?");
}

bool isAlert(const CaseMarker &marker, const QDateTime &now)
{
    return marker.priority == 1 && marker.units.isEmpty() && marker.openedAt.isValid() &&
           marker.openedAt.secsTo(now) > AlertAfterSeconds &&
           (marker.state == QLatin1String("waiting") || marker.state == QLatin1String("requested"));
}

// Where an off-screen point shows at the edge: on the line from the screen's centre to it.
QPointF edgePoint(const QRectF &screen, const QPointF &target, double inset)
{
    const QRectF inner = screen.adjusted(inset, inset, -inset, -inset);
    const QPointF centre = inner.center();
    const QPointF direction = target - centre;
    double t = 1;
    if (direction.x() != 0)
        t = std::min(t,
                     (direction.x() > 0 ? inner.right() - centre.x() : inner.left() - centre.x()) /
                         direction.x());
    if (direction.y() != 0)
        t = std::min(t,
                     (direction.y() > 0 ? inner.bottom() - centre.y() : inner.top() - centre.y()) /
                         direction.y());
    return centre + direction * std::max(0.0, t);
}

qint64 round8(double value)
{
    return qint64(std::llround(value * 8));
}

} // namespace

size_t qHash(const OverlayKey &key, size_t seed)
{
    return qHashMulti(seed, int(key.kind), key.id);
}

size_t OverlayItem::signature() const
{
    size_t seed = qHashMulti(0, int(key.kind), key.id, round8(centre.x()), round8(centre.y()),
                             round8(heading), round8(uncertainty), round8(pulse),
                             round8(lineEnd.x()), round8(lineEnd.y()), flags);
    seed = qHashMulti(seed, fill.rgba(), text.rgba(), glyph, label, round8(labelRect.x()),
                      round8(labelRect.y()), round8(labelRect.width()), round8(markerSize));
    return seed;
}

const OverlayItem *OverlayLayout::find(const OverlayKey &key) const
{
    const auto found = m_index.constFind(key);
    return found == m_index.constEnd() ? nullptr : &m_items[*found];
}

OverlayLayout OverlayLayout::build(const MapScene &scene, const core::MapViewport &viewport,
                                   const OverlayOptions &options, const Selection *selection,
                                   const QDateTime &now)
{
    OverlayLayout layout;
    const QRectF screen(QPointF(0, 0), viewport.size());
    // Items just outside still count: their label or ring may reach in.
    const QRectF near = screen.adjusted(-80, -40, 40, 40);
    const bool labels = options.labels && viewport.zoom() >= 12;
    auto selected = [selection](MapItemKind kind, qint64 id) {
        return selection && selection->is(kind, id);
    };
    // Labels are placed by urgency: the higher the number, the earlier.
    struct Pending
    {
        int item;
        int urgency;
    };
    QList<Pending> pending;
    auto add = [&layout](OverlayItem item) {
        layout.m_index.insert(item.key, int(layout.m_items.size()));
        layout.m_items.append(std::move(item));
        return int(layout.m_items.size()) - 1;
    };

    // The selected case's lines, under every marker.
    const CaseMarker *selectedCase = nullptr;
    if (selection && !selection->isEmpty()) {
        if (selection->kind() == MapItemKind::Case)
            selectedCase = scene.caseMarker(selection->id());
        else if (selection->kind() == MapItemKind::Unit)
            if (const UnitMarker *unit = scene.unit(selection->id()))
                selectedCase = scene.caseMarker(unit->assignedCaseId);
    }
    if (selectedCase && selectedCase->located) {
        const QPointF caseAt = viewport.toScreen(selectedCase->world);
        for (const QString &callSign : selectedCase->units) {
            const UnitMarker *unit = scene.unitByCallSign(callSign);
            if (!unit || !unit->located || !options.units)
                continue;
            OverlayItem link;
            link.key = {OverlayKey::Kind::UnitLink, unit->id};
            link.centre = viewport.toScreen(unit->world);
            link.lineEnd = caseAt;
            link.fill = LinkBlue;
            link.bounds = QRectF(link.centre, link.lineEnd).normalized().adjusted(-4, -4, 4, 4);
            add(link);
        }
        if (selectedCase->destinationHospitalId && options.hospitals)
            if (const HospitalMarker *hospital =
                    scene.hospital(*selectedCase->destinationHospitalId);
                hospital && hospital->located) {
                OverlayItem link;
                link.key = {OverlayKey::Kind::HospitalLink, hospital->id};
                link.centre = caseAt;
                link.lineEnd = viewport.toScreen(hospital->world);
                link.fill = HospitalLinkColour;
                link.bounds = QRectF(link.centre, link.lineEnd).normalized().adjusted(-4, -4, 4, 4);
                add(link);
            }
    }

    if (options.hospitals) {
        for (const HospitalMarker &hospital : scene.hospitals()) {
            if (!hospital.located)
                continue;
            OverlayItem item;
            item.key = {OverlayKey::Kind::Hospital, hospital.id};
            item.centre = viewport.toScreen(hospital.world);
            const double radiusMetres =
                hospital.approximate ? noteRadiusMetres(hospital.locationNote) : 0;
            item.uncertainty = std::min(radiusMetres / viewport.metresPerPixel(), 2000.0);
            if (!near.adjusted(-item.uncertainty, -item.uncertainty, item.uncertainty,
                               item.uncertainty)
                     .contains(item.centre))
                continue;
            item.markerSize = HospitalSize;
            item.hitRadius = HospitalSize / 2 + 3;
            const CellColours colours = LiveTableProxyModel::erStatusColours(hospital.erStatus);
            item.fill = colours.background;
            item.text = colours.text;
            item.glyph = QStringLiteral("H");
            if (hospital.approximate)
                item.flags |= OverlayItem::Approximate;
            if (selected(MapItemKind::Hospital, hospital.id))
                item.flags |= OverlayItem::Selected;
            // "≈" says the place is a guess even when no radius is known.
            item.label =
                hospital.approximate ? QStringLiteral("≈ ") + hospital.code : hospital.code;
            item.bounds = circle(item.centre, HospitalSize / 2 + 6);
            if (item.uncertainty > HospitalSize / 2)
                item.bounds |= circle(item.centre, item.uncertainty + 2);
            const int index = add(item);
            if (labels)
                pending.append({index, item.has(OverlayItem::Selected) ? 100 : 64});
        }
    }

    QList<int> alertsOffScreen;
    if (options.cases) {
        for (const CaseMarker &marker : scene.cases()) {
            if (!marker.located)
                continue;
            const bool alert = isAlert(marker, now);
            const QPointF centre = viewport.toScreen(marker.world);
            if (!near.contains(centre)) {
                if (alert)
                    alertsOffScreen.append(int(&marker - scene.cases().constData()));
                continue;
            }
            OverlayItem item;
            item.key = {OverlayKey::Kind::Case, marker.id};
            item.centre = centre;
            item.markerSize = CaseSize;
            item.hitRadius = CaseSize / 2 + 3;
            const CellColours colours = LiveTableProxyModel::priorityColours(marker.priority);
            item.fill = colours.background;
            item.text = colours.text;
            item.glyph = QStringLiteral("P%1").arg(marker.priority);
            if (marker.state == QLatin1String("requested"))
                item.flags |= OverlayItem::Requested;
            if (selected(MapItemKind::Case, marker.id))
                item.flags |= OverlayItem::Selected;
            const QString age = core::labels::age(marker.openedAt, now);
            if (alert) {
                item.flags |= OverlayItem::Alert;
                const qint64 ms = marker.openedAt.msecsTo(now);
                item.pulse = double((ms % 1000) * PulseSteps / 1000) / PulseSteps;
                item.label =
                    QCoreApplication::translate("pela::ui::OverlayLayout", "%1 · no unit for %2")
                        .arg(marker.number, age);
                layout.m_animated = true;
            } else {
                item.label = QCoreApplication::translate("pela::ui::OverlayLayout", "%1 · %2")
                                 .arg(marker.number, age);
            }
            item.bounds = circle(item.centre, alert ? CaseSize / 2 + 18 : CaseSize / 2 + 6);
            const int index = add(item);
            if (labels || alert)
                pending.append({index, item.has(OverlayItem::Selected) ? 100
                                       : alert                         ? 90
                                                                       : 70 - marker.priority});
        }
    }

    if (options.units) {
        // Units on one spot (parked at their hospital) fan out around it, so that each can be
        // seen, clicked and dragged, and the hospital under them stays visible.
        QHash<qint64, QList<int>> spots;
        QList<QPointF> positions(scene.units().size());
        auto spotKey = [](const QPointF &p) {
            return (qint64(std::floor(p.x() / 8)) << 32) ^
                   qint64(quint32(int(std::floor(p.y() / 8))));
        };
        for (int i = 0; i < scene.units().size(); ++i) {
            const UnitMarker &unit = scene.units()[i];
            if (!unit.located)
                continue;
            positions[i] = viewport.toScreen(unit.world);
            spots[spotKey(positions[i])].append(i);
        }
        QSet<qint64> hospitalSpots;
        for (const OverlayItem &item : std::as_const(layout.m_items))
            if (item.key.kind == OverlayKey::Kind::Hospital)
                hospitalSpots.insert(spotKey(item.centre));
        for (auto spot = spots.cbegin(); spot != spots.cend(); ++spot) {
            const QList<int> &members = spot.value();
            const bool onHospital = hospitalSpots.contains(spot.key());
            if (members.size() < 2 && !onHospital)
                continue;
            QPointF middle;
            for (int i : members)
                middle += positions[i];
            middle /= double(members.size());
            const double radius = std::max(onHospital ? 20.0 : 13.0, members.size() * 5.0);
            for (int n = 0; n < members.size(); ++n) {
                const double angle =
                    -M_PI / 4 +
                    2 * M_PI * n / std::max<qsizetype>(members.size(), onHospital ? 4 : 1);
                positions[members[n]] = middle + radius * QPointF(std::cos(angle), std::sin(angle));
            }
        }
        for (int i = 0; i < scene.units().size(); ++i) {
            const UnitMarker &unit = scene.units()[i];
            if (!unit.located)
                continue;
            const QPointF centre = positions[i];
            if (!near.contains(centre))
                continue;
            OverlayItem item;
            item.key = {OverlayKey::Kind::Unit, unit.id};
            item.centre = centre;
            item.markerSize = UnitSize;
            item.hitRadius = UnitSize / 2 + 3;
            const CellColours colours = LiveTableProxyModel::unitStatusColours(unit.status);
            item.fill = colours.background;
            item.text = colours.text;
            item.glyph = unitGlyph(unit.kind);
            if (unit.heading && unit.status != QLatin1String("out_of_service"))
                item.heading = std::fmod(std::fmod(*unit.heading, 360) + 360, 360);
            if (unit.stale)
                item.flags |= OverlayItem::Stale;
            if (unit.status == QLatin1String("out_of_service"))
                item.flags |= OverlayItem::OutOfService;
            if (selected(MapItemKind::Unit, unit.id))
                item.flags |= OverlayItem::Selected;
            // A stale position shows in the marker (faded, dashed) and the label's grey; its
            // age is in the tooltip: on a map of many units, ages in every label are noise.
            item.label = unit.callSign;
            // On its way: how long until it is there, in its own label (placed like any other,
            // never over another), and that label goes before the other units'.
            const bool onTheWay =
                !unit.eta.isEmpty() && (unit.status == QLatin1String("dispatched") ||
                                        unit.status == QLatin1String("en_route"));
            if (onTheWay)
                item.label = QCoreApplication::translate("pela::ui::OverlayLayout", "%1 · %2",
                                                         "a unit's label: call sign, then its ETA")
                                 .arg(unit.callSign, unit.eta);
            item.bounds = circle(item.centre, UnitSize / 2 + 9);
            const int index = add(item);
            const bool busy = unit.status != QLatin1String("available") &&
                              unit.status != QLatin1String("out_of_service");
            if (labels)
                pending.append({index, item.has(OverlayItem::Selected) ? 100
                                       : onTheWay                      ? 65
                                       : busy                          ? 60
                                       : unit.stale                    ? 45
                                                                       : 50});
        }
    }

    // Labels: right of the marker, else left; dropped where they would cover another.
    std::stable_sort(pending.begin(), pending.end(),
                     [](const Pending &a, const Pending &b) { return a.urgency > b.urgency; });
    QHash<qint64, QList<QRectF>> placed;
    constexpr double Cell = 64;
    auto cellKey = [](int x, int y) { return (qint64(x) << 32) ^ qint64(quint32(y)); };
    auto collides = [&](const QRectF &rect) {
        for (int y = int(std::floor(rect.top() / Cell)); y <= int(std::floor(rect.bottom() / Cell));
             ++y)
            for (int x = int(std::floor(rect.left() / Cell));
                 x <= int(std::floor(rect.right() / Cell)); ++x)
                for (const QRectF &other : placed.value(cellKey(x, y)))
                    if (other.intersects(rect))
                        return true;
        return false;
    };
    auto occupy = [&](const QRectF &rect) {
        for (int y = int(std::floor(rect.top() / Cell)); y <= int(std::floor(rect.bottom() / Cell));
             ++y)
            for (int x = int(std::floor(rect.left() / Cell));
                 x <= int(std::floor(rect.right() / Cell)); ++x)
                placed[cellKey(x, y)].append(rect);
    };
    for (const Pending &entry : pending) {
        OverlayItem &item = layout.m_items[entry.item];
        const double width = textWidth(item.label) + 2 * LabelPaddingX;
        const double offset = item.markerSize / 2 + LabelGap;
        const QRectF right(item.centre.x() + offset, item.centre.y() - LabelHeight / 2, width,
                           LabelHeight);
        const QRectF left(item.centre.x() - offset - width, item.centre.y() - LabelHeight / 2,
                          width, LabelHeight);
        // The selected item and alerts always carry their label.
        const bool must = entry.urgency >= 90;
        if (!collides(right) || must) {
            item.labelRect = right;
        } else if (!collides(left)) {
            item.labelRect = left;
        } else {
            item.label.clear();
            continue;
        }
        occupy(item.labelRect);
        item.bounds |= item.labelRect.adjusted(-1, -1, 1, 1);
    }
    for (OverlayItem &item : layout.m_items)
        if (item.labelRect.isNull() &&
            (item.key.kind == OverlayKey::Kind::Hospital ||
             item.key.kind == OverlayKey::Kind::Case || item.key.kind == OverlayKey::Kind::Unit))
            item.label.clear();

    // Waiting P1 cases out of sight: a badge at the edge points at each.
    for (int position : alertsOffScreen) {
        const CaseMarker &marker = scene.cases()[position];
        const QPointF target = viewport.toScreen(marker.world);
        OverlayItem item;
        item.key = {OverlayKey::Kind::EdgeAlert, marker.id};
        item.centre = edgePoint(screen, target, 26);
        item.lineEnd = target; // the arrow points there
        item.markerSize = CaseSize;
        item.hitRadius = CaseSize / 2 + 4;
        item.fill = AlertRed;
        item.text = Qt::white;
        item.glyph = QStringLiteral("P1");
        item.flags = OverlayItem::Alert;
        item.label = QCoreApplication::translate("pela::ui::OverlayLayout", "%1 · no unit for %2")
                         .arg(marker.number, core::labels::age(marker.openedAt, now));
        const double width = textWidth(item.label) + 2 * LabelPaddingX;
        // The label stays on screen: towards the inside of the edge it sits on.
        const bool toLeft = item.centre.x() > screen.center().x();
        const double offset = CaseSize / 2 + 10;
        item.labelRect = QRectF(
            toLeft ? item.centre.x() - offset - width : item.centre.x() + offset,
            std::clamp(item.centre.y() - LabelHeight / 2, 2.0, screen.height() - LabelHeight - 2),
            width, LabelHeight);
        item.bounds =
            circle(item.centre, CaseSize / 2 + 12) | item.labelRect.adjusted(-1, -1, 1, 1);
        add(item);
    }
    return layout;
}

QList<QRect> OverlayLayout::differences(const OverlayLayout &other) const
{
    QList<QRect> dirty;
    auto area = [](const QRectF &bounds) { return bounds.toAlignedRect().adjusted(-1, -1, 1, 1); };
    for (const OverlayItem &item : m_items) {
        const OverlayItem *counterpart = other.find(item.key);
        if (!counterpart) {
            dirty.append(area(item.bounds));
        } else if (counterpart->signature() != item.signature() ||
                   counterpart->bounds != item.bounds) {
            dirty.append(area(item.bounds));
            dirty.append(area(counterpart->bounds));
        }
    }
    for (const OverlayItem &item : other.m_items)
        if (!find(item.key))
            dirty.append(area(item.bounds));
    return dirty;
}

std::optional<OverlayKey> OverlayLayout::itemAt(const QPointF &screen) const
{
    // Labels first (they are drawn over markers), topmost first.
    for (qsizetype i = m_items.size() - 1; i >= 0; --i)
        if (m_items[i].hitRadius > 0 && !m_items[i].label.isEmpty() &&
            m_items[i].labelRect.contains(screen))
            return m_items[i].key;
    QList<core::geometry::Target> targets;
    QList<int> indices;
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items[i].hitRadius > 0) {
            targets.append({m_items[i].centre, m_items[i].hitRadius});
            indices.append(i);
        }
    if (const std::optional<int> hit = core::geometry::nearestTarget(targets, screen))
        return m_items[indices[*hit]].key;
    return std::nullopt;
}

} // namespace pela::ui
