// What the dispatch advice adds to the map: the routes of the case worked on (assigned units,
// the first recommendation, the transport to hospital) and the kelurahan no available ambulance
// reaches within the coverage threshold, shaded. Painted between the base map and the markers.
#pragma once

#include <QList>
#include <QPointF>

class QPainter;

namespace pela::core {
class MapViewport;
struct DispatchAdvice;
struct CoverageReport;
class CoverageAreas;
} // namespace pela::core

namespace pela::ui {

struct MapGuideLine
{
    QList<QPointF> world;
    bool transport = false;   // case → hospital
    bool recommended = false; // not assigned yet: dashed
    bool estimate = false;    // a straight line, not roads: dotted

    bool operator==(const MapGuideLine &) const = default;
};

struct MapGuides
{
    QList<MapGuideLine> lines;
    QList<QList<QPointF>> uncoveredRings; // world coordinates, even-odd filled

    bool isEmpty() const { return lines.isEmpty() && uncoveredRings.isEmpty(); }
    bool operator==(const MapGuides &) const = default;

    static MapGuides from(const core::DispatchAdvice &advice, const core::CoverageReport &coverage,
                          const core::CoverageAreas *areas);
    void paint(QPainter &painter, const core::MapViewport &viewport) const;
};

} // namespace pela::ui
