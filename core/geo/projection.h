// Web Mercator (the projection of OpenStreetMap's tiles) and the map's viewport: where a
// coordinate lands on screen at a zoom, and back. World coordinates span the unit square, x to
// the east and y to the south; a zoom level z shows the world TileSize·2^z pixels wide.
#pragma once

#include <QGeoCoordinate>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace pela::core {

namespace mercator {

// Web Mercator stops here: beyond it the square world would be infinitely tall.
constexpr double MaxLatitude = 85.05112877980659;
constexpr double TileSize = 256;
constexpr double EarthCircumferenceM = 40075016.68557849;

QPointF toWorld(double latitude, double longitude);
inline QPointF toWorld(const QGeoCoordinate &coordinate)
{
    return toWorld(coordinate.latitude(), coordinate.longitude());
}
QGeoCoordinate toCoordinate(const QPointF &world);
// Metres on the ground per world unit at a latitude (Mercator stretches away from the equator).
double metresPerWorldUnit(double latitude);

} // namespace mercator

// What part of the world the map shows: a centre, a zoom level and a size in pixels. The
// screen's top-left sits on a whole pixel of the zoom level's pixel grid, so pre-rendered
// tiles and markers line up exactly at every pan.
class MapViewport
{
public:
    static constexpr double MinZoom = 9;
    static constexpr double MaxZoom = 19;
    // Zoom levels come in steps of this much; tiles are cached per step.
    static constexpr double ZoomQuantum = 0.25;

    MapViewport() = default;
    MapViewport(const QPointF &centreWorld, double zoom, const QSizeF &size);

    QSizeF size() const { return m_size; }
    void setSize(const QSizeF &size) { m_size = size; }
    double zoom() const { return m_zoom; }
    // Clamped to MinZoom..MaxZoom and rounded to ZoomQuantum.
    void setZoom(double zoom);
    QPointF centre() const { return m_centre; }
    void setCentre(const QPointF &world);
    void setCentre(const QGeoCoordinate &coordinate) { setCentre(mercator::toWorld(coordinate)); }
    QGeoCoordinate centreCoordinate() const { return mercator::toCoordinate(m_centre); }

    // Pixels per world unit.
    double scale() const;
    // The zoom level's pixel of the screen's top-left corner (whole numbers).
    QPointF originPixel() const;
    QPointF toScreen(const QPointF &world) const;
    QPointF toScreen(const QGeoCoordinate &coordinate) const
    {
        return toScreen(mercator::toWorld(coordinate));
    }
    QPointF toWorld(const QPointF &screen) const;
    QGeoCoordinate toCoordinate(const QPointF &screen) const
    {
        return mercator::toCoordinate(toWorld(screen));
    }
    QRectF visibleWorld() const;
    double metresPerPixel() const;

    // Moves the map with the pointer: content shifts by delta pixels.
    void panBy(const QPointF &delta);
    // Zooms keeping the world point under screenPoint where it is.
    void zoomAround(const QPointF &screenPoint, double zoom);
    // The smallest zoom (rounded down to a step) at which world fits with a margin in pixels.
    void fit(const QRectF &world, double marginPixels = 20);

    bool operator==(const MapViewport &) const = default;

private:
    QPointF m_centre{0.5, 0.5};
    double m_zoom = 12;
    QSizeF m_size{800, 600};
};

} // namespace pela::core
