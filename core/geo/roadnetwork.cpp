#include "roadnetwork.h"

#include "db/pgconnection.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pela::core {

namespace {

RoadLayerLoad layerFrom(const PgResult &result)
{
    RoadLayerLoad layer;
    if (!result.ok()) {
        layer.error = result.error();
        return layer;
    }
    if (result.rowCount() == 0)
        return layer;
    layer.layerId = int(result.toInt(0, "id"));
    layer.layerName = result.text(0, "name");
    layer.importedAt = result.toDateTime(0, "imported_at");
    return layer;
}

QList<QGeoCoordinate> ringFrom(const QJsonArray &coordinates)
{
    QList<QGeoCoordinate> ring;
    ring.reserve(coordinates.size());
    for (const QJsonValue &value : coordinates) {
        const QJsonArray pair = value.toArray();
        if (pair.size() >= 2)
            ring.append(QGeoCoordinate(pair[1].toDouble(), pair[0].toDouble()));
    }
    return ring;
}

QList<QList<QGeoCoordinate>> ringsFrom(const QJsonObject &geometry)
{
    QList<QList<QGeoCoordinate>> rings;
    const QString type = geometry.value(QLatin1String("type")).toString();
    const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
    if (type == QLatin1String("Polygon")) {
        for (const QJsonValue &ring : coordinates)
            rings.append(ringFrom(ring.toArray()));
    } else if (type == QLatin1String("MultiPolygon")) {
        for (const QJsonValue &polygon : coordinates)
            for (const QJsonValue &ring : polygon.toArray())
                rings.append(ringFrom(ring.toArray()));
    }
    return rings;
}

} // namespace

RoadLayerLoad RoadNetwork::loadRoads(PgConnection &connection, const QString &kind)
{
    const RoadLayerLoad layer =
        layerFrom(connection.exec("SELECT id, name, imported_at FROM map_layers "
                                  "WHERE kind = $1 ORDER BY imported_at DESC, id DESC LIMIT 1",
                                  {kind}));
    return loadLayerFeatures(connection, layer);
}

RoadLayerLoad RoadNetwork::loadRoadLayer(PgConnection &connection, const QString &layerName)
{
    return loadLayerFeatures(
        connection,
        layerFrom(connection.exec("SELECT id, name, imported_at FROM map_layers WHERE name = $1",
                                  {layerName})));
}

RoadLayerLoad RoadNetwork::loadLayerFeatures(PgConnection &connection, RoadLayerLoad layer)
{
    if (!layer.found())
        return layer;
    const PgResult rows = connection.exec(
        "SELECT class, name, properties::text AS properties, geometry::text AS geometry "
        "FROM map_features WHERE layer_id = $1 ORDER BY id",
        {layer.layerId});
    if (!rows.ok()) {
        layer.error = rows.error();
        return layer;
    }
    layer.features.reserve(rows.rowCount());
    const int classColumn = rows.column("class"), nameColumn = rows.column("name");
    const int propertiesColumn = rows.column("properties");
    const int geometryColumn = rows.column("geometry");
    for (int row = 0; row < rows.rowCount(); ++row) {
        const QJsonObject properties =
            QJsonDocument::fromJson(rows.text(row, propertiesColumn).toUtf8()).object();
        const QJsonObject geometry =
            QJsonDocument::fromJson(rows.text(row, geometryColumn).toUtf8()).object();
        QString highway = rows.text(row, classColumn);
        if (highway.isEmpty())
            highway = properties.value(QLatin1String("highway")).toString();
        if (!RoadFeatureReader::appendGeometry(layer.features, highway, rows.text(row, nameColumn),
                                               properties, geometry))
            ++layer.skippedFeatures;
    }
    return layer;
}

CoverageAreaLoad RoadNetwork::loadCoverageAreas(PgConnection &connection)
{
    CoverageAreaLoad load;
    const PgResult places =
        connection.exec("SELECT code, name, kind, lat, lon FROM places "
                        "WHERE kind IN ('kelurahan', 'desa') ORDER BY code, id");
    if (!places.ok()) {
        load.error = places.error();
        return load;
    }
    const PgResult boundaries = connection.exec(
        "SELECT f.properties->>'kode' AS code, f.geometry::text AS geometry FROM map_features f "
        "WHERE f.class = 'kelurahan' AND f.layer_id = (SELECT l.id FROM map_layers l "
        "WHERE EXISTS (SELECT 1 FROM map_features x WHERE x.layer_id = l.id "
        "AND x.class = 'kelurahan') ORDER BY l.imported_at DESC, l.id DESC LIMIT 1)");
    if (!boundaries.ok()) {
        load.error = boundaries.error();
        return load;
    }
    QHash<QString, QList<QList<QGeoCoordinate>>> ringsByCode;
    for (int row = 0; row < boundaries.rowCount(); ++row)
        ringsByCode[boundaries.text(row, "code")].append(
            ringsFrom(QJsonDocument::fromJson(boundaries.text(row, "geometry").toUtf8()).object()));
    for (int row = 0; row < places.rowCount(); ++row) {
        CoverageArea area;
        area.code = places.text(row, "code");
        area.name = places.text(row, "name");
        area.kind = places.text(row, "kind");
        area.centroid = QGeoCoordinate(places.toDouble(row, "lat"), places.toDouble(row, "lon"));
        area.rings = ringsByCode.value(area.code);
        if (!area.rings.isEmpty())
            ++load.withBoundary;
        load.areas.append(area);
    }
    return load;
}

RoadNetwork RoadNetwork::load(PgConnection &connection)
{
    RoadNetwork network;
    const RoadSettingsLoad settings = RoadSettingsLoader::load(connection);
    network.problems = settings.problems;
    network.error = settings.error;
    RoadLayerLoad roads;
    if (!network.error.isError()) {
        roads = loadRoads(connection);
        network.error = roads.error;
    }
    CoverageAreaLoad areas;
    if (!network.error.isError()) {
        areas = loadCoverageAreas(connection);
        network.error = areas.error;
    }
    if (!network.error.isError() && roads.found()) {
        network.layerId = roads.layerId;
        network.layerName = roads.layerName;
        network.importedAt = roads.importedAt;
        network.router =
            RoadRouter(RoadGraph::build(roads.features, settings.settings), settings.settings);
    } else {
        network.router = RoadRouter(RoadGraph::empty(), settings.settings);
    }
    network.coverage = CoverageAreas::build(network.router, areas.areas);
    return network;
}

} // namespace pela::core
