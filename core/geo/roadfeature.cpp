#include "roadfeature.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace pela::core {

namespace {

bool readLine(const QJsonArray &coordinates, QList<QGeoCoordinate> &points)
{
    points.clear();
    points.reserve(coordinates.size());
    for (const QJsonValue &value : coordinates) {
        const QJsonArray pair = value.toArray();
        if (pair.size() < 2 || !pair[0].isDouble() || !pair[1].isDouble())
            return false;
        const QGeoCoordinate point(pair[1].toDouble(), pair[0].toDouble()); // GeoJSON: lon, lat
        if (!point.isValid())
            return false;
        points.append(point);
    }
    return points.size() >= 2;
}

} // namespace

bool RoadFeatureReader::appendGeometry(QList<RoadFeature> &features, const QString &highway,
                                       const QString &name, const QJsonObject &properties,
                                       const QJsonObject &geometry)
{
    const QString type = geometry.value(QLatin1String("type")).toString();
    const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
    QList<QJsonArray> lines;
    if (type == QLatin1String("LineString")) {
        lines.append(coordinates);
    } else if (type == QLatin1String("MultiLineString")) {
        for (const QJsonValue &line : coordinates)
            lines.append(line.toArray());
    } else {
        return false;
    }
    QList<RoadFeature> read;
    for (const QJsonArray &line : lines) {
        RoadFeature feature{highway, name, properties, {}};
        if (!readLine(line, feature.points))
            return false;
        read.append(std::move(feature));
    }
    features.append(read);
    return !read.isEmpty();
}

RoadFeatureRead RoadFeatureReader::fromGeoJson(const QByteArray &json)
{
    RoadFeatureRead result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error =
            tr("Not GeoJSON: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset);
        return result;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection")) {
        result.error = tr("Not a GeoJSON FeatureCollection.");
        return result;
    }
    for (const QJsonValue &value : root.value(QLatin1String("features")).toArray()) {
        const QJsonObject feature = value.toObject();
        const QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
        const QString highway = properties.value(QLatin1String("highway")).toString();
        if (highway.isEmpty())
            continue;
        appendGeometry(result.features, highway, properties.value(QLatin1String("name")).toString(),
                       properties, feature.value(QLatin1String("geometry")).toObject());
    }
    return result;
}

RoadFeatureRead RoadFeatureReader::fromGeoJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        RoadFeatureRead result;
        result.error = tr("Cannot read %1: %2.").arg(path, file.errorString());
        return result;
    }
    return fromGeoJson(file.readAll());
}

} // namespace pela::core
