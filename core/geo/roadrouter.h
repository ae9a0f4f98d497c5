// Road travel times and routes over a shared RoadGraph: the ETA of every unit to a case in one
// backward search, a case to every hospital in one forward search, the route geometry of one
// trip; straight-line estimates, marked as such, where no road can be used.
// A RoadRouter is a value with no thread affinity; its queries are const and reentrant. Each
// thread that runs a query keeps its scratch memory (about 0.3 MB for Ambon) for its next one.
#pragma once

#include "roadgraph.h"
#include "roadsettings.h"

#include <QGeoCoordinate>
#include <QList>
#include <limits>

namespace pela::core {

enum class EtaMethod
{
    Road,         // along the roads
    StraightLine, // distance × detour factor at the kind's speed: an estimate, say so
    None,         // no position: nothing can be said
};

enum class EtaNote
{
    None,
    NoRoads,        // no roads imported
    AnchorOffRoad,  // the case (or the origin of a transport) is far from every road
    SubjectOffRoad, // this unit (or hospital) is far from every road
    NoPosition,     // this unit has no known position
    Unreachable,    // both on roads, but no road path joins them
};

// A unit (or a hospital) to time: id is the caller's, kind picks the straight-line speed.
struct EtaSubject
{
    qint64 id = 0;
    QGeoCoordinate position; // invalid when unknown
    QString kind;
};

struct Eta
{
    qint64 id = 0;
    EtaMethod method = EtaMethod::None;
    EtaNote note = EtaNote::None;
    double seconds = std::numeric_limits<double>::quiet_NaN();
    double meters = std::numeric_limits<double>::quiet_NaN(); // road length, or straight line
    double straightMeters = std::numeric_limits<double>::quiet_NaN();
    double offRoadMeters = 0; // the subject's distance to its road point
};

struct EtaBatch
{
    RoadSnap anchor; // the case (etasTo) or the origin (etasFrom) on the roads
    QList<Eta> etas; // one per subject, in the subjects' order
};

struct Route
{
    EtaMethod method = EtaMethod::None;
    EtaNote note = EtaNote::None;
    double seconds = std::numeric_limits<double>::quiet_NaN();
    double meters = std::numeric_limits<double>::quiet_NaN();
    // Road: from the origin's road point to the destination's, along the roads. Straight line:
    // the two points. Empty for None.
    QList<QGeoCoordinate> path;
    RoadSnap origin, destination;
};

class RoadRouter
{
public:
    RoadRouter() : RoadRouter(RoadGraph::empty(), RoadSettings::defaults()) {}
    RoadRouter(RoadGraphPtr graph, RoadSettings settings);

    const RoadGraphPtr &graph() const { return m_graph; }
    const RoadSettings &settings() const { return m_settings; }
    bool hasRoads() const { return !m_graph->isEmpty(); }

    // Onto the main road network within the settings' snapping limit.
    RoadSnap snap(const QGeoCoordinate &point) const;

    // Every unit to one case: one search backwards from the case.
    EtaBatch etasTo(const QGeoCoordinate &destination, const QList<EtaSubject> &origins) const;
    // One origin (a case) to every hospital: one search forwards from the origin; the
    // straight-line speed is the travelling unit's kind.
    EtaBatch etasFrom(const QGeoCoordinate &origin, const QList<EtaSubject> &destinations,
                      const QString &travellerKind) const;
    // The route of one trip, for drawing (a unit to its case, a case to its hospital).
    Route route(const QGeoCoordinate &from, const QGeoCoordinate &to,
                const QString &travellerKind) const;

    // Lower level, positions already on the roads (callers caching snaps, the benchmark):
    // seconds from each origin to the destination, kUnreachable when none.
    std::vector<double> secondsTo(const RoadPosition &destination,
                                  const std::vector<RoadPosition> &origins) const;

private:
    EtaBatch etas(const QGeoCoordinate &anchor, const QList<EtaSubject> &subjects, bool toAnchor,
                  const QString &travellerKind) const;
    Eta straightLine(const EtaSubject &subject, const QGeoCoordinate &anchor, const QString &kind,
                     EtaNote note) const;

    RoadGraphPtr m_graph;
    RoadSettings m_settings;
};

} // namespace pela::core
