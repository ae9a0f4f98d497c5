#include "maprenderer.h"

#include "overlaylayout.h"
#include "rastertilelayer.h"

#include <QFontMetrics>
#include <QPainter>
#include <QSet>
#include <cmath>

namespace pela::ui {

namespace {

QFont decorationFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    return font;
}

// A round length for the scale bar: 1, 2 or 5 times a power of ten metres.
double niceLength(double metres)
{
    const double power = std::pow(10, std::floor(std::log10(metres)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * power <= metres)
            return step * power;
    return power;
}

} // namespace

MapRenderer::MapRenderer() = default;

int MapRenderer::zoomKey(double zoom)
{
    return int(std::lround(zoom / core::MapViewport::ZoomQuantum));
}

void MapRenderer::setData(core::MapDataPtr data)
{
    m_tiles.setData(std::move(data));
}

void MapRenderer::setBaseLayers(const BaseMapLayers &layers)
{
    m_layers = layers;
}

void MapRenderer::setRasterLayer(RasterTileLayer *layer)
{
    m_raster = layer;
}

void MapRenderer::render(QPainter &painter, const core::MapViewport &viewport,
                         const OverlayLayout &overlay, const QRect &clip)
{
    const QRect area = clip.isEmpty() ? QRect(QPoint(0, 0), viewport.size().toSize()) : clip;
    painter.save();
    painter.setClipRect(area);
    paintBase(painter, viewport, area);
    m_guides.paint(painter, viewport);
    overlay.paint(painter, area);
    paintDecorations(painter, viewport);
    painter.restore();
    // A new view on screen: get ready for the next pan or zoom step meanwhile.
    if (area.contains(QRect(QPoint(0, 0), viewport.size().toSize())))
        prefetchAround(viewport);
}

QList<TileKey> MapRenderer::tilesFor(const QRectF &world, double zoom) const
{
    BaseMapLayers layers = m_layers;
    layers.transparentGround = m_raster && m_raster->isEnabled();
    const int key = zoomKey(zoom);
    const double tilesPerWorld = std::exp2(zoom); // tiles across the world at this zoom
    const QPointF centre = world.center() * tilesPerWorld;
    QList<TileKey> keys;
    const int x0 = int(std::floor(world.left() * tilesPerWorld));
    const int x1 = int(std::floor(world.right() * tilesPerWorld));
    const int y0 = int(std::floor(world.top() * tilesPerWorld));
    const int y1 = int(std::floor(world.bottom() * tilesPerWorld));
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            keys.append({key, x, y, layers.key()});
    // The middle first: that is where the operator looks.
    std::sort(keys.begin(), keys.end(), [centre](const TileKey &a, const TileKey &b) {
        const QPointF da = QPointF(a.x + 0.5, a.y + 0.5) - centre;
        const QPointF db = QPointF(b.x + 0.5, b.y + 0.5) - centre;
        return QPointF::dotProduct(da, da) < QPointF::dotProduct(db, db);
    });
    return keys;
}

void MapRenderer::prefetchAround(const core::MapViewport &viewport)
{
    const QRectF visible = viewport.visibleWorld();
    const double zoom = viewport.zoom();
    const double step = 0.5; // one wheel notch
    QList<TileKey> wishes;
    QSet<TileKey> wished;
    auto add = [&](const QList<TileKey> &keys) {
        for (const TileKey &key : keys)
            if (!wished.contains(key)) {
                wished.insert(key);
                wishes.append(key);
            }
    };
    // The ring around the view (the next pan), then a notch further in the direction of the
    // last zoom (operators zoom several notches in a row; the level they came from is still
    // cached), then a notch the other way. Zooming in stays inside the view; zooming out
    // reaches beyond it, by how much depends on where the pointer is.
    const double ring = BaseTileCache::TileSize / viewport.scale();
    add(tilesFor(visible.adjusted(-ring, -ring, ring, ring), zoom));
    auto zoomIn = [&] {
        if (zoom + step <= core::MapViewport::MaxZoom)
            add(tilesFor(visible, zoom + step));
    };
    auto zoomOut = [&] {
        if (zoom - step >= core::MapViewport::MinZoom) {
            const double dx = visible.width() * 0.25, dy = visible.height() * 0.25;
            add(tilesFor(visible.adjusted(-dx, -dy, dx, dy), zoom - step));
        }
    };
    if (m_zoomDirection < 0) {
        zoomOut();
        zoomIn();
    } else {
        zoomIn();
        zoomOut();
    }
    m_tiles.prefetch(wishes);
}

void MapRenderer::paintBase(QPainter &painter, const core::MapViewport &viewport, const QRect &clip)
{
    BaseMapLayers layers = m_layers;
    const bool raster = m_raster && m_raster->isEnabled();
    if (raster) {
        m_raster->paint(painter, viewport, clip);
        layers.transparentGround = true;
    }
    const QPoint origin = viewport.originPixel().toPoint();
    const QRect pixels = clip.translated(origin);
    constexpr int size = BaseTileCache::TileSize;
    auto tileIndex = [](int pixel) { return int(std::floor(double(pixel) / size)); };
    const int zoomKey = MapRenderer::zoomKey(viewport.zoom());
    QList<TileKey> keys;
    for (int y = tileIndex(pixels.top()); y <= tileIndex(pixels.bottom()); ++y)
        for (int x = tileIndex(pixels.left()); x <= tileIndex(pixels.right()); ++x)
            keys.append({zoomKey, x, y, layers.key()});
    const QList<QImage> images = m_tiles.tiles(keys);
    for (int i = 0; i < keys.size(); ++i)
        painter.drawImage(QPoint(keys[i].x * size, keys[i].y * size) - origin, images[i]);
}

QStringList MapRenderer::attributions() const
{
    QStringList result;
    const core::MapData &data = *m_tiles.data();
    for (const core::MapLayer &layer : data.layers) {
        const bool shown = layer.kind == core::MapLayerKind::Roads        ? m_layers.roads
                           : layer.kind == core::MapLayerKind::Boundaries ? m_layers.boundaries
                                                                          : m_layers.land;
        if (shown && !layer.attribution.isEmpty() && !result.contains(layer.attribution))
            result.append(layer.attribution);
    }
    if (m_raster && m_raster->isEnabled() && !m_raster->attribution().isEmpty() &&
        !result.contains(m_raster->attribution()))
        result.append(m_raster->attribution());
    return result;
}

QRect MapRenderer::attributionRect(const QSize &viewSize) const
{
    const QStringList texts = attributions();
    if (texts.isEmpty())
        return {};
    const QFontMetrics metrics(decorationFont());
    const QString text = texts.join(QStringLiteral(" | "));
    const int width = metrics.horizontalAdvance(text) + 12;
    const int height = metrics.height() + 4;
    return QRect(viewSize.width() - width, viewSize.height() - height, width, height);
}

void MapRenderer::paintDecorations(QPainter &painter, const core::MapViewport &viewport)
{
    const QSize size = viewport.size().toSize();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(decorationFont());
    // The licence of the shown data asks for this on the map itself.
    if (const QRect box = attributionRect(size); !box.isEmpty()) {
        painter.fillRect(box, QColor(255, 255, 255, 215));
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(box, Qt::AlignCenter, attributions().join(QStringLiteral(" | ")));
    }
    // Scale bar, bottom left: how far a stretch of screen is on the ground.
    const double metresPerPixel = viewport.metresPerPixel();
    const double metres = niceLength(metresPerPixel * 120);
    const double pixels = metres / metresPerPixel;
    const QString text = metres >= 1000 ? tr("%1 km").arg(metres / 1000) : tr("%1 m").arg(metres);
    const QFontMetrics metrics(painter.font());
    const QRectF box(6, size.height() - 30, pixels + 12, 24);
    painter.fillRect(box, QColor(255, 255, 255, 200));
    painter.setPen(QPen(QColor(0x21, 0x21, 0x21), 2));
    const double y = box.bottom() - 6;
    painter.drawLine(QPointF(box.left() + 6, y), QPointF(box.left() + 6 + pixels, y));
    painter.drawLine(QPointF(box.left() + 6, y - 5), QPointF(box.left() + 6, y));
    painter.drawLine(QPointF(box.left() + 6 + pixels, y - 5), QPointF(box.left() + 6 + pixels, y));
    painter.drawText(QRectF(box.left(), box.top() + 1, box.width(), 12), Qt::AlignCenter, text);
    painter.restore();
}

} // namespace pela::ui
