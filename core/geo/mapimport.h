// Reads a GeoJSON FeatureCollection into a map layer ready to store: validated feature by
// feature, its kind detected, each feature's class, name and bounding box worked out. Whatever
// would draw wrong or route wrong is refused with the reason, before the database is touched.
#pragma once

#include "maplayerkind.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace pela::core {

struct MapFeatureImport
{
    QString featureClass; // roads: the OSM highway value; boundaries: kelurahan or kecamatan
    QString name;
    // The feature's JSON text (properties and geometry as in the file) within
    // MapLayerImport::text: a city's roads are not held twice, as text and as JSON objects.
    qsizetype offset = 0;
    qsizetype length = 0;
    double minLat = 0, minLon = 0, maxLat = 0, maxLon = 0;
};

struct MapLayerImport
{
    QString name;
    MapLayerKind kind = MapLayerKind::Land;
    QString source;      // the file's name
    QString attribution; // drawn with the layer; "© OpenStreetMap contributors" for OSM data
    QByteArray text;     // the file as read
    QList<MapFeatureImport> features;

    QByteArrayView featureJson(const MapFeatureImport &feature) const
    {
        return QByteArrayView(text).sliced(feature.offset, feature.length);
    }
};

struct MapImportOptions
{
    QString layerName;                // empty: the file's base name
    std::optional<MapLayerKind> kind; // nullopt: detected from geometry and properties
    std::optional<QString> attribution;
};

struct MapImportRead
{
    std::optional<MapLayerImport> layer;
    QString error; // why the file was refused, in the reader's words
    bool ok() const { return layer.has_value(); }
};

class MapImport
{
    Q_DECLARE_TR_FUNCTIONS(pela::core::MapImport)
public:
    // Larger files are refused before they are read: a city's roads are a few megabytes.
    static constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;

    static MapImportRead readFile(const QString &path, const MapImportOptions &options = {});
    // sourceName: the file name recorded as the layer's source and default layer name.
    static MapImportRead read(const QByteArray &data, const QString &sourceName,
                              const MapImportOptions &options = {});
};

} // namespace pela::core
