// One drivable-or-not road line as imported (OSM highway class, name, original properties), read
// from a GeoJSON file or from the map_features rows of a roads layer.
#pragma once

#include <QCoreApplication>
#include <QGeoCoordinate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pela::core {

struct RoadFeature
{
    QString highway; // the OSM `highway` value (residential, trunk, footway, ...)
    QString name;
    QJsonObject properties; // the feature's original properties: oneway, junction, maxspeed, ...
    QList<QGeoCoordinate> points;
};

struct RoadFeatureRead
{
    QList<RoadFeature> features;
    QString error; // empty when the input was read
    bool ok() const { return error.isEmpty(); }
};

class RoadFeatureReader
{
    Q_DECLARE_TR_FUNCTIONS(pela::core::RoadFeatureReader)
public:
    // A GeoJSON FeatureCollection of LineStrings/MultiLineStrings with a `highway` property;
    // features of other geometries or without `highway` are skipped (they are not roads).
    static RoadFeatureRead fromGeoJson(const QByteArray &json);
    static RoadFeatureRead fromGeoJsonFile(const QString &path);

    // Appends one RoadFeature per line of a GeoJSON geometry object (a MultiLineString gives
    // several). False when the geometry is not a LineString/MultiLineString or has a line with
    // fewer than two valid points (nothing is appended then).
    static bool appendGeometry(QList<RoadFeature> &features, const QString &highway,
                               const QString &name, const QJsonObject &properties,
                               const QJsonObject &geometry);
};

} // namespace pela::core
