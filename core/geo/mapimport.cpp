#include "mapimport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cctype>
#include <cmath>
#include <cstring>
#include <limits>

namespace pela::core {

namespace {

enum class Shape
{
    Lines,
    Polygons,
};

struct BoundingBox
{
    double minLat = std::numeric_limits<double>::max();
    double minLon = std::numeric_limits<double>::max();
    double maxLat = std::numeric_limits<double>::lowest();
    double maxLon = std::numeric_limits<double>::lowest();

    void add(double lon, double lat)
    {
        minLat = std::min(minLat, lat);
        maxLat = std::max(maxLat, lat);
        minLon = std::min(minLon, lon);
        maxLon = std::max(maxLon, lon);
    }
};

// One geometry's coordinates, checked position by position. Errors name what is wrong in the
// file's own terms; the caller adds which feature it is.
class GeometryCheck
{
public:
    QString error;
    BoundingBox box;

    bool position(const QJsonValue &value)
    {
        const QJsonArray position = value.toArray();
        if (!value.isArray() || position.size() < 2 || !position[0].isDouble() ||
            !position[1].isDouble())
            return fail(MapImport::tr("a position is not [longitude, latitude]"));
        const double lon = position[0].toDouble();
        const double lat = position[1].toDouble();
        if (!std::isfinite(lon) || !std::isfinite(lat))
            return fail(MapImport::tr("a coordinate is not a finite number"));
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90)
            return fail(MapImport::tr("the position [%1, %2] is outside longitude -180…180, "
                                      "latitude -90…90 (latitude and longitude swapped?)")
                            .arg(lon)
                            .arg(lat));
        box.add(lon, lat);
        return true;
    }

    bool line(const QJsonValue &value, int minimumPositions, const QString &what)
    {
        const QJsonArray positions = value.toArray();
        if (!value.isArray() || positions.size() < minimumPositions)
            return fail(
                MapImport::tr("a %1 needs at least %2 positions").arg(what).arg(minimumPositions));
        for (const QJsonValue &position : positions)
            if (!this->position(position))
                return false;
        return true;
    }

    bool polygon(const QJsonValue &value)
    {
        const QJsonArray rings = value.toArray();
        if (!value.isArray() || rings.isEmpty())
            return fail(MapImport::tr("a polygon needs at least one ring"));
        for (const QJsonValue &ring : rings)
            if (!line(ring, 4, MapImport::tr("polygon ring")))
                return false;
        return true;
    }

    bool many(const QJsonValue &value, bool (GeometryCheck::*part)(const QJsonValue &))
    {
        const QJsonArray parts = value.toArray();
        if (!value.isArray() || parts.isEmpty())
            return fail(MapImport::tr("a multi-part geometry needs at least one part"));
        for (const QJsonValue &item : parts)
            if (!(this->*part)(item))
                return false;
        return true;
    }

    bool lineString(const QJsonValue &value) { return line(value, 2, MapImport::tr("line")); }

private:
    bool fail(QString message)
    {
        error = std::move(message);
        return false;
    }
};

// How a feature is named in an error: its number in the file and its id or name, if any.
QString describe(int index, const QJsonObject &feature)
{
    const QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
    QString label;
    const QJsonValue candidates[] = {
        properties.value(QLatin1String("@id")), feature.value(QLatin1String("id")),
        properties.value(QLatin1String("kode")), properties.value(QLatin1String("nama")),
        properties.value(QLatin1String("name"))};
    for (const QJsonValue &value : candidates) {
        if (value.isString() && !value.toString().isEmpty()) {
            label = value.toString();
            break;
        }
        if (value.isDouble()) {
            label = QString::number(value.toDouble(), 'g', 15);
            break;
        }
    }
    return label.isEmpty() ? MapImport::tr("feature %1").arg(index + 1)
                           : MapImport::tr("feature %1 (%2)").arg(index + 1).arg(label);
}

std::optional<Shape> shapeOf(const QString &geometryType)
{
    if (geometryType == QLatin1String("LineString") ||
        geometryType == QLatin1String("MultiLineString"))
        return Shape::Lines;
    if (geometryType == QLatin1String("Polygon") || geometryType == QLatin1String("MultiPolygon"))
        return Shape::Polygons;
    return std::nullopt;
}

QString kindName(MapLayerKind kind)
{
    switch (kind) {
    case MapLayerKind::Roads:
        return MapImport::tr("a roads layer holds LineStrings");
    case MapLayerKind::Land:
        return MapImport::tr("a land layer holds Polygons");
    case MapLayerKind::Boundaries:
        return MapImport::tr("a boundaries layer holds Polygons");
    }
    return {};
}

QString stringProperty(const QJsonObject &properties, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue value = properties.value(QLatin1String(key));
        if (value.isString() && !value.toString().trimmed().isEmpty())
            return value.toString().trimmed();
    }
    return {};
}

bool looksLikeBoundary(const QJsonObject &properties)
{
    for (const char *key : {"kode", "nama", "level", "admin_level", "boundary"})
        if (properties.contains(QLatin1String(key)))
            return true;
    return false;
}

// kelurahan (and desa, the village of the same rank) or kecamatan: from the feature's level,
// else from the depth of its code (81.71.01 is a kecamatan, 81.71.01.1006 a kelurahan), else
// from the layer's name.
QString boundaryClass(const QJsonObject &properties, const QString &layerName)
{
    const QString level = stringProperty(properties, {"level"}).toLower();
    if (level.contains(QLatin1String("kecamatan")) || level.contains(QLatin1String("district")))
        return QStringLiteral("kecamatan");
    if (level.contains(QLatin1String("kelurahan")) || level.contains(QLatin1String("desa")) ||
        level.contains(QLatin1String("village")))
        return QStringLiteral("kelurahan");
    const QString code = stringProperty(properties, {"kode", "code"});
    if (!code.isEmpty()) {
        const qsizetype parts = code.split(QLatin1Char('.')).size();
        if (parts == 3)
            return QStringLiteral("kecamatan");
        if (parts == 4)
            return QStringLiteral("kelurahan");
    }
    const QString name = layerName.toLower();
    if (name.contains(QLatin1String("kecamatan")))
        return QStringLiteral("kecamatan");
    if (name.contains(QLatin1String("kelurahan")) || name.contains(QLatin1String("desa")))
        return QStringLiteral("kelurahan");
    return {};
}

bool mentionsOpenStreetMap(const QJsonObject &collection, const QJsonObject &firstProperties)
{
    for (const char *key : {"source", "attribution", "generator", "copyright"})
        if (collection.value(QLatin1String(key))
                .toString()
                .contains(QLatin1String("openstreetmap"), Qt::CaseInsensitive))
            return true;
    // OSM extracts (osmium, overpass) give each feature its OSM id.
    const QJsonObject &first = firstProperties;
    const QString id = first.value(QLatin1String("@id")).toString();
    return id.startsWith(QLatin1String("way/")) || id.startsWith(QLatin1String("relation/")) ||
           id.startsWith(QLatin1String("node/")) || first.contains(QLatin1String("osm_id"));
}

// Finds where JSON values begin and end without building them (strings and their escapes
// skipped, brackets counted), so that a file is taken apart feature by feature: a bad feature
// stops the import at once, and a large file is never held as one big JSON tree.
class JsonScanner
{
public:
    explicit JsonScanner(QByteArrayView text) : m_text(text) {}

    qsizetype position() const { return m_at; }
    bool atEnd()
    {
        skipSpace();
        return m_at >= m_text.size();
    }
    bool take(char c)
    {
        skipSpace();
        if (m_at < m_text.size() && m_text[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }
    bool peek(char c)
    {
        skipSpace();
        return m_at < m_text.size() && m_text[m_at] == c;
    }
    // A string's raw text between its quotes (escapes left as they are).
    std::optional<QByteArrayView> string()
    {
        skipSpace();
        if (m_at >= m_text.size() || m_text[m_at] != '"')
            return std::nullopt;
        const qsizetype begin = ++m_at;
        while (m_at < m_text.size()) {
            const char c = m_text[m_at++];
            if (c == '\\')
                ++m_at;
            else if (c == '"')
                return m_text.sliced(begin, m_at - 1 - begin);
        }
        return std::nullopt;
    }
    // The span of the next value of any type; nullopt when it is not well formed.
    std::optional<QByteArrayView> value()
    {
        skipSpace();
        const qsizetype begin = m_at;
        if (m_at >= m_text.size())
            return std::nullopt;
        const char first = m_text[m_at];
        if (first == '"') {
            if (!string())
                return std::nullopt;
        } else if (first == '{' || first == '[') {
            int depth = 0;
            while (m_at < m_text.size()) {
                const char c = m_text[m_at];
                if (c == '"') {
                    if (!string())
                        return std::nullopt;
                    continue;
                }
                ++m_at;
                if (c == '{' || c == '[')
                    ++depth;
                else if ((c == '}' || c == ']') && --depth == 0)
                    break;
            }
            if (depth != 0)
                return std::nullopt;
        } else {
            while (m_at < m_text.size() && !std::strchr(",]} \t\r\n", m_text[m_at]))
                ++m_at;
            if (m_at == begin)
                return std::nullopt;
        }
        return m_text.sliced(begin, m_at - begin);
    }

private:
    void skipSpace()
    {
        while (m_at < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_at])))
            ++m_at;
    }

    QByteArrayView m_text;
    qsizetype m_at = 0;
};

// One JSON value on its own (a top-level member such as "type").
QJsonValue parseValue(QByteArrayView text)
{
    const QByteArray wrapped = "[" + text.toByteArray() + "]";
    return QJsonDocument::fromJson(wrapped).array().at(0);
}

// What the first pass keeps of each feature to name and class it once the kind is known.
struct FeatureFacts
{
    QString highway;
    QString name;
    QString boundaryClass;
};

} // namespace

MapImportRead MapImport::readFile(const QString &path, const MapImportOptions &options)
{
    MapImportRead result;
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = tr("%1 does not exist").arg(path);
        return result;
    }
    if (info.isDir()) {
        result.error = tr("%1 is a folder, not a GeoJSON file").arg(path);
        return result;
    }
    if (info.size() > MaxFileBytes) {
        result.error = tr("%1 is %2 MB; map files above %3 MB are refused (cut the extract to "
                          "the city)")
                           .arg(path)
                           .arg(info.size() / (1024 * 1024))
                           .arg(MaxFileBytes / (1024 * 1024));
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    // Anything not starting like a JSON object is refused from its first bytes, however long.
    const QByteArray head = file.peek(4096);
    qsizetype start = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (start < head.size() && std::isspace(static_cast<unsigned char>(head[start])))
        ++start;
    if (head.isEmpty() || start == head.size() || head[start] != '{') {
        result.error = head.trimmed().isEmpty()
                           ? tr("not GeoJSON: the file is empty")
                           : tr("not GeoJSON: the file does not start with a JSON object");
        return result;
    }
    return read(file.readAll(), info.fileName(), options);
}

MapImportRead MapImport::read(const QByteArray &data, const QString &sourceName,
                              const MapImportOptions &options)
{
    MapImportRead result;
    auto refuse = [&result](QString message) {
        result.error = std::move(message);
        return result;
    };
    // The scanner only finds spans; for a file it cannot take apart, Qt's parser names the
    // first syntax error (it stops there, so garbage is refused quickly).
    auto malformed = [&](qsizetype at) {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return refuse(tr("not GeoJSON: %1 at byte %2")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
        if (document.isArray())
            return refuse(tr("not GeoJSON: the file holds a JSON array, not a FeatureCollection"));
        return refuse(tr("not GeoJSON: unexpected structure at byte %1").arg(at));
    };

    MapLayerImport layer;
    layer.source = sourceName;
    layer.text = data;
    layer.name = options.layerName.trimmed().isEmpty() ? QFileInfo(sourceName).completeBaseName()
                                                       : options.layerName.trimmed();
    if (layer.name.isEmpty())
        return refuse(tr("the layer needs a name (--layer NAME)"));

    JsonScanner scanner(data);
    if (!scanner.take('{'))
        return malformed(scanner.position());
    QJsonObject collection; // the top-level members other than the features
    QJsonObject firstProperties;
    bool sawFeatures = false;
    std::optional<Shape> layerShape;
    bool anyBoundaryProperties = false;
    QList<FeatureFacts> facts;
    int index = 0;
    while (!scanner.peek('}')) {
        if (!collection.isEmpty() || sawFeatures)
            if (!scanner.take(','))
                return malformed(scanner.position());
        const std::optional<QByteArrayView> key = scanner.string();
        if (!key || !scanner.take(':'))
            return malformed(scanner.position());
        if (*key != QByteArrayView("features")) {
            const std::optional<QByteArrayView> value = scanner.value();
            if (!value)
                return malformed(scanner.position());
            collection.insert(QString::fromUtf8(*key), parseValue(*value));
            continue;
        }
        sawFeatures = true;
        if (!scanner.take('['))
            return refuse(tr("not GeoJSON: \"features\" is not an array"));
        while (!scanner.peek(']')) {
            if (index > 0 && !scanner.take(','))
                return malformed(scanner.position());
            const qsizetype offset = scanner.position();
            const std::optional<QByteArrayView> span = scanner.value();
            if (!span)
                return malformed(offset);
            QJsonParseError parseError{};
            const QJsonDocument document =
                QJsonDocument::fromJson(span->toByteArray(), &parseError);
            if (parseError.error != QJsonParseError::NoError)
                return refuse(tr("not GeoJSON: %1 at byte %2")
                                  .arg(parseError.errorString())
                                  .arg(span->data() - data.constData() + parseError.offset));
            const QJsonObject feature = document.object();
            if (!document.isObject() ||
                feature.value(QLatin1String("type")).toString() != QLatin1String("Feature"))
                return refuse(tr("%1 is not a GeoJSON Feature").arg(describe(index, feature)));
            const QJsonValue geometryValue = feature.value(QLatin1String("geometry"));
            if (!geometryValue.isObject())
                return refuse(tr("%1 has no geometry").arg(describe(index, feature)));
            const QJsonObject geometry = geometryValue.toObject();
            const QString geometryType = geometry.value(QLatin1String("type")).toString();
            const std::optional<Shape> shape = shapeOf(geometryType);
            if (!shape)
                return refuse(
                    tr("%1 is a %2; map layers hold LineStrings (roads) or Polygons (land, "
                       "boundaries)")
                        .arg(describe(index, feature), geometryType.isEmpty()
                                                           ? tr("geometry without a type")
                                                           : geometryType));
            if (options.kind && (*shape == Shape::Lines) != (*options.kind == MapLayerKind::Roads))
                return refuse(
                    tr("%1 is a %2, but %3")
                        .arg(describe(index, feature), geometryType, kindName(*options.kind)));
            if (layerShape && *layerShape != *shape)
                return refuse(tr("%1 is a %2 while earlier features are %3: a layer holds "
                                 "either lines or polygons")
                                  .arg(describe(index, feature), geometryType,
                                       *layerShape == Shape::Lines ? tr("lines") : tr("polygons")));
            layerShape = shape;

            GeometryCheck check;
            const QJsonValue coordinates = geometry.value(QLatin1String("coordinates"));
            bool valid = false;
            if (geometryType == QLatin1String("LineString"))
                valid = check.lineString(coordinates);
            else if (geometryType == QLatin1String("MultiLineString"))
                valid = check.many(coordinates, &GeometryCheck::lineString);
            else if (geometryType == QLatin1String("Polygon"))
                valid = check.polygon(coordinates);
            else
                valid = check.many(coordinates, &GeometryCheck::polygon);
            if (!valid)
                return refuse(tr("%1: %2").arg(describe(index, feature), check.error));

            const QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
            anyBoundaryProperties = anyBoundaryProperties || looksLikeBoundary(properties);
            if (options.kind == MapLayerKind::Roads || (!options.kind && *shape == Shape::Lines)) {
                if (stringProperty(properties, {"highway"}).isEmpty())
                    return refuse(tr("%1 has no \"highway\" property: a roads layer needs each "
                                     "way's OpenStreetMap road class")
                                      .arg(describe(index, feature)));
            }
            facts.append({stringProperty(properties, {"highway"}),
                          stringProperty(properties,
                                         *shape == Shape::Lines
                                             ? std::initializer_list<const char *>{"name"}
                                             : std::initializer_list<const char *>{"nama", "name"}),
                          boundaryClass(properties, layer.name)});
            if (facts.size() == 1)
                firstProperties = properties;
            MapFeatureImport imported;
            imported.offset = offset;
            imported.length = span->size();
            imported.minLat = check.box.minLat;
            imported.minLon = check.box.minLon;
            imported.maxLat = check.box.maxLat;
            imported.maxLon = check.box.maxLon;
            layer.features.append(imported);
            ++index;
        }
        scanner.take(']');
    }
    scanner.take('}');
    if (!scanner.atEnd())
        return malformed(scanner.position());

    const QString type = collection.value(QLatin1String("type")).toString();
    if (type != QLatin1String("FeatureCollection"))
        return refuse(
            type.isEmpty()
                ? tr("not GeoJSON: the object has no \"type\": \"FeatureCollection\"")
                : tr("a %1 is not a FeatureCollection; import a FeatureCollection").arg(type));
    if (!sawFeatures)
        return refuse(tr("not GeoJSON: the FeatureCollection has no \"features\" array"));
    if (layer.features.isEmpty())
        return refuse(tr("the file holds 0 features; there is nothing to import"));

    if (options.kind)
        layer.kind = *options.kind;
    else if (layerShape == Shape::Lines)
        layer.kind = MapLayerKind::Roads;
    else
        layer.kind = anyBoundaryProperties ? MapLayerKind::Boundaries : MapLayerKind::Land;

    for (int i = 0; i < layer.features.size(); ++i) {
        MapFeatureImport &feature = layer.features[i];
        feature.name = facts[i].name;
        switch (layer.kind) {
        case MapLayerKind::Roads:
            feature.featureClass = facts[i].highway;
            break;
        case MapLayerKind::Boundaries:
            feature.featureClass = facts[i].boundaryClass;
            if (feature.featureClass.isEmpty()) {
                const QJsonObject json =
                    QJsonDocument::fromJson(layer.featureJson(feature).toByteArray()).object();
                return refuse(tr("%1: cannot tell whether it is a kelurahan or a kecamatan "
                                 "boundary (no \"level\" or \"kode\" property, and the layer's "
                                 "name says neither)")
                                  .arg(describe(i, json)));
            }
            break;
        case MapLayerKind::Land:
            feature.featureClass = QStringLiteral("land");
            break;
        }
    }

    if (options.attribution)
        layer.attribution = *options.attribution;
    else if (layer.kind == MapLayerKind::Roads ||
             mentionsOpenStreetMap(collection, firstProperties))
        layer.attribution = openStreetMapAttribution();
    result.layer = std::move(layer);
    return result;
}

} // namespace pela::core
