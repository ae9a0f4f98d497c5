#include "mapdataloader.h"

#include "db/pgconnection.h"
#include "projection.h"

#include <QHash>

namespace pela::core {

namespace {

QString idArray(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace

MapLoad loadMapData(PgConnection &connection, const MapDataPtr &current)
{
    MapLoad load;
    auto fail = [&](const PgResult &result) {
        load.error = result.error();
        if (connection.isOpen())
            connection.exec("ROLLBACK");
        return load;
    };
    // One snapshot: a layer and its features as one import left them.
    PgResult result = connection.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (!result.ok())
        return fail(result);
    const PgResult layers = connection.exec(
        "SELECT id, name, kind, attribution, version FROM map_layers ORDER BY name");
    if (!layers.ok())
        return fail(layers);

    QHash<qint64, const MapLayer *> held;
    if (current)
        for (const MapLayer &layer : current->layers)
            held.insert(layer.id, &layer);
    bool same = current && current->layers.size() == layers.rowCount();
    QList<qint64> toRead;
    for (int row = 0; row < layers.rowCount(); ++row) {
        const qint64 id = layers.toInt(row, "id");
        const MapLayer *known = held.value(id);
        if (!known || known->version != layers.toInt(row, "version") ||
            known->name != layers.text(row, "name")) {
            toRead.append(id);
            same = false;
        }
    }
    if (same) {
        connection.exec("COMMIT");
        load.data = current;
        load.unchanged = true;
        return load;
    }

    QHash<qint64, QList<MapFeature>> features;
    if (!toRead.isEmpty()) {
        const PgResult rows =
            connection.exec("SELECT layer_id, class, name, geometry::text AS geometry"
                            " FROM map_features WHERE layer_id = ANY($1::bigint[])"
                            " ORDER BY layer_id, id",
                            {idArray(toRead)});
        if (!rows.ok())
            return fail(rows);
        for (int row = 0; row < rows.rowCount(); ++row) {
            std::optional<MapFeature> feature =
                MapData::featureFromGeoJson(rows.text(row, "geometry").toUtf8(),
                                            rows.text(row, "class"), rows.text(row, "name"));
            if (feature)
                features[rows.toInt(row, "layer_id")].append(std::move(*feature));
        }
    }
    const PgResult places =
        connection.exec("SELECT kind, coalesce(code, '') AS code, name, lat, lon FROM places"
                        " WHERE kind IN ('kecamatan', 'kelurahan', 'desa') ORDER BY kind, name");
    if (!places.ok())
        return fail(places);
    result = connection.exec("COMMIT");
    if (!result.ok())
        return fail(result);

    auto data = std::make_shared<MapData>();
    for (int row = 0; row < layers.rowCount(); ++row) {
        const qint64 id = layers.toInt(row, "id");
        if (!toRead.contains(id)) {
            data->layers.append(*held.value(id));
            continue;
        }
        data->layers.append(MapData::makeLayer(
            id, layers.text(row, "name"),
            mapLayerKindFromText(layers.text(row, "kind")).value_or(MapLayerKind::Land),
            layers.text(row, "attribution"), int(layers.toInt(row, "version")), features.take(id)));
    }
    for (int row = 0; row < places.rowCount(); ++row)
        data->places.append(
            {places.text(row, "kind"), places.text(row, "code"), places.text(row, "name"),
             mercator::toWorld(places.toDouble(row, "lat"), places.toDouble(row, "lon"))});
    load.data = std::move(data);
    return load;
}

} // namespace pela::core
