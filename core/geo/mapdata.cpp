#include "mapdata.h"

#include "hittest.h"
#include "projection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace pela::core {

namespace {

// Bounds that grow point by point; QRectF::united ignores the empty rectangle of one point.
struct Extent
{
    bool valid = false;
    double left = 0, top = 0, right = 0, bottom = 0;

    void add(const QPointF &p)
    {
        if (!valid) {
            left = right = p.x();
            top = bottom = p.y();
            valid = true;
            return;
        }
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    void add(const QRectF &r, bool rectValid)
    {
        if (!rectValid)
            return;
        add(r.topLeft());
        add(r.bottomRight());
    }
    QRectF rect() const
    {
        return valid ? QRectF(QPointF(left, top), QPointF(right, bottom)) : QRectF();
    }
};

QList<QPointF> projectedLine(const QJsonArray &positions, Extent &extent)
{
    QList<QPointF> points;
    points.reserve(positions.size());
    for (const QJsonValue &value : positions) {
        const QJsonArray position = value.toArray();
        if (position.size() < 2)
            continue;
        const QPointF world = mercator::toWorld(position[1].toDouble(), position[0].toDouble());
        // Consecutive duplicates add nothing to draw.
        if (!points.isEmpty() && points.last() == world)
            continue;
        points.append(world);
        extent.add(world);
    }
    return points;
}

} // namespace

QRectF MapData::bounds() const
{
    Extent extent;
    for (const MapLayer &layer : layers)
        extent.add(layer.bounds, !layer.features.isEmpty());
    if (!extent.valid)
        for (const MapPlace &place : places)
            extent.add(place.world);
    return extent.rect();
}

QList<const MapLayer *> MapData::layersOf(MapLayerKind kind) const
{
    QList<const MapLayer *> result;
    for (const MapLayer &layer : layers)
        if (layer.kind == kind)
            result.append(&layer);
    std::sort(result.begin(), result.end(),
              [](const MapLayer *a, const MapLayer *b) { return a->name < b->name; });
    return result;
}

QStringList MapData::attributions() const
{
    QStringList result;
    for (const MapLayer &layer : layers)
        if (!layer.attribution.isEmpty() && !result.contains(layer.attribution))
            result.append(layer.attribution);
    return result;
}

const MapFeature *MapData::boundaryAt(const QPointF &world, const QString &featureClass) const
{
    for (const MapLayer &layer : layers) {
        if (layer.kind != MapLayerKind::Boundaries)
            continue;
        for (int index : layer.featuresIn(QRectF(world, world))) {
            const MapFeature &feature = layer.features[index];
            if (feature.featureClass == featureClass && feature.bounds.contains(world) &&
                geometry::polygonContains(feature.parts, world))
                return &feature;
        }
    }
    return nullptr;
}

MapLayer MapData::makeLayer(qint64 id, const QString &name, MapLayerKind kind,
                            const QString &attribution, int version, QList<MapFeature> features)
{
    MapLayer layer;
    layer.id = id;
    layer.name = name;
    layer.kind = kind;
    layer.attribution = attribution;
    layer.version = version;
    QList<QRectF> boxes;
    boxes.reserve(features.size());
    Extent extent;
    for (const MapFeature &feature : features) {
        extent.add(feature.bounds, true);
        boxes.append(feature.bounds);
    }
    layer.bounds = extent.rect();
    layer.features = std::move(features);
    layer.index = SpatialGrid(layer.bounds, boxes);
    return layer;
}

std::optional<MapFeature> MapData::featureFromGeoJson(const QByteArray &geometryJson,
                                                      const QString &featureClass,
                                                      const QString &name)
{
    const QJsonObject geometry = QJsonDocument::fromJson(geometryJson).object();
    const QString type = geometry.value(QLatin1String("type")).toString();
    const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
    MapFeature feature;
    feature.featureClass = featureClass;
    feature.name = name;
    Extent extent;
    auto addLine = [&feature, &extent](const QJsonArray &positions) {
        QList<QPointF> points = projectedLine(positions, extent);
        if (points.size() >= 2)
            feature.parts.append(std::move(points));
    };
    if (type == QLatin1String("LineString")) {
        addLine(coordinates);
    } else if (type == QLatin1String("MultiLineString")) {
        for (const QJsonValue &line : coordinates)
            addLine(line.toArray());
    } else if (type == QLatin1String("Polygon")) {
        feature.isPolygon = true;
        for (const QJsonValue &ring : coordinates)
            addLine(ring.toArray());
    } else if (type == QLatin1String("MultiPolygon")) {
        feature.isPolygon = true;
        for (const QJsonValue &polygon : coordinates)
            for (const QJsonValue &ring : polygon.toArray())
                addLine(ring.toArray());
    }
    if (feature.parts.isEmpty())
        return std::nullopt;
    feature.bounds = extent.rect();
    return feature;
}

} // namespace pela::core
