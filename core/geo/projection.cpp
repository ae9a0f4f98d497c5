#include "projection.h"

#include <QtMath>
#include <algorithm>
#include <cmath>

namespace pela::core {

namespace mercator {

QPointF toWorld(double latitude, double longitude)
{
    const double lat = std::clamp(latitude, -MaxLatitude, MaxLatitude);
    const double sine = std::sin(qDegreesToRadians(lat));
    const double x = (longitude + 180.0) / 360.0;
    const double y = 0.5 - std::log((1 + sine) / (1 - sine)) / (4 * M_PI);
    return {x, y};
}

QGeoCoordinate toCoordinate(const QPointF &world)
{
    const double longitude = world.x() * 360.0 - 180.0;
    const double latitude = qRadiansToDegrees(std::atan(std::sinh(M_PI * (1 - 2 * world.y()))));
    return QGeoCoordinate(latitude, longitude);
}

double metresPerWorldUnit(double latitude)
{
    return EarthCircumferenceM * std::cos(qDegreesToRadians(latitude));
}

} // namespace mercator

MapViewport::MapViewport(const QPointF &centreWorld, double zoom, const QSizeF &size) : m_size(size)
{
    setZoom(zoom);
    setCentre(centreWorld);
}

void MapViewport::setZoom(double zoom)
{
    const double clamped = std::clamp(zoom, MinZoom, MaxZoom);
    m_zoom = std::round(clamped / ZoomQuantum) * ZoomQuantum;
}

void MapViewport::setCentre(const QPointF &world)
{
    m_centre = QPointF(std::clamp(world.x(), 0.0, 1.0), std::clamp(world.y(), 0.0, 1.0));
}

double MapViewport::scale() const
{
    return mercator::TileSize * std::exp2(m_zoom);
}

QPointF MapViewport::originPixel() const
{
    const double s = scale();
    return QPointF(std::round(m_centre.x() * s - m_size.width() / 2),
                   std::round(m_centre.y() * s - m_size.height() / 2));
}

QPointF MapViewport::toScreen(const QPointF &world) const
{
    return world * scale() - originPixel();
}

QPointF MapViewport::toWorld(const QPointF &screen) const
{
    return (screen + originPixel()) / scale();
}

QRectF MapViewport::visibleWorld() const
{
    return QRectF(toWorld(QPointF(0, 0)), toWorld(QPointF(m_size.width(), m_size.height())));
}

double MapViewport::metresPerPixel() const
{
    return mercator::metresPerWorldUnit(centreCoordinate().latitude()) / scale();
}

void MapViewport::panBy(const QPointF &delta)
{
    setCentre(m_centre - delta / scale());
}

void MapViewport::zoomAround(const QPointF &screenPoint, double zoom)
{
    const QPointF anchor = toWorld(screenPoint);
    setZoom(zoom);
    // The anchor stays under the pointer: the centre moves by the anchor's offset at the new scale.
    const QPointF offset = screenPoint - QPointF(m_size.width() / 2, m_size.height() / 2);
    setCentre(anchor - offset / scale());
}

void MapViewport::fit(const QRectF &world, double marginPixels)
{
    if (world.isEmpty() && world.width() <= 0 && world.height() <= 0) {
        setCentre(world.center());
        return;
    }
    const double width = std::max(1.0, m_size.width() - 2 * marginPixels);
    const double height = std::max(1.0, m_size.height() - 2 * marginPixels);
    const double fitScale =
        std::min(width / std::max(world.width(), 1e-12), height / std::max(world.height(), 1e-12));
    const double zoom = std::log2(fitScale / mercator::TileSize);
    setZoom(std::floor(zoom / ZoomQuantum) * ZoomQuantum);
    setCentre(world.center());
}

} // namespace pela::core
