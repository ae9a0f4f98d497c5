// Plane geometry for picking on the map: distances to segments and polylines, points in
// polygons, and the nearest of many markers. Works in any plane (screen pixels or world units).
#pragma once

#include <QList>
#include <QPointF>
#include <optional>

namespace pela::core::geometry {

double distanceToSegment(const QPointF &point, const QPointF &a, const QPointF &b);
double distanceToPolyline(const QPointF &point, const QList<QPointF> &polyline);
// Even-odd over every ring: a point in a hole is outside.
bool polygonContains(const QList<QList<QPointF>> &rings, const QPointF &point);

struct Target
{
    QPointF centre;
    double radius = 0; // how far from the centre a click still hits it
};

// The index of the target hit at point: the one whose centre is nearest among those within
// their radius; on a tie, the later one (drawn on top). nullopt when none is hit.
std::optional<int> nearestTarget(const QList<Target> &targets, const QPointF &point);

} // namespace pela::core::geometry
