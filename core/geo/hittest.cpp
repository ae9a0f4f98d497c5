#include "hittest.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pela::core::geometry {

double distanceToSegment(const QPointF &point, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double lengthSquared = QPointF::dotProduct(ab, ab);
    double t = lengthSquared > 0 ? QPointF::dotProduct(point - a, ab) / lengthSquared : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF nearest = a + t * ab;
    return std::hypot(point.x() - nearest.x(), point.y() - nearest.y());
}

double distanceToPolyline(const QPointF &point, const QList<QPointF> &polyline)
{
    if (polyline.isEmpty())
        return std::numeric_limits<double>::infinity();
    if (polyline.size() == 1)
        return std::hypot(point.x() - polyline[0].x(), point.y() - polyline[0].y());
    double best = std::numeric_limits<double>::infinity();
    for (qsizetype i = 1; i < polyline.size(); ++i)
        best = std::min(best, distanceToSegment(point, polyline[i - 1], polyline[i]));
    return best;
}

bool polygonContains(const QList<QList<QPointF>> &rings, const QPointF &point)
{
    bool inside = false;
    for (const QList<QPointF> &ring : rings) {
        const qsizetype n = ring.size();
        for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
            const QPointF &a = ring[i];
            const QPointF &b = ring[j];
            if ((a.y() > point.y()) != (b.y() > point.y()) &&
                point.x() < (b.x() - a.x()) * (point.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
    }
    return inside;
}

std::optional<int> nearestTarget(const QList<Target> &targets, const QPointF &point)
{
    std::optional<int> best;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (int i = 0; i < targets.size(); ++i) {
        const double distance =
            std::hypot(point.x() - targets[i].centre.x(), point.y() - targets[i].centre.y());
        if (distance <= targets[i].radius && distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace pela::core::geometry
