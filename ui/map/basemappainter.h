// Paints the static base map (ground and sea, land, kecamatan and kelurahan boundaries, roads
// by class, their names) for any rectangle of a zoom level's pixel plane: one tile, or a whole
// view. Reads only immutable data, so tiles are painted on several threads at once.
#pragma once

#include "geo/mapdata.h"

#include <QRect>

class QPainter;

namespace pela::ui {

class LabelPlan;
class LabelSprites;

struct BaseMapLayers
{
    bool land = true;
    bool roads = true;
    bool boundaries = true;
    // Leave the ground transparent (raster tiles show through; land is not filled).
    bool transparentGround = false;

    bool operator==(const BaseMapLayers &) const = default;
    int key() const
    {
        return (land ? 1 : 0) | (roads ? 2 : 0) | (boundaries ? 4 : 0) |
               (transparentGround ? 8 : 0);
    }
};

class BaseMapPainter
{
public:
    // Paints area (pixel plane of zoom) with its top-left at the painter's origin. Without
    // labels and sprites, no names.
    static void paint(QPainter &painter, const core::MapData &data, double zoom, const QRect &area,
                      const BaseMapLayers &layers, const LabelPlan *labels, LabelSprites *sprites);
};

} // namespace pela::ui
