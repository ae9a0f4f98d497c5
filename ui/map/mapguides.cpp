#include "mapguides.h"

#include "dispatch/dispatchadvisor.h"
#include "geo/coverageareas.h"
#include "geo/projection.h"

#include <QPainter>
#include <QPainterPath>

namespace pela::ui {

MapGuides MapGuides::from(const core::DispatchAdvice &advice, const core::CoverageReport &coverage,
                          const core::CoverageAreas *areas)
{
    MapGuides guides;
    for (const core::AdvisedRoute &advised : advice.routes) {
        if (advised.route.path.size() < 2)
            continue;
        MapGuideLine line;
        line.transport = advised.kind == core::AdvisedRoute::Kind::CaseToHospital;
        line.recommended = advised.recommended;
        line.estimate = advised.route.method != core::EtaMethod::Road;
        for (const QGeoCoordinate &point : advised.route.path)
            line.world.append(core::mercator::toWorld(point));
        guides.lines.append(line);
    }
    if (areas && areas->areas().size() == coverage.areas.size())
        for (int index : coverage.beyondThreshold)
            for (const QList<QGeoCoordinate> &ring : areas->areas().value(index).rings) {
                QList<QPointF> world;
                for (const QGeoCoordinate &point : ring)
                    world.append(core::mercator::toWorld(point));
                guides.uncoveredRings.append(world);
            }
    return guides;
}

void MapGuides::paint(QPainter &painter, const core::MapViewport &viewport) const
{
    if (isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (!uncoveredRings.isEmpty()) {
        QPainterPath shade;
        shade.setFillRule(Qt::OddEvenFill);
        for (const QList<QPointF> &ring : uncoveredRings) {
            QPolygonF polygon;
            for (const QPointF &world : ring)
                polygon.append(viewport.toScreen(world));
            shade.addPolygon(polygon);
        }
        painter.setPen(QPen(QColor(183, 28, 28, 160), 1.5, Qt::DashLine));
        painter.setBrush(QColor(229, 57, 53, 55));
        painter.drawPath(shade);
    }
    for (const MapGuideLine &line : lines) {
        QPolygonF screen;
        for (const QPointF &world : line.world)
            screen.append(viewport.toScreen(world));
        const QColor colour = line.transport ? QColor(106, 27, 154) : QColor(21, 101, 192);
        // A white casing keeps the line readable over roads of any colour.
        painter.setPen(
            QPen(QColor(255, 255, 255, 220), 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(screen);
        const Qt::PenStyle style = line.estimate      ? Qt::DotLine
                                   : line.recommended ? Qt::DashLine
                                                      : Qt::SolidLine;
        painter.setPen(QPen(colour, 4, style, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(screen);
    }
    painter.restore();
}

} // namespace pela::ui
