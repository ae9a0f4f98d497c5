// The map's vector data in memory, as every console draws it: the imported layers (roads, land,
// boundaries) projected once to world coordinates with a spatial index each, plus the
// gazetteer's reference points. Immutable once built: shared between the GUI thread and the
// threads that render tiles.
#pragma once

#include "maplayerkind.h"
#include "spatialgrid.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace pela::core {

struct MapFeature
{
    QString featureClass; // road class (trunk, residential…), kelurahan/kecamatan, land
    QString name;
    // Lines: one polyline per part. Polygons: every ring of every part (filled even-odd, so
    // holes stay holes). World coordinates.
    QList<QList<QPointF>> parts;
    QRectF bounds;
    bool isPolygon = false;
};

struct MapLayer
{
    qint64 id = 0;
    QString name;
    MapLayerKind kind = MapLayerKind::Land;
    QString attribution;
    int version = 0;
    QList<MapFeature> features;
    QRectF bounds;
    SpatialGrid index; // over the features' bounds

    // Features whose bounds meet area (world), in import order.
    QList<int> featuresIn(const QRectF &area) const { return index.query(area); }
};

// A named point of the gazetteer (kecamatan, kelurahan, desa): where a name goes when no
// boundary layer is imported.
struct MapPlace
{
    QString kind;
    QString code;
    QString name;
    QPointF world;
};

class MapData
{
public:
    QList<MapLayer> layers;
    QList<MapPlace> places;

    bool isEmpty() const { return layers.isEmpty(); }
    // The union of the layers' bounds; the places' when there is no layer.
    QRectF bounds() const;
    // Layers of one kind, in name order.
    QList<const MapLayer *> layersOf(MapLayerKind kind) const;
    // The distinct attributions of the layers (e.g. "© OpenStreetMap contributors").
    QStringList attributions() const;
    // The boundary of a class (kelurahan, kecamatan) containing a world point; nullptr if none.
    const MapFeature *boundaryAt(const QPointF &world, const QString &featureClass) const;

    // A layer from its features (indexes them and sums the bounds).
    static MapLayer makeLayer(qint64 id, const QString &name, MapLayerKind kind,
                              const QString &attribution, int version, QList<MapFeature> features);
    // One feature from a GeoJSON geometry object's text; nullopt for what cannot be drawn.
    static std::optional<MapFeature> featureFromGeoJson(const QByteArray &geometryJson,
                                                        const QString &featureClass,
                                                        const QString &name);
};

using MapDataPtr = std::shared_ptr<const MapData>;

} // namespace pela::core
