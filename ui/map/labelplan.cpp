#include "labelplan.h"

#include "geo/hittest.h"
#include "mapstyle.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QTransform>
#include <cmath>

namespace pela::ui {

namespace {

constexpr double CellSize = 128;
constexpr double Halo = 3;

qint64 cellKey(int x, int y)
{
    return (qint64(x) << 32) ^ qint64(quint32(y));
}

// Area centroid of a ring (shoelace); the mean of its points for a degenerate one.
QPointF ringCentroid(const QList<QPointF> &ring, double *area)
{
    double twiceArea = 0, cx = 0, cy = 0;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const double cross = ring[j].x() * ring[i].y() - ring[i].x() * ring[j].y();
        twiceArea += cross;
        cx += (ring[j].x() + ring[i].x()) * cross;
        cy += (ring[j].y() + ring[i].y()) * cross;
    }
    *area = std::abs(twiceArea / 2);
    if (std::abs(twiceArea) < 1e-30) {
        QPointF mean;
        for (const QPointF &p : ring)
            mean += p;
        return ring.isEmpty() ? QPointF() : mean / double(ring.size());
    }
    return QPointF(cx / (3 * twiceArea), cy / (3 * twiceArea));
}

// A point for an area's name: the centroid of its largest ring when that lies inside, else
// the gazetteer's point of the same name, else the middle of its bounds.
std::optional<QPointF> anchorOf(const core::MapFeature &feature, const core::MapData &data)
{
    double bestArea = -1;
    QPointF best;
    for (const QList<QPointF> &ring : feature.parts) {
        double area = 0;
        const QPointF centroid = ringCentroid(ring, &area);
        if (area > bestArea) {
            bestArea = area;
            best = centroid;
        }
    }
    if (core::geometry::polygonContains(feature.parts, best))
        return best;
    for (const core::MapPlace &place : data.places)
        if (place.name.compare(feature.name, Qt::CaseInsensitive) == 0 &&
            core::geometry::polygonContains(feature.parts, place.world))
            return place.world;
    return std::nullopt;
}

} // namespace

QFont LabelPlan::fontFor(MapLabel::Kind kind)
{
    switch (kind) {
    case MapLabel::Kind::Kecamatan:
        return mapstyle::boundaryNameFont(true);
    case MapLabel::Kind::Kelurahan:
        return mapstyle::boundaryNameFont(false);
    case MapLabel::Kind::Road:
        return mapstyle::roadNameFont();
    }
    return {};
}

LabelPlan::LabelPlan(const core::MapData &data, double zoom) : m_zoom(zoom)
{
    const double scale = 256 * std::exp2(zoom);
    placeAreaNames(data, scale);
    placeRoadNames(data, scale);
    QList<QRectF> boxes;
    QRectF all;
    for (const MapLabel &label : m_labels) {
        boxes.append(label.bounds);
        all = all.united(label.bounds);
    }
    m_index = core::SpatialGrid(all, boxes);
    m_cells.clear();
}

bool LabelPlan::place(MapLabel label, double minimumDistanceToSameText)
{
    const int x0 = int(std::floor(label.bounds.left() / CellSize));
    const int x1 = int(std::floor(label.bounds.right() / CellSize));
    const int y0 = int(std::floor(label.bounds.top() / CellSize));
    const int y1 = int(std::floor(label.bounds.bottom() / CellSize));
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            for (int index : m_cells.value(cellKey(x, y)))
                if (m_labels[index].bounds.intersects(label.bounds))
                    return false;
    if (minimumDistanceToSameText > 0) {
        // The same street cut into several OSM ways: one name per stretch is enough.
        for (const MapLabel &other : std::as_const(m_labels))
            if (other.text == label.text &&
                QLineF(other.centre, label.centre).length() < minimumDistanceToSameText)
                return false;
    }
    const int index = int(m_labels.size());
    m_labels.append(std::move(label));
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            m_cells[cellKey(x, y)].append(index);
    return true;
}

void LabelPlan::placeAreaNames(const core::MapData &data, double scale)
{
    const bool kecamatan = m_zoom < mapstyle::KecamatanNameMaxZoom;
    const bool kelurahan = m_zoom >= mapstyle::KelurahanNameMinZoom;
    const MapLabel::Kind kind = kecamatan ? MapLabel::Kind::Kecamatan : MapLabel::Kind::Kelurahan;
    const QString wanted = kecamatan ? QStringLiteral("kecamatan") : QStringLiteral("kelurahan");
    if (!kecamatan && !kelurahan)
        return;
    const QFontMetricsF metrics(fontFor(kind));
    auto add = [&](const QString &name, const QPointF &world) {
        if (name.isEmpty())
            return;
        const QPointF centre = world * scale;
        const double width = metrics.horizontalAdvance(name.toUpper()) + 2 * Halo;
        const double height = metrics.height() + 2 * Halo;
        MapLabel label;
        label.kind = kind;
        label.text = name;
        label.centre = centre;
        label.bounds = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height);
        place(std::move(label));
    };
    bool fromBoundaries = false;
    for (const core::MapLayer *layer : data.layersOf(core::MapLayerKind::Boundaries))
        for (const core::MapFeature &feature : layer->features) {
            if (feature.featureClass != wanted)
                continue;
            fromBoundaries = true;
            if (const std::optional<QPointF> anchor = anchorOf(feature, data))
                add(feature.name, *anchor);
        }
    if (fromBoundaries)
        return;
    // No boundary layer imported: the gazetteer's points carry the names.
    for (const core::MapPlace &place : data.places)
        if (kecamatan ? place.kind == QLatin1String("kecamatan")
                      : place.kind != QLatin1String("kecamatan"))
            add(place.name, place.world);
}

void LabelPlan::placeRoadNames(const core::MapData &data, double scale)
{
    if (m_zoom < mapstyle::MajorRoadNameMinZoom)
        return;
    const QFontMetricsF metrics(fontFor(MapLabel::Kind::Road));
    struct Candidate
    {
        const core::MapFeature *feature;
        mapstyle::RoadRank rank;
    };
    QList<Candidate> candidates;
    for (const core::MapLayer *layer : data.layersOf(core::MapLayerKind::Roads))
        for (const core::MapFeature &feature : layer->features) {
            if (feature.name.isEmpty())
                continue;
            const mapstyle::RoadStyle style = mapstyle::roadStyle(feature.featureClass);
            const bool major = style.rank >= mapstyle::RoadRank::Tertiary;
            if (mapstyle::roadWidth(style, m_zoom) <= 0 ||
                m_zoom < (major ? mapstyle::MajorRoadNameMinZoom : mapstyle::RoadNameMinZoom))
                continue;
            candidates.append({&feature, style.rank});
        }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.rank > b.rank; });

    const double height = metrics.height();
    for (const Candidate &candidate : candidates) {
        const QString &name = candidate.feature->name;
        const double needed = metrics.horizontalAdvance(name) + 24;
        // The longest nearly straight stretch of the road carries its name.
        QLineF bestChord;
        for (const QList<QPointF> &part : candidate.feature->parts) {
            qsizetype start = 0;
            while (start + 1 < part.size()) {
                const QLineF first(part[start] * scale, part[start + 1] * scale);
                qsizetype end = start + 1;
                while (end + 1 < part.size()) {
                    const QLineF next(part[end] * scale, part[end + 1] * scale);
                    const double turn = std::abs(std::remainder(next.angle() - first.angle(), 360));
                    if (turn > 18)
                        break;
                    ++end;
                }
                const QLineF chord(part[start] * scale, part[end] * scale);
                if (chord.length() > bestChord.length())
                    bestChord = chord;
                start = end;
            }
        }
        if (bestChord.length() < needed)
            continue;
        MapLabel label;
        label.kind = MapLabel::Kind::Road;
        label.text = name;
        label.centre = bestChord.center();
        // QLineF angles run counter-clockwise; text must never stand on its head.
        double angle = -bestChord.angle();
        angle = std::remainder(angle, 360);
        if (angle > 90)
            angle -= 180;
        else if (angle < -90)
            angle += 180;
        label.angle = angle;
        const double width = metrics.horizontalAdvance(name) + 2 * Halo;
        QTransform rotation;
        rotation.translate(label.centre.x(), label.centre.y());
        rotation.rotate(angle);
        label.bounds = rotation.mapRect(
            QRectF(-width / 2, -(height + 2 * Halo) / 2, width, height + 2 * Halo));
        place(std::move(label), 400);
    }
}

} // namespace pela::ui
