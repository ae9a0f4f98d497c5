// Paints a view of the map on any paint device (the widget, or a QImage for tests and the
// benchmark): raster tiles if switched on, the base map from cached tiles, the live items of an
// OverlayLayout, then the scale bar and the data's attribution. Paints only what meets the clip,
// so a change repaints its own pixels and nothing else.
#pragma once

#include "basemappainter.h"
#include "basetilecache.h"
#include "geo/projection.h"
#include "mapguides.h"

#include <QCoreApplication>
#include <QRect>

class QPainter;

namespace pela::ui {

class OverlayLayout;
class RasterTileLayer;

class MapRenderer
{
    Q_DECLARE_TR_FUNCTIONS(pela::ui::MapRenderer)
public:
    MapRenderer();

    void setData(core::MapDataPtr data);
    const core::MapDataPtr &data() const { return m_tiles.data(); }
    void setBaseLayers(const BaseMapLayers &layers);
    const BaseMapLayers &baseLayers() const { return m_layers; }
    // Raster tiles under the base map; null for none. Not owned.
    void setRasterLayer(RasterTileLayer *layer);
    RasterTileLayer *rasterLayer() const { return m_raster; }

    // Routes and uncovered kelurahan of the dispatch advice, over the base, under the markers.
    void setGuides(const MapGuides &guides) { m_guides = guides; }
    const MapGuides &guides() const { return m_guides; }

    // Everything, in order, within clip (the whole view when clip is empty).
    void render(QPainter &painter, const core::MapViewport &viewport, const OverlayLayout &overlay,
                const QRect &clip = {});
    void paintBase(QPainter &painter, const core::MapViewport &viewport, const QRect &clip);
    void paintDecorations(QPainter &painter, const core::MapViewport &viewport);

    // The attributions of what is drawn now ("© OpenStreetMap contributors"…).
    QStringList attributions() const;
    // Where the attribution sits on a view of this size (for tests and hit areas).
    QRect attributionRect(const QSize &viewSize) const;
    BaseTileCache &tileCache() { return m_tiles; }
    // Has the tiles of the next likely views painted in the background: the ring around this
    // one, and one wheel notch in and out.
    void prefetchAround(const core::MapViewport &viewport);
    // The direction of the last zoom step (+1 in, -1 out): the likely next one.
    void setZoomDirection(int direction) { m_zoomDirection = direction; }

    static int zoomKey(double zoom);

private:
    // Tile keys covering world at zoom, the middle first.
    QList<TileKey> tilesFor(const QRectF &world, double zoom) const;

    BaseTileCache m_tiles;
    BaseMapLayers m_layers;
    RasterTileLayer *m_raster = nullptr;
    int m_zoomDirection = 1;
    MapGuides m_guides;
};

} // namespace pela::ui
