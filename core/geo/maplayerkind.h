// What an imported map layer holds: roads (OSM ways by class), land (the island's polygons) or
// administrative boundaries (kelurahan and kecamatan); stored as map_layers.kind.
#pragma once

#include <QString>
#include <optional>

namespace pela::core {

enum class MapLayerKind
{
    Roads,
    Land,
    Boundaries,
};

inline QString toText(MapLayerKind kind)
{
    switch (kind) {
    case MapLayerKind::Roads:
        return QStringLiteral("roads");
    case MapLayerKind::Land:
        return QStringLiteral("land");
    case MapLayerKind::Boundaries:
        return QStringLiteral("boundaries");
    }
    return {};
}

inline std::optional<MapLayerKind> mapLayerKindFromText(const QString &text)
{
    for (MapLayerKind kind : {MapLayerKind::Roads, MapLayerKind::Land, MapLayerKind::Boundaries})
        if (text == toText(kind))
            return kind;
    return std::nullopt;
}

// The OpenStreetMap licence asks for this wherever its data is shown.
inline QString openStreetMapAttribution()
{
    return QStringLiteral("© OpenStreetMap contributors");
}

} // namespace pela::core
